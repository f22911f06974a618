package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The result of an allocation: per-channel spend, response and marginal ROI, in the order the
 * channels were given.
 *
 * @param budget        the budget that was offered
 * @param channels      one entry per channel
 * @param totalResponse Σ response
 * @param spent         Σ spend, never above the budget; exactly the budget unless the channels' maximums (or
 *                      group caps) stop it. Every amount is in whole minor units of the currency: the optimiser
 *                      works in doubles and its spends are rounded by the largest-remainder method
 * @param unallocated   budget minus spent: positive only when every channel is at its maximum
 * @param marginalRoi   the common marginal ROI of the interior channels (NaN when none is interior)
 * @param responseUpperBound a certified upper bound on the total response of any allocation within the
 *                      bounds (never below {@code totalResponse}); the unrounded optimum is within 1e-9
 *                      relative of it for concave curves and whenever the S-curve search finished (see
 *                      {@link BudgetAllocator#maximiseResponse}); {@link #optimalityGap()} reports the
 *                      difference, including what rounding the spends to the minor unit costs
 *
 * @since 0.1.0
 */
public record BudgetAllocation(Money budget, List<ChannelAllocation> channels, double totalResponse, Money spent,
                         Money unallocated, double marginalRoi, double responseUpperBound) {
    /** Validates the components; bad values fail with the field named. */
    public BudgetAllocation {
        Checks.notNull(budget, "budget");
        channels = Checks.listOf(channels, "channels");
        Checks.notNull(spent, "spent");
        Checks.notNull(unallocated, "unallocated");
        responseUpperBound = Math.max(responseUpperBound, totalResponse);
    }

    /** An allocation whose upper bound is its own total response (an allocation known to be optimal). */
    public BudgetAllocation(Money budget, List<ChannelAllocation> channels, double totalResponse, Money spent,
                            Money unallocated, double marginalRoi) {
        this(budget, channels, totalResponse, spent, unallocated, marginalRoi, totalResponse);
    }

    /**
     * How far this allocation may be from the optimum, relative: {@code (responseUpperBound −
     * totalResponse) / responseUpperBound}, 0 when the bound is 0.
     */
    public double optimalityGap() {
        return responseUpperBound == 0 ? 0 : (responseUpperBound - totalResponse) / responseUpperBound;
    }

    BudgetAllocation withResponseUpperBound(double bound) {
        return new BudgetAllocation(budget, channels, totalResponse, spent, unallocated, marginalRoi, bound);
    }

    /** Total response / spent (the blended ROAS when response is revenue); 0 when nothing is spent. */
    public double roas() {
        double s = spent.amount().doubleValue();
        return s == 0 ? 0 : totalResponse / s;
    }

    /** The entry for a channel name. */
    public ChannelAllocation channel(String name) {
        for (ChannelAllocation c : channels) {
            if (c.channel().equals(name)) {
                return c;
            }
        }
        throw new io.github.mediaops.core.InvalidValueException("name", "no channel named " + Checks.show(name));
    }
}
