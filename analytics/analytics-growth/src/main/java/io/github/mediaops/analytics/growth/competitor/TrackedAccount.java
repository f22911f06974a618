package io.github.mediaops.analytics.growth.competitor;

import io.github.mediaops.core.validate.Checks;

/**
 * An account in a benchmark, with its follower counts at the start and end of the period.
 *
 * @param accountId      id used by {@link PublicPost#accountId()}
 * @param own            true for the team's own accounts
 * @param followersStart followers at the start of the period, &ge; 0
 * @param followersEnd   followers at the end, &ge; 0
 */
public record TrackedAccount(String accountId, boolean own, long followersStart, long followersEnd) {
    public TrackedAccount {
        Checks.notBlank(accountId, "accountId");
        Checks.nonNegative(followersStart, "followersStart");
        Checks.nonNegative(followersEnd, "followersEnd");
    }
}
