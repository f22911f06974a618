package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;

/**
 * A closed interval {@code [lower, upper]} of a statistic; either end may be infinite (a one-sided
 * interval, or a Fieller interval that is unbounded).
 *
 * @since 0.1.0
 */
public record Interval(double lower, double upper) {

    /** Validates the components; bad values fail with the field named. */
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new InvalidValueException("lower", "interval ends must not be NaN (was [" + lower + ", " + upper + "])");
        }
        if (lower > upper) {
            throw new InvalidValueException("lower", "lower must be <= upper (was [" + lower + ", " + upper + "])");
        }
    }

    /** The whole real line. */
    public static Interval unbounded() {
        return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * @param value a value on the interval's scale
     * @return true when the value lies in the closed interval
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** True when 0 lies strictly outside the interval. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }

    /** @return upper minus lower (infinite for an unbounded side) */
    public double width() {
        return upper - lower;
    }

    @Override
    public String toString() {
        return "[" + lower + ", " + upper + "]";
    }
}
