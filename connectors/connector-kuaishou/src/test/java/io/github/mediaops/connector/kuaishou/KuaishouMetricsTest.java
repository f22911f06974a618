package io.github.mediaops.connector.kuaishou;

import static io.github.mediaops.connector.kuaishou.KuaishouTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
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

class KuaishouMetricsTest {
    /** 2026-11-20 01:00 in Shanghai is still 2026-11-19 in UTC: the connector must date in Shanghai. */
    private final KuaishouTestSupport.MovingClock clock = new KuaishouTestSupport.MovingClock(Instant.parse("2026-11-19T17:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.KUAISHOU, OPEN_ID);
    private KuaishouSimulator sim;
    private KuaishouConnector connector;

    @BeforeEach
    void start() {
        sim = KuaishouSimulator.builder().clock(clock).build();
        KuaishouTestSupport.seed(sim, clock);
        connector = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5));
        connector.authorize(sim.authorizationCode(OPEN_ID));
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    @Test
    void each_video_is_a_lifetime_reading_dated_today_in_shanghai_and_a_count_left_out_is_absent() {
        List<ContentMetrics> m = connector.contentMetrics().contentMetrics(ACCOUNT, DateRange.of(TODAY.minusDays(6), TODAY));
        assertThat(m).extracting(ContentMetrics::postId).containsExactly("3xnew", "3xold");
        for (ContentMetrics x : m) {
            assertThat(x.coverage()).isEqualTo(Coverage.LIFETIME);
            assertThat(x.day()).isEqualTo(TODAY);
            assertThat(x.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(x.asOf()).isEqualTo(clock.instant());
            assertThat(x.has(Metric.SHARES)).as("Kuaishou reports no shares").isFalse();
            assertThat(x.has(Metric.COMPLETION_RATE)).isFalse();
        }
        assertThat(m.get(1).count(Metric.VIEWS)).hasValue(1200);
        assertThat(m.get(1).count(Metric.LIKES)).hasValue(80);
        assertThat(m.get(1).count(Metric.COMMENTS)).hasValue(9);
        assertThat(m.get(0).count(Metric.VIEWS)).hasValue(300);
        assertThat(m.get(0).has(Metric.LIKES)).as("left out by the platform: absent, not zero").isFalse();
        assertThat(m.get(0).count(Metric.COMMENTS)).as("a reported zero stays zero").hasValue(0);
    }

    @Test
    void a_range_without_today_has_no_kuaishou_data_and_costs_no_call() {
        int before = sim.apiRequests();
        DateRange past = DateRange.of(TODAY.minusDays(7), TODAY.minusDays(1));
        assertThat(connector.contentMetrics().contentMetrics(ACCOUNT, past)).isEmpty();
        assertThat(connector.audienceMetrics().audienceMetrics(ACCOUNT, past)).isEmpty();
        assertThat(sim.apiRequests()).isEqualTo(before);
    }

    @Test
    void the_video_list_is_paged_by_the_oldest_photo_id_of_each_page() {
        for (int i = 0; i < 45; i++) {
            sim.addVideo(OPEN_ID, "3xp" + i, clock.instant().minus(Duration.ofDays(10 + i)), "旧视频 " + i, (long) i, 1L, 1L);
        }
        int before = sim.apiRequests();
        List<ContentMetrics> m = connector.contentMetrics().contentMetrics(ACCOUNT, DateRange.day(TODAY));
        assertThat(m).hasSize(47);
        assertThat(m).extracting(ContentMetrics::postId).doesNotHaveDuplicates();
        assertThat(sim.apiRequests() - before).as("47 videos, 20 a page").isEqualTo(3);
    }

    @Test
    void followers_are_the_total_of_today_and_a_missing_count_is_not_zero() {
        List<AudienceMetrics> a = connector.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(TODAY));
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.day()).isEqualTo(TODAY);
            assertThat(x.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(10_240);
            assertThat(x.count(AudienceMetric.NEW_FOLLOWERS)).as("Kuaishou reports no daily gain").isEmpty();
        });
        sim.putFans(OPEN_ID, null);
        assertThat(connector.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(TODAY))).isEmpty();
    }

    @Test
    void an_account_of_another_platform_is_refused_naming_the_field() {
        assertThatThrownBy(() -> connector.contentMetrics().contentMetrics(AccountRef.of(Platform.DOUYIN, "x"),
                DateRange.day(TODAY))).isInstanceOf(InvalidValueException.class).hasMessageContaining("account");
    }
}
