package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The unit a platform writes an amount of money in. Chinese ad platforms differ: Ocean Engine reports
 * {@code stat_cost} in yuan with decimals ({@code "12.34"}), Tencent Ads reports {@code cost} in fen as a
 * whole number ({@code 1234}). Reading a fen field as yuan inflates spend a hundredfold, and the reverse
 * shrinks it; each connector names the unit of each field once and parses with it.
 *
 * <p>{@link #FEN} (any currency's minor unit) accepts only whole numbers, so a yuan value with decimals
 * sent where fen are expected fails loudly instead of being misread.
 */
public enum AmountUnit {
    /** The currency's major unit (元, yuan): {@code "12.34"} is 12.34 CNY. */
    MAJOR,
    /** The currency's minor unit (分, fen for CNY): {@code "1234"} is 12.34 CNY; fractions are refused. */
    MINOR;

    /** Alias of {@link #MAJOR} for Chinese platforms' documentation (元). */
    public static final AmountUnit YUAN = MAJOR;
    /** Alias of {@link #MINOR} for Chinese platforms' documentation (分). */
    public static final AmountUnit FEN = MINOR;

    /**
     * Parses the platform's text (or number as text) in this unit.
     *
     * @param field    the wire field, named in errors
     * @param text     the value as sent, e.g. {@code "1234"} or {@code "12.34"}
     * @param currency the account's currency
     * @return the amount, never negative
     * @throws InvalidValueException naming {@code field} and the value when it is not a non-negative number,
     *         or is fractional in {@link #MINOR}
     */
    public Money parse(String field, String text, Currency currency) {
        Checks.notBlank(field, "field");
        Checks.notNull(currency, "currency");
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, field + " is not an amount (was " + Checks.show(text) + ")");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + " is not an amount (was " + Checks.show(text) + ")");
        }
        if (v.signum() < 0) {
            throw new InvalidValueException(field, field + " must not be negative (was " + text + ")");
        }
        if (this == MAJOR) {
            return Money.computed(v, currency);
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(field, field + " is in " + currency.getCurrencyCode()
                    + " minor units and must be whole (was " + text + "): is it in major units?");
        }
        return Money.computed(v.movePointLeft(Math.max(currency.getDefaultFractionDigits(), 0)), currency);
    }
}
