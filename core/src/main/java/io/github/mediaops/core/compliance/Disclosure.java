package io.github.mediaops.core.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What must be declared about a piece of content: whether it is paid (商业推广, 广告: needs a visible 广告
 * label) and whether it is generated or synthesised by AI (needs an explicit declaration such as 「AI生成」).
 *
 * <p>Built by name, so the two flags cannot be swapped: {@link #none()}, {@link #paid()},
 * {@link #aiGenerated()}, {@code Disclosure.paid().andAiGenerated()}, or {@link #builder()} when the flags come
 * from a host's own data ({@code Disclosure.builder().paid(row.sponsored()).aiGenerated(row.ai()).build()}).
 *
 * <p>In JSON it is {@code {"paid": true, "aiGenerated": false}}; both properties are required (a document that
 * leaves one out is refused rather than read as {@code false}).
 */
public final class Disclosure {
    private static final Disclosure NONE = new Disclosure(false, false);
    private static final Disclosure PAID = new Disclosure(true, false);
    private static final Disclosure AI = new Disclosure(false, true);
    private static final Disclosure BOTH = new Disclosure(true, true);

    private final boolean paid;
    private final boolean aiGenerated;

    private Disclosure(boolean paid, boolean aiGenerated) {
        this.paid = paid;
        this.aiGenerated = aiGenerated;
    }

    private static Disclosure of(boolean paid, boolean aiGenerated) {
        return paid ? (aiGenerated ? BOTH : PAID) : (aiGenerated ? AI : NONE);
    }

    @JsonCreator
    static Disclosure fromJson(@JsonProperty(value = "paid", required = true) boolean paid,
                               @JsonProperty(value = "aiGenerated", required = true) boolean aiGenerated) {
        return of(paid, aiGenerated);
    }

    /** Organic content, made by people: nothing to declare. */
    public static Disclosure none() {
        return NONE;
    }

    /** Paid or sponsored content made by people: needs a 广告 label. */
    public static Disclosure paid() {
        return PAID;
    }

    /** Organic content generated or synthesised by AI: needs an AI declaration. */
    public static Disclosure aiGenerated() {
        return AI;
    }

    /** This disclosure, and the content is also generated or synthesised by AI. */
    public Disclosure andAiGenerated() {
        return of(paid, true);
    }

    /** This disclosure, and the content is also paid or sponsored. */
    public Disclosure andPaid() {
        return of(true, aiGenerated);
    }

    /** A builder with both flags {@code false}; for flags read from a host's own data. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the content is paid or sponsored (商业推广, 广告) and needs a visible 广告 label. */
    @JsonProperty("paid")
    public boolean isPaid() {
        return paid;
    }

    /** Whether the content is generated or synthesised by AI and needs an explicit declaration. */
    @JsonProperty("aiGenerated")
    public boolean isAiGenerated() {
        return aiGenerated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Disclosure d && d.paid == paid && d.aiGenerated == aiGenerated;
    }

    @Override
    public int hashCode() {
        return (paid ? 2 : 0) + (aiGenerated ? 1 : 0);
    }

    @Override
    public String toString() {
        return "Disclosure[paid=" + paid + ", aiGenerated=" + aiGenerated + "]";
    }

    /** Sets each flag by name; both start {@code false}. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private boolean paid;
        private boolean aiGenerated;

        private Builder() {
        }

        /** Whether the content is paid or sponsored. */
        public Builder paid(boolean paid) {
            this.paid = paid;
            return this;
        }

        /** Whether the content is generated or synthesised by AI. */
        public Builder aiGenerated(boolean aiGenerated) {
            this.aiGenerated = aiGenerated;
            return this;
        }

        /** The disclosure. */
        public Disclosure build() {
            return of(paid, aiGenerated);
        }
    }
}
