package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reading one cell of a platform report, where numbers arrive as JSON numbers or text and a value the
 * platform did not compute arrives as a missing key, {@code null}, {@code ""}, {@code "-"} or {@code "--"}.
 * Absent stays absent: it never becomes zero.
 */
public final class ReportCells {
    private ReportCells() {
    }

    /** Whether the platform left the cell empty. */
    public static boolean absent(String text) {
        if (text == null) {
            return true;
        }
        String t = text.trim();
        return t.isEmpty() || t.equals("-") || t.equals("--") || t.equalsIgnoreCase("null");
    }

    /**
     * A non-negative whole count, or empty when absent.
     *
     * @throws InvalidValueException naming {@code field} and the value when it is not a whole number &ge; 0
     */
    public static Optional<Long> count(String field, String text) {
        Checks.notBlank(field, "field");
        if (absent(text)) {
            return Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(text.trim());
            if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException();
            }
            return Optional.of(v.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValueException(field, field + " must be a whole count >= 0 (was " + Checks.show(text) + ")");
        }
    }

    /**
     * The {@code wanted} counts of one report row: wire field → core metric, each present only when the row has a
     * value for it.
     *
     * @throws InvalidValueException naming the field when a value is not a whole count &ge; 0
     */
    public static Map<Metric, Double> counts(Map<String, String> row, Map<String, Metric> wanted) {
        Checks.notNull(row, "row");
        Map<Metric, Double> out = new EnumMap<>(Metric.class);
        Checks.notNull(wanted, "wanted").forEach((field, metric) ->
                count(field, row.get(field)).ifPresent(v -> out.put(metric, v.doubleValue())));
        return out;
    }

    /** The platform's id in a cell (a number or text), or empty when absent; {@code "0"} counts as absent. */
    public static Optional<String> id(String text) {
        if (absent(text) || text.trim().equals("0")) {
            return Optional.empty();
        }
        return Optional.of(text.trim());
    }

    /** The cell's text, trimmed, or empty when absent. */
    public static Optional<String> text(String text) {
        return absent(text) ? Optional.empty() : Optional.of(text.trim());
    }

    /**
     * An amount of money written in {@code unit}, or empty when absent (never a zero).
     *
     * @throws InvalidValueException naming {@code field} and the value when it is not an amount in {@code unit}
     */
    public static Optional<Money> amount(String field, String text, AmountUnit unit, Currency currency) {
        Checks.notNull(unit, "unit");
        return absent(text) ? Optional.empty() : Optional.of(unit.parse(field, text, currency));
    }

    /**
     * An amount of money written in {@code unit} that the answer must carry.
     *
     * @throws InvalidValueException naming {@code field} when it is absent or not an amount in {@code unit}
     */
    public static Money requiredAmount(String field, String text, AmountUnit unit, Currency currency) {
        return amount(field, text, unit, currency)
                .orElseThrow(() -> new InvalidValueException(field, "an answer without " + field));
    }
}
