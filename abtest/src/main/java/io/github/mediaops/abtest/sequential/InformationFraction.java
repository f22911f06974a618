package io.github.mediaops.abtest.sequential;

import io.github.mediaops.core.InvalidValueException;

/**
 * The information fraction {@code t ∈ [0, 1]} of an interim look: the share of the planned maximum
 * information (for a comparison of means, of the planned units per arm) observed so far. It is its own
 * type so that a {@link SpendingFunction} cannot be handed the significance level in its place:
 * {@code spending.spent(InformationFraction.of(0.5), 0.05)}.
 *
 * @param value the fraction, in [0, 1]
 *
 * @since 0.1.0
 */
public record InformationFraction(double value) {

    /** The start of the trial, {@code t = 0}. */
    public static final InformationFraction NONE = new InformationFraction(0);

    /** The planned maximum information, {@code t = 1}. */
    public static final InformationFraction FULL = new InformationFraction(1);

    /**
     * Validates the fraction.
     *
     * @throws InvalidValueException naming {@code informationFraction} when the value is not in [0, 1]
     */
    public InformationFraction {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidValueException("informationFraction",
                    "informationFraction must be in [0, 1] (was " + value + ")");
        }
    }

    /**
     * @param value the fraction, in [0, 1]
     * @return the information fraction
     * @throws InvalidValueException naming {@code informationFraction} when the value is not in [0, 1]
     */
    public static InformationFraction of(double value) {
        return new InformationFraction(value);
    }
}
