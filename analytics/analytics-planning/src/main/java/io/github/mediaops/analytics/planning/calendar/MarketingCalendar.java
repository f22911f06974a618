package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The marketing calendar for a period: {@link ChinaCalendar} dates plus the team's
 * {@link CommerceDate}s, each with its warm-up window, so a planner sees what to prepare when.
 */
public final class MarketingCalendar {
    private final ChinaCalendar china;
    private final List<CommerceDate> commerce;

    private MarketingCalendar(ChinaCalendar china, List<CommerceDate> commerce) {
        this.china = china;
        this.commerce = commerce;
    }

    /** The China calendar with default leads and {@link CommerceDate#DEFAULTS}. */
    public static MarketingCalendar china() {
        return new MarketingCalendar(ChinaCalendar.standard(), CommerceDate.DEFAULTS);
    }

    /** A calendar with the team's own commerce dates (they replace the defaults). */
    public static MarketingCalendar of(ChinaCalendar china, List<CommerceDate> commerceDates) {
        return new MarketingCalendar(Checks.notNull(china, "china"), Checks.listOf(commerceDates, "commerceDates"));
    }

    /** Every date whose day lies in {@code range}, in date order. */
    public List<MarketingDate> datesIn(DateRange range) {
        Checks.notNull(range, "range");
        List<MarketingDate> out = new ArrayList<>(china.datesIn(range));
        for (int y = range.start().getYear(); y <= range.end().getYear(); y++) {
            for (CommerceDate c : commerce) {
                MarketingDate d = c.in(y);
                if (range.contains(d.date())) {
                    out.add(d);
                }
            }
        }
        out.sort(Comparator.comparing(MarketingDate::date).thenComparing(MarketingDate::kind));
        return List.copyOf(out);
    }

    /**
     * Dates whose warm-up window or span contains {@code day}: what content should be in production or
     * going out on that day. Considers dates from 92 days before to 92 days after {@code day}, so lead
     * windows and spans up to three months are seen.
     */
    public List<MarketingDate> activeOn(LocalDate day) {
        Checks.notNull(day, "day");
        return datesIn(DateRange.of(day.minusDays(92), day.plusDays(92))).stream()
                .filter(d -> d.window().contains(day)).toList();
    }
}
