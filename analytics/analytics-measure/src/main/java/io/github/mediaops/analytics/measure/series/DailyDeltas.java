package io.github.mediaops.analytics.measure.series;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Turns irregular readings of a cumulative counter into daily deltas.
 *
 * <p><b>Rule.</b>
 * <ol>
 *   <li>Readings must be in strictly increasing time order (an out-of-order reading is refused: it
 *       usually means two sources were mixed).</li>
 *   <li><b>Resets.</b> When a reading is lower than the one before, the counter is taken to have
 *       restarted from zero (a deleted and re-uploaded post, a platform recount), so the increase over
 *       that interval is the new value itself — the rule Prometheus uses for counter resets
 *       (https://prometheus.io/docs/prometheus/latest/querying/functions/#increase). The readings are
 *       thus turned into a non-decreasing "adjusted" counter.</li>
 *   <li><b>Interpolation.</b> The adjusted counter is interpolated linearly in time between
 *       readings, i.e. activity is assumed uniform between two readings. Each midnight (start of day in
 *       {@link #zone()}, so days of 23 or 25 hours under daylight saving are handled) gets an
 *       interpolated value, and a day's delta is the value at its end minus the value at its start.</li>
 *   <li>Only days whose whole span lies between the first and the last reading are produced; partial
 *       days at either end are not extrapolated.</li>
 *   <li><b>Gaps.</b> A day overlapped by an interval between readings longer than
 *       {@link #maxGap()} is flagged {@code acrossGap}; with {@link GapPolicy#ABSENT} its delta is empty,
 *       with {@link GapPolicy#INTERPOLATE} it is still interpolated.</li>
 * </ol>
 * The deltas of consecutive produced days always sum to the adjusted increase between their bounds.
 *
 * @param zone      the zone whose midnights bound the days
 * @param maxGap    the longest interval between readings still considered continuous
 * @param gapPolicy what to report for days in a gap
 *
 * <pre>{@code
 * List<DailyDelta> days = DailyDeltas.in(ZoneId.of("Asia/Shanghai")).apply(List.of(
 *         new CounterReading(Instant.parse("2026-11-01T13:00:00Z"), 1_000),
 *         new CounterReading(Instant.parse("2026-11-03T17:45:00Z"), 9_900)));
 * }</pre>
 *
 * @since 0.1.0
 */
public record DailyDeltas(ZoneId zone, Duration maxGap, GapPolicy gapPolicy) {

    /** What to report for a day that falls in a gap. */
    public enum GapPolicy {
        /** Interpolate anyway and flag the day. */
        INTERPOLATE,
        /** Report no value for the day (absent, not zero). */
        ABSENT
    }

    /** Validates the components; bad values fail with the field named. */
    public DailyDeltas {
        Checks.notNull(zone, "zone");
        Checks.notNull(maxGap, "maxGap");
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new InvalidValueException("maxGap", "maxGap must be positive (was " + maxGap + ")");
        }
        Checks.notNull(gapPolicy, "gapPolicy");
    }

    /** Deltas in {@code zone}, gaps longer than 36 hours flagged and interpolated. */
    public static DailyDeltas in(ZoneId zone) {
        return new DailyDeltas(zone, Duration.ofHours(36), GapPolicy.INTERPOLATE);
    }

    /**
     * A copy with another longest interval between readings before a day is flagged.
     *
     * @param gap the longest gap, positive
     * @return the copy
     */
    public DailyDeltas withMaxGap(Duration gap) {
        return new DailyDeltas(zone, gap, gapPolicy);
    }

    /**
     * A copy with another policy for days touched by a gap.
     *
     * @param policy the policy
     * @return the copy
     */
    public DailyDeltas withGapPolicy(GapPolicy policy) {
        return new DailyDeltas(zone, maxGap, policy);
    }

    /**
     * The daily deltas of the fully covered days, in order.
     *
     * @throws InvalidValueException if the readings are not in strictly increasing time order
     */
    public List<DailyDelta> apply(Collection<CounterReading> readings) {
        List<CounterReading> rs = Checks.listOf(readings, "readings");
        int n = rs.size();
        long[] t = new long[n];
        double[] adjusted = new double[n];
        boolean[] resetBefore = new boolean[n];
        for (int i = 0; i < n; i++) {
            CounterReading r = rs.get(i);
            t[i] = r.at().toEpochMilli();
            if (i == 0) {
                adjusted[0] = r.value();
                continue;
            }
            if (t[i] <= t[i - 1]) {
                throw new InvalidValueException("readings", "readings must be in strictly increasing time order; readings["
                        + i + "] at " + r.at() + " is not after readings[" + (i - 1) + "] at " + rs.get(i - 1).at());
            }
            long prev = rs.get(i - 1).value();
            boolean reset = r.value() < prev;
            resetBefore[i] = reset;
            adjusted[i] = adjusted[i - 1] + (reset ? r.value() : r.value() - prev);
        }
        List<DailyDelta> out = new ArrayList<>();
        if (n < 2) {
            return out;
        }
        long maxGapMs = maxGap.toMillis();
        LocalDate day = rs.get(0).at().atZone(zone).toLocalDate();
        while (true) {
            long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
            long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            if (end > t[n - 1]) {
                break;
            }
            if (start >= t[0]) {
                boolean gap = false;
                boolean reset = false;
                for (int i = 1; i < n; i++) {
                    if (t[i] > start && t[i - 1] < end) { // interval (t[i-1], t[i]) overlaps the day
                        gap |= t[i] - t[i - 1] > maxGapMs;
                        reset |= resetBefore[i];
                    }
                }
                OptionalDouble delta = gap && gapPolicy == GapPolicy.ABSENT ? OptionalDouble.empty()
                        : OptionalDouble.of(valueAt(end, t, adjusted) - valueAt(start, t, adjusted));
                out.add(new DailyDelta(day, delta, gap, reset));
            }
            day = day.plusDays(1);
        }
        return List.copyOf(out);
    }

    private static double valueAt(long ms, long[] t, double[] v) {
        int i = java.util.Arrays.binarySearch(t, ms);
        if (i >= 0) {
            return v[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (double) (ms - t[lo]) / (t[hi] - t[lo]);
        return v[lo] + f * (v[hi] - v[lo]);
    }

}
