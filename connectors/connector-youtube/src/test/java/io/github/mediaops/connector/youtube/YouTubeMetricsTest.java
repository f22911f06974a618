package io.github.mediaops.connector.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YouTubeMetricsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T02:00:00Z"));
    private final LocalDate today = LocalDate.ofInstant(clock.instant(), YouTubeConnector.ZONE);
    private final DateRange week = DateRange.of(today.minusDays(6), today);

    @Test
    void lifetime_counts_come_from_video_statistics_strings_and_absent_counts_stay_absent() {
        try (YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build()) {
            YouTubeTestSupport.seed(sim, clock);
            try (YouTubeConnector yt = YouTubeTestSupport.authorized(sim, clock)) {
                List<ContentMetrics> all = yt.contentMetrics().contentMetrics(YouTubeTestSupport.ACCOUNT, week);
                ContentMetrics a = lifetime(all, YouTubeTestSupport.VIDEO_A);
                assertThat(a.day()).isEqualTo(today);
                assertThat(a.values()).containsOnly(Map.entry(Metric.VIEWS, 458_565.0), Map.entry(Metric.LIKES, 3_481.0),
                        Map.entry(Metric.COMMENTS, 3_021.0));
                ContentMetrics b = lifetime(all, YouTubeTestSupport.VIDEO_B);
                assertThat(b.values()).containsOnly(Map.entry(Metric.VIEWS, 778.0));
                assertThat(b.has(Metric.LIKES)).as("not reported is not zero").isFalse();
            }
        }
    }

    private static ContentMetrics lifetime(List<ContentMetrics> all, String id) {
        return all.stream().filter(m -> m.postId().equals(id) && m.coverage() == Coverage.LIFETIME).findFirst().orElseThrow();
    }

    @Test
    void daily_snapshots_come_from_analytics_with_watch_time_in_seconds() {
        try (YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build()) {
            YouTubeTestSupport.seed(sim, clock);
            try (YouTubeConnector yt = YouTubeTestSupport.authorized(sim, clock)) {
                List<ContentMetrics> days = yt.dailyMetrics(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, week);
                assertThat(days).hasSize(6).allSatisfy(m -> assertThat(m.coverage()).isEqualTo(Coverage.DAY));
                ContentMetrics d1 = days.stream().filter(m -> m.day().equals(today.minusDays(1))).findFirst().orElseThrow();
                assertThat(d1.values()).containsOnly(Map.entry(Metric.VIEWS, 1001.0), Map.entry(Metric.LIKES, 11.0),
                        Map.entry(Metric.COMMENTS, 1.0), Map.entry(Metric.SHARES, 2.0), Map.entry(Metric.FOLLOWS_GAINED, 1.0),
                        Map.entry(Metric.TOTAL_WATCH_SECONDS, 301.0 * 60), Map.entry(Metric.AVERAGE_WATCH_SECONDS, 95.0));
            }
        }
    }

    @Test
    void audience_has_daily_gains_and_losses_and_todays_rounded_subscriber_total() {
        try (YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build()) {
            YouTubeTestSupport.seed(sim, clock);
            try (YouTubeConnector yt = YouTubeTestSupport.authorized(sim, clock)) {
                List<AudienceMetrics> a = yt.audienceMetrics().audienceMetrics(YouTubeTestSupport.ACCOUNT, week);
                assertThat(a).extracting(AudienceMetrics::day).isSorted().hasSize(7).contains(today);
                AudienceMetrics d2 = a.stream().filter(m -> m.day().equals(today.minusDays(2))).findFirst().orElseThrow();
                assertThat(d2.count(AudienceMetric.NEW_FOLLOWERS)).hasValue(22);
                assertThat(d2.count(AudienceMetric.LOST_FOLLOWERS)).hasValue(2);
                assertThat(d2.netFollowers()).hasValue(20);
                assertThat(d2.count(AudienceMetric.FOLLOWERS_TOTAL)).isEmpty();
                assertThat(a.get(a.size() - 1).count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(2_260_000);
            }
        }
    }

    @Test
    void a_hidden_subscriber_count_is_absent_not_zero() {
        try (YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build()) {
            sim.addChannel(YouTubeTestSupport.CHANNEL, "hidden", 12_300, true);
            try (YouTubeConnector yt = YouTubeTestSupport.authorized(sim, clock)) {
                List<AudienceMetrics> a = yt.audienceMetrics().audienceMetrics(YouTubeTestSupport.ACCOUNT, week);
                assertThat(a).allSatisfy(m -> assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).isEmpty());
            }
        }
    }

    private YouTubeConnector replayed(RecordedResponses replay) {
        YouTubeConnector c = YouTubeConnector.builder(YouTubeTestSupport.config(replay.baseUrl(), "replay.apps.googleusercontent.com",
                "replay-secret", clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
        c.seed(new UserGrant(YouTubeTestSupport.CHANNEL, Secret.of("ya29.seeded"), clock.instant().plusSeconds(3000),
                Secret.of("1//seeded"), null, 0));
        return c;
    }

    @Test
    void report_columns_are_read_by_header_name_not_by_position() {
        try (RecordedResponses replay = new RecordedResponses(); YouTubeConnector yt = replayed(replay)) {
            replay.enqueue(200, "constructed/report_columns_reordered.json");
            List<ContentMetrics> days = yt.dailyMetrics(YouTubeTestSupport.ACCOUNT, "vid",
                    DateRange.of(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02")));
            assertThat(days).extracting(ContentMetrics::day)
                    .containsExactly(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"));
            assertThat(days.get(0).values()).containsOnly(Map.entry(Metric.VIEWS, 778.0), Map.entry(Metric.LIKES, 9.0),
                    Map.entry(Metric.TOTAL_WATCH_SECONDS, 7200.0));
            assertThat(days.get(1).has(Metric.LIKES)).as("a null cell is absent").isFalse();
            var q = replay.received().get(0).query();
            assertThat(q).containsEntry("ids", "channel==MINE").containsEntry("dimensions", "day")
                    .containsEntry("filters", "video==vid").containsEntry("startDate", "2026-12-01");
            assertThat(replay.received().get(0).uri()).startsWith("/v2/reports?");
        }
    }

    @Test
    void a_row_shorter_than_its_headers_is_refused_and_a_report_without_rows_is_empty() {
        try (RecordedResponses replay = new RecordedResponses(); YouTubeConnector yt = replayed(replay)) {
            replay.enqueue(200, "constructed/report_short_row.json").enqueue(200, "constructed/report_no_rows.json");
            DateRange d = DateRange.day(LocalDate.parse("2026-12-01"));
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> yt.dailyMetrics(YouTubeTestSupport.ACCOUNT, "vid", d));
            assertThat(e.getMessage()).contains("rows[0] has 1 cells for 2 columns");
            assertThat(yt.dailyMetrics(YouTubeTestSupport.ACCOUNT, "vid", d)).isEmpty();
        }
    }
}
