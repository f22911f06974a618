package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * A lead-tracking state longer than WeCom keeps ({@link LeadStates}): refused rather than cut, since a cut
 * state would credit leads to another post. Use a compact tracking code (12 characters).
 */
public final class StateTooLongException extends InvalidValueException {
    private static final long serialVersionUID = 1L;
    private final int length;
    private final int limit;

    StateTooLongException(String field, String value, int length, int limit, String unit) {
        super(field, field + " has " + length + " " + unit + ", more than WeCom's limit of " + limit + " (was "
                + Checks.show(value) + "); use a compact tracking code such as analytics' TrackingCodes.code(touchpoint)");
        this.length = length;
        this.limit = limit;
    }

    /** The value's length, in the unit of the limit. */
    public int length() {
        return length;
    }

    /** WeCom's limit for the field. */
    public int limit() {
        return limit;
    }
}
