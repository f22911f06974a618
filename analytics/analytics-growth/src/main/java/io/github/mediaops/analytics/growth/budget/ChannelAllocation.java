package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.Money;

/**
 * The spend the allocator chose for one channel and what it is expected to return.
 *
 * @param channel      the channel's name
 * @param spend        spend per period, in whole minor units of the currency (CNY 2 decimals, JPY 0); the
 *                     channels' spends add up exactly to {@link BudgetAllocation#spent()}
 * @param response     expected outcome at that spend
 * @param marginalRoi  outcome per extra currency unit at that spend (the curve's derivative)
 * @param averageRoi   response / spend (0 when spend is 0)
 * @param position     where the spend sits relative to the channel's bounds and curve
 * @param carryoverResponse what the channel returns from earlier periods' carry-over alone, not included
 *                     in {@code response} ({@link HillCurve#carryoverResponse()}; 0 without carry-over):
 *                     Robyn's total response is {@code response + carryoverResponse}
 *
 * @since 0.1.0
 */
public record ChannelAllocation(String channel, Money spend, double response, double marginalRoi,
                                double averageRoi, Position position, double carryoverResponse) {

    /** The response including carry-over: {@code response + carryoverResponse} (Robyn's total). */
    public double totalResponse() {
        return response + carryoverResponse;
    }

    /** Where an allocation sits. */
    public enum Position {
        /** Min equals max: the spend was fixed by the caller. */
        LOCKED,
        /** Held at the minimum: another channel returns more per unit. */
        AT_MIN,
        /**
         * Held at the minimum of an S-shaped curve below its inflection: spending a little more
         * would return less per unit than elsewhere, spending enough to pass the inflection does not
         * pay within this budget.
         */
        AT_MIN_BELOW_INFLECTION,
        /** Capped by the maximum. */
        AT_MAX,
        /** Strictly between the bounds: its marginal ROI equals the common marginal ROI. */
        INTERIOR
    }
}
