package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Spend bounds as multipliers of a channel's current spend, with the meaning of Robyn's allocator bounds
 * ({@code channel_constr_low}, {@code channel_constr_up}: {@code 0.7} and {@code 1.5} allow 70 % to 150 %
 * of the historical spend; {@code robyn_allocator} in {@code R/R/allocator.R} of
 * facebookexperimental/Robyn). The lower multiplier is in [0, 1] and the upper at least 1, so the two
 * cannot be swapped without an error (unless both are 1).
 *
 * @param lower multiplier of the current spend for the minimum, in [0, 1]
 * @param upper multiplier of the current spend for the maximum, &ge; 1 and finite
 *
 * @since 0.1.0
 */
public record SpendRange(double lower, double upper) {

    /** Validates the components; bad values fail with the field named. */
    public SpendRange {
        Checks.fraction(lower, "lower");
        Checks.finite(upper, "upper");
        if (upper < 1) {
            throw new InvalidValueException("upper", "upper multiplier must be >= 1 (was " + upper
                    + "); the lower one, in [0, 1], comes first");
        }
    }

    /** The range from {@code lower}× to {@code upper}× the current spend. */
    public static SpendRange ofCurrent(double lower, double upper) {
        return new SpendRange(lower, upper);
    }
}
