package io.github.mediaops.connector.support;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report that a platform serves in date windows of limited span and numbered pages (Ocean Engine
 * {@code report/custom/get}: 30 days, pages of up to 1,000 rows; Tencent Ads {@code daily_reports/get}:
 * {@code page}/{@code page_size}, {@code page_info.total_page}). The range is split into chunks of at most
 * {@code maxSpanDays} ({@link DateRange#chunks(int)}); each chunk is read page by page, from page 1, until
 * the platform's last page. The platform's limits stay in each connector; this is only the walk.
 */
public final class ReportPages {
    private ReportPages() {
    }

    /**
     * One page as the platform answered it.
     *
     * @param rows       the page's rows
     * @param totalPages how many pages the window has in all (0 for an empty report)
     */
    public record Page<T>(List<T> rows, int totalPages) {
        public Page {
            rows = Checks.listOf(rows, "rows");
            Checks.nonNegative(totalPages, "totalPages");
        }
    }

    /** Reads one page of one window: {@code page} counts from 1. */
    @FunctionalInterface
    public interface Fetch<T> {
        Page<T> fetch(DateRange window, int page);
    }

    /**
     * Every row of {@code days}, window after window, page after page.
     *
     * @param maxSpanDays    the longest window the platform accepts per request
     * @param maxPages       a guard per window against a platform that keeps announcing more pages
     * @throws InvalidValueException if a window announces more than {@code maxPages} pages
     */
    public static <T> List<T> collect(DateRange days, int maxSpanDays, int maxPages, Fetch<T> fetch) {
        Checks.notNull(days, "days");
        Checks.positive(maxPages, "maxPages");
        Checks.notNull(fetch, "fetch");
        List<T> out = new ArrayList<>();
        for (DateRange window : days.chunks(maxSpanDays)) {
            int page = 1;
            while (true) {
                Page<T> p = Checks.notNull(fetch.fetch(window, page), "page");
                out.addAll(p.rows());
                if (page >= p.totalPages() || p.rows().isEmpty()) {
                    break;
                }
                if (page == maxPages) {
                    throw new InvalidValueException("totalPages", "the report for " + window + " has more than "
                            + maxPages + " pages (" + p.totalPages() + " announced)");
                }
                page++;
            }
        }
        return out;
    }
}
