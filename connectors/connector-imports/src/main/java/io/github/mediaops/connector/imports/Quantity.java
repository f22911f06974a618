package io.github.mediaops.connector.imports;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number as data tools print it: exact ({@code 3.5万}), a lower bound ({@code 10万+}, "more than
 * 100,000", as WeChat and Newrank show large read counts) or a range ({@code 7.5w~10w}, as Chanmama shows
 * sales). Parse one with {@link Units#quantity(String)}.
 *
 * <p>Values are exact {@code BigDecimal}s with trailing zeros stripped, so {@code 3.5万} is
 * {@code 35000} and equals the quantity parsed from {@code 35,000}.
 */
public final class Quantity {
    private final BigDecimal low;
    private final BigDecimal high;

    private Quantity(BigDecimal low, BigDecimal high) {
        this.low = low;
        this.high = high;
    }

    /** An exact value. */
    public static Quantity exact(BigDecimal value) {
        BigDecimal v = normal(Checks.notNull(value, "value"));
        return new Quantity(v, v);
    }

    /** A lower bound with no upper bound ({@code 10万+}). */
    public static Quantity atLeast(BigDecimal low) {
        return new Quantity(normal(Checks.notNull(low, "low")), null);
    }

    /**
     * A closed range {@code [low, high]}.
     *
     * @throws InvalidValueException when {@code high < low}
     */
    public static Quantity between(BigDecimal low, BigDecimal high) {
        BigDecimal l = normal(Checks.notNull(low, "low"));
        BigDecimal h = normal(Checks.notNull(high, "high"));
        if (h.compareTo(l) < 0) {
            throw new InvalidValueException("high", "range upper bound " + h.toPlainString()
                    + " is below its lower bound " + l.toPlainString());
        }
        return new Quantity(l, h);
    }

    private static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The value, or the lower bound of a bound or range. */
    public BigDecimal low() {
        return low;
    }

    /** The upper bound; empty for {@code 10万+}. For an exact value it equals {@link #low()}. */
    public Optional<BigDecimal> high() {
        return Optional.ofNullable(high);
    }

    /** Whether this is one exact value. */
    public boolean isExact() {
        return high != null && high.compareTo(low) == 0;
    }

    /**
     * The exact value.
     *
     * @throws InvalidValueException when this is a bound or a range
     */
    public BigDecimal exactValue() {
        if (!isExact()) {
            throw new InvalidValueException("quantity", "quantity " + this + " is not one exact value");
        }
        return low;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && q.low.equals(low) && Objects.equals(q.high, high);
    }

    @Override
    public int hashCode() {
        return Objects.hash(low, high);
    }

    /** {@code 35000}, {@code 100000+} or {@code 75000~100000}. */
    @Override
    public String toString() {
        if (high == null) {
            return low.toPlainString() + "+";
        }
        return isExact() ? low.toPlainString() : low.toPlainString() + "~" + high.toPlainString();
    }
}
