package io.github.mediaops.analytics.growth.competitor;

import io.github.mediaops.core.validate.Checks;

/**
 * An account in a benchmark, with its follower counts at the start and end of the period. The two
 * counts are given by name, so they cannot be swapped (a swap would turn growth into loss):
 *
 * <pre>{@code
 * TrackedAccount us = TrackedAccount.own("us").followersFrom(50_000).to(52_000);
 * TrackedAccount rival = TrackedAccount.rival("rival-a").followersFrom(200_000).to(203_000);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TrackedAccount {
    private final String accountId;
    private final boolean own;
    private final long followersStart;
    private final long followersEnd;

    private TrackedAccount(String accountId, boolean own, long followersStart, long followersEnd) {
        Checks.notBlank(accountId, "accountId");
        Checks.nonNegative(followersStart, "followersStart");
        Checks.nonNegative(followersEnd, "followersEnd");
        this.accountId = accountId;
        this.own = own;
        this.followersStart = followersStart;
        this.followersEnd = followersEnd;
    }

    /**
     * One of the team's own accounts.
     *
     * @param accountId id used by {@link PublicPost#accountId()}
     * @return the next step: the follower counts
     */
    public static Followers own(String accountId) {
        return account(accountId, true);
    }

    /**
     * A competitor's account.
     *
     * @param accountId id used by {@link PublicPost#accountId()}
     * @return the next step: the follower counts
     */
    public static Followers rival(String accountId) {
        return account(accountId, false);
    }

    /**
     * An account whose ownership is data (e.g. read from a file).
     *
     * @param accountId id used by {@link PublicPost#accountId()}
     * @param own       true for the team's own accounts
     * @return the next step: the follower counts
     */
    public static Followers account(String accountId, boolean own) {
        return new Followers(Checks.notBlank(accountId, "accountId"), own);
    }

    /** An account whose follower counts come next: {@code followersFrom(start).to(end)}. */
    public static final class Followers {
        private final String accountId;
        private final boolean own;

        private Followers(String accountId, boolean own) {
            this.accountId = accountId;
            this.own = own;
        }

        /**
         * The followers at the start of the period.
         *
         * @param followersStart followers at the start, &ge; 0
         * @return the last step
         */
        public FollowersFrom followersFrom(long followersStart) {
            return new FollowersFrom(accountId, own, Checks.nonNegative(followersStart, "followersStart"));
        }
    }

    /** An account with its followers at the start given; the followers at the end complete it. */
    public static final class FollowersFrom {
        private final String accountId;
        private final boolean own;
        private final long start;

        private FollowersFrom(String accountId, boolean own, long start) {
            this.accountId = accountId;
            this.own = own;
            this.start = start;
        }

        /**
         * The followers at the end of the period, completing the account.
         *
         * @param followersEnd followers at the end, &ge; 0
         * @return the account
         */
        public TrackedAccount to(long followersEnd) {
            return new TrackedAccount(accountId, own, start, followersEnd);
        }
    }

    /** @return id used by {@link PublicPost#accountId()} */
    public String accountId() {
        return accountId;
    }

    /** @return true for the team's own accounts */
    public boolean own() {
        return own;
    }

    /** @return followers at the start of the period, &ge; 0 */
    public long followersStart() {
        return followersStart;
    }

    /** @return followers at the end, &ge; 0 */
    public long followersEnd() {
        return followersEnd;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrackedAccount o && accountId.equals(o.accountId) && own == o.own && followersStart == o.followersStart && followersEnd == o.followersEnd;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(accountId, own, followersStart, followersEnd);
    }

    @Override
    public String toString() {
        return "TrackedAccount[" + "accountId=" + accountId + ", " + "own=" + own + ", " + "followersStart=" + followersStart + ", " + "followersEnd=" + followersEnd + "]";
    }
}
