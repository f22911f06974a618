package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * One engagement: a user did something with a post at an instant. Built in named steps, so the user and
 * the post (both numeric ids) cannot be swapped:
 *
 * <pre>{@code
 * EngagementEvent e = EngagementEvent.user(42L).post(7L).did(EngagementType.LIKE).at(epochMillis);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EngagementEvent {
    private final long userId;
    private final long postId;
    private final EngagementType type;
    private final long epochMillis;

    private EngagementEvent(long userId, long postId, EngagementType type, long epochMillis) {
        this.userId = userId;
        this.postId = postId;
        this.type = Checks.notNull(type, "type");
        this.epochMillis = epochMillis;
    }

    /**
     * Starts an event with the host's numeric user id (hash string ids first).
     *
     * @param userId the user
     * @return the next step: the post
     */
    public static User user(long userId) {
        return new User(userId);
    }

    /** An event with its user; the post comes next. */
    public static final class User {
        private final long userId;

        private User(long userId) {
            this.userId = userId;
        }

        /**
         * @param postId the host's numeric post id
         * @return the next step: what happened
         */
        public Post post(long postId) {
            return new Post(userId, postId);
        }
    }

    /** An event with its user and post; the type comes next. */
    public static final class Post {
        private final long userId;
        private final long postId;

        private Post(long userId, long postId) {
            this.userId = userId;
            this.postId = postId;
        }

        /**
         * @param type what happened
         * @return the last step: when
         */
        public Did did(EngagementType type) {
            return new Did(userId, postId, Checks.notNull(type, "type"));
        }
    }

    /** An event without its time yet. */
    public static final class Did {
        private final long userId;
        private final long postId;
        private final EngagementType type;

        private Did(long userId, long postId, EngagementType type) {
            this.userId = userId;
            this.postId = postId;
            this.type = type;
        }

        /**
         * @param epochMillis when, in milliseconds since the epoch (UTC)
         * @return the event
         */
        public EngagementEvent at(long epochMillis) {
            return new EngagementEvent(userId, postId, type, epochMillis);
        }

        /**
         * @param instant when
         * @return the event
         */
        public EngagementEvent at(Instant instant) {
            return at(Checks.notNull(instant, "instant").toEpochMilli());
        }
    }

    /** @return the host's numeric user id */
    public long userId() {
        return userId;
    }

    /** @return the host's numeric post id */
    public long postId() {
        return postId;
    }

    /** @return what happened */
    public EngagementType type() {
        return type;
    }

    /** @return when, in milliseconds since the epoch (UTC) */
    public long epochMillis() {
        return epochMillis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EngagementEvent e && userId == e.userId && postId == e.postId && type == e.type
                && epochMillis == e.epochMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, postId, type, epochMillis);
    }

    @Override
    public String toString() {
        return "EngagementEvent[user " + userId + " " + type + " post " + postId + " at " + Instant.ofEpochMilli(epochMillis) + "]";
    }
}
