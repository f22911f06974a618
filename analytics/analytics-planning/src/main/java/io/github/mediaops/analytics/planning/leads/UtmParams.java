package io.github.mediaops.analytics.planning.leads;

import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * Google Analytics campaign parameters (https://support.google.com/analytics/answer/10917952):
 * {@code utm_source} (the platform, e.g. "douyin"), {@code utm_medium} ("social", "qr", "kol"),
 * {@code utm_campaign} (the campaign id), optional {@code utm_content} (the content id) and
 * {@code utm_term}.
 *
 * @since 0.1.0
 */
public final class UtmParams {
    private final String source;
    private final String medium;
    private final String campaign;
    private final String content;
    private final String term;

    private UtmParams(String source, String medium, String campaign, String content, String term) {
        Checks.notBlank(source, "source");
        Checks.notBlank(medium, "medium");
        Checks.notBlank(campaign, "campaign");
        Checks.blankToNullRejected(content, "content");
        Checks.blankToNullRejected(term, "term");
        this.source = source;
        this.medium = medium;
        this.campaign = campaign;
        this.content = content;
        this.term = term;
    }

    /**
     * Starts a UTM parameters; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this UTM parameters's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.medium = medium;
        b.campaign = campaign;
        b.content = content;
        b.term = term;
        return b;
    }

    /** @return source */
    public String source() {
        return source;
    }

    /** @return medium */
    public String medium() {
        return medium;
    }

    /** @return campaign */
    public String campaign() {
        return campaign;
    }

    /** @return content */
    public String content() {
        return content;
    }

    /** @return term */
    public String term() {
        return term;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UtmParams o && java.util.Objects.equals(source, o.source) && java.util.Objects.equals(medium, o.medium) && java.util.Objects.equals(campaign, o.campaign) && java.util.Objects.equals(content, o.content) && java.util.Objects.equals(term, o.term);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, medium, campaign, content, term);
    }

    @Override
    public String toString() {
        return "UtmParams[" + "source=" + source + ", " + "medium=" + medium + ", " + "campaign=" + campaign + ", " + "content=" + content + ", " + "term=" + term + "]";
    }

    /** Collects the parts of a UTM parameters; {@link #build()} validates them. */
    public static final class Builder {
        private String source;
        private String medium;
        private String campaign;
        private String content = null;
        private String term = null;

        private Builder() {
        }

        /**
         * Sets source.
         *
         * @param source source
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets medium.
         *
         * @param medium medium
         * @return this builder
         */
        public Builder medium(String medium) {
            this.medium = medium;
            return this;
        }

        /**
         * Sets campaign.
         *
         * @param campaign campaign
         * @return this builder
         */
        public Builder campaign(String campaign) {
            this.campaign = campaign;
            return this;
        }

        /**
         * Sets content (default null).
         *
         * @param content content
         * @return this builder
         */
        public Builder content(String content) {
            this.content = content;
            return this;
        }

        /**
         * Sets term (default null).
         *
         * @param term term
         * @return this builder
         */
        public Builder term(String term) {
            this.term = term;
            return this;
        }

        /**
         * The UTM parameters.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public UtmParams build() {
            io.github.mediaops.core.validate.Required.of("UTM parameters").given("source", source).given("medium", medium).given("campaign", campaign).orThrow();
            return new UtmParams(source, medium, campaign, content, term);
        }
    }

    


    /**
     * A copy with {@code utm_content}, e.g. the post that carries the link.
     *
     * @param contentId the content id; not blank
     * @return the copy
     */
    public UtmParams withContent(String contentId) {
        return new UtmParams(source, medium, campaign, contentId, term);
    }

    /** @return {@code utm_content}, if set */
    public Optional<String> contentId() {
        return Optional.ofNullable(content);
    }

    /** @return {@code utm_term}, if set */
    public Optional<String> termValue() {
        return Optional.ofNullable(term);
    }
}
