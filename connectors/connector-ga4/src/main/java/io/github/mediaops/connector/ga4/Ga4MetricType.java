package io.github.mediaops.connector.ga4;

import java.util.Locale;

/**
 * The type of a GA4 metric column ({@code MetricHeader.type}), which says how to read its values: GA4 sends every
 * value as a string ({@code "1530"}, {@code "0.64"}, {@code "98.3"}). Per
 * https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/MetricType.
 */
public enum Ga4MetricType {
    /** A whole number ({@code TYPE_INTEGER}): sessions, users, events. */
    INTEGER,
    /** A decimal ({@code TYPE_FLOAT}): rates, per-session averages. */
    FLOAT,
    /** A duration in seconds. */
    SECONDS,
    /** A duration in milliseconds. */
    MILLISECONDS,
    /** A duration in minutes. */
    MINUTES,
    /** A duration in hours. */
    HOURS,
    /** A custom metric of standard type. */
    STANDARD,
    /** An amount of money in the report's {@code metadata.currencyCode}. */
    CURRENCY,
    /** A length in feet. */
    FEET,
    /** A length in miles. */
    MILES,
    /** A length in meters. */
    METERS,
    /** A length in kilometers. */
    KILOMETERS,
    /** A type this version does not know ({@code METRIC_TYPE_UNSPECIFIED} or a newer one): read as a decimal. */
    OTHER;

    /** The type of a wire name such as {@code TYPE_CURRENCY}; {@link #OTHER} for anything else. */
    public static Ga4MetricType ofWire(String type) {
        if (type == null || !type.startsWith("TYPE_")) {
            return OTHER;
        }
        try {
            return valueOf(type.substring(5).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }

    /** Whether values of this type are whole numbers. */
    public boolean whole() {
        return this == INTEGER;
    }
}
