package io.github.mediaops.core;

import java.util.Objects;

/**
 * Bad input: a value that breaks a documented rule (a negative count, a blank id, an end before its
 * start, a rate that is NaN, ...). Thrown at the point of entry, before anything is changed or sent.
 *
 * <p>{@link #field()} names the offending field (dotted for nested values, e.g. {@code budget.amount}),
 * and the message names both the field and the rejected value.
 */
public class InvalidValueException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The name of the field whose value was rejected. */
    public String field() {
        return field;
    }
}
