package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One page of results and the cursor of the next.
 *
 * @param items      the results on this page
 * @param nextCursor the cursor to pass in the next {@link PageRequest}, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = Checks.listOf(items, "items");
        Checks.blankToNullRejected(nextCursor, "nextCursor");
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    public Optional<PageRequest> next(int size) {
        return nextCursor == null ? Optional.empty() : Optional.of(new PageRequest(nextCursor, size));
    }

    public boolean hasNext() {
        return nextCursor != null;
    }
}
