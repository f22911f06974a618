package io.github.mediaops.core;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An inclusive range of calendar dates, as platforms report statistics ("from 2026-11-01 to
 * 2026-11-07" means seven days). Dates are local to whatever zone the context names; a range carries
 * no zone of its own.
 *
 * @param start the first day
 * @param end   the last day, inclusive; never before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", "end " + end + " is before start " + start);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The calendar month containing {@code day}. */
    public static DateRange monthOf(LocalDate day) {
        Checks.notNull(day, "day");
        LocalDate first = day.withDayOfMonth(1);
        return new DateRange(first, first.plusMonths(1).minusDays(1));
    }

    /** The calendar quarter (Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec) containing {@code day}. */
    public static DateRange quarterOf(LocalDate day) {
        Checks.notNull(day, "day");
        int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
        LocalDate first = LocalDate.of(day.getYear(), firstMonth, 1);
        return new DateRange(first, first.plusMonths(3).minusDays(1));
    }

    /** The number of days in the range, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean contains(DateRange other) {
        return contains(other.start) && contains(other.end);
    }

    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Splits the range into consecutive chunks of at most {@code maxDays} days, in order; used to stay
     * inside a platform's per-request span limit (WeChat datacube allows 1 to 30 days per endpoint).
     */
    public List<DateRange> chunks(int maxDays) {
        Checks.positive(maxDays, "maxDays");
        List<DateRange> out = new ArrayList<>();
        LocalDate from = start;
        while (true) {
            // compare day counts, not dates: from.plusDays(..) past LocalDate.MAX would throw
            LocalDate to = ChronoUnit.DAYS.between(from, end) < maxDays ? end : from.plusDays(maxDays - 1L);
            out.add(new DateRange(from, to));
            if (to.equals(end)) {
                break;
            }
            from = to.plusDays(1);
        }
        return List.copyOf(out);
    }

    /** Every day of the range, in order. */
    public List<LocalDate> dates() {
        // datesUntil(end) excludes end; end.plusDays(1) would throw for LocalDate.MAX
        return Stream.concat(start.datesUntil(end), Stream.of(end)).toList();
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
