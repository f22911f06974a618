package io.github.mediaops.connector.support;

import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lifetime counters ("counts to date", as TikTok, Kuaishou, Bilibili and Weibo report them) as core snapshots:
 * a {@link io.github.mediaops.core.metrics.Coverage#LIFETIME} reading dated {@code day} with its {@code asOf}
 * instant. Each count is read with {@link WireValues#count} (number or text, a negative one refused with an
 * {@code UnexpectedResponseException} naming the field), and a count the platform left out stays absent, never
 * zero. Pair it with {@link DateSpans#todayWithin} to answer only a range that contains today.
 */
public final class LifetimeCounts {
    private final Platform platform;
    private final String operation;
    private ContentMetrics metrics;

    private LifetimeCounts(Platform platform, String operation, ContentMetrics metrics) {
        this.platform = platform;
        this.operation = operation;
        this.metrics = metrics;
    }

    /**
     * Starts the lifetime snapshot of one post, read from the answer of {@code operation} (named in errors);
     * add its counts with {@link #count} and take it with {@link #metrics()}.
     */
    public static LifetimeCounts content(Platform platform, String operation, String postId, LocalDate day,
                                         ZoneId zone, Instant asOf) {
        Objects.requireNonNull(operation, "operation");
        return new LifetimeCounts(platform, operation, ContentMetrics.lifetime(platform, postId, day, zone, asOf));
    }

    /** Adds {@code metric} with the count of wire field {@code field}, unless the platform left it out. */
    public LifetimeCounts count(Metric metric, String field, Object value) {
        Objects.requireNonNull(metric, "metric");
        Long v = check(field, value);
        if (v != null) {
            metrics = metrics.with(metric, v);
        }
        return this;
    }

    /**
     * Reads the count of wire field {@code field} that has no core metric: a malformed or negative value is
     * still refused; returns it ({@code null} when left out).
     */
    public Long check(String field, Object value) {
        return WireValues.count(platform, operation, field, value);
    }

    /** The snapshot so far (possibly without values: {@link ContentMetrics#values()} is then empty). */
    public ContentMetrics metrics() {
        return metrics;
    }

    /**
     * The account's follower total as a one-element list, or an empty list when the platform left the count
     * out (nothing to report, not zero); {@code asOf} is asked only when there is a count.
     *
     * @param followers the count already read with {@link WireValues#count}, or {@code null}
     */
    public static List<AudienceMetrics> followers(AccountRef account, LocalDate day, ZoneId zone,
                                                  Supplier<Instant> asOf, Long followers) {
        if (followers == null) {
            return List.of();
        }
        return List.of(AudienceMetrics.of(account, day, zone, asOf.get())
                .with(AudienceMetric.FOLLOWERS_TOTAL, followers));
    }
}
