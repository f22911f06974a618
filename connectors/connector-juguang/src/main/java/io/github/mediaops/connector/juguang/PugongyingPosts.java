package io.github.mediaops.connector.juguang;

import io.github.mediaops.connector.support.AmountUnit;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.ReportCells;
import io.github.mediaops.connector.support.ReportPages;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 蒲公英 {@code pgy/note/post/data}: {@code user_id}, {@code date_type} (1 order created, 2 note published),
 * {@code start_time}/{@code end_time} ({@code yyyy-MM-dd}, at most {@value #MAX_SPAN_DAYS} days),
 * {@code page_num}/{@code page_size} (at most {@value #PAGE_SIZE}) → {@code data{total, total_page, datas[]}}.
 */
final class PugongyingPosts {
    static final String ENDPOINT = "pgy/note/post/data";
    static final int MAX_SPAN_DAYS = 30;
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 1000;
    static final Map<String, Metric> COUNTS = Map.of("imp_num", Metric.IMPRESSIONS, "read_num", Metric.VIEWS,
            "read_uv", Metric.UNIQUE_VIEWERS, "like_num", Metric.LIKES, "fav_num", Metric.SAVES, "cmt_num", Metric.COMMENTS,
            "share_num", Metric.SHARES);

    private final ReadContext ctx;

    PugongyingPosts(ReadContext ctx) {
        this.ctx = ctx;
    }

    List<KolNotePost> posts(String userId, DateRange days, KolDateBasis basis) {
        Checks.notBlank(userId, "userId");
        Checks.notNull(days, "days");
        Checks.notNull(basis, "basis");
        LocalDate today = ctx.today();
        var range = DateSpans.clampEnd(days, today);
        if (range.isEmpty()) {
            return List.of();
        }
        TokenManager manager = ctx.tokens().apply(userId);
        List<Map<String, String>> rows = ReportPages.collect(range.get(), MAX_SPAN_DAYS, MAX_PAGES, (window, page) -> {
            JuguangApi.NotePostEnvelope e = ctx.runtime().read(ENDPOINT, manager, token -> ctx.api().notePostData(token,
                    "Bearer " + token, new JuguangApi.NotePostRequest(userId, basis.code(), window.start().toString(),
                            window.end().toString(), page, PAGE_SIZE)));
            if (e == null || e.data() == null) {
                throw JuguangConnector.RESPONSES.unexpected(ENDPOINT, "an answer without data");
            }
            List<Map<String, String>> list = e.data().datas() == null ? List.of() : e.data().datas();
            long total = e.data().total() == null ? list.size() : e.data().total();
            int pages = e.data().totalPage() != null ? e.data().totalPage() : (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
            return new ReportPages.Page<>(list, pages);
        });
        return rows.stream().map(this::map).toList();
    }

    private KolNotePost map(Map<String, String> row) {
        try {
            return new KolNotePost(
                    ReportCells.id(row.get("order_id")).orElseThrow(() -> new InvalidValueException("order_id", "a row without order_id")),
                    ReportCells.id(row.get("kol_id")).orElseThrow(() -> new InvalidValueException("kol_id", "a row without kol_id")),
                    ReportCells.text(row.get("kol_nick_name")).orElse(""),
                    ReportCells.id(row.get("note_id")).orElse(null),
                    ReportCells.amount("kol_price", row.get("kol_price"), AmountUnit.YUAN, ctx.currency()).orElse(null),
                    ReportCells.counts(row, COUNTS),
                    ReportCells.count("engage_num", row.get("engage_num")).orElse(null),
                    percent("engage_rate", row.get("engage_rate")));
        } catch (InvalidValueException e) {
            throw JuguangConnector.RESPONSES.unexpected(ENDPOINT, "an unreadable post-data row: " + e.getMessage(), e);
        }
    }

    /** A percentage as 蒲公英 writes it ({@code 50.00} for 50 %) as a fraction; absent stays {@code null}. */
    static Double percent(String field, String text) {
        if (ReportCells.absent(text)) {
            return null;
        }
        try {
            BigDecimal p = new BigDecimal(text.trim());
            if (p.signum() < 0) {
                throw new InvalidValueException(field, field + " must be a percentage >= 0 (was " + Checks.show(text) + ")");
            }
            return p.movePointLeft(2).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + " is not a percentage (was " + Checks.show(text) + ")");
        }
    }
}
