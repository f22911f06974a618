package io.github.mediaops.analytics.measure.campaign;

import io.github.mediaops.analytics.measure.roi.Roi;
import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.validate.Checks;
import java.util.OptionalDouble;

/**
 * A campaign's budget against its spend, in money rounded to the currency's minor unit. Spend beyond
 * the budget is reported as {@link #overspend()}, never as a negative remainder: {@link #remaining()}
 * is zero then.
 *
 * <pre>{@code
 * CampaignSpend s = CampaignSpend.of(campaign);   // budget 50,000.00 CNY, spent 52,300.00 CNY
 * s.overspent();                                  // true
 * s.overspend();                                  // 2,300.00 CNY
 * s.budgetUsed();                                 // 1.046 (a fraction; 104.6 %)
 * s.roas(Money.cny("160000"));                    // 3.059...
 * }</pre>
 *
 * @param budget    the planned budget
 * @param spent     what was spent
 * @param remaining budget − spent when that is positive, else zero
 * @param overspend spent − budget when that is positive, else zero
 * @since 0.1.0
 */
public record CampaignSpend(Money budget, Money spent, Money remaining, Money overspend) {

    /** Validates that the four amounts are consistent (so that two swapped amounts are refused). */
    public CampaignSpend {
        Checks.notNull(budget, "budget");
        Checks.notNull(spent, "spent");
        Checks.notNull(remaining, "remaining");
        Checks.notNull(overspend, "overspend");
        for (Money m : new Money[] {spent, remaining, overspend}) {
            if (!m.currency().equals(budget.currency())) {
                throw new CurrencyMismatchException("spent", budget.currency(), m.currency());
            }
        }
        if (budget.signum() < 0 || spent.signum() < 0) {
            throw new InvalidValueException("budget", "budget and spent must not be negative (were " + budget + ", "
                    + spent + ")");
        }
        Money diff = budget.minus(spent);
        Money expectedRemaining = diff.signum() > 0 ? diff : Money.zero(budget.currency());
        Money expectedOverspend = diff.signum() < 0 ? diff.negate() : Money.zero(budget.currency());
        if (!remaining.equals(expectedRemaining) || !overspend.equals(expectedOverspend)) {
            throw new InvalidValueException("remaining", "remaining " + remaining + " and overspend " + overspend
                    + " do not match budget " + budget + " and spent " + spent);
        }
    }

    /**
     * The spend of a campaign, amounts rounded half-even to the currency's minor unit.
     *
     * @param campaign the campaign
     * @return its spend
     */
    public static CampaignSpend of(Campaign campaign) {
        Checks.notNull(campaign, "campaign");
        Money budget = campaign.budget().rounded();
        Money spent = campaign.spend().rounded();
        Money diff = budget.minus(spent);
        Money zero = Money.zero(budget.currency()).rounded();
        return new CampaignSpend(budget, spent, diff.signum() > 0 ? diff : zero,
                diff.signum() < 0 ? diff.negate() : zero);
    }

    /** @return whether more than the budget was spent */
    public boolean overspent() {
        return overspend.signum() > 0;
    }

    /** @return spent / budget as a fraction (1.046 = 104.6 %); empty when the budget is zero */
    public OptionalDouble budgetUsed() {
        return budget.signum() == 0 ? OptionalDouble.empty() : OptionalDouble.of(spent.ratioTo(budget));
    }

    /**
     * Return on ad spend of the campaign: revenue / spent ({@link Roi}).
     *
     * @param revenue the attributed revenue, in the budget's currency
     * @return the ROAS; empty when nothing was spent
     */
    public OptionalDouble roas(Money revenue) {
        return Roi.spend(spent).roas(revenue);
    }

    /**
     * Return on investment with the campaign's spend as its cost: (revenue − spent) / spent.
     *
     * @param revenue the attributed revenue, in the budget's currency
     * @return the ROI as a fraction; empty when nothing was spent
     */
    public OptionalDouble roi(Money revenue) {
        return Roi.cost(spent).roi(revenue);
    }
}
