package io.github.mediaops.analytics.measure.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentKpisTest {
    static final ZoneId Z = ZoneId.of("Asia/Shanghai");
    static final Instant AT = Instant.parse("2026-11-04T02:00:00Z");

    static ContentMetrics wechatDay() {
        // WeChat reports reads, shares, saves and comments but no daily likes.
        return ContentMetrics.daily(Platform.WECHAT_OFFICIAL_ACCOUNT, "a1", LocalDate.of(2026, 11, 3), Z, AT)
                .with(Metric.VIEWS, 2000).with(Metric.SHARES, 60).with(Metric.SAVES, 40).with(Metric.COMMENTS, 20)
                .with(Metric.REACH, 1500);
    }

    @Test
    void engagement_rate_is_absent_when_an_action_is_not_reported_never_zero() {
        ContentKpis k = ContentKpis.of(MetricTotals.of(wechatDay()));
        assertThat(k.engagementRate(Denominator.VIEWS)).isEmpty();
        Ratio r = k.engagementRate(Set.of(Metric.SHARES, Metric.SAVES, Metric.COMMENTS), Denominator.VIEWS).orElseThrow();
        assertThat(r.numerator()).isEqualTo(120);
        assertThat(r.denominator()).isEqualTo(2000);
        assertThat(r.basis()).isEqualTo("views");
        assertThat(r.value()).isEqualTo(0.06);
    }

    @Test
    void the_same_engagement_per_reach_and_per_follower_names_its_base() {
        ContentKpis k = ContentKpis.of(MetricTotals.of(wechatDay())).withFollowers(40_000);
        Set<Metric> actions = Set.of(Metric.SHARES, Metric.SAVES, Metric.COMMENTS);
        assertThat(k.engagementRate(actions, Denominator.REACH).orElseThrow().value()).isEqualTo(120 / 1500.0);
        Ratio perFollower = k.engagementRate(actions, Denominator.FOLLOWERS).orElseThrow();
        assertThat(perFollower.basis()).isEqualTo("followers");
        assertThat(perFollower.value()).isEqualTo(0.003);
        assertThat(k.readRate(Denominator.FOLLOWERS).orElseThrow().value()).isEqualTo(0.05);
    }

    @Test
    void per_follower_rates_are_absent_without_a_follower_count() {
        assertThat(ContentKpis.of(MetricTotals.of(wechatDay())).readRate(Denominator.FOLLOWERS)).isEmpty();
    }

    @Test
    void zero_denominator_gives_no_rate() {
        ContentMetrics none = ContentMetrics.daily(Platform.DOUYIN, "x", LocalDate.of(2026, 11, 3), Z, AT)
                .with(Metric.IMPRESSIONS, 0).with(Metric.CLICKS, 0);
        assertThat(ContentKpis.of(MetricTotals.of(none)).clickThroughRate()).isEmpty();
    }

    @Test
    void read_rate_per_views_is_rejected() {
        assertThatThrownBy(() -> ContentKpis.of(MetricTotals.of(wechatDay())).readRate(Denominator.VIEWS))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("read rate");
    }

    @Test
    void empty_totals_report_nothing() {
        assertThat(MetricTotals.empty().count(Metric.VIEWS)).isEmpty();
        assertThat(MetricTotals.of(List.of()).snapshots()).isZero();
    }

    static AudienceMetrics day(int d, long total, long gained, long lost, Instant asOf) {
        return AudienceMetrics.of(AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_1"), LocalDate.of(2026, 11, d), Z, asOf)
                .with(AudienceMetric.FOLLOWERS_TOTAL, total).with(AudienceMetric.NEW_FOLLOWERS, gained)
                .with(AudienceMetric.LOST_FOLLOWERS, lost);
    }

    @Test
    void follower_growth_net_gross_and_churn() {
        FollowerGrowth g = FollowerGrowth.of(List.of(day(1, 10_050, 80, 30, AT), day(2, 10_100, 90, 40, AT),
                day(3, 10_120, 50, 30, AT)));
        assertThat(g.start()).hasValue(10_000);
        assertThat(g.gained()).hasValue(220);
        assertThat(g.lost()).hasValue(100);
        assertThat(g.net()).hasValue(120);
        assertThat(g.netGrowthRate().getAsDouble()).isEqualTo(0.012);
        assertThat(g.grossGrowthRate().getAsDouble()).isEqualTo(0.022);
        assertThat(g.churnRate().getAsDouble()).isEqualTo(0.01);
    }

    @Test
    void follower_growth_by_iso_week() {
        // 2026-11-01 is a Sunday: it closes one ISO week, the 2nd and 3rd open the next
        var weeks = FollowerGrowth.byPeriod(List.of(day(1, 10_050, 80, 30, AT), day(2, 10_100, 90, 40, AT),
                day(3, 10_120, 50, 30, AT)), Grain.WEEK);
        assertThat(weeks).hasSize(2);
        FollowerGrowth second = weeks.get(weeks.lastKey());
        assertThat(second.first()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(second.start()).hasValue(10_050);
        assertThat(second.net()).hasValue(70);
        assertThat(weeks.get(weeks.firstKey()).net()).hasValue(50);
    }

    @Test
    void follower_growth_takes_the_corrected_reading_of_a_day() {
        FollowerGrowth g = FollowerGrowth.of(List.of(day(1, 10_050, 80, 30, AT), day(1, 10_060, 90, 30, AT.plusSeconds(3600))));
        assertThat(g.gained()).hasValue(90);
    }

    @Test
    void follower_growth_rejects_a_missing_day() {
        assertThatThrownBy(() -> FollowerGrowth.of(List.of(day(1, 1, 1, 0, AT), day(3, 2, 1, 0, AT))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2026-11-02 is missing");
    }

    @Test
    void follower_growth_keeps_unreported_losses_absent() {
        AudienceMetrics partial = AudienceMetrics.of(AccountRef.of(Platform.DOUYIN, "d"), LocalDate.of(2026, 11, 1), Z, AT)
                .with(AudienceMetric.NEW_FOLLOWERS, 12);
        FollowerGrowth g = FollowerGrowth.of(List.of(partial));
        assertThat(g.gained()).hasValue(12);
        assertThat(g.lost()).isEmpty();
        assertThat(g.net()).isEmpty();
        assertThat(g.churnRate()).isEmpty();
    }
}
