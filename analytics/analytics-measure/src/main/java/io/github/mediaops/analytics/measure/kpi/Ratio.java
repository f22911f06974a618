package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * A rate with its parts: {@code value = numerator / denominator}, and the name of the base it was
 * divided by (e.g. {@code "views"}), so that a report never shows an engagement rate without saying
 * per what.
 *
 * @param numerator   the counted events, never negative
 * @param denominator the base, always positive
 * @param basis       what the denominator counts, e.g. {@code views}, {@code reach}, {@code followers}
 */
public record Ratio(long numerator, long denominator, String basis) {
    public Ratio {
        Checks.nonNegative(numerator, "numerator");
        if (denominator <= 0) {
            throw new InvalidValueException("denominator", "denominator must be > 0 (was " + denominator + ")");
        }
        Checks.notBlank(basis, "basis");
    }

    /** The rate as a double; may exceed 1 (e.g. more engagements than views). */
    public double value() {
        return (double) numerator / denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + " per " + basis + " = " + value();
    }
}
