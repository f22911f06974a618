package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * An estimated number of distinct items with bounds at about 95.4% confidence (two standard
 * deviations, as DataSketches computes them). Java-serialisable, so a distributed job may ship it as a value.
 *
 * @param estimate the estimate
 * @param lower    the lower bound
 * @param upper    the upper bound
 *
 * @since 0.1.0
 */
public record UniqueEstimate(double estimate, double lower, double upper) implements java.io.Serializable {
    /** Validates the components; bad values fail with the field named. */
    public UniqueEstimate {
        Checks.nonNegative(estimate, "estimate");
        Checks.nonNegative(lower, "lower");
        Checks.nonNegative(upper, "upper");
        if (lower > estimate || estimate > upper) {
            throw new InvalidValueException("estimate", "bounds must enclose the estimate (" + lower + " <= "
                    + estimate + " <= " + upper + ")");
        }
    }

    /**
     * Whether a value lies within the bounds.
     *
     * @param trueValue a count, e.g. the exact one in a test
     * @return true when lower &le; trueValue &le; upper
     */
    public boolean contains(double trueValue) {
        return trueValue >= lower && trueValue <= upper;
    }
}
