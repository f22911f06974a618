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
 * Journal of Marketing Research 54(6), 2017. Significance of the lift is the A/B module's job.
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
