package io.github.mediaops.connector.douyin;

import static io.github.mediaops.connector.douyin.DouyinTestSupport.ITEM;
import static io.github.mediaops.connector.douyin.DouyinTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DouyinMetricsTest {
    /** 2026-11-20 01:00 in Shanghai is still 2026-11-19 in UTC: the connector must cut days in Shanghai. */
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-19T17:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.DOUYIN, OPEN_ID);
    private DouyinSimulator sim;
    private DouyinConnector connector;

    @BeforeEach
    void start() {
        sim = DouyinSimulator.builder().clock(clock).build();
        DouyinTestSupport.seed(sim, clock);
        connector = DouyinTestSupport.connector(sim, clock, Duration.ofSeconds(5));
        connector.authorize(sim.authorizationCode(OPEN_ID));
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    @Test
    void daily_series_of_each_video_become_day_snapshots_in_shanghai_days() {
        List<ContentMetrics> m = connector.contentMetrics().contentMetrics(ACCOUNT,
                DateRange.of(TODAY.minusDays(3), TODAY.minusDays(1)));
        assertThat(m).extracting(ContentMetrics::day)
                .containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
        for (ContentMetrics x : m) {
            int d = (int) (TODAY.toEpochDay() - x.day().toEpochDay());
            assertThat(x.postId()).as("item ids with + / = survive the query string").isEqualTo(ITEM);
            assertThat(x.coverage()).isEqualTo(Coverage.DAY);
            assertThat(x.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(x.count(Metric.VIEWS)).hasValue(1000 + d);
            assertThat(x.count(Metric.LIKES)).hasValue(100 + d);
            assertThat(x.count(Metric.COMMENTS)).hasValue(10 + d);
            assertThat(x.count(Metric.SHARES)).hasValue(d);
            assertThat(x.has(Metric.COMPLETION_RATE)).as("Douyin's open API has no completion rate").isFalse();
        }
    }

    @Test
    void today_is_not_returned_because_douyin_data_is_t_plus_1() {
        int before = sim.apiRequests();
        assertThat(connector.contentMetrics().contentMetrics(ACCOUNT, DateRange.day(TODAY))).isEmpty();
        assertThat(connector.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(TODAY))).isEmpty();
        assertThat(sim.apiRequests()).isEqualTo(before);
        List<ContentMetrics> m = connector.contentMetrics().contentMetrics(ACCOUNT, DateRange.of(TODAY.minusDays(1), TODAY));
        assertThat(m).extracting(ContentMetrics::day).containsExactly(TODAY.minusDays(1));
    }

    @Test
    void a_metric_the_platform_leaves_out_is_absent_not_zero() {
        sim.putDaily(OPEN_ID, ITEM, TODAY.minusDays(2), 500L, null, 0L, null);
        ContentMetrics m = connector.contentMetrics().contentMetrics(ACCOUNT, DateRange.day(TODAY.minusDays(2))).get(0);
        assertThat(m.count(Metric.VIEWS)).hasValue(500);
        assertThat(m.count(Metric.COMMENTS)).as("a reported zero stays zero").hasValue(0);
        assertThat(m.has(Metric.LIKES)).isFalse();
        assertThat(m.has(Metric.SHARES)).isFalse();
    }

    @Test
    void videos_older_than_30_days_have_no_item_data_and_cost_no_item_calls() {
        sim.addVideo(OPEN_ID, "@old", TODAY.minusDays(40).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), "old");
        int before = sim.apiRequests();
        List<ContentMetrics> m = connector.contentMetrics().contentMetrics(ACCOUNT, DateRange.day(TODAY.minusDays(1)));
        assertThat(m).extracting(ContentMetrics::postId).containsExactly(ITEM);
        assertThat(sim.apiRequests() - before).as("one list page + 4 series of the recent video").isEqualTo(5);
    }

    @Test
    void a_range_older_than_7_days_asks_for_the_15_or_30_day_window() {
        List<ContentMetrics> m = connector.contentMetrics().contentMetrics(ACCOUNT,
                DateRange.of(TODAY.minusDays(20), TODAY.minusDays(19)));
        assertThat(m).extracting(ContentMetrics::day).containsExactly(TODAY.minusDays(20), TODAY.minusDays(19));
        assertThat(DouyinMetrics.dateType(TODAY, DateRange.day(TODAY.minusDays(7)))).isEqualTo(7);
        assertThat(DouyinMetrics.dateType(TODAY, DateRange.day(TODAY.minusDays(8)))).isEqualTo(15);
        assertThat(DouyinMetrics.dateType(TODAY, DateRange.day(TODAY.minusDays(16)))).isEqualTo(30);
        assertThat(DouyinMetrics.dateType(TODAY, DateRange.day(TODAY.minusDays(90)))).isEqualTo(30);
    }

    @Test
    void daily_fans_become_audience_snapshots_oldest_first() {
        List<AudienceMetrics> a = connector.audienceMetrics().audienceMetrics(ACCOUNT,
                DateRange.of(TODAY.minusDays(3), TODAY.minusDays(1)));
        assertThat(a).extracting(AudienceMetrics::day)
                .containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
        assertThat(a.get(0).count(AudienceMetric.NEW_FOLLOWERS)).hasValue(8);
        assertThat(a.get(0).count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(9_997);
        assertThat(a.get(0).count(AudienceMetric.LOST_FOLLOWERS)).as("Douyin reports no lost fans: absent").isEmpty();
    }

    @Test
    void an_account_of_another_platform_is_refused_naming_the_field() {
        assertThatThrownBy(() -> connector.contentMetrics().contentMetrics(AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "x"),
                DateRange.day(TODAY.minusDays(1)))).isInstanceOf(InvalidValueException.class).hasMessageContaining("account");
    }
}
