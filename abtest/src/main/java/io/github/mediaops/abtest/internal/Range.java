package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Internal;

/**
 * A finite interval {@code [lower, upper]} with {@code lower < upper}, for integration limits and root
 * brackets: {@code Range.from(0).to(1)}. Its ends are named and checked, so swapped limits are refused
 * instead of silently changing an integral's sign.
 *
 * @since 0.1.0
 */
@Internal
public final class Range {
    private final double lower;
    private final double upper;

    private Range(double lower, double upper) {
        if (!Double.isFinite(lower)) {
            throw new InvalidValueException("lower", "lower must be finite (was " + lower + ")");
        }
        if (!Double.isFinite(upper) || !(upper > lower)) {
            throw new InvalidValueException("upper", "upper must be finite and above lower " + lower + " (was " + upper + ")");
        }
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Starts a range at {@code lower}; {@link From#to} names its end.
     *
     * @param lower the lower end, finite
     * @return the first stage
     */
    public static From from(double lower) {
        return new From(lower);
    }

    /** A range whose lower end is named; {@link #to} completes it. */
    public static final class From {
        private final double lower;

        private From(double lower) {
            this.lower = lower;
        }

        /**
         * @param upper the upper end, finite and above the lower one
         * @return the range
         * @throws InvalidValueException naming {@code upper} when it is not above the lower end
         */
        public Range to(double upper) {
            return new Range(lower, upper);
        }
    }

    /** @return the lower end */
    public double lower() {
        return lower;
    }

    /** @return the upper end */
    public double upper() {
        return upper;
    }

    /** @return {@code upper - lower} */
    public double width() {
        return upper - lower;
    }

    @Override
    public String toString() {
        return "[" + lower + ", " + upper + "]";
    }
}
