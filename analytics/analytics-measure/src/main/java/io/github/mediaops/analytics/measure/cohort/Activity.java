package io.github.mediaops.analytics.measure.cohort;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * A user was active (read, engaged, purchased, ...) at an instant.
 *
 * @param userId the user
 * @param at     when
 *
 * @since 0.1.0
 */
public record Activity(String userId, Instant at) {
    /** Validates the components; bad values fail with the field named. */
    public Activity {
        Checks.notBlank(userId, "userId");
        Checks.notNull(at, "at");
    }
}
