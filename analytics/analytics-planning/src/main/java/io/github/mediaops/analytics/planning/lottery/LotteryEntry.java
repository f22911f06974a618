package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry to a lottery as collected from a platform (a comment, a repost, a form), with the facts
 * the eligibility rules need, frozen at close.
 *
 * @since 0.1.0
 */
public final class LotteryEntry {
    private final String userId;
    private final Instant enteredAt;
    private final String text;
    private final boolean follows;
    private final Instant accountCreatedAt;

    private LotteryEntry(String userId, Instant enteredAt, String text, boolean follows, Instant accountCreatedAt) {
        Checks.notBlank(userId, "userId");
        if (userId.indexOf('\t') >= 0 || userId.indexOf('\n') >= 0 || userId.indexOf('\r') >= 0) {
            throw new InvalidValueException("userId", "userId must not contain tab or line breaks (was " + Checks.show(userId) + ")");
        }
        Checks.notNull(enteredAt, "enteredAt");
        Checks.notNull(text, "text");
        this.userId = userId;
        this.enteredAt = enteredAt;
        this.text = text;
        this.follows = follows;
        this.accountCreatedAt = accountCreatedAt;
    }

    /**
     * Starts a lottery entry; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this lottery entry's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userId = userId;
        b.enteredAt = enteredAt;
        b.text = text;
        b.follows = follows;
        b.accountCreatedAt = accountCreatedAt;
        return b;
    }

    /** @return the platform's user id; no tab, CR or LF (it is part of the hashed list) */
    public String userId() {
        return userId;
    }

    /** @return when the entry was made (committed at millisecond precision) */
    public Instant enteredAt() {
        return enteredAt;
    }

    /** @return the comment or form text; may be empty */
    public String text() {
        return text;
    }

    /** @return whether the user followed the account at close */
    public boolean follows() {
        return follows;
    }

    /** @return when the user's account was created, or {@code null} when unknown */
    public Instant accountCreatedAt() {
        return accountCreatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LotteryEntry o && java.util.Objects.equals(userId, o.userId) && java.util.Objects.equals(enteredAt, o.enteredAt) && java.util.Objects.equals(text, o.text) && follows == o.follows && java.util.Objects.equals(accountCreatedAt, o.accountCreatedAt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(userId, enteredAt, text, follows, accountCreatedAt);
    }

    @Override
    public String toString() {
        return "LotteryEntry[" + "userId=" + userId + ", " + "enteredAt=" + enteredAt + ", " + "text=" + text + ", " + "follows=" + follows + ", " + "accountCreatedAt=" + accountCreatedAt + "]";
    }

    /** Collects the parts of a lottery entry; {@link #build()} validates them. */
    public static final class Builder {
        private String userId;
        private Instant enteredAt;
        private String text = "";
        private Boolean follows = false;
        private Instant accountCreatedAt = null;

        private Builder() {
        }

        /**
         * Sets userId.
         *
         * @param userId the platform's user id; no tab, CR or LF (it is part of the hashed list)
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets enteredAt.
         *
         * @param enteredAt when the entry was made (committed at millisecond precision)
         * @return this builder
         */
        public Builder enteredAt(Instant enteredAt) {
            this.enteredAt = enteredAt;
            return this;
        }

        /**
         * Sets text (default "").
         *
         * @param text the comment or form text; may be empty
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets follows (default false).
         *
         * @param follows whether the user followed the account at close
         * @return this builder
         */
        public Builder follows(boolean follows) {
            this.follows = follows;
            return this;
        }

        /**
         * Sets accountCreatedAt (default null).
         *
         * @param accountCreatedAt when the user's account was created, or {@code null} when unknown
         * @return this builder
         */
        public Builder accountCreatedAt(Instant accountCreatedAt) {
            this.accountCreatedAt = accountCreatedAt;
            return this;
        }

        /**
         * The lottery entry.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public LotteryEntry build() {
            io.github.mediaops.core.validate.Required.of("lottery entry").given("userId", userId).given("enteredAt", enteredAt).orThrow();
            return new LotteryEntry(userId, enteredAt, text, follows, accountCreatedAt);
        }
    }

    

    /** @return when the user's account was created, if known */
    public Optional<Instant> accountCreated() {
        return Optional.ofNullable(accountCreatedAt);
    }
}
