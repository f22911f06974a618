package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pagination helpers: walk a cursor-paged API to the end or to one item, and turn offset paging (WeChat
 * {@code begin}/{@code count}) into the cursors of {@link Page}. A walk names the platform and the operation it
 * pages through, so that a page whose next cursor repeats the one it was asked with (the platform would answer the
 * same page forever) is an {@link UnexpectedResponseException} naming both and the cursor.
 */
public final class Paging {
    private Paging() {
    }

    /**
     * Fetches pages of {@code operation} on {@code platform} until the last one or until {@code maxItems} items are
     * collected.
     *
     * @throws UnexpectedResponseException if a page's next cursor repeats the cursor it was asked with (a platform
     *         answer that would loop forever), naming the platform, the operation and the cursor
     */
    public static <T> List<T> fetchAll(Platform platform, String operation, Function<PageRequest, Page<T>> fetch,
                                       int pageSize, int maxItems) {
        Checks.positive(maxItems, "maxItems");
        List<T> out = new ArrayList<>();
        walk(platform, operation, fetch, pageSize, page -> {
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
     * and the walk ends after their page, so that a long history is not read to its end. {@code platform} and
     * {@code operation} name the listing in errors.
     *
     * @throws UnexpectedResponseException if a page's next cursor repeats the cursor it was asked with (a platform
     *         answer that would loop forever), naming the platform, the operation and the cursor
     */
    public static <T> Optional<T> find(Platform platform, String operation, Function<PageRequest, Page<T>> fetch,
                                       int pageSize, Predicate<T> match, Predicate<T> beyond) {
        Checks.notNull(match, "match");
        Checks.notNull(beyond, "beyond");
        List<T> found = new ArrayList<>(1);
        walk(platform, operation, fetch, pageSize, page -> {
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
    private static <T> void walk(Platform platform, String operation, Function<PageRequest, Page<T>> fetch,
                                 int pageSize, Predicate<Page<T>> more) {
        Checks.notNull(platform, "platform");
        Checks.notBlank(operation, "operation");
        Checks.notNull(fetch, "fetch");
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<T> page = fetch.apply(request);
            if (!more.test(page) || !page.hasNext()) {
                return;
            }
            if (page.nextCursor().equals(request.cursor())) {
                throw WireValues.unexpected(platform, operation, "a page whose next cursor did not advance (was "
                        + Checks.show(page.nextCursor()) + ", the cursor it was asked with)");
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
