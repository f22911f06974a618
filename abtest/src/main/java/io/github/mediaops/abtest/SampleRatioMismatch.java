package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Sample ratio mismatch (SRM) check: Pearson's χ² goodness-of-fit of the observed units per arm
 * against the configured split (never an assumed 50/50). A tiny p-value means the assignment or the
 * logging is broken and the experiment's results should not be trusted (Fabijan et al. 2019,
 * "Diagnosing Sample Ratio Mismatch in Online Controlled Experiments", KDD).
 *
 * <p>{@code χ² = Σ (o_i - N w_i)² / (N w_i)} with {@code k - 1} degrees of freedom, {@code w_i} the
 * weights divided by their sum: weights need only be positive and finite, so a split can be given as
 * fractions ({@code 0.5, 0.25, 0.25}), ratios ({@code 1, 1, 1}) or traffic percentages
 * ({@code 50, 25, 25}). The default threshold is 0.001 (Fabijan et al. 2019).
 *
 * @since 0.1.0
 */
public final class SampleRatioMismatch {

    /** The default p-value threshold below which a mismatch is declared. */
    public static final double DEFAULT_THRESHOLD = 0.001;

    private SampleRatioMismatch() {
    }

    /**
     * Result of the check.
     *
     * @param chiSquare        Pearson's statistic
     * @param degreesOfFreedom {@code k - 1}
     * @param pValue           upper-tail probability of χ²
     * @param threshold        p-value threshold used
     * @param expected         expected units per arm {@code N w_i}
     */
    public record Result(double chiSquare, int degreesOfFreedom, double pValue, double threshold, double[] expected) {
        /** Validates the components; bad values fail with the field named. */
        public Result {
            expected = expected.clone();
        }

        @Override
        public double[] expected() {
            return expected.clone();
        }

        /** True when {@code pValue < threshold}: the split is broken. */
        public boolean mismatch() {
            return pValue < threshold;
        }
    }

    /** Checks the observed counts against the configured weights at {@link #DEFAULT_THRESHOLD}. */
    public static Result test(long[] observed, double[] weights) {
        return test(observed, weights, DEFAULT_THRESHOLD);
    }

    /** Checks the observed counts against the configured weights (any positive scale; normalised to sum 1). */
    public static Result test(long[] observed, double[] weights, double threshold) {
        Checks.notNull(observed, "observed");
        Checks.notNull(weights, "weights");
        if (!(threshold > 0 && threshold < 1)) {
            throw new InvalidValueException("threshold", "threshold must be in (0, 1) (was " + threshold + ")");
        }
        if (observed.length != weights.length) {
            throw new InvalidValueException("weights", "observed and weights must have the same length ("
                    + observed.length + " != " + weights.length + ")");
        }
        if (observed.length < 2) {
            throw new InvalidValueException("observed", "need at least 2 arms (was " + observed.length + ")");
        }
        double[] w = normalise(weights);
        double total = 0;   // a double: counts near Long.MAX_VALUE must not wrap around
        for (int i = 0; i < observed.length; i++) {
            total += Checks.nonNegative(observed[i], "observed[" + i + "]");
        }
        if (total == 0) {
            throw new InvalidValueException("observed", "observed counts are all 0: nothing to check");
        }
        double chi = 0;
        double[] expected = new double[observed.length];
        for (int i = 0; i < observed.length; i++) {
            expected[i] = total * w[i];
            double d = observed[i] - expected[i];
            chi += d * d / expected[i];
        }
        int df = observed.length - 1;
        // one degree of freedom: P(χ²₁ > c) = 2 Φ(-√c), cheaper than the regularised gamma function
        double p = df == 1 ? Math.min(1.0, 2 * Numerics.sf(Math.sqrt(chi)))
                : ChiSquaredDistribution.of(df).survivalProbability(chi);
        return new Result(chi, df, p, threshold, expected);
    }

    /** The weights divided by their sum; each must be positive and finite. */
    static double[] normalise(double[] weights) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new InvalidValueException("weights[" + i + "]", "weights[" + i + "] must be a positive finite number (was "
                        + w + ")");
            }
            sum += w;
        }
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = weights[i] / sum;
        }
        return out;
    }
}
