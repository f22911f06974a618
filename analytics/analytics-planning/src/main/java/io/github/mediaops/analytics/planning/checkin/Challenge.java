package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A check-in challenge: {@code days} consecutive local days from {@code start} in {@code zone}; a
 * participant earns the reward with at least {@code requiredDays} days checked in and a streak of at
 * least {@code requiredStreak} consecutive days.
 *
 * @param id             the challenge id
 * @param start          first day
 * @param days           length in days; at least 1
 * @param zone           the zone days are counted in
 * @param requiredDays   days needed for the reward; 1..days
 * @param requiredStreak consecutive days needed for the reward; 0..days
 */
public record Challenge(String id, LocalDate start, int days, ZoneId zone, int requiredDays, int requiredStreak) {
    public Challenge {
        Checks.notBlank(id, "id");
        Checks.notNull(start, "start");
        Checks.positive(days, "days");
        Checks.notNull(zone, "zone");
        Checks.positive(requiredDays, "requiredDays");
        Checks.nonNegative(requiredStreak, "requiredStreak");
        if (requiredDays > days || requiredStreak > days) {
            throw new InvalidValueException("requiredDays", "requirements (" + requiredDays + " days, streak " + requiredStreak
                    + ") exceed the challenge length " + days);
        }
    }

    public DateRange period() {
        return DateRange.of(start, start.plusDays(days - 1L));
    }
}
