package io.github.mediaops.analytics.measure.roi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Customer lifetime value and CAC payback.
 *
 * <ul>
 *   <li><b>Simple LTV</b> = ARPU per period × gross margin / churn per period — the steady-state
 *       formula that assumes constant revenue and a constant (geometric) churn rate, so the expected
 *       lifetime is 1/churn periods.</li>
 *   <li><b>Cohort LTV</b> = Σ<sub>t≥0</sub> revenue<sub>t</sub> × margin / (1 + d)<sup>t</sup> / cohort size,
 *       from the revenue a cohort actually produced in periods 0, 1, 2, ... after acquisition, discounted
 *       at {@code d} per period. The cumulative curve is returned too.</li>
 *   <li><b>Payback</b>: the number of periods until the cumulative margin per customer covers CAC, with
 *       linear interpolation inside the period in which it is crossed (margin assumed to accrue evenly).
 *       The simple form is CAC / (ARPU × margin).</li>
 * </ul>
 * Reference: Gupta &amp; Lehmann, "Customers as Assets", Journal of Interactive Marketing 17(1), 2003.
 *
 * <pre>{@code
 * Ltv.grossMargin(0.6).simple(Money.cny("50"), 0.05);                              // 600 CNY
 * Ltv.grossMargin(0.6).revenuePerCustomerPerPeriod(Money.cny("50")).paybackOf(Money.cny("120"));  // 4.0
 * Ltv.grossMargin(0.5).cohort(1000, revenueByMonth, 0.01);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Ltv {
    private static final MathContext MC = MathContext.DECIMAL64;

    private Ltv() {
    }

    /**
     * Starts the LTV formulas at a gross margin, so that the margin and the churn or discount rate — all
     * fractions — are named by their calls and cannot be swapped.
     *
     * @param grossMargin margin fraction in [0, 1]
     * @return the formulas at that margin
     */
    public static AtMargin grossMargin(double grossMargin) {
        return new AtMargin(Checks.fraction(grossMargin, "grossMargin"));
    }

    /** The LTV formulas at a given gross margin. */
    public static final class AtMargin {
        private final double grossMargin;

        private AtMargin(double grossMargin) {
            this.grossMargin = grossMargin;
        }

        /**
         * Simple LTV: ARPU × margin / churn.
         *
         * @param revenuePerCustomerPerPeriod ARPU per period, not negative
         * @param churnPerPeriod              churn fraction per period in (0, 1]
         * @return the lifetime value per customer
         */
        public Money simple(Money revenuePerCustomerPerPeriod, double churnPerPeriod) {
            return Ltv.simple(revenuePerCustomerPerPeriod, grossMargin, churnPerPeriod);
        }

        /**
         * Cohort LTV per customer (see {@link Ltv}).
         *
         * @param cohortSize            customers acquired, at least one
         * @param revenueByPeriod       revenue of the whole cohort in periods 0, 1, ... after acquisition
         * @param discountRatePerPeriod discount rate per period, at least 0 (0 for none)
         * @return the LTV and the cumulative LTV after each period
         */
        public CohortLtv cohort(long cohortSize, List<Money> revenueByPeriod, double discountRatePerPeriod) {
            return Ltv.cohort(cohortSize, revenueByPeriod, grossMargin, discountRatePerPeriod);
        }

        /**
         * Simple CAC payback: CAC / (ARPU × margin) periods.
         *
         * @param revenuePerCustomerPerPeriod ARPU per period, not negative
         * @return the payback of a CAC at that revenue
         */
        public Payback revenuePerCustomerPerPeriod(Money revenuePerCustomerPerPeriod) {
            Roi.nonNegative(revenuePerCustomerPerPeriod, "revenuePerCustomerPerPeriod");
            return new Payback(revenuePerCustomerPerPeriod, grossMargin);
        }
    }

    /** Simple CAC payback at a revenue per customer and margin. */
    public static final class Payback {
        private final Money revenuePerCustomerPerPeriod;
        private final double grossMargin;

        private Payback(Money revenuePerCustomerPerPeriod, double grossMargin) {
            this.revenuePerCustomerPerPeriod = revenuePerCustomerPerPeriod;
            this.grossMargin = grossMargin;
        }

        /**
         * Periods until the margin covers a CAC.
         *
         * @param cac the acquisition cost per customer, in the revenue's currency
         * @return CAC / (ARPU × margin); empty when the margin per period is zero
         */
        public OptionalDouble paybackOf(Money cac) {
            return simplePayback(cac, revenuePerCustomerPerPeriod, grossMargin);
        }
    }

    private static Money simple(Money revenuePerCustomerPerPeriod, double grossMargin, double churnPerPeriod) {
        Roi.nonNegative(revenuePerCustomerPerPeriod, "revenuePerCustomerPerPeriod");
        Checks.fraction(grossMargin, "grossMargin");
        Checks.fraction(churnPerPeriod, "churnPerPeriod");
        if (churnPerPeriod == 0) {
            throw new InvalidValueException("churnPerPeriod", "churnPerPeriod must be > 0 for a finite lifetime (was 0)");
        }
        BigDecimal v = revenuePerCustomerPerPeriod.amount().multiply(BigDecimal.valueOf(grossMargin))
                .divide(BigDecimal.valueOf(churnPerPeriod), MC);
        return Money.computed(v, revenuePerCustomerPerPeriod.currency());
    }

    private static CohortLtv cohort(long cohortSize, List<Money> revenueByPeriod, double grossMargin,
                                    double discountRatePerPeriod) {
        Checks.positive(cohortSize, "cohortSize");
        List<Money> revenue = Checks.listOf(revenueByPeriod, "revenueByPeriod");
        if (revenue.isEmpty()) {
            throw new InvalidValueException("revenueByPeriod", "revenueByPeriod needs at least one period");
        }
        Checks.fraction(grossMargin, "grossMargin");
        Checks.nonNegative(discountRatePerPeriod, "discountRatePerPeriod");
        Money first = revenue.get(0);
        BigDecimal cum = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(discountRatePerPeriod));
        BigDecimal discount = BigDecimal.ONE;
        List<Money> curve = new ArrayList<>();
        for (int t = 0; t < revenue.size(); t++) {
            Money r = revenue.get(t);
            Roi.sameCurrency(r, first, "revenueByPeriod[" + t + "]");
            cum = cum.add(r.amount().multiply(BigDecimal.valueOf(grossMargin))
                    .divide(discount.multiply(BigDecimal.valueOf(cohortSize)), MC), MC);
            curve.add(Money.computed(cum, first.currency()));
            discount = discount.multiply(factor, MC);
        }
        return new CohortLtv(curve.get(curve.size() - 1), curve);
    }

    /** Cohort LTV per customer and its cumulative curve (index t = after periods 0..t). */
    public record CohortLtv(Money ltv, List<Money> cumulative) {
        /** Validates the components; bad values fail with the field named. */
        public CohortLtv {
            Checks.notNull(ltv, "ltv");
            cumulative = Checks.listOf(cumulative, "cumulative");
        }
    }

    private static OptionalDouble simplePayback(Money cac, Money revenuePerCustomerPerPeriod, double grossMargin) {
        Roi.nonNegative(cac, "cac");
        Roi.nonNegative(revenuePerCustomerPerPeriod, "revenuePerCustomerPerPeriod");
        Roi.sameCurrency(revenuePerCustomerPerPeriod, cac, "revenuePerCustomerPerPeriod");
        Checks.fraction(grossMargin, "grossMargin");
        double perPeriod = revenuePerCustomerPerPeriod.amount().doubleValue() * grossMargin;
        return perPeriod == 0 ? OptionalDouble.empty() : OptionalDouble.of(cac.amount().doubleValue() / perPeriod);
    }

    /**
     * Periods until cumulative margin per customer reaches CAC, interpolated within the crossing period;
     * empty if it is never reached within the data.
     *
     * @param marginPerCustomerByPeriod margin earned per acquired customer in periods 0, 1, ...
     */
    public static OptionalDouble payback(Money cac, List<Money> marginPerCustomerByPeriod) {
        Roi.nonNegative(cac, "cac");
        List<Money> margins = Checks.listOf(marginPerCustomerByPeriod, "marginPerCustomerByPeriod");
        if (cac.signum() == 0) {
            return OptionalDouble.of(0);
        }
        BigDecimal cum = BigDecimal.ZERO;
        for (int t = 0; t < margins.size(); t++) {
            Money m = margins.get(t);
            Roi.sameCurrency(m, cac, "marginPerCustomerByPeriod[" + t + "]");
            BigDecimal next = cum.add(m.amount());
            if (m.signum() > 0 && next.compareTo(cac.amount()) >= 0) {
                double within = cac.amount().subtract(cum).doubleValue() / m.amount().doubleValue();
                return OptionalDouble.of(t + within);
            }
            cum = next;
        }
        return OptionalDouble.empty();
    }
}
