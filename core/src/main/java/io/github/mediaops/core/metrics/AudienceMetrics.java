package io.github.mediaops.core.metrics;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An account's audience numbers for one day, as the platform reported them. As with
 * {@link ContentMetrics}, a metric the platform did not report is absent, never zero.
 *
 * @param account          the account
 * @param day              the calendar day in {@code zone}
 * @param zone             the platform's reporting zone
 * @param asOf             when the numbers were read
 * @param values           the reported counts
 * @param newFollowersBySource followers gained that day by acquisition source, with the source names
 *                         the connector documents (e.g. {@code search}, {@code qr_code}, {@code article});
 *                         empty when the platform gives no breakdown
 */
public record AudienceMetrics(AccountRef account, LocalDate day, ZoneId zone, Instant asOf,
                              Map<AudienceMetric, Long> values, Map<String, Long> newFollowersBySource) {
    public AudienceMetrics {
        Checks.notNull(account, "account");
        Checks.notNull(day, "day");
        Checks.notNull(zone, "zone");
        Checks.notNull(asOf, "asOf");
        values = Checks.mapOf(values, "values");
        values.forEach((k, v) -> Checks.nonNegative(v, "values." + k));
        newFollowersBySource = Checks.mapOf(newFollowersBySource, "newFollowersBySource");
        newFollowersBySource.forEach((k, v) -> {
            Checks.notBlank(k, "newFollowersBySource key");
            Checks.nonNegative(v, "newFollowersBySource." + k);
        });
    }

    public static AudienceMetrics of(AccountRef account, LocalDate day, ZoneId zone, Instant asOf) {
        return new AudienceMetrics(account, day, zone, asOf, Map.of(), Map.of());
    }

    public AudienceMetrics with(AudienceMetric metric, long value) {
        Map<AudienceMetric, Long> next = new EnumMap<>(AudienceMetric.class);
        next.putAll(values);
        next.put(Checks.notNull(metric, "metric"), value);
        return new AudienceMetrics(account, day, zone, asOf, next, newFollowersBySource);
    }

    public AudienceMetrics withSources(Map<String, Long> bySource) {
        return new AudienceMetrics(account, day, zone, asOf, values, bySource);
    }

    /** A reported count, or empty when the platform did not report it. */
    public OptionalLong count(AudienceMetric metric) {
        Long v = values.get(metric);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /**
     * New minus lost followers, when both were reported.
     *
     */
    public OptionalLong netFollowers() {
        Long gained = values.get(AudienceMetric.NEW_FOLLOWERS);
        Long lost = values.get(AudienceMetric.LOST_FOLLOWERS);
        return gained == null || lost == null ? OptionalLong.empty() : OptionalLong.of(gained - lost);
    }
}
