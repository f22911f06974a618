package io.github.mediaops.analytics.planning.besttime;

import io.github.mediaops.core.validate.Checks;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A slot of the week: a day and a start time of length {@link SlotSize#minutes()}.
 *
 * @param index 0 for Monday 00:00, counting slots through the week
 * @param day   the day of week
 * @param start the local start time
 */
public record Slot(int index, DayOfWeek day, LocalTime start) {
    public Slot {
        Checks.nonNegative(index, "index");
        Checks.notNull(day, "day");
        Checks.notNull(start, "start");
    }

    @Override
    public String toString() {
        return day.toString().substring(0, 3) + " " + start;
    }
}
