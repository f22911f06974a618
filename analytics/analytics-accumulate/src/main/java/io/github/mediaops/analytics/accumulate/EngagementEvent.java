package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.validate.Checks;

/**
 * One engagement: a user did something with a post at an instant.
 *
 * @param userId      the host's numeric user id (hash string ids first)
 * @param postId      the host's numeric post id
 * @param type        what happened
 * @param epochMillis when, in milliseconds since the epoch (UTC)
 */
public record EngagementEvent(long userId, long postId, EngagementType type, long epochMillis) {
    public EngagementEvent {
        Checks.notNull(type, "type");
    }
}
