package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.validate.Checks;

/**
 * One engagement: a user did something with a post at an instant. The user, the post and the instant
 * are all {@code long}s, so an event is given by name, never by position:
 *
 * <pre>{@code
 * EngagementEvent e = EngagementEvent.user(7L).post(42L).at(EngagementType.VIEW, 1_764_000_000_000L);
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
        Checks.notNull(type, "type");
        this.userId = userId;
        this.postId = postId;
        this.type = type;
        this.epochMillis = epochMillis;
    }

    /**
     * Starts an event with the user; continue with {@link ByUser#post(long)}.
     *
     * @param userId the host's numeric user id (hash string ids first)
     * @return the next step
     */
    public static ByUser user(long userId) {
        return new ByUser(userId);
    }

    /** An event with its user given; the post comes next. */
    public static final class ByUser {
        private final long userId;

        private ByUser(long userId) {
            this.userId = userId;
        }

        /**
         * The post engaged with.
         *
         * @param postId the host's numeric post id
         * @return the last step
         */
        public OnPost post(long postId) {
            return new OnPost(userId, postId);
        }
    }

    /** An event with its user and post given; what happened, and when, complete it. */
    public static final class OnPost {
        private final long userId;
        private final long postId;

        private OnPost(long userId, long postId) {
            this.userId = userId;
            this.postId = postId;
        }

        /**
         * What happened, and when.
         *
         * @param type        what happened
         * @param epochMillis when, in milliseconds since the epoch (UTC)
         * @return the event
         */
        public EngagementEvent at(EngagementType type, long epochMillis) {
            return new EngagementEvent(userId, postId, type, epochMillis);
        }
    }

    /** @return the host's numeric user id (hash string ids first) */
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
    public boolean equals(Object other) {
        return other instanceof EngagementEvent o && userId == o.userId && postId == o.postId && type.equals(o.type) && epochMillis == o.epochMillis;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(userId, postId, type, epochMillis);
    }

    @Override
    public String toString() {
        return "EngagementEvent[" + "userId=" + userId + ", " + "postId=" + postId + ", " + "type=" + type + ", " + "epochMillis=" + epochMillis + "]";
    }
}
