package io.github.mediaops.analytics.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.planning.calendar.PlanIssue.Kind;
import io.github.mediaops.analytics.planning.calendar.PlanIssue.Severity;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final AccountRef WX = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_acme");
    static final AccountRef DY = AccountRef.of(Platform.DOUYIN, "acme");

    static PlanEntry at(String id, AccountRef a, int day, int hour, int minute, String theme) {
        return PlanEntry.planned(id, ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, SH), a, "post " + id, "li", theme);
    }

    static ContentPlan december() {
        return ContentPlan.forMonth("p12", "December", YearMonth.of(2026, 12), SH)
                .withTheme(new PlanTheme("year-end", "", List.of("年终")))
                .withTheme(new PlanTheme("christmas", "", List.of("圣诞")));
    }

    @Test
    void a_plan_that_keeps_the_rules_has_no_issues() {
        ContentPlan plan = december();
        // Douyin Mon/Wed/Fri every full week (Dec 7 .. Dec 27), WeChat once a day at most
        int[] days = {7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30};
        for (int d : days) {
            plan = plan.withEntry(at("dy" + d, DY, d, 18, 0, d == 25 ? "christmas" : "year-end"));
        }
        plan = plan.withEntry(at("wx1", WX, 1, 8, 0, "year-end"));
        List<PlanIssue> issues = PlanValidator.of(List.of(CadenceRule.WECHAT_SUBSCRIPTION, CadenceRule.DOUYIN_3_TO_5_A_WEEK))
                .validate(plan);
        assertThat(issues).isEmpty();
    }

    @Test
    void second_wechat_mass_send_on_one_day_is_an_error() {
        ContentPlan plan = december().withEntry(at("a", WX, 3, 8, 0, "year-end")).withEntry(at("b", WX, 3, 20, 0, "christmas"));
        List<PlanIssue> issues = PlanValidator.of(List.of(CadenceRule.WECHAT_SUBSCRIPTION)).validate(plan);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.OVER_POSTING_DAY);
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.entryIds()).containsExactly("a", "b");
            assertThat(i.day()).isEqualTo(LocalDate.of(2026, 12, 3));
        });
    }

    @Test
    void cancelled_entries_do_not_count() {
        ContentPlan plan = december().withEntry(at("a", WX, 3, 8, 0, "year-end"))
                .withEntry(at("b", WX, 3, 20, 0, "christmas").withStatus(EntryStatus.CANCELLED))
                .withEntry(at("c", WX, 4, 20, 0, "christmas"));
        assertThat(PlanValidator.of(List.of(CadenceRule.WECHAT_SUBSCRIPTION)).validate(plan)).isEmpty();
    }

    @Test
    void service_account_fifth_send_in_a_month_is_over_posting() {
        ContentPlan plan = december();
        for (int d = 1; d <= 5; d++) {
            plan = plan.withEntry(at("s" + d, WX, d * 5, 8, 0, d % 2 == 0 ? "christmas" : "year-end"));
        }
        List<PlanIssue> issues = PlanValidator.of(List.of(CadenceRule.WECHAT_SERVICE)).validate(plan);
        assertThat(issues).singleElement().extracting(PlanIssue::kind).isEqualTo(Kind.OVER_POSTING_MONTH);
    }

    @Test
    void weekly_limits_flag_too_many_and_too_few_in_full_weeks_only() {
        ContentPlan plan = december();
        // week of Dec 7: six posts (over 5); weeks of Dec 14, 21: none (under 3); Dec 1-6 and 28-31 are partial weeks
        for (int d = 7; d <= 12; d++) {
            plan = plan.withEntry(at("d" + d, DY, d, 18, 0, d == 7 ? "christmas" : "year-end"));
        }
        List<PlanIssue> issues = PlanValidator.of(List.of(CadenceRule.DOUYIN_3_TO_5_A_WEEK)).validate(plan);
        assertThat(issues).extracting(PlanIssue::kind, PlanIssue::day).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.OVER_POSTING_WEEK, LocalDate.of(2026, 12, 7)),
                org.assertj.core.groups.Tuple.tuple(Kind.UNDER_POSTING_WEEK, LocalDate.of(2026, 12, 14)),
                org.assertj.core.groups.Tuple.tuple(Kind.UNDER_POSTING_WEEK, LocalDate.of(2026, 12, 21)));
    }

    @Test
    void two_posts_in_one_slot_collide_and_close_posts_are_too_close() {
        ContentPlan plan = december().withEntry(at("a", DY, 7, 18, 0, "year-end"))
                .withEntry(at("b", DY, 7, 18, 20, "christmas"))   // 20 min later: collision
                .withEntry(at("c", DY, 7, 20, 0, "year-end"));     // 100 min after b: closer than 4 h
        CadenceRule rule = CadenceRule.forAccount(DY).minSpacing(Duration.ofHours(4));
        List<PlanIssue> issues = PlanValidator.of(List.of(rule)).validate(plan);
        assertThat(issues).extracting(PlanIssue::kind).containsExactly(Kind.COLLISION, Kind.TOO_CLOSE);
        assertThat(issues.get(0).entryIds()).containsExactly("a", "b");
        assertThat(issues.get(1).entryIds()).containsExactly("b", "c");
    }

    @Test
    void account_rule_overrides_platform_rule() {
        PlanValidator v = PlanValidator.of(List.of(CadenceRule.DOUYIN_3_TO_5_A_WEEK, CadenceRule.forAccount(DY).maxPerDay(2)));
        assertThat(v.ruleFor(DY).orElseThrow().maxPerDay()).isEqualTo(2);
        assertThat(v.ruleFor(AccountRef.of(Platform.DOUYIN, "other")).orElseThrow().minPerWeek()).isEqualTo(3);
        assertThat(v.ruleFor(WX)).isEmpty();
    }

    @Test
    void gaps_are_counted_from_plan_start_to_plan_end() {
        ContentPlan plan = december().withEntry(at("a", DY, 10, 18, 0, "year-end")).withEntry(at("b", DY, 20, 18, 0, "christmas"));
        List<PlanIssue> issues = PlanValidator.of(List.of(), Duration.ofMinutes(30), 7).validate(plan);
        // Dec 1-9 (9 days), Dec 11-19 (9 days), Dec 21-31 (11 days)
        assertThat(issues).extracting(PlanIssue::kind).containsOnly(Kind.GAP);
        assertThat(issues).extracting(PlanIssue::day)
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 21));
        assertThat(issues.get(2).message()).contains("11 days");
    }

    @Test
    void uncovered_themes_and_goals_are_reported() {
        ContentPlan plan = december()
                .withGoal(new KpiTarget("followers_gained", 500, DateRange.of(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 31))))
                .withEntry(at("a", DY, 10, 18, 0, "year-end"));
        List<PlanIssue> issues = PlanValidator.of(List.of()).validate(plan);
        assertThat(issues).extracting(PlanIssue::kind).containsExactly(Kind.THEME_UNCOVERED, Kind.GOAL_UNCOVERED);
        assertThat(issues.get(0).message()).contains("christmas");
    }

    @Test
    void rejects_duplicate_rules_and_non_positive_windows() {
        assertThatThrownBy(() -> PlanValidator.of(List.of(CadenceRule.WECHAT_SUBSCRIPTION, CadenceRule.WECHAT_SERVICE)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("wechat-oa:*");
        assertThatThrownBy(() -> PlanValidator.of(List.of(), Duration.ZERO, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CadenceRule.forPlatform(Platform.DOUYIN).perWeek(6, 5))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("minPerWeek");
    }

    @Test
    void entries_without_a_zone_are_rejected() {
        assertThatThrownBy(() -> new PlanEntry("x", java.time.Instant.EPOCH, null, DY, null, "t", "li", EntryStatus.PLANNED, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("zone");
        assertThatThrownBy(() -> ContentPlan.forMonth("p", "p", YearMonth.of(2026, 12), null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("zone");
    }
}
