package io.github.mediaops.analytics.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChinaCalendarTest {
    private final ChinaCalendar cal = ChinaCalendar.standard();

    @Test
    void festivals_match_the_official_calendar_2025_to_2027() {
        // Hand-checked against the published calendar (State Council notices, Hong Kong Observatory tables).
        assertThat(cal.festival("春节", 2025)).isEqualTo("2025-01-29");
        assertThat(cal.festival("春节", 2026)).isEqualTo("2026-02-17");
        assertThat(cal.festival("春节", 2027)).isEqualTo("2027-02-06");
        assertThat(cal.festival("中秋节", 2025)).isEqualTo("2025-10-06");
        assertThat(cal.festival("中秋节", 2026)).isEqualTo("2026-09-25");
        assertThat(cal.festival("中秋节", 2027)).isEqualTo("2027-09-15");
        assertThat(cal.festival("端午节", 2025)).isEqualTo("2025-05-31");
        assertThat(cal.festival("端午节", 2026)).isEqualTo("2026-06-19");
        assertThat(cal.festival("端午节", 2027)).isEqualTo("2027-06-09");
    }

    @Test
    void festivals_agree_with_an_independent_lunar_table() throws IOException {
        // golden/lunar_festivals.csv comes from src/test/python/lunar_festivals.py (python3-lunardate)
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream("/golden/lunar_festivals.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        assertThat(rows).hasSize(30);
        for (String row : rows) {
            String[] f = row.split(",");
            assertThat(cal.festival(f[0], Integer.parseInt(f[1]))).as(row).isEqualTo(LocalDate.parse(f[2]));
        }
    }

    @Test
    void spring_festival_2026_holiday_has_nine_days_off_and_two_make_up_saturdays() {
        HolidayPeriod spring = cal.holidays(2026).stream().filter(h -> h.nameZh().equals("春节")).findFirst().orElseThrow();
        // 国办发明电〔2025〕7号: 2月15日至23日放假调休，共9天；2月14日（周六）、2月28日（周六）上班
        assertThat(spring.daysOff()).isEqualTo(DateRange.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)));
        assertThat(spring.offDays()).hasSize(9);
        assertThat(spring.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
        assertThat(spring.festival()).isEqualTo("2026-02-17");
    }

    @Test
    void the_2026_schedule_has_seven_periods_with_national_day_make_up_days() {
        List<HolidayPeriod> h = cal.holidays(2026);
        assertThat(h).extracting(HolidayPeriod::nameZh)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        HolidayPeriod national = h.get(6);
        assertThat(national.daysOff()).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
        assertThat(national.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    }

    @Test
    void the_2025_schedule_groups_each_holiday_into_one_period() {
        // 国办发明电〔2024〕12号: 春节 1月28日至2月4日，1月26日（周日）、2月8日（周六）上班；
        // 劳动节 5月1日至5日，4月27日（周日）上班；国庆中秋 10月1日至8日，9月28日（周日）、10月11日（周六）上班
        List<HolidayPeriod> h = cal.holidays(2025);
        assertThat(h).extracting(HolidayPeriod::nameZh)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "国庆中秋");
        assertThat(h.get(1).daysOff()).isEqualTo(DateRange.of(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4)));
        assertThat(h.get(1).offDays()).hasSize(8);
        assertThat(h.get(1).makeUpWorkdays()).containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8));
        assertThat(h.get(1).festival()).isEqualTo("2025-01-29");
        assertThat(h.get(3).makeUpWorkdays()).containsExactly(LocalDate.of(2025, 4, 27));
        assertThat(h.get(5).daysOff()).isEqualTo(DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)));
        assertThat(h.get(5).makeUpWorkdays()).containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
    }

    @Test
    void make_up_saturday_is_a_working_day_and_holiday_weekday_is_not() {
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();   // Saturday, 调休
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();   // Monday, National Day
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();  // ordinary Sunday
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();   // ordinary Monday
    }

    @Test
    void refuses_to_guess_working_days_for_a_year_without_a_published_schedule() {
        assertThat(cal.hasScheduleFor(2026)).isTrue();
        assertThat(cal.hasScheduleFor(2030)).isFalse();
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2030, 3, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2030");
    }

    @Test
    void solar_terms_of_2026_include_start_of_spring_and_winter_solstice() {
        List<MarketingDate> terms = cal.datesIn(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .stream().filter(d -> d.kind() == MarketingKind.SOLAR_TERM).toList();
        assertThat(terms).hasSize(24);
        assertThat(terms).filteredOn(t -> t.nameZh().equals("立春")).singleElement()
                .extracting(MarketingDate::date).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(terms).filteredOn(t -> t.nameZh().equals("冬至")).singleElement()
                .extracting(MarketingDate::date).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    void marketing_calendar_adds_commerce_dates_with_lead_windows() {
        MarketingCalendar m = MarketingCalendar.china();
        List<MarketingDate> nov = m.datesIn(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        MarketingDate d11 = nov.stream().filter(d -> d.nameZh().equals("双11")).findFirst().orElseThrow();
        assertThat(d11.kind()).isEqualTo(MarketingKind.COMMERCE);
        assertThat(d11.warmUpStart()).isEqualTo(LocalDate.of(2026, 10, 21));
        assertThat(m.activeOn(LocalDate.of(2026, 10, 25))).extracting(MarketingDate::nameZh).contains("双11");
        assertThat(m.activeOn(LocalDate.of(2026, 10, 25))).extracting(MarketingDate::nameZh).doesNotContain("双12");
    }

    @Test
    void commerce_dates_are_editable_data() {
        MarketingCalendar m = MarketingCalendar.of(ChinaCalendar.standard(),
                List.of(CommerceDate.builder().name("Brand Day").nameZh("品牌日").day(java.time.MonthDay.of(8, 8)).leadDays(10).lastingDays(3).build()));
        List<MarketingDate> aug = m.datesIn(DateRange.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)));
        assertThat(aug).extracting(MarketingDate::nameZh).contains("品牌日", "七夕节").doesNotContain("双11");
        MarketingDate brand = aug.stream().filter(d -> d.nameZh().equals("品牌日")).findFirst().orElseThrow();
        assertThat(brand.span()).isEqualTo(DateRange.of(LocalDate.of(2026, 8, 8), LocalDate.of(2026, 8, 10)));
    }

    @Test
    void festival_leads_can_be_replaced_but_not_for_unknown_festivals() {
        ChinaCalendar c = cal.withFestivalLeads(Map.of("中秋节", 30));
        MarketingDate mid = c.datesIn(DateRange.day(LocalDate.of(2026, 9, 25))).stream()
                .filter(d -> d.kind() == MarketingKind.TRADITIONAL_FESTIVAL).findFirst().orElseThrow();
        assertThat(mid.leadDays()).isEqualTo(30);
        assertThatThrownBy(() -> cal.withFestivalLeads(Map.of("万圣节", 3))).isInstanceOf(InvalidValueException.class);
    }
}
