package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Pagination helpers: walk a cursor-paged API to the end, and turn offset paging (WeChat
 * {@code begin}/{@code count}) into the cursors of {@link Page}.
 */
public final class Paging {
    private Paging() {
    }

    /**
     * Fetches pages until the last one or until {@code maxItems} items are collected.
     *
     * @throws InvalidValueException if a page repeats its cursor (a platform bug that would loop forever)
     */
    public static <T> List<T> fetchAll(Function<PageRequest, Page<T>> fetch, int pageSize, int maxItems) {
        Checks.notNull(fetch, "fetch");
        Checks.positive(maxItems, "maxItems");
        List<T> out = new ArrayList<>();
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<T> page = fetch.apply(request);
            for (T item : page.items()) {
                if (out.size() == maxItems) {
                    return out;
                }
                out.add(item);
            }
            if (!page.hasNext() || out.size() == maxItems) {
                return out;
            }
            if (page.nextCursor().equals(request.cursor())) {
                throw new InvalidValueException("nextCursor", "page cursor did not advance (" + Checks.show(page.nextCursor()) + ")");
            }
            request = new PageRequest(page.nextCursor(), pageSize);
        }
    }

    /** The offset a cursor written by {@link #offsetCursor(int)} stands for; 0 for the first page. */
    public static int offset(PageRequest request) {
        String c = Checks.notNull(request, "request").cursor();
        if (c == null) {
            return 0;
        }
        try {
            int v = Integer.parseInt(c);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cursor", "cursor must be an offset written by this connector (was " + Checks.show(c) + ")");
        }
    }

    /** The cursor of the page that starts at {@code offset}. */
    public static String offsetCursor(int offset) {
        return Integer.toString(Checks.nonNegative(offset, "offset"));
    }

    /** The next-page cursor after a page of {@code returned} items at {@code offset}, out of {@code total} (or null). */
    public static String nextOffsetCursor(int offset, int returned, long total) {
        long next = (long) offset + returned;
        return returned > 0 && next < total ? offsetCursor((int) next) : null;
    }
}
