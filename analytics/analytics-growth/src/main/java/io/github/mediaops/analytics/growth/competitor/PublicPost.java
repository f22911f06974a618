package io.github.mediaops.analytics.growth.competitor;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.content.ContentKind;
import java.time.Instant;
import java.util.Set;

/**
 * One post as seen publicly (own or competitor). Built by name (the account and the post ids are both
 * text); {@link Builder#build()} names every missing part at once.
 *
 * <pre>{@code
 * PublicPost p = PublicPost.builder().accountId("rival-a").postId("rival-a-17")
 *         .publishedAt(Instant.parse("2026-03-02T12:00:00Z")).kind(ContentKind.SHORT_VIDEO)
 *         .engagements(1_240).topics(Set.of("防晒")).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PublicPost {
    private final String accountId;
    private final String postId;
    private final Instant publishedAt;
    private final ContentKind kind;
    private final long engagements;
    private final Set<String> topics;

    private PublicPost(String accountId, String postId, Instant publishedAt, ContentKind kind, long engagements, Set<String> topics) {
        Checks.notBlank(accountId, "accountId");
        Checks.notBlank(postId, "postId");
        Checks.notNull(publishedAt, "publishedAt");
        Checks.notNull(kind, "kind");
        Checks.nonNegative(engagements, "engagements");
        topics = Checks.setOf(topics, "topics");
        this.accountId = accountId;
        this.postId = postId;
        this.publishedAt = publishedAt;
        this.kind = kind;
        this.engagements = engagements;
        this.topics = topics;
    }

    /**
     * Starts a public post; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this public post's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accountId = accountId;
        b.postId = postId;
        b.publishedAt = publishedAt;
        b.kind = kind;
        b.engagements = engagements;
        b.topics = topics;
        return b;
    }

    /** @return the account that published it */
    public String accountId() {
        return accountId;
    }

    /** @return the platform's post id */
    public String postId() {
        return postId;
    }

    /** @return when it was published */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** @return its form (article, short video, note, ...) */
    public ContentKind kind() {
        return kind;
    }

    /** @return likes + comments + shares + saves, as publicly visible */
    public long engagements() {
        return engagements;
    }

    /** @return topics it is about (hashtags or the host's own tagging), lower-case recommended */
    public Set<String> topics() {
        return topics;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicPost o && accountId.equals(o.accountId) && postId.equals(o.postId) && publishedAt.equals(o.publishedAt) && kind.equals(o.kind) && engagements == o.engagements && topics.equals(o.topics);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(accountId, postId, publishedAt, kind, engagements, topics);
    }

    @Override
    public String toString() {
        return "PublicPost[" + "accountId=" + accountId + ", " + "postId=" + postId + ", " + "publishedAt=" + publishedAt + ", " + "kind=" + kind + ", " + "engagements=" + engagements + ", " + "topics=" + topics + "]";
    }

    /** Collects the parts of a public post; {@link #build()} validates them. */
    public static final class Builder {
        private String accountId;
        private String postId;
        private Instant publishedAt;
        private ContentKind kind;
        private Long engagements;
        private Set<String> topics = Set.of();

        private Builder() {
        }

        /**
         * Sets accountId.
         *
         * @param accountId the account that published it
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
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
         * Sets publishedAt.
         *
         * @param publishedAt when it was published
         * @return this builder
         */
        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /**
         * Sets kind.
         *
         * @param kind its form (article, short video, note, ...)
         * @return this builder
         */
        public Builder kind(ContentKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets engagements.
         *
         * @param engagements likes + comments + shares + saves, as publicly visible
         * @return this builder
         */
        public Builder engagements(long engagements) {
            this.engagements = engagements;
            return this;
        }

        /**
         * Sets topics (default Set.of()).
         *
         * @param topics topics it is about (hashtags or the host's own tagging), lower-case recommended
         * @return this builder
         */
        public Builder topics(Set<String> topics) {
            this.topics = topics;
            return this;
        }

        /**
         * The public post.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public PublicPost build() {
            io.github.mediaops.core.validate.Required.of("public post").given("accountId", accountId).given("postId", postId).given("publishedAt", publishedAt).given("kind", kind).given("engagements", engagements).orThrow();
            return new PublicPost(accountId, postId, publishedAt, kind, engagements, topics);
        }
    }
}
