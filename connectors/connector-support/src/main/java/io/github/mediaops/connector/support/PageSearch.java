package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Looks for one item in a paged listing, page after page, as a connector does to reconcile a call whose answer was
 * lost (did the reply go out, is the submitted article among the published ones?). Where the listing is newest first,
 * {@code beyond} says which items are older than anything that can match: they are never matched, and the walk ends
 * after the page that holds one, so that a long history is not read to its end.
 */
public final class PageSearch {
    private PageSearch() {
    }

    /**
     * The first item that {@code match} accepts, reading pages of {@code pageSize} from the first until one holds it,
     * the listing ends, or a page holds an item {@code beyond} the search.
     *
     * @throws InvalidValueException if a page repeats its cursor (a platform bug that would loop forever)
     */
    public static <T> Optional<T> find(Function<PageRequest, Page<T>> fetch, int pageSize, Predicate<T> match,
                                       Predicate<T> beyond) {
        Checks.notNull(fetch, "fetch");
        Checks.notNull(match, "match");
        Checks.notNull(beyond, "beyond");
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<T> page = fetch.apply(request);
            boolean ends = false;
            for (T item : page.items()) {
                if (beyond.test(item)) {
                    ends = true;
                } else if (match.test(item)) {
                    return Optional.of(item);
                }
            }
            if (ends || !page.hasNext()) {
                return Optional.empty();
            }
            if (page.nextCursor().equals(request.cursor())) {
                throw new InvalidValueException("nextCursor", "page cursor did not advance (" + Checks.show(page.nextCursor())
                        + ")");
            }
            request = new PageRequest(page.nextCursor(), pageSize);
        }
    }
}
