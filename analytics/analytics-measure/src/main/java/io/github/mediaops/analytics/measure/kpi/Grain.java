package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period a roll-up groups days into. Weeks start on Monday (ISO 8601), as in China. */
public enum Grain {
    DAY,
    /** ISO week, Monday to Sunday. */
    WEEK,
    /** Calendar month. */
    MONTH;

    /** The period of this grain that contains {@code day}. */
    public DateRange periodOf(LocalDate day) {
        Checks.notNull(day, "day");
        return switch (this) {
            case DAY -> DateRange.day(day);
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield DateRange.of(monday, monday.plusDays(6));
            }
            case MONTH -> DateRange.monthOf(day);
        };
    }
}
