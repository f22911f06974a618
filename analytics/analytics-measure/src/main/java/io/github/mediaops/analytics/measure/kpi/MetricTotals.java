package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Sums of daily content metrics over a group of snapshots (a post's week, a platform's month, ...).
 *
 * <p><b>Absent stays absent.</b> A count total is present only when <em>every</em> snapshot in the group
 * reported that metric; if one snapshot lacks it the total is absent rather than an undercount.
 * Completion rate is the views-weighted mean {@code Σ(rate·views) / Σ views}, present only when every
 * snapshot reported both. Totals are mergeable ({@link #plus}) so groups can be combined in any order.
 *
 * <p>Only {@link Coverage#DAY} snapshots can be summed; lifetime counters must first be turned into
 * daily deltas (see {@code io.github.mediaops.analytics.measure.series.DailyDeltas}).
 */
public final class MetricTotals {
    private final int snapshots;
    private final EnumMap<Metric, Long> sums;
    private final EnumMap<Metric, Integer> reportedBy;
    private final double completedPlays;
    private final int completionReportedBy;

    private MetricTotals(int snapshots, EnumMap<Metric, Long> sums, EnumMap<Metric, Integer> reportedBy,
                         double completedPlays, int completionReportedBy) {
        this.snapshots = snapshots;
        this.sums = sums;
        this.reportedBy = reportedBy;
        this.completedPlays = completedPlays;
        this.completionReportedBy = completionReportedBy;
    }

    /** Totals of no snapshots: every metric absent. */
    public static MetricTotals empty() {
        return new MetricTotals(0, new EnumMap<>(Metric.class), new EnumMap<>(Metric.class), 0, 0);
    }

    /** Totals of one daily snapshot. */
    public static MetricTotals of(ContentMetrics snapshot) {
        Checks.notNull(snapshot, "snapshot");
        if (snapshot.coverage() != Coverage.DAY) {
            throw new InvalidValueException("coverage", "only daily snapshots can be summed; post " + snapshot.postId()
                    + " on " + snapshot.day() + " is " + snapshot.coverage() + " (turn lifetime counters into daily deltas first)");
        }
        EnumMap<Metric, Long> sums = new EnumMap<>(Metric.class);
        EnumMap<Metric, Integer> reported = new EnumMap<>(Metric.class);
        for (Map.Entry<Metric, Double> e : snapshot.values().entrySet()) {
            if (e.getKey().unit() == Metric.Unit.COUNT) {
                sums.put(e.getKey(), e.getValue().longValue());
                reported.put(e.getKey(), 1);
            }
        }
        OptionalDouble rate = snapshot.value(Metric.COMPLETION_RATE);
        OptionalDouble views = snapshot.value(Metric.VIEWS);
        boolean both = rate.isPresent() && views.isPresent();
        return new MetricTotals(1, sums, reported, both ? rate.getAsDouble() * views.getAsDouble() : 0, both ? 1 : 0);
    }

    /** Totals of many daily snapshots (apply corrections first: see {@link Corrections#latest}). */
    public static MetricTotals of(Collection<ContentMetrics> snapshots) {
        Checks.listOf(snapshots, "snapshots");
        MetricTotals t = empty();
        for (ContentMetrics m : snapshots) {
            t = t.plus(of(m));
        }
        return t;
    }

    /** The totals of both groups together. */
    public MetricTotals plus(MetricTotals other) {
        Checks.notNull(other, "other");
        EnumMap<Metric, Long> s = new EnumMap<>(sums);
        EnumMap<Metric, Integer> r = new EnumMap<>(reportedBy);
        other.sums.forEach((k, v) -> s.merge(k, v, Math::addExact));
        other.reportedBy.forEach((k, v) -> r.merge(k, v, Integer::sum));
        return new MetricTotals(snapshots + other.snapshots, s, r, completedPlays + other.completedPlays,
                completionReportedBy + other.completionReportedBy);
    }

    /** How many snapshots were summed. */
    public int snapshots() {
        return snapshots;
    }

    /** The total of a count metric, or empty unless every snapshot (and at least one) reported it. */
    public OptionalLong count(Metric metric) {
        Checks.notNull(metric, "metric");
        if (metric.unit() != Metric.Unit.COUNT) {
            throw new InvalidValueException("metric", metric + " is not a count");
        }
        Integer r = reportedBy.get(metric);
        return snapshots > 0 && r != null && r == snapshots ? OptionalLong.of(sums.get(metric)) : OptionalLong.empty();
    }

    /** How many of the snapshots reported this metric (to explain an absent total). */
    public int reportedBy(Metric metric) {
        return reportedBy.getOrDefault(metric, 0);
    }

    /** Views-weighted completion rate, or empty unless every snapshot reported completion rate and views. */
    public OptionalDouble completionRate() {
        OptionalLong views = count(Metric.VIEWS);
        if (snapshots == 0 || completionReportedBy != snapshots || views.isEmpty() || views.getAsLong() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(completedPlays / views.getAsLong());
    }

    @Override
    public String toString() {
        return "MetricTotals[snapshots=" + snapshots + ", sums=" + sums + "]";
    }
}
