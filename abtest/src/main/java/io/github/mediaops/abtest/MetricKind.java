package io.github.mediaops.abtest;

/**
 * Which two-sample test of {@link FrequentistTests} applies to a metric.
 *
 * @since 0.1.0
 */
public enum MetricKind {
    /** 0/1 per unit: two-proportion z-test. */
    PROPORTION,
    /** A mean per unit: Welch (or pooled) t-test. */
    MEAN,
    /** Σx / Σy with users as units: delta-method z-test. */
    RATIO,
    /** A mean adjusted by a pre-period covariate y (CUPED): z-test. */
    CUPED;

    /** Runs the test of this kind. */
    public TestResult test(Arms arms, TestOptions options) {
        switch (this) {
            case PROPORTION:
                return FrequentistTests.proportions(arms, options);
            case MEAN:
                return FrequentistTests.means(arms, options);
            case RATIO:
                return FrequentistTests.ratio(arms, options);
            default:
                return FrequentistTests.cuped(arms, options);
        }
    }
}
