package io.github.mediaops.analytics.measure.roi;

import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The basic return and cost-per formulas of performance marketing (see e.g. the IAB glossary,
 * https://www.iab.com/insights/glossary-of-terminology/):
 *
 * <ul>
 *   <li>ROI = (revenue − cost) / cost; ROAS = revenue / ad spend (both unitless ratios);</li>
 *   <li>CPM = spend × 1000 / impressions; CPC = spend / clicks; CPE = spend / engagements;
 *       CPV = spend / views; CPA = spend / acquisitions (conversions);</li>
 *   <li>CAC = sales and marketing cost / new customers.</li>
 * </ul>
 *
 * <p>Cost-per results are rounded half-even to {@value #EXTRA_DIGITS} digits beyond the currency's
 * minor unit (CPC of 0.0123 CNY stays visible); call {@link Money#rounded()} to show it. Negative spend
 * is an {@link InvalidValueException}; a zero denominator gives an empty result.
 */
public final class Roi {
    /** Digits kept beyond the currency's minor unit in cost-per results. */
    public static final int EXTRA_DIGITS = 4;

    private Roi() {
    }

    /** (revenue − cost) / cost; empty when cost is zero. */
    public static OptionalDouble roi(Money revenue, Money cost) {
        nonNegative(cost, "cost");
        sameCurrency(revenue, cost, "revenue");
        if (cost.signum() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(revenue.minus(cost).ratioTo(cost));
    }

    /** revenue / spend; empty when spend is zero. */
    public static OptionalDouble roas(Money revenue, Money spend) {
        nonNegative(spend, "spend");
        sameCurrency(revenue, spend, "revenue");
        return spend.signum() == 0 ? OptionalDouble.empty() : OptionalDouble.of(revenue.ratioTo(spend));
    }

    /** Cost per thousand impressions. */
    public static Optional<Money> cpm(Money spend, long impressions) {
        nonNegative(spend, "spend");
        Checks.nonNegative(impressions, "impressions");
        return costPer(spend.times(1000), impressions);
    }

    /** Cost per click. */
    public static Optional<Money> cpc(Money spend, long clicks) {
        return costPer(nonNegative(spend, "spend"), Checks.nonNegative(clicks, "clicks"));
    }

    /** Cost per engagement (likes, comments, shares, saves: whatever the caller counts). */
    public static Optional<Money> cpe(Money spend, long engagements) {
        return costPer(nonNegative(spend, "spend"), Checks.nonNegative(engagements, "engagements"));
    }

    /** Cost per view or play. */
    public static Optional<Money> cpv(Money spend, long views) {
        return costPer(nonNegative(spend, "spend"), Checks.nonNegative(views, "views"));
    }

    /** Cost per acquisition (conversion, lead, order). */
    public static Optional<Money> cpa(Money spend, long acquisitions) {
        return costPer(nonNegative(spend, "spend"), Checks.nonNegative(acquisitions, "acquisitions"));
    }

    /** Customer acquisition cost: all sales and marketing cost of the period / new customers won in it. */
    public static Optional<Money> cac(Money salesAndMarketingCost, long newCustomers) {
        return costPer(nonNegative(salesAndMarketingCost, "salesAndMarketingCost"),
                Checks.nonNegative(newCustomers, "newCustomers"));
    }

    static Optional<Money> costPer(Money amount, long count) {
        if (count == 0) {
            return Optional.empty();
        }
        int scale = Math.max(amount.currency().getDefaultFractionDigits(), 0) + EXTRA_DIGITS;
        return Optional.of(new Money(amount.amount().divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_EVEN),
                amount.currency()));
    }

    static Money nonNegative(Money m, String field) {
        Checks.notNull(m, field);
        if (m.signum() < 0) {
            throw new InvalidValueException(field, field + " must not be negative (was " + m + ")");
        }
        return m;
    }

    static void sameCurrency(Money a, Money b, String field) {
        Checks.notNull(a, field);
        if (!a.currency().equals(b.currency())) {
            throw new CurrencyMismatchException(field, b.currency(), a.currency());
        }
    }
}
