package io.github.mediaops.analytics.planning.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days a team works, used to count production lead times back from a publish date.
 * {@link ChinaCalendar} implements it with the State Council holiday schedule, including make-up
 * working days (调休).
 */
@FunctionalInterface
public interface WorkingDays {
    /** Monday to Friday, no holidays. */
    WorkingDays MONDAY_TO_FRIDAY = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    /** Every day (teams that work weekends, or durations in calendar days). */
    WorkingDays EVERY_DAY = d -> true;

    boolean isWorkingDay(LocalDate day);
}
