package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * One statutory holiday period as the State Council schedules it.
 *
 * @param name           English name
 * @param nameZh         Chinese name as published (e.g. "春节")
 * @param festival       the day the holiday is for (春节 2026: 2026-02-17)
 * @param daysOff        first to last day off
 * @param offDays        every day off, in order
 * @param makeUpWorkdays weekend days that become working days (调休), in order
 */
public record HolidayPeriod(String name, String nameZh, LocalDate festival, DateRange daysOff, List<LocalDate> offDays,
                            List<LocalDate> makeUpWorkdays) {
    public HolidayPeriod {
        Checks.notBlank(name, "name");
        Checks.notBlank(nameZh, "nameZh");
        Checks.notNull(festival, "festival");
        Checks.notNull(daysOff, "daysOff");
        offDays = Checks.listOf(offDays, "offDays");
        makeUpWorkdays = Checks.listOf(makeUpWorkdays, "makeUpWorkdays");
    }
}
