package io.github.mediaops.analytics.measure.series;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns lifetime snapshots read at different times into daily snapshots that a
 * {@link io.github.mediaops.analytics.measure.kpi.KpiRollup} can sum: what a host needs for the platforms that
 * report only a post's counts to date (Kuaishou, Bilibili, Weibo…) and that it polls nightly or weekly.
 *
 * <p><b>Rule.</b> For each post and each count metric, the readings (ordered by {@code asOf}) go through
 * {@link DailyDeltas} — counter resets, linear interpolation between readings, only whole days between the
 * first and the last reading. A day's count is the difference of the <em>rounded</em> interpolated totals at its
 * two midnights, so the days are whole counts and the days of a post add up exactly to the rounded increase
 * over them (nothing is lost to rounding day by day). A day in a gap that the {@link DailyDeltas.GapPolicy} makes
 * absent leaves that metric absent for the day. Rates and durations ({@code FRACTION}, {@code SECONDS}) cannot be
 * differenced and are not carried.
 *
 * <p>A post's first reading is where its counting starts: to count a new post from its publication, add a
 * reading with zero counts at the moment it was published.
 *
 * <pre>{@code
 * List<ContentMetrics> days = LifetimeCounters.in(ZoneId.of("Asia/Shanghai")).daily(List.of(lastMonday, thisMonday));
 * }</pre>
 *
 * @param deltas how readings become daily deltas (zone, longest gap, gap policy)
 *
 * @since 0.1.0
 */
public record LifetimeCounters(DailyDeltas deltas) {
    /** Validates the components; bad values fail with the field named. */
    public LifetimeCounters {
        Checks.notNull(deltas, "deltas");
    }

    /**
     * Daily snapshots in {@code zone} from readings up to a week apart: intervals up to 8 days are interpolated
     * without being treated as gaps (activity is assumed uniform between two readings).
     *
     * @param zone the zone whose midnights bound the days, the platform's reporting zone
     * @return the converter
     */
    public static LifetimeCounters in(ZoneId zone) {
        return new LifetimeCounters(DailyDeltas.in(zone).withMaxGap(Duration.ofDays(8)));
    }

    /**
     * The daily snapshots of every post with at least two readings, ordered by post (first appearance) then day.
     * Each day's {@code asOf} is the post's last reading.
     *
     * @param lifetimeReadings lifetime snapshots of one or more posts, in any order
     * @return daily snapshots ({@link Coverage#DAY}) in the converter's zone
     * @throws InvalidValueException if a snapshot is not {@link Coverage#LIFETIME}, or two readings of a post have
     *                               the same {@code asOf}
     */
    public List<ContentMetrics> daily(Collection<ContentMetrics> lifetimeReadings) {
        Map<String, List<ContentMetrics>> byPost = new LinkedHashMap<>();
        for (ContentMetrics m : Checks.listOf(lifetimeReadings, "lifetimeReadings")) {
            if (m.coverage() != Coverage.LIFETIME) {
                throw new InvalidValueException("coverage", "only lifetime readings are turned into days; post "
                        + m.postId() + " on " + m.day() + " is " + m.coverage());
            }
            byPost.computeIfAbsent(m.platform().id() + "\u0000" + m.postId(), k -> new ArrayList<>()).add(m);
        }
        List<ContentMetrics> out = new ArrayList<>();
        for (List<ContentMetrics> readings : byPost.values()) {
            readings.sort(Comparator.comparing(ContentMetrics::asOf));
            out.addAll(daysOf(readings));
        }
        return out;
    }

    private List<ContentMetrics> daysOf(List<ContentMetrics> readings) {
        ContentMetrics last = readings.get(readings.size() - 1);
        Map<LocalDate, Map<Metric, Double>> days = new TreeMap<>();
        for (Metric metric : Metric.values()) {
            if (metric.unit() != Metric.Unit.COUNT) {
                continue;
            }
            List<CounterReading> counter = new ArrayList<>();
            for (ContentMetrics r : readings) {
                r.count(metric).ifPresent(v -> counter.add(new CounterReading(r.asOf(), v)));
            }
            if (counter.size() < 2) {
                continue;
            }
            double total = 0;
            for (DailyDelta d : deltas.apply(counter)) {
                Map<Metric, Double> values = days.computeIfAbsent(d.day(), k -> new EnumMap<>(Metric.class));
                if (d.delta().isEmpty()) {
                    continue;
                }
                double before = Math.rint(total);
                total += d.delta().getAsDouble();
                values.put(metric, Math.rint(total) - before);
            }
        }
        List<ContentMetrics> out = new ArrayList<>(days.size());
        days.forEach((day, values) -> out.add(new ContentMetrics(last.platform(), last.postId(), Coverage.DAY, day,
                deltas.zone(), last.asOf(), values)));
        return out;
    }
}
