package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.validate.Checks;

/**
 * One engagement: a user did something with a post at an instant.
 *
 * @param userId      the host's numeric user id (hash string ids first)
 * @param postId      the host's numeric post id
 * @param type        what happened
 * @param epochMillis when, in milliseconds since the epoch (UTC)
 *
 * @since 0.1.0
 */
public record EngagementEvent(long userId, long postId, EngagementType type, long epochMillis) {
    /** Validates the components; bad values fail with the field named. */
    public EngagementEvent {
        Checks.notNull(type, "type");
    }
}
