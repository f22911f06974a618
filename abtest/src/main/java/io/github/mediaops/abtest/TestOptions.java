package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Options of a two-sample frequentist test. {@link #defaults()}: alpha 0.05, two-sided, unpooled
 * variance (Welch t-test, unpooled z-test), delta-method relative interval, inference on the absolute
 * effect, z reference distribution for proportions, ratio and CUPED, CUPED's relative lift as the ratio of
 * adjusted means. {@link #growthBook()}: GrowthBook's conventions (inference on the relative effect,
 * Welch–Satterthwaite t for every metric, GrowthBook's relative CUPED).
 *
 * @param alpha            significance level in (0, 1); confidence level is {@code 1 - alpha}
 * @param alternative      sidedness of the test and of its intervals
 * @param pooled           pooled variance: Student's t-test for means, the pooled-proportion z
 *                         statistic for proportions (intervals always use the unpooled variance)
 * @param relativeInterval method for the relative-effect interval
 * @param inference        which effect {@link TestResult#statistic()}, {@link TestResult#pValue()} and
 *                         {@link TestResult#significant()} refer to: the absolute difference (default) or
 *                         the relative lift with its own delta-method standard error
 * @param degreesOfFreedom reference distribution of the proportion, ratio and CUPED tests
 * @param cupedRelative    definition of CUPED's relative lift and its standard error
 *
 * @since 0.1.0
 */
public record TestOptions(double alpha, Alternative alternative, boolean pooled, RelativeInterval relativeInterval,
                          Planning.Scale inference, DegreesOfFreedom degreesOfFreedom, CupedRelative cupedRelative) {

    private static final TestOptions DEFAULTS = new TestOptions(0.05, Alternative.TWO_SIDED, false, RelativeInterval.DELTA,
            Planning.Scale.ABSOLUTE, DegreesOfFreedom.INFINITE, CupedRelative.ADJUSTED_MEANS);

    /** Validates the components; bad values fail with the field named. */
    public TestOptions {
        Checks.finite(alpha, "alpha");
        if (alpha <= 0 || alpha >= 1) {
            throw new InvalidValueException("alpha", "alpha must be in (0, 1) (was " + alpha + ")");
        }
        Checks.notNull(alternative, "alternative");
        Checks.notNull(relativeInterval, "relativeInterval");
        Checks.notNull(inference, "inference");
        Checks.notNull(degreesOfFreedom, "degreesOfFreedom");
        Checks.notNull(cupedRelative, "cupedRelative");
    }

    /** Options with absolute inference, z reference distribution and adjusted-means relative CUPED (the defaults). */
    public TestOptions(double alpha, Alternative alternative, boolean pooled, RelativeInterval relativeInterval) {
        this(alpha, alternative, pooled, relativeInterval, Planning.Scale.ABSOLUTE, DegreesOfFreedom.INFINITE,
                CupedRelative.ADJUSTED_MEANS);
    }

    /** @return the default options: alpha 0.05, two-sided, unpooled, absolute inference, z, adjusted-means CUPED */
    public static TestOptions defaults() {
        return DEFAULTS;
    }

    /**
     * GrowthBook's frequentist conventions: the relative lift is the tested effect (delta-method standard
     * error, its own p-value), every test is a Welch–Satterthwaite t-test, CUPED's relative lift is
     * GrowthBook's ({@link CupedRelative#GROWTHBOOK}), unpooled, alpha 0.05, two-sided.
     */
    public static TestOptions growthBook() {
        return DEFAULTS.withInference(Planning.Scale.RELATIVE).withDegreesOfFreedom(DegreesOfFreedom.WELCH_SATTERTHWAITE)
                .withCupedRelative(CupedRelative.GROWTHBOOK);
    }

    /** @param newAlpha the significance level @return a copy with that level */
    public TestOptions withAlpha(double newAlpha) {
        return new TestOptions(newAlpha, alternative, pooled, relativeInterval, inference, degreesOfFreedom, cupedRelative);
    }

    /** @param newAlternative the alternative hypothesis @return a copy with that alternative */
    public TestOptions withAlternative(Alternative newAlternative) {
        return new TestOptions(alpha, newAlternative, pooled, relativeInterval, inference, degreesOfFreedom, cupedRelative);
    }

    /** @param newPooled whether proportions use the pooled variance under the null @return a copy with that choice */
    public TestOptions withPooled(boolean newPooled) {
        return new TestOptions(alpha, alternative, newPooled, relativeInterval, inference, degreesOfFreedom, cupedRelative);
    }

    /** @param method how the relative lift's interval is computed @return a copy with that method */
    public TestOptions withRelativeInterval(RelativeInterval method) {
        return new TestOptions(alpha, alternative, pooled, method, inference, degreesOfFreedom, cupedRelative);
    }

    /** The effect the reported statistic and p-value test: absolute (default) or relative. */
    public TestOptions withInference(Planning.Scale scale) {
        return new TestOptions(alpha, alternative, pooled, relativeInterval, scale, degreesOfFreedom, cupedRelative);
    }

    /** The reference distribution of the proportion, ratio and CUPED tests. */
    public TestOptions withDegreesOfFreedom(DegreesOfFreedom df) {
        return new TestOptions(alpha, alternative, pooled, relativeInterval, inference, df, cupedRelative);
    }

    /** How CUPED defines its relative lift: the ratio of adjusted means (default) or GrowthBook's. */
    public TestOptions withCupedRelative(CupedRelative convention) {
        return new TestOptions(alpha, alternative, pooled, relativeInterval, inference, degreesOfFreedom, convention);
    }
}
