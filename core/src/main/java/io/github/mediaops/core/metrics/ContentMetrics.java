package io.github.mediaops.core.metrics;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The metrics of one post as a platform reported them, for one day or for its lifetime.
 *
 * <p><b>Absent is not zero.</b> Platforms report different subsets (WeChat reports no likes and no
 * completion rate); a metric the platform did not report is simply not in {@link #values()}, and
 * {@link #count(Metric)} returns an empty optional for it. Never fill a gap with 0.
 *
 * <p>Values follow {@link Metric#unit()}: counts are whole and non-negative, fractions lie in [0, 1],
 * seconds are non-negative; NaN and infinities are refused.
 *
 * @param platform the platform that reported the numbers
 * @param postId   the platform's id of the post
 * @param coverage whether the numbers cover one day or the lifetime up to {@code day}
 * @param day      the calendar day in {@code zone} that the numbers cover or end with
 * @param zone     the platform's reporting zone (Asia/Shanghai for the Chinese platforms)
 * @param asOf     when the numbers were read
 * @param values   the reported metrics
 */
public record ContentMetrics(Platform platform, String postId, Coverage coverage, LocalDate day, ZoneId zone,
                             Instant asOf, Map<Metric, Double> values) {

    private static final double MAX_EXACT_COUNT = 0x1p53;

    public ContentMetrics {
        Checks.notNull(platform, "platform");
        Checks.notBlank(postId, "postId");
        Checks.notNull(coverage, "coverage");
        Checks.notNull(day, "day");
        Checks.notNull(zone, "zone");
        Checks.notNull(asOf, "asOf");
        values = validated(values, "values");
    }

    static Map<Metric, Double> validated(Map<Metric, Double> values, String field) {
        Map<Metric, Double> copy = Checks.mapOf(values, field);
        for (Map.Entry<Metric, Double> e : copy.entrySet()) {
            String name = field + "." + e.getKey();
            double v = e.getValue();
            switch (e.getKey().unit()) {
                case COUNT -> {
                    Checks.nonNegative(v, name);
                    if (v != Math.rint(v) || v > MAX_EXACT_COUNT) {
                        throw new InvalidValueException(name, name + " must be a whole count (was " + v + ")");
                    }
                }
                case FRACTION -> Checks.fraction(v, name);
                case SECONDS -> Checks.nonNegative(v, name);
            }
        }
        return copy;
    }

    /** An empty daily snapshot; add values with {@link #with(Metric, double)}. */
    public static ContentMetrics daily(Platform platform, String postId, LocalDate day, ZoneId zone, Instant asOf) {
        return new ContentMetrics(platform, postId, Coverage.DAY, day, zone, asOf, Map.of());
    }

    public static ContentMetrics lifetime(Platform platform, String postId, LocalDate day, ZoneId zone, Instant asOf) {
        return new ContentMetrics(platform, postId, Coverage.LIFETIME, day, zone, asOf, Map.of());
    }

    /** A copy with one more (or a replaced) metric. */
    public ContentMetrics with(Metric metric, double value) {
        Map<Metric, Double> next = new EnumMap<>(Metric.class);
        next.putAll(values);
        next.put(Checks.notNull(metric, "metric"), value);
        return new ContentMetrics(platform, postId, coverage, day, zone, asOf, next);
    }

    public boolean has(Metric metric) {
        return values.containsKey(metric);
    }

    /** A reported count, or empty when the platform did not report it. */
    public OptionalLong count(Metric metric) {
        if (metric.unit() != Metric.Unit.COUNT) {
            throw new InvalidValueException("metric", metric + " is not a count; use value(" + metric + ")");
        }
        Double v = values.get(metric);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v.longValue());
    }

    /** A reported value of any unit, or empty when the platform did not report it. */
    public OptionalDouble value(Metric metric) {
        Double v = values.get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
