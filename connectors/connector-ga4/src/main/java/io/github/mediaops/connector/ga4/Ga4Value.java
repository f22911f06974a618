package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;

/**
 * One metric value of a report row, read from GA4's string by its column's {@link Ga4MetricType}: an
 * {@link Ga4MetricType#INTEGER INTEGER} column holds whole numbers only (a fraction there is refused when the report
 * is read), every other type a decimal.
 *
 * @param type  the column's type
 * @param value the exact value GA4 sent
 */
public record Ga4Value(Ga4MetricType type, BigDecimal value) {
    public Ga4Value {
        Checks.notNull(type, "type");
        Checks.notNull(value, "value");
    }

    /** The value as a whole number (exact for {@link Ga4MetricType#INTEGER}, truncated otherwise). */
    public long asLong() {
        return type.whole() ? value.longValueExact() : value.longValue();
    }

    /** The value as a double. */
    public double asDouble() {
        return value.doubleValue();
    }
}
