package io.github.mediaops.analytics.measure.series;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The increase of a counter during one calendar day.
 *
 * @param day        the day, in the zone the deltas were computed in
 * @param delta      the increase, interpolated (so possibly fractional); empty when the day falls in a
 *                   gap and the gap policy is {@link DailyDeltas.GapPolicy#ABSENT}
 * @param acrossGap  whether an interval longer than the maximum gap overlaps this day
 * @param afterReset whether a counter reset happened in an interval overlapping this day
 */
public record DailyDelta(LocalDate day, OptionalDouble delta, boolean acrossGap, boolean afterReset) {
    public DailyDelta {
        Checks.notNull(day, "day");
        Checks.notNull(delta, "delta");
    }
}
