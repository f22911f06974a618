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
 * <p>{@code χ² = Σ (o_i - N w_i)² / (N w_i)} with {@code k - 1} degrees of freedom. Weights must be
 * positive and sum to 1 within 1e-9. The default threshold is 0.001, as GrowthBook and the paper
 * recommend.
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

    /** Checks the observed counts against the configured weights. */
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
        checkWeights(weights);
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
            expected[i] = total * weights[i];
            double d = observed[i] - expected[i];
            chi += d * d / expected[i];
        }
        int df = observed.length - 1;
        // one degree of freedom: P(χ²₁ > c) = 2 Φ(-√c), cheaper than the regularised gamma function
        double p = df == 1 ? Math.min(1.0, 2 * Numerics.sf(Math.sqrt(chi)))
                : ChiSquaredDistribution.of(df).survivalProbability(chi);
        return new Result(chi, df, p, threshold, expected);
    }

    static void checkWeights(double[] weights) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w > 0 && w < 1) && !(w == 1 && weights.length == 1)) {
                throw new InvalidValueException("weights[" + i + "]", "weights[" + i + "] must be in (0, 1) (was " + w + ")");
            }
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new InvalidValueException("weights", "weights must sum to 1 (sum was " + sum + ")");
        }
    }
}
