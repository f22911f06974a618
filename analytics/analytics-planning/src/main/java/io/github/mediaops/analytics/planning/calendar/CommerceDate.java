package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A yearly commercial date on a fixed Gregorian day, as editable data: teams add their own (brand day,
 * store anniversary) and change lead windows to their practice.
 *
 * <p>The {@link #DEFAULTS} are mediaops' starting point, not platform rules; the lead days reflect common
 * warm-up practice (e.g. 618 and 双11 pre-sales start weeks ahead) and should be tuned per team.
 *
 * @param name       English name
 * @param nameZh     Chinese name
 * @param day        month and day
 * @param leadDays   days of warm-up before the date
 * @param lastingDays how many days the date lasts from {@code day}; at least 1
 */
public record CommerceDate(String name, String nameZh, MonthDay day, int leadDays, int lastingDays) {

    /** Women's Day 3·8, 520, 618, 99, 双11, 双12 and Christmas Eve/Day. */
    public static final List<CommerceDate> DEFAULTS = List.of(
            new CommerceDate("Women's Day", "三八妇女节 / 女神节", MonthDay.of(3, 8), 7, 1),
            new CommerceDate("520 Love Day", "520", MonthDay.of(5, 20), 5, 2),
            new CommerceDate("618 Shopping Festival", "618", MonthDay.of(6, 18), 18, 1),
            new CommerceDate("99 Sale", "99公益日/99大促", MonthDay.of(9, 9), 7, 1),
            new CommerceDate("Singles' Day", "双11", MonthDay.of(11, 11), 21, 1),
            new CommerceDate("Double 12", "双12", MonthDay.of(12, 12), 7, 1),
            new CommerceDate("Christmas", "圣诞节", MonthDay.of(12, 24), 10, 2));

    public CommerceDate {
        Checks.notBlank(name, "name");
        Checks.notBlank(nameZh, "nameZh");
        Checks.notNull(day, "day");
        Checks.nonNegative(leadDays, "leadDays");
        Checks.positive(lastingDays, "lastingDays");
    }

    /** This date in {@code year} (29 February becomes 28 February in common years). */
    public MarketingDate in(int year) {
        LocalDate d = day.atYear(year);
        return new MarketingDate(name, nameZh, MarketingKind.COMMERCE, d, DateRange.of(d, d.plusDays(lastingDays - 1L)),
                leadDays);
    }
}
