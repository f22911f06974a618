package io.github.mediaops.core.metrics;

import static io.github.mediaops.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    private static ContentMetrics wechatDay() {
        return ContentMetrics.daily(Platform.WECHAT_OFFICIAL_ACCOUNT, "2247483650_1", DAY, SHANGHAI, T0)
                .with(Metric.VIEWS, 1520)
                .with(Metric.UNIQUE_VIEWERS, 1301)
                .with(Metric.SHARES, 0)
                .with(Metric.SAVES, 12);
    }

    @Test
    void absent_metrics_stay_absent_and_zero_stays_zero() {
        ContentMetrics m = wechatDay();
        assertThat(m.count(Metric.LIKES)).as("WeChat reports no likes").isEmpty();
        assertThat(m.value(Metric.COMPLETION_RATE)).isEmpty();
        assertThat(m.has(Metric.LIKES)).isFalse();
        assertThat(m.count(Metric.SHARES)).hasValue(0);
        assertThat(m.count(Metric.VIEWS)).hasValue(1520);
    }

    @Test
    void rejects_negative_fractional_and_nan_values() {
        ContentMetrics m = wechatDay();
        assertThatThrownBy(() -> m.with(Metric.VIEWS, -1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("VIEWS").hasMessageContaining("-1");
        assertThatThrownBy(() -> m.with(Metric.LIKES, 2.5))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("whole");
        assertThatThrownBy(() -> m.with(Metric.COMPLETION_RATE, Double.NaN))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> m.with(Metric.COMPLETION_RATE, 1.2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> m.with(Metric.AVERAGE_WATCH_SECONDS, Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> m.count(Metric.COMPLETION_RATE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ContentMetrics.daily(Platform.DOUYIN, "", DAY, SHANGHAI, T0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("postId");
    }

    @Test
    void audience_net_followers_needs_both_counts() {
        AccountRef acct = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_123");
        AudienceMetrics a = AudienceMetrics.of(acct, DAY, SHANGHAI, T0).with(AudienceMetric.NEW_FOLLOWERS, 120);
        assertThat(a.netFollowers()).isEmpty();
        a = a.with(AudienceMetric.LOST_FOLLOWERS, 30).withSources(Map.of("search", 70L, "qr_code", 50L));
        assertThat(a.netFollowers()).hasValue(90);
        assertThat(a.count(AudienceMetric.FOLLOWERS_TOTAL)).isEmpty();
        AudienceMetrics base = a;
        assertThatThrownBy(() -> base.with(AudienceMetric.LOST_FOLLOWERS, -5))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("-5");
        assertThatThrownBy(() -> base.withSources(Map.of("search", -1L))).isInstanceOf(InvalidValueException.class);
        Json.assertRoundTrip(a);
    }

    @Test
    void ad_performance_refuses_negative_spend() {
        AccountRef adv = AccountRef.of(Platform.OCEAN_ENGINE, "1700000000");
        AdPerformance row = new AdPerformance(adv, "cmp1", "ad1", DAY, SHANGHAI, Money.cny("120.50"),
                Map.of(Metric.IMPRESSIONS, 10000.0, Metric.CLICKS, 230.0, Metric.CONVERSIONS, 7.0));
        assertThat(row.ad()).hasValue("ad1");
        Json.assertRoundTrip(row);
        assertThatThrownBy(() -> new AdPerformance(adv, "cmp1", null, DAY, SHANGHAI, Money.cny("-1"), Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("spend");
    }

    @Test
    void round_trips_through_json() {
        String json = Json.assertRoundTrip(wechatDay().with(Metric.COMPLETION_RATE, 0.375));
        assertThat(json).contains("Asia/Shanghai").doesNotContain("LIKES");
    }
}
