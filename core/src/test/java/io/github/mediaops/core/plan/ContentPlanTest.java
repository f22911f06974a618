package io.github.mediaops.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentPlanTest {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    private static final AccountRef DOUYIN = AccountRef.of(Platform.DOUYIN, "brand");

    private static ContentPlan december() {
        return ContentPlan.forMonth("plan-2026-12", "十二月内容计划", YearMonth.of(2026, 12), SH)
                .withTheme(new PlanTheme("双12", "年终大促", List.of("双12", "年终")))
                .withGoal(new KpiTarget("views", 500_000, DateRange.monthOf(LocalDate.of(2026, 12, 1))));
    }

    @Test
    void keeps_entries_sorted_and_finds_them_by_local_day() {
        ContentPlan plan = december()
                .withEntry(PlanEntry.planned("e2", ZonedDateTime.of(2026, 12, 12, 20, 0, 0, 0, SH), DOUYIN, "双12 直播预告", "bob", "双12"))
                .withEntry(PlanEntry.planned("e1", ZonedDateTime.of(2026, 12, 1, 0, 30, 0, 0, SH), DOUYIN, "月初开篇", "alice", null));
        assertThat(plan.entries()).extracting(PlanEntry::id).containsExactly("e1", "e2");
        assertThat(plan.entriesOn(LocalDate.of(2026, 12, 1))).extracting(PlanEntry::id).containsExactly("e1");
        assertThat(plan.entries().get(0).localTime().getHour()).isZero();
        PlanEntry ready = plan.entries().get(1).withContent("c-77").withStatus(EntryStatus.READY);
        assertThat(ready.content()).hasValue("c-77");
        Json.assertRoundTrip(plan);
    }

    @Test
    void judges_the_period_in_the_plan_zone() {
        // 2026-12-01T00:30 in Shanghai is 2026-11-30T16:30Z: inside a Shanghai plan for December.
        ZonedDateTime earlyDecSh = ZonedDateTime.of(2026, 12, 1, 0, 30, 0, 0, SH);
        ContentPlan ok = december().withEntry(PlanEntry.planned("e", earlyDecSh, DOUYIN, "t", "o", null));
        assertThat(ok.entries()).hasSize(1);
        // 2026-11-30T23:30 Shanghai is outside.
        assertThatThrownBy(() -> december().withEntry(PlanEntry.planned("e",
                ZonedDateTime.of(2026, 11, 30, 23, 30, 0, 0, SH), DOUYIN, "t", "o", null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("outside").hasMessageContaining("2026-11-30");
    }

    @Test
    void rejects_duplicate_ids_unknown_themes_and_duplicate_theme_names() {
        ZonedDateTime t = ZonedDateTime.of(2026, 12, 5, 12, 0, 0, 0, SH);
        ContentPlan withOne = december().withEntry(PlanEntry.planned("e", t, DOUYIN, "t", "o", null));
        assertThatThrownBy(() -> withOne.withEntry(PlanEntry.planned("e", t.plusHours(1), DOUYIN, "t", "o", null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("duplicate entry id");
        assertThatThrownBy(() -> december().withEntry(PlanEntry.planned("x", t, DOUYIN, "t", "o", "圣诞")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("圣诞");
        assertThatThrownBy(() -> december().withTheme(new PlanTheme("双12", "", List.of())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("duplicate theme");
        assertThatThrownBy(() -> december().withGoal(new KpiTarget("views", 1, DateRange.day(LocalDate.of(2027, 1, 1)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("outside");
    }

    @Test
    void quarter_plans_cover_the_quarter() {
        assertThat(ContentPlan.forQuarter("q", "Q4", LocalDate.of(2026, 11, 28), SH).period())
                .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    }
}
