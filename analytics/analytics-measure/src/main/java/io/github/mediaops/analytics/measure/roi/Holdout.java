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
 * @param exposedUsers        users in the exposed group, at least one
 * @param exposedConversions  their conversions
 * @param exposedRevenue      their revenue
 * @param holdoutUsers        users held out, at least one
 * @param holdoutConversions  their conversions
 * @param holdoutRevenue      their revenue
 * @param spend               what the paid activity cost, never negative
 */
public record Holdout(long exposedUsers, long exposedConversions, Money exposedRevenue, long holdoutUsers,
                      long holdoutConversions, Money holdoutRevenue, Money spend) {
    private static final MathContext MC = MathContext.DECIMAL64;

    public Holdout {
        Checks.positive(exposedUsers, "exposedUsers");
        Checks.nonNegative(exposedConversions, "exposedConversions");
        Checks.positive(holdoutUsers, "holdoutUsers");
        Checks.nonNegative(holdoutConversions, "holdoutConversions");
        if (exposedConversions > exposedUsers) {
            throw new InvalidValueException("exposedConversions", "exposedConversions " + exposedConversions
                    + " exceed exposedUsers " + exposedUsers);
        }
        if (holdoutConversions > holdoutUsers) {
            throw new InvalidValueException("holdoutConversions", "holdoutConversions " + holdoutConversions
                    + " exceed holdoutUsers " + holdoutUsers);
        }
        Roi.nonNegative(spend, "spend");
        Roi.nonNegative(exposedRevenue, "exposedRevenue");
        Roi.nonNegative(holdoutRevenue, "holdoutRevenue");
        Roi.sameCurrency(exposedRevenue, spend, "exposedRevenue");
        Roi.sameCurrency(holdoutRevenue, spend, "holdoutRevenue");
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
        return new Money(exposedRevenue.amount().subtract(holdoutRevenue.amount().multiply(scale(), MC)),
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
}
