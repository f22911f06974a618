package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A GA4 Data API report request ({@code RunReportRequest}): date ranges (days in the property's time zone),
 * dimensions and metrics by API name (https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema),
 * dimension filters (each dimension in a list of exact values; several filters must all hold), an order, paging by
 * {@code limit} and {@code offset}, and whether to return the property quota (default: yes).
 *
 * <pre>{@code
 * Ga4ReportRequest r = Ga4ReportRequest.builder(DateRange.of(from, to))
 *         .dimensions("date", "sessionSource", "sessionMedium", "sessionCampaignName")
 *         .metrics("sessions", "totalUsers", "keyEvents", "purchaseRevenue")
 *         .filter("sessionCampaignName", "c-618")
 *         .build();
 * }</pre>
 */
public final class Ga4ReportRequest {
    /** Most dimensions in one request. */
    public static final int MAX_DIMENSIONS = 9;
    /** Most metrics in one request. */
    public static final int MAX_METRICS = 10;
    /** Most date ranges in one request. */
    public static final int MAX_DATE_RANGES = 4;
    /** The largest {@code limit} GA4 accepts. */
    public static final long MAX_LIMIT = 250_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_:]{0,99}");

    private final List<DateRange> dateRanges;
    private final List<String> dimensions;
    private final List<String> metrics;
    private final Map<String, List<String>> filters;
    private final List<Order> orderBys;
    private final Long limit;
    private final long offset;
    private final boolean keepEmptyRows;
    private final boolean returnPropertyQuota;

    /** One sort key: a dimension or a metric, descending or not. */
    public record Order(String name, boolean metric, boolean descending) {
        public Order {
            Checks.notBlank(name, "orderBy");
        }
    }

    private Ga4ReportRequest(Builder b) {
        this.dateRanges = List.copyOf(b.dateRanges);
        this.dimensions = List.copyOf(b.dimensions);
        this.metrics = List.copyOf(b.metrics);
        Map<String, List<String>> f = new LinkedHashMap<>();
        b.filters.forEach((k, v) -> f.put(k, List.copyOf(v)));
        this.filters = Collections.unmodifiableMap(f);
        this.orderBys = List.copyOf(b.orderBys);
        this.limit = b.limit;
        this.offset = b.offset;
        this.keepEmptyRows = b.keepEmptyRows;
        this.returnPropertyQuota = b.returnPropertyQuota;
    }

    /** A request over {@code days} (more ranges with {@link Builder#dateRange}). */
    public static Builder builder(DateRange days) {
        return new Builder().dateRange(days);
    }

    /** A builder with this request's parts. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dateRanges.addAll(dateRanges);
        b.dimensions.addAll(dimensions);
        b.metrics.addAll(metrics);
        filters.forEach((k, v) -> b.filters.put(k, new ArrayList<>(v)));
        b.orderBys.addAll(orderBys);
        b.limit = limit;
        b.offset = offset;
        b.keepEmptyRows = keepEmptyRows;
        b.returnPropertyQuota = returnPropertyQuota;
        return b;
    }

    public List<DateRange> dateRanges() {
        return dateRanges;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public List<String> metrics() {
        return metrics;
    }

    /** Dimension name to the exact values it may take (one value: an exact match). */
    public Map<String, List<String>> filters() {
        return filters;
    }

    public List<Order> orderBys() {
        return orderBys;
    }

    /** The page size, when set (GA4 returns up to 10,000 rows without one). */
    public OptionalLong limit() {
        return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
    }

    public long offset() {
        return offset;
    }

    public boolean keepEmptyRows() {
        return keepEmptyRows;
    }

    public boolean returnPropertyQuota() {
        return returnPropertyQuota;
    }

    /** This request for the page at {@code offset} with {@code limit} rows. */
    Ga4ReportRequest page(long newOffset, long newLimit) {
        return toBuilder().offset(newOffset).limit(newLimit).build();
    }

    Optional<Long> rawLimit() {
        return Optional.ofNullable(limit);
    }

    @Override
    public String toString() {
        return "Ga4ReportRequest[dateRanges=" + dateRanges + ", dimensions=" + dimensions + ", metrics=" + metrics
                + ", filters=" + filters + ", limit=" + limit + ", offset=" + offset + "]";
    }

    /** Collects the parts of a {@link Ga4ReportRequest}; {@link #build()} validates them. */
    public static final class Builder {
        private final List<DateRange> dateRanges = new ArrayList<>();
        private final List<String> dimensions = new ArrayList<>();
        private final List<String> metrics = new ArrayList<>();
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private final List<Order> orderBys = new ArrayList<>();
        private Long limit;
        private long offset;
        private boolean keepEmptyRows;
        private boolean returnPropertyQuota = true;

        private Builder() {
        }

        /** Adds a date range (at most {@value #MAX_DATE_RANGES}). */
        public Builder dateRange(DateRange days) {
            dateRanges.add(Checks.notNull(days, "dateRange"));
            return this;
        }

        /** Adds dimensions by API name ({@code date}, {@code sessionSource}, {@code pagePath}, ...). */
        public Builder dimensions(String... names) {
            for (String n : names) {
                dimensions.add(name(n, "dimensions"));
            }
            return this;
        }

        /** Adds metrics by API name ({@code sessions}, {@code activeUsers}, {@code keyEvents}, ...). */
        public Builder metrics(String... names) {
            for (String n : names) {
                metrics.add(name(n, "metrics"));
            }
            return this;
        }

        /** Keeps rows whose {@code dimension} is exactly one of {@code values}; filters on several dimensions all hold. */
        public Builder filter(String dimension, String... values) {
            String d = name(dimension, "filter");
            if (values.length == 0) {
                throw new InvalidValueException("filter", "a filter on " + d + " needs at least one value");
            }
            List<String> vs = filters.computeIfAbsent(d, k -> new ArrayList<>());
            for (String v : values) {
                vs.add(Checks.notNull(v, "filter value"));
            }
            return this;
        }

        /** Sorts by a dimension. */
        public Builder orderByDimension(String dimension, boolean descending) {
            orderBys.add(new Order(name(dimension, "orderBy"), false, descending));
            return this;
        }

        /** Sorts by a metric. */
        public Builder orderByMetric(String metric, boolean descending) {
            orderBys.add(new Order(name(metric, "orderBy"), true, descending));
            return this;
        }

        /** Rows per page, 1 to {@value #MAX_LIMIT}. */
        public Builder limit(long rows) {
            if (rows < 1 || rows > MAX_LIMIT) {
                throw new InvalidValueException("limit", "limit must be 1 to " + MAX_LIMIT + " (was " + rows + ")");
            }
            this.limit = rows;
            return this;
        }

        /** The first row to return, 0-based. */
        public Builder offset(long row) {
            this.offset = Checks.nonNegative(row, "offset");
            return this;
        }

        public Builder keepEmptyRows(boolean keep) {
            this.keepEmptyRows = keep;
            return this;
        }

        /** Whether GA4 returns the property quota with the report (default true). */
        public Builder returnPropertyQuota(boolean ret) {
            this.returnPropertyQuota = ret;
            return this;
        }

        /**
         * The request.
         *
         * @throws InvalidValueException naming the part that is missing or over GA4's limits
         */
        public Ga4ReportRequest build() {
            if (dateRanges.isEmpty() || dateRanges.size() > MAX_DATE_RANGES) {
                throw new InvalidValueException("dateRanges", "a report needs 1 to " + MAX_DATE_RANGES
                        + " date ranges (was " + dateRanges.size() + ")");
            }
            if (metrics.isEmpty() || metrics.size() > MAX_METRICS) {
                throw new InvalidValueException("metrics", "a report needs 1 to " + MAX_METRICS + " metrics (was "
                        + metrics.size() + ")");
            }
            if (dimensions.size() > MAX_DIMENSIONS) {
                throw new InvalidValueException("dimensions", "a report takes at most " + MAX_DIMENSIONS
                        + " dimensions (was " + dimensions.size() + ")");
            }
            for (Order o : orderBys) {
                if (!(o.metric() ? metrics : dimensions).contains(o.name())) {
                    throw new InvalidValueException("orderBy", "orderBy " + o.name() + " is not one of the request's "
                            + (o.metric() ? "metrics " + metrics : "dimensions " + dimensions));
                }
            }
            return new Ga4ReportRequest(this);
        }

        private static String name(String n, String field) {
            Checks.notBlank(n, field);
            if (!NAME.matcher(n).matches()) {
                throw new InvalidValueException(field, field + " holds API names such as sessionSource (was "
                        + Checks.show(n) + ")");
            }
            return n;
        }
    }
}
