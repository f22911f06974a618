package io.github.mediaops.analytics.planning.live;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One user-generated post in a topic or hashtag challenge (话题挑战).
 *
 * @since 0.1.0
 */
public final class TopicPost {
    private final String postId;
    private final String userId;
    private final Instant at;
    private final long views;

    private TopicPost(String postId, String userId, Instant at, long views) {
        Checks.notBlank(postId, "postId");
        Checks.notBlank(userId, "userId");
        Checks.notNull(at, "at");
        Checks.nonNegative(views, "views");
        this.postId = postId;
        this.userId = userId;
        this.at = at;
        this.views = views;
    }

    /**
     * Starts a topic post; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this topic post's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.postId = postId;
        b.userId = userId;
        b.at = at;
        b.views = views;
        return b;
    }

    /** @return the platform's post id */
    public String postId() {
        return postId;
    }

    /** @return the author */
    public String userId() {
        return userId;
    }

    /** @return when it was posted */
    public Instant at() {
        return at;
    }

    /** @return its views so far */
    public long views() {
        return views;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicPost o && java.util.Objects.equals(postId, o.postId) && java.util.Objects.equals(userId, o.userId) && java.util.Objects.equals(at, o.at) && views == o.views;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(postId, userId, at, views);
    }

    @Override
    public String toString() {
        return "TopicPost[" + "postId=" + postId + ", " + "userId=" + userId + ", " + "at=" + at + ", " + "views=" + views + "]";
    }

    /** Collects the parts of a topic post; {@link #build()} validates them. */
    public static final class Builder {
        private String postId;
        private String userId;
        private Instant at;
        private Long views;

        private Builder() {
        }

        /**
         * Sets postId.
         *
         * @param postId the platform's post id
         * @return this builder
         */
        public Builder postId(String postId) {
            this.postId = postId;
            return this;
        }

        /**
         * Sets userId.
         *
         * @param userId the author
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets at.
         *
         * @param at when it was posted
         * @return this builder
         */
        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        /**
         * Sets views.
         *
         * @param views its views so far
         * @return this builder
         */
        public Builder views(long views) {
            this.views = views;
            return this;
        }

        /**
         * The topic post.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public TopicPost build() {
            io.github.mediaops.core.validate.Required.of("topic post").given("postId", postId).given("userId", userId).given("at", at).given("views", views).orThrow();
            return new TopicPost(postId, userId, at, views);
        }
    }
}
