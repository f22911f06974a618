package io.github.mediaops.core;

import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency: budgets, spend, GMV, costs and revenue.
 *
 * <p>Amounts are {@link BigDecimal}, never {@code double}. Arithmetic between different currencies is
 * refused with a {@link CurrencyMismatchException}; converting is the caller's decision. Two amounts
 * are equal when they have the same currency and the same numeric value, whatever their scale
 * ({@code 10.0 CNY} equals {@code 10.00 CNY}).
 *
 * @param amount   the amount; may be negative (a refund, a loss)
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
    }

    /** {@code Money.of("199.00", "CNY")}. */
    public static Money of(String amount, String currencyCode) {
        Checks.notBlank(amount, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "amount is not a decimal number (was " + Checks.show(amount) + ")");
        }
        return new Money(value, currency(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /** {@code Money.of(500, "CNY")} for whole amounts. */
    public static Money of(long amount, String currencyCode) {
        return new Money(BigDecimal.valueOf(amount), currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Renminbi, the currency of the Chinese platforms, as a convenience. */
    public static Money cny(String amount) {
        return of(amount, "CNY");
    }

    private static Currency currency(String code) {
        Checks.notBlank(code, "currency");
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "currency is not an ISO 4217 code (was " + Checks.show(code) + ")");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money times(BigDecimal factor) {
        Checks.notNull(factor, "factor");
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * This amount divided by a count, rounded to the currency's minor unit (e.g. cost per click).
     *
     * @throws InvalidValueException if {@code divisor} is zero
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        if (divisor == 0) {
            throw new InvalidValueException("divisor", "cannot divide " + this + " by zero");
        }
        Checks.notNull(rounding, "rounding");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.divide(BigDecimal.valueOf(divisor), scale, rounding), currency);
    }

    /**
     * The ratio of this amount to another in the same currency, as a double (e.g. ROAS = revenue / spend).
     *
     * @throws InvalidValueException if {@code other} is zero
     */
    public double ratioTo(Money other) {
        same(other);
        if (other.amount.signum() == 0) {
            throw new InvalidValueException("other", "cannot take a ratio to a zero amount of " + currency.getCurrencyCode());
        }
        return amount.doubleValue() / other.amount.doubleValue();
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** -1, 0 or 1 as this amount is negative, zero or positive. */
    public int signum() {
        return amount.signum();
    }

    /** The amount rounded half-even to the currency's minor unit (e.g. 2 digits for CNY, 0 for JPY). */
    public Money rounded() {
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(scale, RoundingMode.HALF_EVEN), currency);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        Objects.requireNonNull(other, "other");
        if (!other.currency.equals(currency)) {
            throw new CurrencyMismatchException("currency", currency, other.currency);
        }
        return other;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /** {@code "199.00 CNY"}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
