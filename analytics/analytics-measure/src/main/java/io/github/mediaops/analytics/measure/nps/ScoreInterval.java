package io.github.mediaops.analytics.measure.nps;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * A confidence interval on the −100..100 score scale.
 *
 * @param lower      lower bound
 * @param upper      upper bound, ≥ lower
 * @param confidence the confidence level, e.g. 0.95
 *
 * @since 0.1.0
 */
public record ScoreInterval(double lower, double upper, double confidence) {
    /** Validates the components; bad values fail with the field named. */
    public ScoreInterval {
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        if (upper < lower) {
            throw new InvalidValueException("upper", "upper " + upper + " is below lower " + lower);
        }
        Checks.fraction(confidence, "confidence");
    }

    /**
     * Whether a value lies within the interval.
     *
     * @param v the value
     * @return true when lower &le; v &le; upper
     */
    public boolean contains(double v) {
        return v >= lower && v <= upper;
    }
}
