package io.github.mediaops.analytics.planning.calendar;

import com.tyme.festival.LunarFestival;
import com.tyme.holiday.LegalHoliday;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Chinese calendar facts a content team plans around: statutory holidays with their make-up
 * working days (调休), traditional festivals and the 24 solar terms.
 *
 * <p>Backed by the maintained <a href="https://github.com/6tail/tyme4j">tyme4j</a> library
 * (cn.6tail:tyme4j): lunar dates and solar terms are computed astronomically for any year; holiday
 * schedules are data published yearly by the State Council General Office, so only the years the
 * library version carries are known (tyme4j 1.4.9 carries up to 2026). {@link #isWorkingDay} refuses
 * a year it has no schedule for rather than guessing Monday-to-Friday; {@link #hasScheduleFor} tells.
 *
 * <p>Instances are immutable; festival lead days are defaults that a team can replace with
 * {@link #withFestivalLeads}.
 */
public final class ChinaCalendar implements WorkingDays {

    private static final Map<String, String> HOLIDAY_EN = Map.of("元旦", "New Year's Day", "春节", "Spring Festival",
            "清明节", "Qingming Festival", "劳动节", "Labour Day", "端午节", "Dragon Boat Festival", "中秋节",
            "Mid-Autumn Festival", "国庆节", "National Day", "国庆中秋", "National Day and Mid-Autumn Festival",
            "抗战胜利日", "Victory Day");
    private static final Map<String, String> FESTIVAL_EN = Map.ofEntries(Map.entry("春节", "Spring Festival"),
            Map.entry("元宵节", "Lantern Festival"), Map.entry("龙头节", "Dragon Head Raising Day"),
            Map.entry("上巳节", "Shangsi Festival"), Map.entry("清明节", "Qingming Festival"),
            Map.entry("端午节", "Dragon Boat Festival"), Map.entry("七夕节", "Qixi Festival"),
            Map.entry("中元节", "Zhongyuan Festival"), Map.entry("中秋节", "Mid-Autumn Festival"),
            Map.entry("重阳节", "Double Ninth Festival"), Map.entry("冬至节", "Winter Solstice Festival"),
            Map.entry("腊八节", "Laba Festival"), Map.entry("除夕", "Chinese New Year's Eve"));
    private static final String[] TERM_EN = {"Winter Solstice", "Minor Cold", "Major Cold", "Start of Spring",
            "Rain Water", "Awakening of Insects", "Spring Equinox", "Pure Brightness", "Grain Rain", "Start of Summer",
            "Grain Buds", "Grain in Ear", "Summer Solstice", "Minor Heat", "Major Heat", "Start of Autumn",
            "End of Heat", "White Dew", "Autumn Equinox", "Cold Dew", "Frost's Descent", "Start of Winter",
            "Minor Snow", "Major Snow"};

    /** Default warm-up days per festival (Chinese name as key); 3 for festivals not listed. */
    public static final Map<String, Integer> DEFAULT_FESTIVAL_LEADS = Map.of("春节", 21, "除夕", 14, "元宵节", 5,
            "端午节", 10, "七夕节", 10, "中秋节", 14, "重阳节", 5, "腊八节", 3);
    /** Default warm-up days before a statutory holiday period (travel, gifting content). */
    public static final int DEFAULT_HOLIDAY_LEAD = 14;
    /** Default warm-up days before a solar term. */
    public static final int DEFAULT_TERM_LEAD = 2;

    private final Map<String, Integer> festivalLeads;

    private ChinaCalendar(Map<String, Integer> festivalLeads) {
        this.festivalLeads = festivalLeads;
    }

    /** The calendar with the default lead days. */
    public static ChinaCalendar standard() {
        return new ChinaCalendar(DEFAULT_FESTIVAL_LEADS);
    }

    /** A calendar whose festival lead days are {@code leads} (Chinese festival name → days), others 3. */
    public ChinaCalendar withFestivalLeads(Map<String, Integer> leads) {
        Map<String, Integer> copy = Checks.mapOf(leads, "leads");
        copy.forEach((k, v) -> {
            if (!FESTIVAL_EN.containsKey(k)) {
                throw new InvalidValueException("leads", "unknown festival " + Checks.show(k) + "; known: " + FESTIVAL_EN.keySet());
            }
            Checks.nonNegative(v, "leads[" + k + "]");
        });
        return new ChinaCalendar(copy);
    }

    /** Whether the library carries the State Council holiday schedule for {@code year}. */
    public boolean hasScheduleFor(int year) {
        // Every published schedule gives 1 January (元旦) off, so its presence marks a published year.
        return year >= 1 && year <= 9999 && SolarDay.fromYmd(year, 1, 1).getLegalHoliday() != null;
    }

    /**
     * Whether {@code day} is a working day: holidays are off, make-up days (调休, often a Saturday or
     * Sunday) are working, other days follow Monday to Friday.
     *
     * @throws InvalidValueException if the year has no published schedule in the library
     */
    @Override
    public boolean isWorkingDay(LocalDate day) {
        Checks.notNull(day, "day");
        if (!hasScheduleFor(day.getYear())) {
            throw new InvalidValueException("day", "no State Council holiday schedule for " + day.getYear()
                    + " in tyme4j; cannot tell whether " + day + " is a working day");
        }
        LegalHoliday h = SolarDay.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth()).getLegalHoliday();
        if (h != null) {
            return h.isWork();
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The statutory holiday periods whose days fall in {@code year}, in date order; empty if unknown.
     * Days are grouped by holiday name into periods (days of one name more than three weeks apart
     * belong to different periods); the festival day is the earliest target day the schedule names.
     */
    public List<HolidayPeriod> holidays(int year) {
        Map<String, List<LegalHoliday>> byName = new LinkedHashMap<>();
        for (LegalHoliday h : holidayDays(year)) {
            byName.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h);
        }
        List<HolidayPeriod> out = new ArrayList<>();
        for (List<LegalHoliday> days : byName.values()) {
            List<LegalHoliday> cluster = new ArrayList<>();
            for (LegalHoliday h : days) {
                if (!cluster.isEmpty() && date(h.getDay()).isAfter(date(cluster.get(cluster.size() - 1).getDay()).plusDays(21))) {
                    period(cluster).ifPresent(out::add);
                    cluster = new ArrayList<>();
                }
                cluster.add(h);
            }
            period(cluster).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(p -> p.daysOff().start()));
        return List.copyOf(out);
    }

    private static java.util.Optional<HolidayPeriod> period(List<LegalHoliday> days) {
        List<LocalDate> off = new ArrayList<>();
        List<LocalDate> work = new ArrayList<>();
        LocalDate festival = null;
        for (LegalHoliday h : days) {
            (h.isWork() ? work : off).add(date(h.getDay()));
            LocalDate target = date(h.getTarget());
            festival = festival == null || target.isBefore(festival) ? target : festival;
        }
        if (off.isEmpty()) {
            return java.util.Optional.empty();
        }
        String zh = days.get(0).getName();
        return java.util.Optional.of(new HolidayPeriod(HOLIDAY_EN.getOrDefault(zh, zh), zh, festival,
                DateRange.of(off.get(0), off.get(off.size() - 1)), off, work));
    }

    /** Statutory holidays, festivals and solar terms whose day lies in {@code range}, in date order. */
    public List<MarketingDate> datesIn(DateRange range) {
        Checks.notNull(range, "range");
        List<MarketingDate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int y = range.start().getYear() - 1; y <= range.end().getYear() + 1; y++) {
            for (HolidayPeriod p : holidays(y)) {
                if (range.contains(p.daysOff().start()) && seen.add("H" + p.nameZh() + p.daysOff())) {
                    out.add(new MarketingDate(p.name(), p.nameZh(), MarketingKind.STATUTORY_HOLIDAY, p.festival(),
                            p.daysOff(), DEFAULT_HOLIDAY_LEAD));
                }
            }
            for (int i = 0; i < LunarFestival.NAMES.length; i++) {
                LunarFestival f = LunarFestival.fromIndex(y, i);
                LocalDate d = date(f.getDay().getSolarDay());
                if (range.contains(d) && seen.add("F" + f.getName() + d)) {
                    out.add(new MarketingDate(FESTIVAL_EN.get(f.getName()), f.getName(), MarketingKind.TRADITIONAL_FESTIVAL,
                            d, DateRange.day(d), festivalLeads.getOrDefault(f.getName(), 3)));
                }
            }
            for (int i = 0; i < SolarTerm.NAMES.length; i++) {
                SolarTerm t = SolarTerm.fromIndex(y, i);
                LocalDate d = date(t.getSolarDay());
                if (range.contains(d) && seen.add("T" + t.getName() + d)) {
                    out.add(new MarketingDate(TERM_EN[i], t.getName(), MarketingKind.SOLAR_TERM, d, DateRange.day(d),
                            DEFAULT_TERM_LEAD));
                }
            }
        }
        out.sort(Comparator.comparing(MarketingDate::date).thenComparing(MarketingDate::kind));
        return List.copyOf(out);
    }

    /** The Gregorian date of a traditional festival (Chinese name, e.g. "中秋节") in lunar year {@code year}. */
    public LocalDate festival(String nameZh, int year) {
        Checks.notBlank(nameZh, "nameZh");
        for (int i = 0; i < LunarFestival.NAMES.length; i++) {
            if (LunarFestival.NAMES[i].equals(nameZh)) {
                return date(LunarFestival.fromIndex(year, i).getDay().getSolarDay());
            }
        }
        throw new InvalidValueException("nameZh", "unknown festival " + Checks.show(nameZh) + "; known: " + FESTIVAL_EN.keySet());
    }

    private static List<LegalHoliday> holidayDays(int year) {
        List<LegalHoliday> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            LegalHoliday h = SolarDay.fromYmd(year, d.getMonthValue(), d.getDayOfMonth()).getLegalHoliday();
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    private static LocalDate date(SolarDay d) {
        return LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
    }
}
