package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a GA4 report: its dimension values by dimension name and its typed metric values by metric name, in
 * the report's column order.
 *
 * @param dimensions the dimension values ({@code "20240614"}, {@code "google"}, {@code "(direct)"}, {@code "(not set)"})
 * @param metrics    the metric values, typed by their column
 * @param currency   the report's currency ({@code metadata.currencyCode}), for {@link Ga4MetricType#CURRENCY} metrics
 */
public record Ga4Row(Map<String, String> dimensions, Map<String, Ga4Value> metrics, Optional<Currency> currency) {
    public Ga4Row {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(dimensions, "dimensions")));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(metrics, "metrics")));
        currency = currency == null ? Optional.empty() : currency;
    }

    /**
     * The value of a dimension of the report.
     *
     * @throws InvalidValueException naming {@code dimension} when the report has no such column
     */
    public String dimension(String dimension) {
        String v = dimensions.get(Checks.notBlank(dimension, "dimension"));
        if (v == null) {
            throw new InvalidValueException("dimension", "the report has no dimension " + Checks.show(dimension)
                    + " (it has " + dimensions.keySet() + ")");
        }
        return v;
    }

    /**
     * The value of a metric of the report.
     *
     * @throws InvalidValueException naming {@code metric} when the report has no such column
     */
    public Ga4Value metric(String metric) {
        Ga4Value v = metrics.get(Checks.notBlank(metric, "metric"));
        if (v == null) {
            throw new InvalidValueException("metric", "the report has no metric " + Checks.show(metric)
                    + " (it has " + metrics.keySet() + ")");
        }
        return v;
    }

    /**
     * A whole-number metric (sessions, users, key events), or empty when the report has no such column.
     *
     * @throws InvalidValueException naming {@code metric} when its column is not {@link Ga4MetricType#INTEGER}
     */
    public OptionalLong count(String metric) {
        Ga4Value v = metrics.get(Checks.notBlank(metric, "metric"));
        if (v == null) {
            return OptionalLong.empty();
        }
        if (!v.type().whole()) {
            throw new InvalidValueException("metric", "metric " + metric + " is " + v.type() + ", not a count");
        }
        return OptionalLong.of(v.asLong());
    }

    /**
     * A money metric (purchaseRevenue, totalRevenue) in the report's currency, or empty when the report has no such
     * column.
     *
     * @throws InvalidValueException naming {@code metric} when its column is not {@link Ga4MetricType#CURRENCY} or the
     *         report named no currency
     */
    public Optional<Money> money(String metric) {
        Ga4Value v = metrics.get(Checks.notBlank(metric, "metric"));
        if (v == null) {
            return Optional.empty();
        }
        if (v.type() != Ga4MetricType.CURRENCY) {
            throw new InvalidValueException("metric", "metric " + metric + " is " + v.type() + ", not CURRENCY");
        }
        Currency c = currency.orElseThrow(() -> new InvalidValueException("metric",
                "metric " + metric + " is money but the report named no currencyCode"));
        return Optional.of(Money.computed(v.value(), c));
    }
}
