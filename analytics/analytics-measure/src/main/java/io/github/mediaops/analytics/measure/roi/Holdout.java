package io.github.mediaops.analytics.measure.roi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A holdout (lift) test: an exposed group that saw the paid activity and a randomly held-out group
 * that did not. The incremental effect scales the holdout's outcome to the exposed group's size:
 *
 * <ul>
 *   <li>incremental conversions = conv<sub>exposed</sub> − conv<sub>holdout</sub> × n<sub>exposed</sub> / n<sub>holdout</sub>;</li>
 *   <li>incremental revenue = rev<sub>exposed</sub> − rev<sub>holdout</sub> × n<sub>exposed</sub> / n<sub>holdout</sub>;</li>
 *   <li>lift = CR<sub>exposed</sub> / CR<sub>holdout</sub> − 1;</li>
 *   <li>iROAS = incremental revenue / spend; incremental ROI = (incremental revenue − spend) / spend;</li>
 *   <li>cost per incremental conversion = spend / incremental conversions (empty when ≤ 0).</li>
 * </ul>
 * Reference: Google, "Conversion Lift" methodology; Johnson, Lewis &amp; Nubbemeyer, "Ghost Ads",
 * Journal of Marketing Research 54(6), 2017. {@link #liftTest(double)} gives the lift's confidence
 * interval (Katz's log interval for the ratio of the two conversion rates, as scipy's
 * {@code relative_risk(...).confidence_interval()}) and the two-sided p-value of the pooled two-proportion
 * z-test (equal to Pearson's χ² test without continuity correction).
 *
 * <pre>{@code
 * Holdout lift = Holdout.exposed(90_000, 1_800, Money.cny("540000"))   // users, conversions, revenue
 *         .heldOut(10_000, 150, Money.cny("41000"))
 *         .spend(Money.cny("120000"));
 * lift.incrementalRoas();
 * }</pre>
 * The groups are named by the calls, so they cannot be swapped; within a group, conversions above users
 * are refused.
 *
 * @since 0.1.0
 */
public final class Holdout {
    private static final MathContext MC = MathContext.DECIMAL64;

    private final long exposedUsers;
    private final long exposedConversions;
    private final Money exposedRevenue;
    private final long holdoutUsers;
    private final long holdoutConversions;
    private final Money holdoutRevenue;
    private final Money spend;

    private Holdout(Exposed e, long holdoutUsers, long holdoutConversions, Money holdoutRevenue, Money spend) {
        this.exposedUsers = e.users;
        this.exposedConversions = e.conversions;
        this.exposedRevenue = e.revenue;
        this.holdoutUsers = group(holdoutUsers, holdoutConversions, "holdout");
        this.holdoutConversions = holdoutConversions;
        Roi.nonNegative(spend, "spend");
        Roi.nonNegative(holdoutRevenue, "holdoutRevenue");
        Roi.sameCurrency(exposedRevenue, spend, "exposedRevenue");
        Roi.sameCurrency(holdoutRevenue, spend, "holdoutRevenue");
        this.holdoutRevenue = holdoutRevenue;
        this.spend = spend;
    }

    private static long group(long users, long conversions, String name) {
        Checks.positive(users, name + "Users");
        Checks.nonNegative(conversions, name + "Conversions");
        if (conversions > users) {
            throw new InvalidValueException(name + "Conversions", name + "Conversions " + conversions + " exceed "
                    + name + "Users " + users);
        }
        return users;
    }

    /**
     * Starts a holdout test with the exposed group: the users who saw the paid activity.
     *
     * @param users       users in the exposed group, at least one
     * @param conversions their conversions, at most {@code users}
     * @param revenue     their revenue, not negative
     * @return the next step: the held-out group
     */
    public static Exposed exposed(long users, long conversions, Money revenue) {
        return new Exposed(group(users, conversions, "exposed"), conversions, Roi.nonNegative(revenue, "exposedRevenue"));
    }

    /** A holdout test with its exposed group; the held-out group comes next. */
    public static final class Exposed {
        private final long users;
        private final long conversions;
        private final Money revenue;

        private Exposed(long users, long conversions, Money revenue) {
            this.users = users;
            this.conversions = conversions;
            this.revenue = revenue;
        }

        /**
         * The randomly held-out group that did not see the paid activity.
         *
         * @param users       users held out, at least one
         * @param conversions their conversions, at most {@code users}
         * @param revenue     their revenue, not negative
         * @return the last step: the spend
         */
        public HeldOut heldOut(long users, long conversions, Money revenue) {
            group(users, conversions, "holdout");
            return new HeldOut(this, users, conversions, Checks.notNull(revenue, "holdoutRevenue"));
        }
    }

    /** A holdout test with both groups; the spend completes it. */
    public static final class HeldOut {
        private final Exposed exposed;
        private final long users;
        private final long conversions;
        private final Money revenue;

        private HeldOut(Exposed exposed, long users, long conversions, Money revenue) {
            this.exposed = exposed;
            this.users = users;
            this.conversions = conversions;
            this.revenue = revenue;
        }

        /**
         * What the paid activity cost.
         *
         * @param spend the cost, not negative, in the revenue's currency
         * @return the holdout test
         */
        public Holdout spend(Money spend) {
            return new Holdout(exposed, users, conversions, revenue, spend);
        }
    }

    /** @return users in the exposed group */
    public long exposedUsers() {
        return exposedUsers;
    }

    /** @return conversions in the exposed group */
    public long exposedConversions() {
        return exposedConversions;
    }

    /** @return revenue of the exposed group */
    public Money exposedRevenue() {
        return exposedRevenue;
    }

    /** @return users held out */
    public long holdoutUsers() {
        return holdoutUsers;
    }

    /** @return conversions in the held-out group */
    public long holdoutConversions() {
        return holdoutConversions;
    }

    /** @return revenue of the held-out group */
    public Money holdoutRevenue() {
        return holdoutRevenue;
    }

    /** @return the cost of the paid activity */
    public Money spend() {
        return spend;
    }

    private BigDecimal scale() {
        return BigDecimal.valueOf(exposedUsers).divide(BigDecimal.valueOf(holdoutUsers), MC);
    }

    /** Conversions the exposure caused (may be negative when the holdout did better). */
    public double incrementalConversions() {
        return exposedConversions - holdoutConversions * ((double) exposedUsers / holdoutUsers);
    }

    /** Revenue the exposure caused (may be negative). */
    public Money incrementalRevenue() {
        return Money.computed(exposedRevenue.amount().subtract(holdoutRevenue.amount().multiply(scale(), MC)),
                spend.currency());
    }

    /** Relative lift in conversion rate; empty when the holdout had no conversions. */
    public OptionalDouble lift() {
        if (holdoutConversions == 0) {
            return OptionalDouble.empty();
        }
        double crE = (double) exposedConversions / exposedUsers;
        double crH = (double) holdoutConversions / holdoutUsers;
        return OptionalDouble.of(crE / crH - 1);
    }

    /**
     * The lift with its confidence interval and p-value. All three are fractions: a lift of 0.2 is +20 %.
     *
     * <ul>
     *   <li>interval: {@code exp(ln RR ± z·se) − 1} with RR = CR<sub>exposed</sub> / CR<sub>holdout</sub>
     *       and {@code se = √(1/x_e − 1/n_e + 1/x_h − 1/n_h)} (Katz et al., Biometrics 34, 1978), z the
     *       normal quantile of (1 + confidence) / 2;</li>
     *   <li>p-value: two-sided, of {@code z = (CR_e − CR_h) / √(p̄(1 − p̄)(1/n_e + 1/n_h))} with the
     *       pooled rate p̄ (no lift under the null hypothesis).</li>
     * </ul>
     *
     * @param confidence the interval's coverage, in (0, 1), e.g. 0.95
     * @return the test; empty when either group had no conversions (the ratio's interval is undefined)
     */
    public Optional<LiftTest> liftTest(double confidence) {
        Checks.finite(confidence, "confidence");
        if (!(confidence > 0 && confidence < 1)) {
            throw new InvalidValueException("confidence", "confidence must be in (0, 1) (was " + confidence + ")");
        }
        if (exposedConversions == 0 || holdoutConversions == 0) {
            return Optional.empty();
        }
        double ne = exposedUsers;
        double nh = holdoutUsers;
        double pe = exposedConversions / ne;
        double ph = holdoutConversions / nh;
        double logRr = Math.log(pe / ph);
        double se = Math.sqrt(1.0 / exposedConversions - 1.0 / ne + 1.0 / holdoutConversions - 1.0 / nh);
        org.apache.commons.statistics.distribution.NormalDistribution n01 =
                org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
        double z = n01.inverseCumulativeProbability(0.5 + confidence / 2);
        double pooled = (exposedConversions + (double) holdoutConversions) / (ne + nh);
        double sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / ne + 1 / nh));
        double p = sePooled == 0 ? 1 : 2 * n01.survivalProbability(Math.abs(pe - ph) / sePooled);
        return Optional.of(new LiftTest(pe / ph - 1, Math.expm1(logRr - z * se), Math.expm1(logRr + z * se), p, confidence));
    }

    /**
     * A holdout lift with its interval and p-value (see {@link Holdout#liftTest}).
     *
     * @param lift       CR<sub>exposed</sub> / CR<sub>holdout</sub> − 1, a fraction
     * @param lower      lower end of the interval, a fraction
     * @param upper      upper end of the interval, a fraction
     * @param pValue     two-sided p-value of "no lift"
     * @param confidence the interval's coverage
     */
    public record LiftTest(double lift, double lower, double upper, double pValue, double confidence) {
    }

    /** Incremental revenue / spend; empty when spend is zero. */
    public OptionalDouble incrementalRoas() {
        return spend.signum() == 0 ? OptionalDouble.empty() : OptionalDouble.of(incrementalRevenue().ratioTo(spend));
    }

    /** (Incremental revenue − spend) / spend; empty when spend is zero. */
    public OptionalDouble incrementalRoi() {
        return spend.signum() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(incrementalRevenue().minus(spend).ratioTo(spend));
    }

    /** Spend / incremental conversions; empty unless there were positive incremental conversions. */
    public Optional<Money> costPerIncrementalConversion() {
        double inc = incrementalConversions();
        if (inc <= 0) {
            return Optional.empty();
        }
        int scale = Math.max(spend.currency().getDefaultFractionDigits(), 0) + Roi.EXTRA_DIGITS;
        return Optional.of(new Money(spend.amount().divide(BigDecimal.valueOf(inc), scale,
                java.math.RoundingMode.HALF_EVEN), spend.currency()));
    }

    @Override
    public String toString() {
        return "Holdout[exposed " + exposedConversions + "/" + exposedUsers + " " + exposedRevenue + ", held out "
                + holdoutConversions + "/" + holdoutUsers + " " + holdoutRevenue + ", spend " + spend + "]";
    }
}
