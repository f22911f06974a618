package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.DateRange;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Wire records to typed reports and back; every value GA4 sends as a string is read by its column type. */
final class Ga4Mapping {
    static final DateTimeFormatter GA4_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Ga4Mapping() {
    }

    static Ga4Api.ReportBody body(Ga4ReportRequest r) {
        List<Map<String, String>> ranges = new ArrayList<>();
        for (DateRange d : r.dateRanges()) {
            ranges.add(ordered("startDate", d.start().toString(), "endDate", d.end().toString()));
        }
        Map<String, Object> filter = null;
        if (!r.filters().isEmpty()) {
            List<Map<String, Object>> expressions = new ArrayList<>();
            r.filters().forEach((dimension, values) -> {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("fieldName", dimension);
                if (values.size() == 1) {
                    f.put("stringFilter", ordered("matchType", "EXACT", "value", values.get(0), "caseSensitive", true));
                } else {
                    f.put("inListFilter", ordered("values", values, "caseSensitive", true));
                }
                expressions.add(ordered("filter", f));
            });
            filter = expressions.size() == 1 ? expressions.get(0) : ordered("andGroup", ordered("expressions", expressions));
        }
        List<Map<String, Object>> orders = null;
        if (!r.orderBys().isEmpty()) {
            orders = new ArrayList<>();
            for (Ga4ReportRequest.Order o : r.orderBys()) {
                orders.add(o.metric() ? ordered("metric", ordered("metricName", o.name()), "desc", o.descending())
                        : ordered("dimension", ordered("dimensionName", o.name()), "desc", o.descending()));
            }
        }
        return new Ga4Api.ReportBody(ranges, names(r.dimensions()), names(r.metrics()), filter, orders,
                r.rawLimit().orElse(null), r.offset() == 0 ? null : r.offset(), r.keepEmptyRows() ? Boolean.TRUE : null,
                r.returnPropertyQuota() ? Boolean.TRUE : null);
    }

    private static List<Map<String, String>> names(List<String> names) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String n : names) {
            out.add(ordered("name", n));
        }
        return out.isEmpty() ? null : out;
    }

    /** A map that keeps its keys in the order given, so that request bodies are stable. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return m;
    }

    static Ga4Report report(String op, Ga4Api.Report r) {
        List<String> dims = new ArrayList<>();
        for (Ga4Api.Column c : nonNull(r.dimensionHeaders())) {
            dims.add(Ga4Errors.WIRE.required(op, "dimensionHeaders[].name", c.name()));
        }
        Map<String, Ga4MetricType> metrics = new LinkedHashMap<>();
        for (Ga4Api.Column c : nonNull(r.metricHeaders())) {
            metrics.put(Ga4Errors.WIRE.required(op, "metricHeaders[].name", c.name()), Ga4MetricType.ofWire(c.type()));
        }
        Optional<Currency> currency = Optional.empty();
        Optional<ZoneId> zone = Optional.empty();
        if (r.metadata() != null) {
            if (r.metadata().currencyCode() != null && !r.metadata().currencyCode().isBlank()) {
                try {
                    currency = Optional.of(Currency.getInstance(r.metadata().currencyCode()));
                } catch (IllegalArgumentException e) {
                    throw Ga4Errors.WIRE.unexpected(op, "metadata.currencyCode is not an ISO 4217 code (was \""
                            + r.metadata().currencyCode() + "\")");
                }
            }
            if (r.metadata().timeZone() != null && !r.metadata().timeZone().isBlank()) {
                try {
                    zone = Optional.of(ZoneId.of(r.metadata().timeZone()));
                } catch (DateTimeException e) {
                    throw Ga4Errors.WIRE.unexpected(op, "metadata.timeZone is not a time zone (was \""
                            + r.metadata().timeZone() + "\")");
                }
            }
        }
        List<Ga4Row> rows = new ArrayList<>();
        List<String> metricNames = new ArrayList<>(metrics.keySet());
        int i = 0;
        for (Ga4Api.Row row : nonNull(r.rows())) {
            List<Ga4Api.Value> dv = nonNull(row.dimensionValues());
            List<Ga4Api.Value> mv = nonNull(row.metricValues());
            if (dv.size() != dims.size() || mv.size() != metricNames.size()) {
                throw Ga4Errors.WIRE.unexpected(op, "rows[" + i + "] has " + dv.size() + " dimension and " + mv.size()
                        + " metric values for " + dims.size() + " and " + metricNames.size() + " headers");
            }
            Map<String, String> d = new LinkedHashMap<>();
            for (int k = 0; k < dims.size(); k++) {
                d.put(dims.get(k), dv.get(k).value() == null ? "" : dv.get(k).value());
            }
            Map<String, Ga4Value> m = new LinkedHashMap<>();
            for (int k = 0; k < metricNames.size(); k++) {
                String name = metricNames.get(k);
                m.put(name, value(op, i, name, metrics.get(name), mv.get(k).value()));
            }
            rows.add(new Ga4Row(d, m, currency));
            i++;
        }
        Long rowCount = Ga4Errors.WIRE.count(op, "rowCount", r.rowCount());
        return new Ga4Report(dims, metrics, rows, rowCount == null ? 0 : rowCount, currency, zone,
                Optional.ofNullable(r.propertyQuota()).map(q -> quota(op, q)));
    }

    private static Ga4Value value(String op, int row, String metric, Ga4MetricType type, String text) {
        if (text == null || text.isBlank()) {
            throw Ga4Errors.WIRE.unexpected(op, "rows[" + row + "]." + metric + " has no value");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw Ga4Errors.WIRE.unexpected(op, "rows[" + row + "]." + metric + " is not a number (was \"" + text + "\")");
        }
        if (type.whole() && v.stripTrailingZeros().scale() > 0) {
            throw Ga4Errors.WIRE.unexpected(op, "rows[" + row + "]." + metric + " is TYPE_INTEGER but holds \"" + text + "\"");
        }
        return new Ga4Value(type, v);
    }

    private static Ga4Quota quota(String op, Ga4Api.PropertyQuota q) {
        return new Ga4Quota(status(op, "tokensPerDay", q.tokensPerDay()), status(op, "tokensPerHour", q.tokensPerHour()),
                status(op, "concurrentRequests", q.concurrentRequests()),
                status(op, "serverErrorsPerProjectPerHour", q.serverErrorsPerProjectPerHour()),
                status(op, "potentiallyThresholdedRequestsPerHour", q.potentiallyThresholdedRequestsPerHour()),
                status(op, "tokensPerProjectPerHour", q.tokensPerProjectPerHour()));
    }

    private static Optional<Ga4QuotaStatus> status(String op, String name, Ga4Api.QuotaStatus s) {
        if (s == null) {
            return Optional.empty();
        }
        Long consumed = Ga4Errors.WIRE.count(op, "propertyQuota." + name + ".consumed", s.consumed());
        Long remaining = Ga4Errors.WIRE.count(op, "propertyQuota." + name + ".remaining", s.remaining());
        // proto3 JSON leaves zero values out: an absent consumed or remaining is 0, not unknown
        return Optional.of(new Ga4QuotaStatus(consumed == null ? 0 : consumed, remaining == null ? 0 : remaining));
    }

    static LocalDate day(String op, String yyyymmdd) {
        try {
            return LocalDate.parse(yyyymmdd, GA4_DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Ga4Errors.WIRE.unexpected(op, "date is not YYYYMMDD (was \"" + yyyymmdd + "\")");
        }
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
