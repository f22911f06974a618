package io.github.mediaops.analytics.planning.fission;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.math.RoundingMode;

/**
 * The cost of a fission campaign and the cost per acquired user, rewards included.
 *
 * <p>Total = fixed cost (design, tooling, seed promotion) + referrer reward × rewarded referrals
 * (each referrer rewarded for at most {@code maxRewardedPerReferrer} invitees) + welcome reward × new
 * users. Acquired users are the referred users (seeds are reached by the brand anyway); cost per
 * acquired user = total / referred users, rounded half-up to the currency's minor unit.
 *
 * @since 0.1.0
 */
public final class FissionCost {
    private final Money fixedCost;
    private final Money referrerReward;
    private final Money welcomeReward;
    private final int maxRewardedPerReferrer;

    private FissionCost(Money fixedCost, Money referrerReward, Money welcomeReward, int maxRewardedPerReferrer) {
        Checks.notNull(fixedCost, "fixedCost");
        Checks.notNull(referrerReward, "referrerReward");
        Checks.notNull(welcomeReward, "welcomeReward");
        if (fixedCost.signum() < 0 || referrerReward.signum() < 0 || welcomeReward.signum() < 0) {
            throw new InvalidValueException("fixedCost", "costs and rewards must not be negative");
        }
        fixedCost.plus(referrerReward).plus(welcomeReward); // one currency
        Checks.positive(maxRewardedPerReferrer, "maxRewardedPerReferrer");
        this.fixedCost = fixedCost;
        this.referrerReward = referrerReward;
        this.welcomeReward = welcomeReward;
        this.maxRewardedPerReferrer = maxRewardedPerReferrer;
    }

    /**
     * Starts a fission cost; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this fission cost's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fixedCost = fixedCost;
        b.referrerReward = referrerReward;
        b.welcomeReward = welcomeReward;
        b.maxRewardedPerReferrer = maxRewardedPerReferrer;
        return b;
    }

    /** @return cost not tied to users */
    public Money fixedCost() {
        return fixedCost;
    }

    /** @return reward per successful referral, to the referrer */
    public Money referrerReward() {
        return referrerReward;
    }

    /** @return reward per referred new user, to the new user */
    public Money welcomeReward() {
        return welcomeReward;
    }

    /** @return cap of rewarded referrals per referrer ({@link Integer#MAX_VALUE} for none) */
    public int maxRewardedPerReferrer() {
        return maxRewardedPerReferrer;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FissionCost o && java.util.Objects.equals(fixedCost, o.fixedCost) && java.util.Objects.equals(referrerReward, o.referrerReward) && java.util.Objects.equals(welcomeReward, o.welcomeReward) && maxRewardedPerReferrer == o.maxRewardedPerReferrer;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(fixedCost, referrerReward, welcomeReward, maxRewardedPerReferrer);
    }

    @Override
    public String toString() {
        return "FissionCost[" + "fixedCost=" + fixedCost + ", " + "referrerReward=" + referrerReward + ", " + "welcomeReward=" + welcomeReward + ", " + "maxRewardedPerReferrer=" + maxRewardedPerReferrer + "]";
    }

    /** Collects the parts of a fission cost; {@link #build()} validates them. */
    public static final class Builder {
        private Money fixedCost;
        private Money referrerReward;
        private Money welcomeReward;
        private Integer maxRewardedPerReferrer = Integer.MAX_VALUE;

        private Builder() {
        }

        /**
         * Sets fixedCost.
         *
         * @param fixedCost cost not tied to users
         * @return this builder
         */
        public Builder fixedCost(Money fixedCost) {
            this.fixedCost = fixedCost;
            return this;
        }

        /**
         * Sets referrerReward.
         *
         * @param referrerReward reward per successful referral, to the referrer
         * @return this builder
         */
        public Builder referrerReward(Money referrerReward) {
            this.referrerReward = referrerReward;
            return this;
        }

        /**
         * Sets welcomeReward.
         *
         * @param welcomeReward reward per referred new user, to the new user
         * @return this builder
         */
        public Builder welcomeReward(Money welcomeReward) {
            this.welcomeReward = welcomeReward;
            return this;
        }

        /**
         * Sets maxRewardedPerReferrer (default Integer.MAX_VALUE).
         *
         * @param maxRewardedPerReferrer cap of rewarded referrals per referrer ({@link Integer#MAX_VALUE} for none)
         * @return this builder
         */
        public Builder maxRewardedPerReferrer(int maxRewardedPerReferrer) {
            this.maxRewardedPerReferrer = maxRewardedPerReferrer;
            return this;
        }

        /**
         * The fission cost.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public FissionCost build() {
            io.github.mediaops.core.validate.Required.of("fission cost").given("fixedCost", fixedCost).given("referrerReward", referrerReward).given("welcomeReward", welcomeReward).orThrow();
            return new FissionCost(fixedCost, referrerReward, welcomeReward, maxRewardedPerReferrer);
        }
    }

    

    /**
     * Totals for a forest.
     *
     * @param total            every cost
     * @param rewardedReferrals referrals that earned a referrer reward
     * @param acquiredUsers    referred users
     * @param perAcquiredUser  total / acquired users; absent when nobody was referred
     */
    public record Result(Money total, long rewardedReferrals, long acquiredUsers, java.util.Optional<Money> perAcquiredUser) {
        /** Validates the components; bad values fail with the field named. */
        public Result {
            Checks.notNull(total, "total");
            Checks.nonNegative(rewardedReferrals, "rewardedReferrals");
            Checks.nonNegative(acquiredUsers, "acquiredUsers");
            Checks.notNull(perAcquiredUser, "perAcquiredUser");
        }
    }

    /**
     * The campaign's cost over a referral forest: the fixed cost, one referrer reward per rewarded
     * referral (at most {@code maxRewardedPerReferrer} per referrer) and one welcome reward per referred user.
     *
     * @param forest the referrals
     * @return the cost, with the cost per acquired user when any was acquired
     */
    public Result of(ReferralForest forest) {
        Checks.notNull(forest, "forest");
        long rewarded = 0;
        long acquired = (long) forest.size() - forest.seeds().size();
        for (String user : allUsers(forest)) {
            rewarded += Math.min(forest.referralsOf(user).size(), maxRewardedPerReferrer);
        }
        Money total = fixedCost.plus(referrerReward.times(rewarded)).plus(welcomeReward.times(acquired));
        java.util.Optional<Money> per = acquired == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(total.dividedBy(acquired, RoundingMode.HALF_UP));
        return new Result(total, rewarded, acquired, per);
    }

    private static java.util.List<String> allUsers(ReferralForest forest) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(forest.seeds());
        while (!todo.isEmpty()) {
            String u = todo.poll();
            out.add(u);
            todo.addAll(forest.referralsOf(u));
        }
        return out;
    }
}
