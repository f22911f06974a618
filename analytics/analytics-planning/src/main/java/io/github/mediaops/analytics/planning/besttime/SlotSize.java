package io.github.mediaops.analytics.planning.besttime;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * How finely the week is cut: 168 hour slots or 336 half-hour slots.
 *
 * @since 0.1.0
 */
public enum SlotSize {
    HOUR(60), HALF_HOUR(30);

    private final int minutes;

    SlotSize(int minutes) {
        this.minutes = minutes;
    }

    /** @return the slot's length in minutes */
    public int minutes() {
        return minutes;
    }

    /** Slots in a week. */
    public int count() {
        return 7 * 24 * 60 / minutes;
    }

    /** The slot a local time falls in. */
    public Slot slotOf(ZonedDateTime t) {
        int minuteOfWeek = (t.getDayOfWeek().getValue() - 1) * 1440 + t.getHour() * 60 + t.getMinute();
        return slot(minuteOfWeek / minutes);
    }

    /** The slot with this index. */
    public Slot slot(int index) {
        int m = index * minutes;
        return new Slot(index, DayOfWeek.of(m / 1440 + 1), LocalTime.of((m % 1440) / 60, m % 60));
    }
}
