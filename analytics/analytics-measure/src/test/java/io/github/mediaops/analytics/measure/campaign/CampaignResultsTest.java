package io.github.mediaops.analytics.measure.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.measure.nps.PromoterCounts;
import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.campaign.CampaignType;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A three-day Douyin campaign whose every number is worked out by hand in the comments: the engine must
 * take what a host already has (the campaign, connector snapshots, lead events, revenue, survey counts)
 * and produce the goal-vs-actual lines without re-keyed numbers.
 */
class CampaignResultsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-11-05T01:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-06T01:00:00Z");
    private static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3));
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.DOUYIN, "dy_1");

    private static LocalDate nov(int d) {
        return LocalDate.of(2026, 11, d);
    }

    private static ContentMetrics douyin(String post, int day, Instant asOf, long views, long likes, long comments,
                                         long shares, long saves) {
        return ContentMetrics.daily(Platform.DOUYIN, post, nov(day), SHANGHAI, asOf).with(Metric.VIEWS, views)
                .with(Metric.LIKES, likes).with(Metric.COMMENTS, comments).with(Metric.SHARES, shares)
                .with(Metric.SAVES, saves);
    }

    private static AudienceMetrics day(int d, long total, long gained, long lost) {
        return AudienceMetrics.of(ACCOUNT, nov(d), SHANGHAI, T0).with(AudienceMetric.FOLLOWERS_TOTAL, total)
                .with(AudienceMetric.NEW_FOLLOWERS, gained).with(AudienceMetric.LOST_FOLLOWERS, lost);
    }

    private static Campaign campaign(KpiTarget... goals) {
        Campaign.Builder b = Campaign.builder("d11", "Double 11 on Douyin", CampaignType.KOL_COLLABORATION).period(PERIOD)
                .channel(Platform.DOUYIN).budget(Money.cny("10000")).spend(Money.cny("10500"));
        for (KpiTarget g : goals) {
            b.goal(g);
        }
        return b.build();
    }

    private static final List<ContentMetrics> CONTENT = List.of(
            douyin("d1", 1, T0, 1000, 50, 10, 5, 5),
            douyin("d1", 1, T1, 1200, 60, 10, 5, 5),      // T+1 correction of Nov 1: replaces the first reading
            douyin("d1", 2, T0, 800, 30, 6, 2, 2),
            douyin("d2", 3, T0, 500, 20, 5, 3, 2),
            douyin("d2", 4, T0, 7777, 1, 1, 1, 1),        // after the period: ignored
            ContentMetrics.daily(Platform.WECHAT_OFFICIAL_ACCOUNT, "w1", nov(2), SHANGHAI, T0)
                    .with(Metric.VIEWS, 9999),               // not a channel of the campaign: ignored
            ContentMetrics.lifetime(Platform.DOUYIN, "d1", nov(3), SHANGHAI, T0)
                    .with(Metric.VIEWS, 88888));             // lifetime, not daily: ignored
    // views 1200 + 800 + 500 = 2500; engagement (60+10+5+5) + (30+6+2+2) + (20+5+3+2) = 80 + 40 + 30 = 150

    private static final List<AudienceMetrics> AUDIENCE = List.of(day(1, 50_090, 100, 10), day(2, 50_150, 80, 20),
            day(3, 50_200, 60, 10));
    // gained 240, lost 40, net 200; start = 50,090 - (100 - 10) = 50,000; rate 200 / 50,000 = 0.004

    private static final List<LeadEvent> LEADS = List.of(
            new LeadEvent("L1", LeadAction.FOLLOW, Instant.parse("2026-11-01T02:00:00Z"), "c=d11"),
            new LeadEvent("L1", LeadAction.ADD_CONTACT, Instant.parse("2026-11-02T02:00:00Z"), "c=d11"),
            new LeadEvent("L2", LeadAction.SIGN_UP, Instant.parse("2026-11-03T15:00:00Z"), "c=d11"),   // 23:00 in Shanghai
            new LeadEvent("L3", LeadAction.FOLLOW, Instant.parse("2026-11-03T16:30:00Z"), "c=d11"));   // Nov 4, 00:30: out
    // distinct leads in the period: L1, L2 = 2

    private static CampaignResults results(Campaign c) {
        return CampaignResults.builder(c, SHANGHAI).content(CONTENT).audience(AUDIENCE).leads(LEADS)
                .revenue(Money.cny("31500"))                                        // ROAS 31,500 / 10,500 = 3.0
                .survey(PromoterCounts.promoters(50).passives(30).detractors(20))   // NPS 100 x (50 - 20) / 100 = 30
                .measured("search_rank", 2)
                .build();
    }

    @Test
    void every_goal_line_matches_the_hand_computed_value() {
        Campaign c = campaign(
                new KpiTarget("views", 3000, PERIOD),
                new KpiTarget("engagement_rate", 0.05, PERIOD),
                new KpiTarget("follower_growth", 150, PERIOD),
                new KpiTarget("follower_growth_rate", 0.005, PERIOD),
                new KpiTarget("private_traffic_leads", 3, PERIOD),
                new KpiTarget("roas", 2.5, PERIOD),
                new KpiTarget("roi", 2.0, PERIOD),
                new KpiTarget("gmv", 30000, PERIOD),
                new KpiTarget("nps", 40, PERIOD),
                new KpiTarget("search_rank", 3, PERIOD),
                new KpiTarget("click_through_rate", 0.02, PERIOD),
                new KpiTarget("views", 1000, DateRange.day(nov(1))),
                new KpiTarget("roas", 2.5, DateRange.of(nov(1), nov(2))));
        List<GoalResult> g = results(c).goals();
        assertThat(g).hasSize(13);
        line(g.get(0), 2500, GoalResult.Status.MISSED, -500);
        assertThat(g.get(0).relativeVariance().getAsDouble()).isCloseTo(-500.0 / 3000, within(1e-12));
        line(g.get(1), 150.0 / 2500, GoalResult.Status.MET, 150.0 / 2500 - 0.05);
        assertThat(g.get(1).actual().orElseThrow().basis()).contains("(likes + comments + shares + saves) / views = 150 / 2500");
        line(g.get(2), 200, GoalResult.Status.MET, 50);
        line(g.get(3), 200.0 / 50_000, GoalResult.Status.MISSED, 200.0 / 50_000 - 0.005);
        line(g.get(4), 2, GoalResult.Status.MISSED, -1);
        line(g.get(5), 3.0, GoalResult.Status.MET, 0.5);
        line(g.get(6), 2.0, GoalResult.Status.MET, 0.0);                 // (31,500 - 10,500) / 10,500 = 2.0: met exactly
        line(g.get(7), 31_500, GoalResult.Status.MET, 1500);
        line(g.get(8), 30, GoalResult.Status.MISSED, -10);
        line(g.get(9), 2, GoalResult.Status.MET, -1);                    // rank 2 vs 3: lower is better
        assertThat(g.get(10).status()).isEqualTo(GoalResult.Status.NOT_MEASURED);
        assertThat(g.get(10).reason().orElseThrow()).contains("clicks or impressions");
        assertThat(g.get(10).variance()).isEmpty();
        line(g.get(11), 1200, GoalResult.Status.MET, 200);               // Nov 1 only, after the T+1 correction
        assertThat(g.get(12).status()).isEqualTo(GoalResult.Status.NOT_MEASURED);
        assertThat(g.get(12).reason().orElseThrow()).contains("whole campaign only");
    }

    private static void line(GoalResult r, double actual, GoalResult.Status status, double variance) {
        assertThat(r.actual().orElseThrow().value()).as(r.kpi().id()).isCloseTo(actual, within(1e-12));
        assertThat(r.status()).as(r.kpi().id()).isEqualTo(status);
        assertThat(r.variance().getAsDouble()).as(r.kpi().id()).isCloseTo(variance, within(1e-9));
    }

    @Test
    void spend_beyond_the_budget_is_reported_as_overspend_not_a_negative_remainder() {
        CampaignResults r = results(campaign());
        assertThat(r.spend().overspent()).isTrue();
        assertThat(r.spend().overspend()).isEqualTo(Money.cny("500"));
        assertThat(r.spend().remaining()).isEqualTo(Money.cny("0"));
        assertThat(r.spend().budgetUsed().getAsDouble()).isCloseTo(1.05, within(1e-12));
        assertThat(r.spend().overspend().amount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> new CampaignSpend(Money.cny("10500"), Money.cny("10000"), Money.cny("0"), Money.cny("500")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("do not match");
    }

    @Test
    void leads_count_once_per_lead_in_the_reporting_zone() {
        CampaignResults r = results(campaign());
        assertThat(r.leads()).isEqualTo(2);
        assertThat(r.leadsByAction()).isEqualTo(Map.of(LeadAction.FOLLOW, 1L, LeadAction.ADD_CONTACT, 1L,
                LeadAction.SIGN_UP, 1L));
    }

    @Test
    void a_platform_without_likes_gets_its_rate_over_the_actions_it_reports_and_says_so() {
        Campaign c = Campaign.builder("w", "WeChat", CampaignType.TOPIC_INTERACTION).period(PERIOD)
                .channel(Platform.WECHAT_OFFICIAL_ACCOUNT).budget(Money.cny("100")).build();
        ContentMetrics w = ContentMetrics.daily(Platform.WECHAT_OFFICIAL_ACCOUNT, "w1", nov(2), SHANGHAI, T0)
                .with(Metric.VIEWS, 400).with(Metric.SHARES, 12).with(Metric.SAVES, 8);
        CampaignResults r = CampaignResults.builder(c, SHANGHAI).content(List.of(w)).build();
        KpiActual er = r.actual("engagement_rate").orElseThrow();
        assertThat(er.value()).isEqualTo(20.0 / 400);
        assertThat(er.basis()).startsWith("(shares + saves) / views = 20 / 400");
        assertThat(r.whyNotMeasured("completion_rate").orElseThrow()).contains("completion_rate reported by 0 of 1");
        assertThat(r.whyNotMeasured("roas").orElseThrow()).isEqualTo("no revenue supplied");
        assertThat(r.whyNotMeasured("views")).isEmpty();
    }

    @Test
    void a_missing_audience_day_is_refused_rather_than_undercounted() {
        CampaignResults.Builder b = CampaignResults.builder(campaign(), SHANGHAI).audience(List.of(AUDIENCE.get(0), AUDIENCE.get(2)));
        assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("2026-11-02 is missing");
    }

    @Test
    void unknown_kpis_are_named_all_at_once_and_computed_kpis_cannot_be_typed_in() {
        Campaign c = campaign(new KpiTarget("reach_rate", 0.1, PERIOD), new KpiTarget("watch_hours", 10, PERIOD));
        assertThatThrownBy(() -> CampaignResults.builder(c, SHANGHAI).measured("brand_lift", 0.1).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reach_rate, watch_hours, brand_lift");
        assertThatThrownBy(() -> CampaignResults.builder(campaign(), SHANGHAI).measured("views", 2500))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("views is computed");
        assertThatThrownBy(() -> CampaignResults.builder(campaign(), SHANGHAI).revenue(Money.of("10", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
