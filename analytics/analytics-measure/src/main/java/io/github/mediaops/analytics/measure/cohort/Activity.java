package io.github.mediaops.analytics.measure.cohort;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * A user was active (read, engaged, purchased, ...) at an instant.
 *
 * @param userId the user
 * @param at     when
 */
public record Activity(String userId, Instant at) {
    public Activity {
        Checks.notBlank(userId, "userId");
        Checks.notNull(at, "at");
    }
}
