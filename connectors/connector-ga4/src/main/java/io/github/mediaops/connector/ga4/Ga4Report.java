package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.validate.Checks;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A GA4 report ({@code RunReportResponse}) read into typed values: the dimension names, the metric names with their
 * {@link Ga4MetricType types}, the rows, {@code rowCount} (the number of rows of the whole query, whatever
 * {@code limit} and {@code offset} returned), the currency and time zone of the property, and the property quota
 * when it was asked for.
 *
 * @param dimensions the dimension columns, in order
 * @param metrics    the metric columns and their types, in order
 * @param rows       the rows returned
 * @param rowCount   the rows of the whole query
 * @param currency   the property's currency ({@code metadata.currencyCode}), when sent
 * @param timeZone   the property's reporting time zone ({@code metadata.timeZone}), when sent
 * @param quota      the property quota, when {@code returnPropertyQuota} was asked for and sent
 */
public record Ga4Report(List<String> dimensions, Map<String, Ga4MetricType> metrics, List<Ga4Row> rows, long rowCount,
                        Optional<Currency> currency, Optional<ZoneId> timeZone, Optional<Ga4Quota> quota) {
    public Ga4Report {
        dimensions = List.copyOf(Checks.notNull(dimensions, "dimensions"));
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Checks.notNull(metrics, "metrics")));
        rows = List.copyOf(Checks.notNull(rows, "rows"));
        Checks.nonNegative(rowCount, "rowCount");
        currency = currency == null ? Optional.empty() : currency;
        timeZone = timeZone == null ? Optional.empty() : timeZone;
        quota = quota == null ? Optional.empty() : quota;
    }

    /** Whether more rows exist after these ({@code offset + rows < rowCount}); {@code offset} is the request's. */
    public boolean hasMoreAfter(long offset) {
        return offset + rows.size() < rowCount;
    }
}
