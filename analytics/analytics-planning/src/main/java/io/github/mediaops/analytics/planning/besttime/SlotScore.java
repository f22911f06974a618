package io.github.mediaops.analytics.planning.besttime;

import io.github.mediaops.core.validate.Checks;

/**
 * The estimated engagement of posting in one slot, as a lift over the account's recency-weighted mean
 * engagement rate (1.0 = average, 1.3 = 30% better).
 *
 * @param slot           the slot
 * @param posts          past posts in the slot
 * @param effectivePosts Kish effective sample size of the recency weights, (Σw)² / Σw²
 * @param observed       recency-weighted mean lift of the slot's posts; NaN when it has none
 * @param score          posterior mean: observed lift shrunk towards the platform prior
 * @param lower          lower end of the credible interval
 * @param upper          upper end of the credible interval
 * @param sufficient     whether the slot has at least the minimum number of posts
 */
public record SlotScore(Slot slot, int posts, double effectivePosts, double observed, double score, double lower,
                        double upper, boolean sufficient) {
    public SlotScore {
        Checks.notNull(slot, "slot");
        Checks.nonNegative(posts, "posts");
    }
}
