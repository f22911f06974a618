package io.github.mediaops.analytics.planning.besttime;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One past post and how it did: its engagement rate {@code engagements / impressions} is what the
 * best-time engine scores.
 *
 * @since 0.1.0
 */
public final class PostOutcome {
    private final Instant publishedAt;
    private final long impressions;
    private final long engagements;

    private PostOutcome(Instant publishedAt, long impressions, long engagements) {
        Checks.notNull(publishedAt, "publishedAt");
        Checks.positive(impressions, "impressions");
        Checks.nonNegative(engagements, "engagements");
        this.publishedAt = publishedAt;
        this.impressions = impressions;
        this.engagements = engagements;
    }

    /**
     * Starts a post outcome; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this post outcome's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.publishedAt = publishedAt;
        b.impressions = impressions;
        b.engagements = engagements;
        return b;
    }

    /** @return when it went out */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** @return views, reads or plays; at least 1 */
    public long impressions() {
        return impressions;
    }

    /** @return likes + comments + shares + saves (whatever the team counts), non-negative */
    public long engagements() {
        return engagements;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostOutcome o && java.util.Objects.equals(publishedAt, o.publishedAt) && impressions == o.impressions && engagements == o.engagements;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(publishedAt, impressions, engagements);
    }

    @Override
    public String toString() {
        return "PostOutcome[" + "publishedAt=" + publishedAt + ", " + "impressions=" + impressions + ", " + "engagements=" + engagements + "]";
    }

    /** Collects the parts of a post outcome; {@link #build()} validates them. */
    public static final class Builder {
        private Instant publishedAt;
        private Long impressions;
        private Long engagements;

        private Builder() {
        }

        /**
         * Sets publishedAt.
         *
         * @param publishedAt when it went out
         * @return this builder
         */
        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /**
         * Sets impressions.
         *
         * @param impressions views, reads or plays; at least 1
         * @return this builder
         */
        public Builder impressions(long impressions) {
            this.impressions = impressions;
            return this;
        }

        /**
         * Sets engagements.
         *
         * @param engagements likes + comments + shares + saves (whatever the team counts), non-negative
         * @return this builder
         */
        public Builder engagements(long engagements) {
            this.engagements = engagements;
            return this;
        }

        /**
         * The post outcome.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public PostOutcome build() {
            io.github.mediaops.core.validate.Required.of("post outcome").given("publishedAt", publishedAt).given("impressions", impressions).given("engagements", engagements).orThrow();
            return new PostOutcome(publishedAt, impressions, engagements);
        }
    }

    

    /** @return engagements ÷ impressions, a fraction (0.034 is 3.4 %) */
    public double rate() {
        return (double) engagements / impressions;
    }
}
