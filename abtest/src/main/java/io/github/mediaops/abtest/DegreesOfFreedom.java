package io.github.mediaops.abtest;

/**
 * Reference distribution of the large-sample tests ({@link FrequentistTests#proportions},
 * {@link FrequentistTests#ratio}, {@link FrequentistTests#cuped}). The test of means is always a
 * t-test (Welch–Satterthwaite, or Student's with {@link TestOptions#pooled()}).
 *
 * @since 0.1.0
 */
public enum DegreesOfFreedom {
    /** The standard normal (z-test, df = ∞), the large-sample textbook test. The default. */
    INFINITE,
    /**
     * Student's t with Welch–Satterthwaite degrees of freedom
     * {@code (vA + vB)² / (vA²/(nA - 1) + vB²/(nB - 1))}, {@code vX} the variance of arm X's mean (for
     * proportions {@code p(1-p)/n}, for ratio metrics the delta-method variance): GrowthBook's convention.
     */
    WELCH_SATTERTHWAITE
}
