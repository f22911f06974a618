package io.github.mediaops.connector.support;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Date-range helpers for report APIs with a maximum span per request and delayed data: clamp a range
 * to the days whose data is final, then split it into chunks the endpoint accepts.
 */
public final class DateSpans {
    private DateSpans() {
    }

    /**
     * The last day whose data is available at {@code clock}'s now in {@code zone}: data for day D is
     * ready {@code lagDays} days later at {@code readyAt} (WeChat datacube: 1 day, 08:00 Asia/Shanghai).
     */
    public static LocalDate lastAvailableDay(Clock clock, ZoneId zone, int lagDays, LocalTime readyAt) {
        Checks.nonNegative(lagDays, "lagDays");
        var now = clock.instant().atZone(zone);
        LocalDate last = now.toLocalDate().minusDays(lagDays);
        return now.toLocalTime().isBefore(readyAt) ? last.minusDays(1) : last;
    }

    /**
     * Today in {@code zone} at {@code clock}'s now, when {@code days} contains it; empty otherwise. Platforms
     * that report live totals only (lifetime counters) can date a reading today and nothing else, so a reader
     * answers any other range empty, without a call.
     */
    public static Optional<LocalDate> todayWithin(DateRange days, Clock clock, ZoneId zone) {
        Checks.notNull(days, "days");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return days.contains(today) ? Optional.of(today) : Optional.empty();
    }

    /** The part of {@code days} up to {@code lastAvailable}, or empty when none of it is available. */
    public static Optional<DateRange> clampEnd(DateRange days, LocalDate lastAvailable) {
        Checks.notNull(days, "days");
        if (days.start().isAfter(lastAvailable)) {
            return Optional.empty();
        }
        return Optional.of(DateRange.of(days.start(), days.end().isAfter(lastAvailable) ? lastAvailable : days.end()));
    }

    /** Clamps to available data and splits into chunks of at most {@code maxSpanDays}. */
    public static List<DateRange> availableChunks(DateRange days, LocalDate lastAvailable, int maxSpanDays) {
        return clampEnd(days, lastAvailable).map(r -> r.chunks(maxSpanDays)).orElse(List.of());
    }
}
