package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.Effect;
import io.github.mediaops.abtest.Interval;
import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * The asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy, Ramdas (2021/2024),
 * "Time-uniform central limit theory and asymptotic confidence sequences", arXiv:2103.06476,
 * eq. (9) with the tuning of its §2.3 — GrowthBook's sequential testing (its published test cases pass,
 * see {@code GrowthBookParityTest}).
 *
 * <p>For an effect estimate θ̂ with variance V after N units in total, the two-sided (1 - α) interval
 * is {@code θ̂ ± sqrt(V N) · sqrt( 2(Nρ² + 1) / (N²ρ²) · ln( sqrt(Nρ² + 1) / α ) )} where
 * {@code ρ² = (-2 ln α + ln(-2 ln α + 1)) / N*}. The tuning parameter {@code N*} is the total sample
 * size at which the interval is tightest (GrowthBook's default is 5000).
 *
 * <p>Two always-valid p-values ({@link PValue}): {@link PValue#SMALLEST_ALPHA} (the default) is the smallest
 * α whose interval excludes 0 (found by root finding on ln α), so {@code p < α} exactly when the interval
 * at level α excludes 0 — the decision and the interval never disagree. {@link PValue#E_VALUE} is
 * GrowthBook's: {@code 1 / E} with the e-value {@code E = exp(ρ² S / (2(Nρ² + 1))) / sqrt(Nρ² + 1)},
 * {@code S = θ̂² N / V} and ρ tuned at the test's α (the paper's eq. 155); it can be 1 while the
 * interval at that α already excludes 0, and the reverse.
 *
 * @since 0.1.0
 */
public final class ConfidenceSequence {

    /** GrowthBook's default tuning parameter N*. */
    public static final double DEFAULT_TUNING = 5000;

    private ConfidenceSequence() {
    }

    /** Which always-valid p-value {@link #evaluate} reports. */
    public enum PValue {
        /** The smallest α whose (1 - α) interval excludes 0: dual to the intervals. The default. */
        SMALLEST_ALPHA,
        /** GrowthBook's {@code min(1, 1/E)} from the e-value at ρ tuned for the test's α. */
        E_VALUE
    }

    /**
     * One look.
     *
     * @param estimate θ̂
     * @param interval the two-sided interval at level 1 - α
     * @param pValue   the smallest α whose interval excludes 0 (1 if none)
     */
    public record Look(double estimate, Interval interval, double pValue) {
    }

    /** Evaluates the absolute effect of a two-sample test result with N = total units. */
    public static Look evaluate(TestResult result, long totalUnits, double tuning) {
        Checks.notNull(result, "result");
        double se = result.absolute().standardError();
        return evaluate(result.absolute().estimate(), se * se, totalUnits, result.options().alpha(), tuning);
    }

    /**
     * Evaluates the absolute or relative effect of a two-sample test result with N = its total units,
     * alpha from its options.
     */
    public static Look evaluate(TestResult result, Planning.Scale scale, double tuning, PValue pValue) {
        Checks.notNull(result, "result");
        Checks.notNull(scale, "scale");
        Effect e = result.effect(scale);
        double se = e.standardError();
        return evaluate(e.estimate(), se * se, result.totalUnits(), result.options().alpha(), tuning, pValue);
    }

    /** Evaluates an estimate with variance {@code variance} after {@code totalUnits} units (smallest-α p-value). */
    public static Look evaluate(double estimate, double variance, long totalUnits, double alpha, double tuning) {
        return evaluate(estimate, variance, totalUnits, alpha, tuning, PValue.SMALLEST_ALPHA);
    }

    /** Evaluates an estimate with variance {@code variance} after {@code totalUnits} units. */
    public static Look evaluate(double estimate, double variance, long totalUnits, double alpha, double tuning,
                                PValue pValue) {
        Checks.notNull(pValue, "pValue");
        Checks.finite(estimate, "estimate");
        if (!(variance > 0) || Double.isInfinite(variance)) {
            throw new InvalidValueException("variance", "variance must be a positive finite number (was " + variance + ")");
        }
        Checks.positive(totalUnits, "totalUnits");
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidValueException("alpha", "alpha must be in (0, 1) (was " + alpha + ")");
        }
        if (!(tuning >= 1) || Double.isInfinite(tuning)) {
            throw new InvalidValueException("tuning", "tuning must be a finite number >= 1 (was " + tuning + ")");
        }
        double half = halfWidth(variance, totalUnits, alpha, tuning);
        if (pValue == PValue.E_VALUE) {
            return new Look(estimate, new Interval(estimate - half, estimate + half),
                    eValuePValue(estimate, variance, totalUnits, alpha, tuning));
        }
        double p;
        double abs = Math.abs(estimate);
        if (halfWidth(variance, totalUnits, 1 - 1e-12, tuning) >= abs) {
            p = 1.0;
        } else if (halfWidth(variance, totalUnits, Double.MIN_NORMAL, tuning) < abs) {
            p = 0.0;
        } else {
            double logP = Numerics.root(la -> halfWidth(variance, totalUnits, Math.exp(la), tuning) - abs,
                    Math.log(Double.MIN_NORMAL), Math.log(1 - 1e-12));
            p = Math.exp(logP);
        }
        return new Look(estimate, new Interval(estimate - half, estimate + half), p);
    }

    /**
     * GrowthBook's always-valid p-value {@code min(1, 1/E)}, {@code E = exp(ρ² S / (2(Nρ² + 1))) / sqrt(Nρ² + 1)}
     * with {@code S = θ̂² N / V} and ρ² tuned at {@code alpha} (Waudby-Smith et al., eq. 155).
     */
    static double eValuePValue(double estimate, double variance, double n, double alpha, double tuning) {
        double la = Math.log(alpha);
        double rho2 = (-2 * la + Math.log(-2 * la + 1)) / tuning;
        double nr = n * rho2 + 1;
        double s = estimate * estimate * n / variance;
        double logE = rho2 * s / (2 * nr) - 0.5 * Math.log(nr);
        return Math.min(1.0, Math.exp(-logE));
    }

    /** The half-width of the interval. */
    public static double halfWidth(double variance, double n, double alpha, double tuning) {
        double la = Math.log(alpha);
        double rho2 = (-2 * la + Math.log(-2 * la + 1)) / tuning;
        double nr = n * rho2 + 1;
        double first = 2 * nr / (n * n * rho2);
        double second = 0.5 * Math.log(nr) - la;
        return Math.sqrt(variance * n) * Math.sqrt(first * second);
    }
}
