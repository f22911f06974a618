package io.github.mediaops.core;

import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
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
 * <p><b>Bounds.</b> Every amount, however it is made (constructor, factories, arithmetic, JSON), has
 * <ul>
 *   <li>an absolute value below {@code 10^18} ({@link #MAX_ABS_EXCLUSIVE}): whole units still fit in a
 *       {@code long}, and the bound is far above any budget even in currencies with small units
 *       (10^18 VND is about 40 billion USD);</li>
 *   <li>at most the currency's decimals plus {@value #SCALE_HEADROOM} ({@link #maxScale(Currency)}), e.g. 8
 *       for CNY and 6 for JPY: room for unit prices (cost per mille, per-click bids) and intermediate
 *       results, which {@link #rounded()} brings back to the minor unit.</li>
 * </ul>
 * Anything else is refused with an {@link InvalidValueException} whose message shows only a bounded
 * preview of the value, so that neither a huge exponent nor a huge scale can make validation itself
 * slow or memory-hungry.
 *
 * @param amount   the amount; may be negative (a refund, a loss)
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Decimals allowed beyond the currency's own, for unit prices and computed amounts. */
    public static final int SCALE_HEADROOM = 6;

    /** Every amount's absolute value is strictly below this: {@code 10^18}. */
    public static final BigDecimal MAX_ABS_EXCLUSIVE = BigDecimal.TEN.pow(18);

    private static final int MAX_INTEGER_DIGITS = 18;

    /**
     * @throws InvalidValueException if either part is null, {@code |amount| >= 10^18}, or the amount has
     *         more than {@link #maxScale(Currency)} decimals
     */
    public Money {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
        checkBounds(amount, currency);
        if (amount.signum() == 0 && (amount.scale() > maxScale(currency) || amount.scale() < 0)) {
            amount = BigDecimal.ZERO;
        } else if (amount.scale() > maxScale(currency)) {
            amount = amount.setScale(maxScale(currency));   // only trailing zeros go: exact
        }
    }

    /**
     * The most decimals an amount in {@code currency} may have: its minor-unit digits (0 for a currency
     * without one) plus {@link #SCALE_HEADROOM}.
     *
     * @param currency the currency
     * @return e.g. 8 for CNY, 6 for JPY
     */
    public static int maxScale(Currency currency) {
        Checks.notNull(currency, "currency");
        return minorDigits(currency) + SCALE_HEADROOM;
    }

    private static int minorDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private static void checkBounds(BigDecimal amount, Currency currency) {
        if (amount.signum() == 0) {
            return;   // 0E-99999 and 0E+99999 are zero; normalised below only if the scale is out of range
        }
        // Cheap checks first: scale and precision are ints; no digit string is built for a huge value.
        long integerDigits = integerDigits(amount);
        if (integerDigits > MAX_INTEGER_DIGITS
                || (integerDigits == MAX_INTEGER_DIGITS && amount.abs().compareTo(MAX_ABS_EXCLUSIVE) >= 0)) {
            throw new InvalidValueException("amount", "amount " + preview(amount) + " " + currency.getCurrencyCode()
                    + " is out of range: its absolute value must be below 10^" + MAX_INTEGER_DIGITS);
        }
        int max = maxScale(currency);
        if (amount.precision() > MAX_INTEGER_DIGITS + max + 40) {
            // more digits than any in-range amount needs, even with trailing zeros: refused before any digit work
            throw new InvalidValueException("amount", "amount " + preview(amount) + " " + currency.getCurrencyCode()
                    + " has too many digits (" + amount.precision() + ")");
        }
        if (amount.scale() > max && amount.stripTrailingZeros().scale() > max) {
            throw new InvalidValueException("amount", "amount " + preview(amount) + " " + currency.getCurrencyCode()
                    + " has more decimals than allowed (" + max + ": the currency's "
                    + minorDigits(currency) + " plus " + SCALE_HEADROOM + ")");
        }
    }

    /** A short rendering of any BigDecimal: never more than about 60 characters. */
    static String preview(BigDecimal value) {
        if (value.precision() <= 20 && Math.abs((long) value.scale()) <= 40) {
            return value.toString();
        }
        return (value.signum() < 0 ? "-" : "") + "(a " + value.precision() + "-digit number with scale "
                + value.scale() + ")";
    }

    /**
     * An amount written as text, e.g. {@code Money.of("199.00", "CNY")}. A typed amount is an amount a
     * person can pay, so it may not have more decimals than the currency has ({@code "1.005"} CNY is
     * refused: CNY has 2); computed amounts (divisions, allocations) keep their precision until
     * {@link #rounded()}.
     *
     * @param amount       a plain decimal number, optionally signed
     * @param currencyCode an ISO 4217 code
     * @return the money
     * @throws InvalidValueException if the amount is not a decimal number, has more decimals than the
     *         currency, or the code is not ISO 4217
     */
    public static Money of(String amount, String currencyCode) {
        Checks.notBlank(amount, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "amount is not a decimal number (was " + Checks.show(amount) + ")");
        }
        Currency currency = currency(currencyCode);
        int digits = minorDigits(currency);
        if (value.signum() != 0 && value.scale() > digits && value.stripTrailingZeros().scale() > digits) {
            throw new InvalidValueException("amount", "amount " + Checks.show(amount) + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        return new Money(value, currency);
    }

    /**
     * An exact amount, e.g. from a computation; not checked against the currency's decimals, only
     * against the bounds every amount has (see the class documentation).
     *
     * @param amount       the amount
     * @param currencyCode an ISO 4217 code
     * @return the money
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /**
     * A whole amount, e.g. {@code Money.of(500, "CNY")}.
     *
     * @param amount       the amount in whole units of the currency
     * @param currencyCode an ISO 4217 code
     * @return the money
     */
    public static Money of(long amount, String currencyCode) {
        return new Money(BigDecimal.valueOf(amount), currency(currencyCode));
    }

    /**
     * Zero in a currency.
     *
     * @param currency the currency
     * @return zero
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Renminbi, the currency of the Chinese platforms, written as text with at most 2 decimals.
     *
     * @param amount a plain decimal number with at most 2 decimals, e.g. {@code "199.90"}
     * @return the money
     * @throws InvalidValueException as {@link #of(String, String)}
     */
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

    /**
     * This amount times a factor (a share, a rate, a unit count), rounded half-even to
     * {@link #maxScale(Currency)} decimals when the exact product has more.
     *
     * @throws InvalidValueException if the product is out of range
     */
    public Money times(BigDecimal factor) {
        Checks.notNull(factor, "factor");
        if (amount.signum() == 0 || factor.signum() == 0) {
            return zero(currency);
        }
        // |amount * factor| < 10^(integer digits of amount + integer digits of factor)
        long digits = integerDigits(amount) + integerDigits(factor);
        if (digits > MAX_INTEGER_DIGITS + 1L) {
            throw new InvalidValueException("factor", "factor " + preview(factor) + " puts " + this + " out of range");
        }
        return computed(amount.multiply(roundForProduct(factor)), currency);
    }

    /**
     * The result of a computation (a division, an allocation, a discounted sum), rounded half-even to
     * {@link #maxScale(Currency)} decimals when it has more. Engines use this where a computation may
     * produce more decimals than an amount may keep.
     *
     * @param amount   the computed amount
     * @param currency the currency
     * @return the money
     * @throws InvalidValueException if the amount is out of range ({@code |amount| >= 10^18})
     */
    public static Money computed(BigDecimal amount, Currency currency) {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
        int max = maxScale(currency);
        if (amount.scale() <= max || amount.signum() == 0) {
            return new Money(amount, currency);
        }
        long digits = integerDigits(amount);
        if (digits < -max - 1L) {
            return zero(currency);   // below half of the smallest unit kept: no huge rescaling
        }
        return new Money(roundForProduct(amount).setScale(max, RoundingMode.HALF_EVEN), currency);
    }

    private static long integerDigits(BigDecimal v) {
        return (long) v.precision() - v.scale();
    }

    /** {@code v} with at most 60 significant digits: more than any in-range result can keep. */
    private static BigDecimal roundForProduct(BigDecimal v) {
        return v.precision() > 60 ? v.round(new MathContext(60, RoundingMode.HALF_EVEN)) : v;
    }

    /**
     * This amount times a whole number.
     *
     * @throws InvalidValueException if the product is out of range
     */
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
