package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;

/**
 * One day of a challenge.
 *
 * @param day            1 for the first day
 * @param date           the date
 * @param checkedIn      participants who checked in that day
 * @param completionRate checkedIn ÷ participants (NaN with no participants)
 * @param stillActive    participants with a check-in on this day or later (survival curve)
 * @param droppedAfter   participants whose last check-in was this day, who have since missed at least one day
 *                       up to the as-of day and did not complete
 */
public record DayStat(int day, LocalDate date, int checkedIn, double completionRate, int stillActive, int droppedAfter) {
    public DayStat {
        Checks.positive(day, "day");
        Checks.notNull(date, "date");
    }
}
