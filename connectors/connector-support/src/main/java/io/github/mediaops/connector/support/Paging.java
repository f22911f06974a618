package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pagination helpers: walk a cursor-paged API to the end or to one item, and turn offset paging (WeChat
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
        Checks.positive(maxItems, "maxItems");
        List<T> out = new ArrayList<>();
        walk(fetch, pageSize, page -> {
            for (T item : page.items()) {
                if (out.size() == maxItems) {
                    return false;
                }
                out.add(item);
            }
            return out.size() < maxItems;
        });
        return out;
    }

    /**
     * The first item that {@code match} accepts, reading pages of {@code pageSize} from the first until one holds it,
     * the listing ends, or a page holds an item {@code beyond} the search. This is how a connector reconciles a call
     * whose answer was lost (did the reply go out, is the submitted article among the published ones?); where the
     * listing is newest first, {@code beyond} marks items older than anything that can match: they are never matched,
     * and the walk ends after their page, so that a long history is not read to its end.
     *
     * @throws InvalidValueException if a page repeats its cursor (a platform bug that would loop forever)
     */
    public static <T> Optional<T> find(Function<PageRequest, Page<T>> fetch, int pageSize, Predicate<T> match,
                                       Predicate<T> beyond) {
        Checks.notNull(match, "match");
        Checks.notNull(beyond, "beyond");
        List<T> found = new ArrayList<>(1);
        walk(fetch, pageSize, page -> {
            boolean ends = false;
            for (T item : page.items()) {
                if (beyond.test(item)) {
                    ends = true;
                } else if (match.test(item)) {
                    found.add(item);
                    return false;
                }
            }
            return !ends;
        });
        return found.stream().findFirst();
    }

    /** Hands each page to {@code more} from the first until it answers false or the listing ends. */
    private static <T> void walk(Function<PageRequest, Page<T>> fetch, int pageSize, Predicate<Page<T>> more) {
        Checks.notNull(fetch, "fetch");
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<T> page = fetch.apply(request);
            if (!more.test(page) || !page.hasNext()) {
                return;
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
