package io.github.mediaops.abtest;

/**
 * How {@link FrequentistTests#cuped} defines the relative lift and its standard error. The absolute effect
 * {@code (x̄B - x̄A) - θ(ȳB - ȳA)} and its variance are the same under both.
 *
 * @since 0.1.0
 */
public enum CupedRelative {
    /**
     * The default: the ratio of the two CUPED-adjusted means minus 1, {@code mB/mA - 1} with
     * {@code mX = x̄X - θ(ȳX - ȳ)} ({@code ȳ} the pooled pre-period mean), and the delta-method standard
     * error of independent arms {@code sqrt(vB/mA² + mB² vA/mA⁴)}, {@code vX} the adjusted variance of arm
     * X's mean — the same definition as the relative lift of every other metric.
     */
    ADJUSTED_MEANS,
    /**
     * GrowthBook's ({@code frequentist_variance_relative_cuped} in gbstats): the adjusted difference over the
     * unadjusted control mean, {@code ((x̄B - θȳB) - (x̄A - θȳA)) / |x̄A|}, with the delta-method variance
     * that treats {@code x̄A} as random and correlated with {@code ȳA}:
     * {@code (s²xB + θ² s²yB - 2θ sxyB) / (nB x̄A²) + (s²xA x̄B²/x̄A² - 2θ sxyA x̄B/x̄A + θ² s²yA) / (nA x̄A²)}.
     * Its interval is the delta-method interval ({@link RelativeInterval#FIELLER} does not apply). Checked against
     * GrowthBook's own test cases ({@code GrowthBookParityTest}).
     */
    GROWTHBOOK
}
