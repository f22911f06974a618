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
 * @param spent         Σ spend, never above the budget
 * @param unallocated   budget minus spent: positive only when every channel is at its maximum
 * @param marginalRoi   the common marginal ROI of the interior channels (NaN when none is interior)
 */
public record BudgetAllocation(Money budget, List<ChannelAllocation> channels, double totalResponse, Money spent,
                         Money unallocated, double marginalRoi) {
    public BudgetAllocation {
        Checks.notNull(budget, "budget");
        channels = Checks.listOf(channels, "channels");
        Checks.notNull(spent, "spent");
        Checks.notNull(unallocated, "unallocated");
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
