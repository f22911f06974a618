package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;

/**
 * Sufficient statistics that no data can produce, e.g. {@code Σx² < (Σx)²/n} beyond floating-point
 * tolerance (a negative variance), {@code (Σxy - ΣxΣy/n)² > (Σx² - (Σx)²/n)(Σy² - (Σy)²/n)} (a
 * correlation above 1), or more conversions than units in a binary metric. Usually a bug in the query
 * that computed them (a sum over the wrong rows, a join that multiplied units). Never clamped silently.
 *
 * <p>{@link #field()} is the dotted field, e.g. {@code treatment.sumX2}; {@link #arm()} its arm.
 *
 * @since 0.1.0
 */
public final class InconsistentStatisticsException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final String arm;

    InconsistentStatisticsException(String arm, String field, String message) {
        super(arm + "." + field, arm + "." + field + ": " + message);
        this.arm = arm;
    }

    /** The arm whose statistics are impossible, e.g. {@code control} or {@code arms[2]}. */
    public String arm() {
        return arm;
    }
}
