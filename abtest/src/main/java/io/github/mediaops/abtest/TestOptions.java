package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Options of a two-sample frequentist test. {@link #defaults()}: alpha 0.05, two-sided, unpooled
 * variance (Welch t-test, unpooled z-test), delta-method relative interval.
 *
 * @param alpha            significance level in (0, 1); confidence level is {@code 1 - alpha}
 * @param alternative      sidedness of the test and of its intervals
 * @param pooled           pooled variance: Student's t-test for means, the pooled-proportion z
 *                         statistic for proportions (intervals always use the unpooled variance)
 * @param relativeInterval method for the relative-effect interval
 */
public record TestOptions(double alpha, Alternative alternative, boolean pooled, RelativeInterval relativeInterval) {

    private static final TestOptions DEFAULTS = new TestOptions(0.05, Alternative.TWO_SIDED, false, RelativeInterval.DELTA);

    public TestOptions {
        Checks.finite(alpha, "alpha");
        if (alpha <= 0 || alpha >= 1) {
            throw new InvalidValueException("alpha", "alpha must be in (0, 1) (was " + alpha + ")");
        }
        Checks.notNull(alternative, "alternative");
        Checks.notNull(relativeInterval, "relativeInterval");
    }

    public static TestOptions defaults() {
        return DEFAULTS;
    }

    public TestOptions withAlpha(double newAlpha) {
        return new TestOptions(newAlpha, alternative, pooled, relativeInterval);
    }

    public TestOptions withAlternative(Alternative newAlternative) {
        return new TestOptions(alpha, newAlternative, pooled, relativeInterval);
    }

    public TestOptions withPooled(boolean newPooled) {
        return new TestOptions(alpha, alternative, newPooled, relativeInterval);
    }

    public TestOptions withRelativeInterval(RelativeInterval method) {
        return new TestOptions(alpha, alternative, pooled, method);
    }
}
