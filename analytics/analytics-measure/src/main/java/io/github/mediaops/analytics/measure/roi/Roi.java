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
 *
 * <pre>{@code
 * Roi.spend(Money.cny("10000")).roas(Money.cny("32000"));   // 3.2
 * Roi.cost(Money.cny("10000")).roi(Money.cny("15000"));     // 0.5
 * Roi.cpc(Money.cny("10000"), 4000);                        // 2.5000 CNY per click
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Roi {
    /** Digits kept beyond the currency's minor unit in cost-per results. */
    public static final int EXTRA_DIGITS = 4;

    private Roi() {
    }

    /**
     * Starts ROI against a cost: {@code Roi.cost(cost).roi(revenue)} is (revenue − cost) / cost. Revenue and
     * cost are both money, so each is named by its call and cannot be swapped silently.
     *
     * @param cost all cost of the period, not negative
     * @return the next step
     */
    public static OnCost cost(Money cost) {
        return new OnCost(nonNegative(cost, "cost"));
    }

    /**
     * Starts ROAS against an ad spend: {@code Roi.spend(spend).roas(revenue)} is revenue / spend.
     *
     * @param spend the ad spend, not negative
     * @return the next step
     */
    public static OnSpend spend(Money spend) {
        return new OnSpend(nonNegative(spend, "spend"));
    }

    /** A cost waiting for the revenue it returned. */
    public static final class OnCost {
        private final Money cost;

        private OnCost(Money cost) {
            this.cost = cost;
        }

        /**
         * (revenue − cost) / cost as a fraction (0.5 = 50 % return).
         *
         * @param revenue the attributed revenue, in the cost's currency
         * @return the ROI; empty when the cost is zero
         */
        public OptionalDouble roi(Money revenue) {
            sameCurrency(revenue, cost, "revenue");
            if (cost.signum() == 0) {
                return OptionalDouble.empty();
            }
            // exact difference, then one rounding: revenue - cost may lie outside Money's range
            return OptionalDouble.of(revenue.amount().subtract(cost.amount()).doubleValue() / cost.amount().doubleValue());
        }
    }

    /** An ad spend waiting for the revenue it returned. */
    public static final class OnSpend {
        private final Money spend;

        private OnSpend(Money spend) {
            this.spend = spend;
        }

        /**
         * revenue / spend, a ratio (3.2 = 3.2 yuan of revenue per yuan spent).
         *
         * @param revenue the attributed revenue, in the spend's currency
         * @return the ROAS; empty when the spend is zero
         */
        public OptionalDouble roas(Money revenue) {
            sameCurrency(revenue, spend, "revenue");
            return spend.signum() == 0 ? OptionalDouble.empty() : OptionalDouble.of(revenue.ratioTo(spend));
        }
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
