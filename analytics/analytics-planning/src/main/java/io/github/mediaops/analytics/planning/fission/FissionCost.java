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
 * @param fixedCost              cost not tied to users
 * @param referrerReward         reward per successful referral, to the referrer
 * @param welcomeReward          reward per referred new user, to the new user
 * @param maxRewardedPerReferrer cap of rewarded referrals per referrer ({@link Integer#MAX_VALUE} for none)
 */
public record FissionCost(Money fixedCost, Money referrerReward, Money welcomeReward, int maxRewardedPerReferrer) {
    public FissionCost {
        Checks.notNull(fixedCost, "fixedCost");
        Checks.notNull(referrerReward, "referrerReward");
        Checks.notNull(welcomeReward, "welcomeReward");
        if (fixedCost.signum() < 0 || referrerReward.signum() < 0 || welcomeReward.signum() < 0) {
            throw new InvalidValueException("fixedCost", "costs and rewards must not be negative");
        }
        fixedCost.plus(referrerReward).plus(welcomeReward); // one currency
        Checks.positive(maxRewardedPerReferrer, "maxRewardedPerReferrer");
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
        public Result {
            Checks.notNull(total, "total");
            Checks.nonNegative(rewardedReferrals, "rewardedReferrals");
            Checks.nonNegative(acquiredUsers, "acquiredUsers");
            Checks.notNull(perAcquiredUser, "perAcquiredUser");
        }
    }

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
