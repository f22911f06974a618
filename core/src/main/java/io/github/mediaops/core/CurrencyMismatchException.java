package io.github.mediaops.core;

import java.util.Currency;

/** Arithmetic or comparison between {@link Money} amounts in different currencies. */
public final class CurrencyMismatchException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    public CurrencyMismatchException(String field, Currency expected, Currency actual) {
        super(field, "currency mismatch (" + field + "): " + actual.getCurrencyCode() + " where "
                + expected.getCurrencyCode() + " is expected; convert explicitly before combining amounts");
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
