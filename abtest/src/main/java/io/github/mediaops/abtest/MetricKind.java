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
    public TestResult test(SufficientStats control, SufficientStats treatment, TestOptions options) {
        switch (this) {
            case PROPORTION:
                return FrequentistTests.proportions(control, treatment, options);
            case MEAN:
                return FrequentistTests.means(control, treatment, options);
            case RATIO:
                return FrequentistTests.ratio(control, treatment, options);
            default:
                return FrequentistTests.cuped(control, treatment, options);
        }
    }
}
