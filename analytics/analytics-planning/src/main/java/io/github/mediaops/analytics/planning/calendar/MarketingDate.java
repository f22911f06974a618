package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;

/**
 * A date worth planning content around, with the warm-up window before it.
 *
 * @param name     English name, e.g. "Mid-Autumn Festival"
 * @param nameZh   Chinese name, e.g. "中秋节"
 * @param kind     holiday, festival, solar term or commerce date
 * @param date     the day itself (for a holiday period: the festival day the period is for)
 * @param span     the days it lasts (a holiday's days off, a sale period)
 * @param leadDays days of warm-up content before {@code span} starts; 0 for none
 */
public record MarketingDate(String name, String nameZh, MarketingKind kind, LocalDate date, DateRange span,
                            int leadDays) {
    public MarketingDate {
        Checks.notBlank(name, "name");
        Checks.notBlank(nameZh, "nameZh");
        Checks.notNull(kind, "kind");
        Checks.notNull(date, "date");
        Checks.notNull(span, "span");
        Checks.nonNegative(leadDays, "leadDays");
    }

    /** The first day of warm-up content: {@code leadDays} before the span starts. */
    public LocalDate warmUpStart() {
        return span.start().minusDays(leadDays);
    }

    /** From the warm-up start to the end of the span. */
    public DateRange window() {
        return DateRange.of(warmUpStart(), span.end());
    }
}
