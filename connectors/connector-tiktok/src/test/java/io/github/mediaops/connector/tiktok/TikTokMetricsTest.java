package io.github.mediaops.connector.tiktok;

import static io.github.mediaops.connector.tiktok.TikTokTestSupport.ACCOUNT;
import static io.github.mediaops.connector.tiktok.TikTokTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TikTokMetricsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final TikTokSimulator sim = TikTokSimulator.builder().clock(clock).build();
    private final LocalDate today = LocalDate.parse("2026-11-20");
    private TikTokConnector tiktok;

    @BeforeEach
    void start() {
        TikTokTestSupport.seed(sim, clock);
        tiktok = TikTokTestSupport.authorized(sim, TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        tiktok.close();
        sim.close();
    }

    @Test
    void each_video_becomes_a_lifetime_snapshot_with_its_four_counts_and_a_missing_count_stays_absent() {
        List<ContentMetrics> m = tiktok.contentMetrics().contentMetrics(ACCOUNT, DateRange.of(today.minusDays(6), today));
        assertThat(m).extracting(ContentMetrics::postId).containsExactly("7080217258529737986", "7058060640279383343");
        ContentMetrics launch = m.get(1);
        assertThat(launch.coverage()).isEqualTo(Coverage.LIFETIME);
        assertThat(launch.day()).isEqualTo(today);
        assertThat(launch.values()).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.VIEWS, 54_320.0, Metric.LIKES, 1_245.0,
                Metric.COMMENTS, 87.0, Metric.SHARES, 312.0));
        assertThat(m.get(0).values()).doesNotContainKey(Metric.COMMENTS).containsEntry(Metric.VIEWS, 3_250.0);
        assertThat(sim.requestLog()).containsExactly("POST /v2/video/list/");
    }

    @Test
    void the_list_follows_tiktoks_cursor_over_pages_of_twenty() {
        for (int i = 0; i < 23; i++) {
            sim.addVideo(OPEN_ID, "71000000000000000" + (10 + i), "clip " + i, clock.instant().minus(Duration.ofDays(10 + i)),
                    Map.of("view_count", 100L + i));
        }
        List<ContentMetrics> m = tiktok.contentMetrics().contentMetrics(ACCOUNT, DateRange.day(today));
        assertThat(m).hasSize(25);
        assertThat(m).extracting(ContentMetrics::postId).doesNotHaveDuplicates();
        assertThat(sim.requestLog()).containsExactly("POST /v2/video/list/", "POST /v2/video/list/");
    }

    @Test
    void chosen_videos_are_queried_twenty_ids_a_call_and_unknown_ids_are_left_out() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            ids.add("7200000000000000" + (100 + i));
        }
        ids.set(0, "7058060640279383343");
        ids.set(21, "7080217258529737986");
        List<ContentMetrics> m = tiktok.videoMetrics(ACCOUNT, ids);
        assertThat(m).extracting(ContentMetrics::postId).containsExactlyInAnyOrder("7058060640279383343", "7080217258529737986");
        assertThat(m).filteredOn(x -> x.postId().equals("7058060640279383343")).singleElement()
                .satisfies(x -> assertThat(x.values()).containsEntry(Metric.VIEWS, 54_320.0).containsEntry(Metric.SHARES, 312.0));
        assertThat(sim.requestLog()).containsExactly("POST /v2/video/query/", "POST /v2/video/query/");
    }

    @Test
    void a_range_without_today_is_answered_empty_without_a_call() {
        assertThat(tiktok.contentMetrics().contentMetrics(ACCOUNT, DateRange.of(today.minusDays(9), today.minusDays(2)))).isEmpty();
        assertThat(tiktok.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(today.minusDays(1)))).isEmpty();
        assertThat(sim.requestLog()).isEmpty();
    }

    @Test
    void the_follower_count_is_todays_audience_snapshot_and_a_hidden_count_is_no_snapshot() {
        List<AudienceMetrics> a = tiktok.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(today));
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.day()).isEqualTo(today);
            assertThat(x.values()).containsEntry(AudienceMetric.FOLLOWERS_TOTAL, 15_234L);
        });
        sim.putCreator(OPEN_ID, "brand.global", "Brand Global", List.of("SELF_ONLY"), 300, null, null, null);
        assertThat(tiktok.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(today))).isEmpty();
    }

    @Test
    void an_account_of_another_platform_is_refused_by_field() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> tiktok.contentMetrics()
                .contentMetrics(AccountRef.of(Platform.DOUYIN, OPEN_ID), DateRange.day(today)));
        assertThat(e.field()).isEqualTo("account");
    }
}
