package io.github.mediaops.analytics.measure.cohort;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * A user and when they joined (first follow, first purchase, ...).
 *
 * @param userId   the user
 * @param joinedAt when they joined
 */
public record CohortMember(String userId, Instant joinedAt) {
    public CohortMember {
        Checks.notBlank(userId, "userId");
        Checks.notNull(joinedAt, "joinedAt");
    }
}
