package io.github.mediaops.core.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * Which page to fetch.
 *
 * @param cursor the cursor from the previous page, or {@code null} for the first page
 * @param size   the page size wanted, 1 to 1000; a connector may return fewer (platform maximum)
 */
public record PageRequest(String cursor, @JsonProperty(required = true) int size) {
    public PageRequest {
        Checks.blankToNullRejected(cursor, "cursor");
        Checks.positive(size, "size");
        if (size > 1000) {
            throw new InvalidValueException("size", "size must be at most 1000 (was " + size + ")");
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(null, size);
    }

    public Optional<String> after() {
        return Optional.ofNullable(cursor);
    }
}
