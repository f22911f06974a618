package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.metrics.Metric;
import java.util.Optional;

/**
 * The base a rate is divided by. Platforms and agencies disagree on the base of "engagement rate"
 * (per view, per reach, per follower), so every rate in this package names its denominator and a
 * result carries it.
 */
public enum Denominator {
    /** Times shown, counting repeats ({@link Metric#IMPRESSIONS}). */
    IMPRESSIONS(Metric.IMPRESSIONS),
    /** Distinct accounts reached ({@link Metric#REACH}). */
    REACH(Metric.REACH),
    /** Reads, plays or views, counting repeats ({@link Metric#VIEWS}). */
    VIEWS(Metric.VIEWS),
    /** Clicks on links or product cards ({@link Metric#CLICKS}). */
    CLICKS(Metric.CLICKS),
    /** Followers of the account, supplied by the caller (a content snapshot does not carry it). */
    FOLLOWERS(null);

    private final Metric metric;

    Denominator(Metric metric) {
        this.metric = metric;
    }

    /** The content metric this denominator reads, or empty for {@link #FOLLOWERS}. */
    public Optional<Metric> metric() {
        return Optional.ofNullable(metric);
    }
}
