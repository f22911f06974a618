package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.Interval;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * The asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy, Ramdas (2021/2024),
 * "Time-uniform central limit theory and asymptotic confidence sequences", arXiv:2103.06476,
 * eq. (9) with the tuning of its §2.3 — the method GrowthBook and Eppo use for sequential testing.
 *
 * <p>For an effect estimate θ̂ with variance V after N units in total, the two-sided (1 - α) interval
 * is {@code θ̂ ± sqrt(V N) · sqrt( 2(Nρ² + 1) / (N²ρ²) · ln( sqrt(Nρ² + 1) / α ) )} where
 * {@code ρ² = (-2 ln α + ln(-2 ln α + 1)) / N*}. The tuning parameter {@code N*} is the total sample
 * size at which the interval is tightest (GrowthBook's default is 5000). The always-valid p-value
 * reported here is the smallest α whose interval excludes 0 (found by root finding on ln α), so
 * {@code p < α} exactly when the interval at level α excludes 0.
 */
public final class ConfidenceSequence {

    /** GrowthBook's default tuning parameter N*. */
    public static final double DEFAULT_TUNING = 5000;

    private ConfidenceSequence() {
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

    /** Evaluates an estimate with variance {@code variance} after {@code totalUnits} units. */
    public static Look evaluate(double estimate, double variance, long totalUnits, double alpha, double tuning) {
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
