package io.github.mediaops.analytics.planning.calendar;

import static io.github.mediaops.analytics.planning.calendar.PlanValidatorTest.DY;
import static io.github.mediaops.analytics.planning.calendar.PlanValidatorTest.SH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCalendarTest {
    private static ContentPlan month(int m) {
        return ContentPlan.forMonth("m" + m, "month " + m, YearMonth.of(2026, m), SH);
    }

    @Test
    void combines_consecutive_months_into_a_quarter_and_checks_weeks_across_the_boundary() {
        // Week of Mon 2026-11-30 spans November and December: 3 posts in Nov plan + 3 in Dec plan = 6 > 5
        ContentPlan nov = month(11);
        ContentPlan dec = month(12);
        for (int h = 0; h < 3; h++) {
            nov = nov.withEntry(PlanEntry.planned("n" + h, ZonedDateTime.of(2026, 11, 30, 8 + 5 * h, 0, 0, 0, SH), DY, "t", "li", null));
            dec = dec.withEntry(PlanEntry.planned("d" + h, ZonedDateTime.of(2026, 12, 1, 8 + 5 * h, 0, 0, 0, SH), DY, "t", "li", null));
        }
        ContentPlan q = ContentCalendar.combine(List.of(dec, month(10), nov)).id("q4").name("Q4");
        assertThat(q.period()).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(q.entries()).hasSize(6);
        List<PlanIssue> issues = PlanValidator.of(List.of(CadenceRule.forAccount(DY).perWeek(0, 5))).validate(q);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(PlanIssue.Kind.OVER_POSTING_WEEK);
            assertThat(i.day()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
    }

    @Test
    void rejects_overlapping_plan_periods() {
        ContentPlan quarter = ContentPlan.forQuarter("q", "Q4", LocalDate.of(2026, 10, 1), SH);
        assertThatThrownBy(() -> ContentCalendar.combine(List.of(quarter, month(12))).id("x").name("x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("overlap");
    }

    @Test
    void rejects_holes_zones_and_conflicting_themes() {
        assertThatThrownBy(() -> ContentCalendar.combine(List.of(month(10), month(12))).id("x").name("x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("hole");
        ContentPlan utcNov = ContentPlan.forMonth("u", "u", YearMonth.of(2026, 11), ZoneId.of("UTC"));
        assertThatThrownBy(() -> ContentCalendar.combine(List.of(month(10), utcNov)).id("x").name("x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("zone");
        ContentPlan a = month(10).withTheme(new PlanTheme("launch", "a", List.of()));
        ContentPlan b = month(11).withTheme(new PlanTheme("launch", "b", List.of()));
        assertThatThrownBy(() -> ContentCalendar.combine(List.of(a, b)).id("x").name("x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("launch");
        assertThatThrownBy(() -> ContentCalendar.combine(List.of()).id("x").name("x")).isInstanceOf(InvalidValueException.class);
    }
}
