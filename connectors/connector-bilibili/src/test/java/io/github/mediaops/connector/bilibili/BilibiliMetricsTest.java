package io.github.mediaops.connector.bilibili;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.github.mediaops.connector.tck.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BilibiliMetricsTest {
    /** 17:30 UTC is already the next day in Shanghai. */
    private static final Instant T0 = Instant.parse("2026-12-06T17:30:00Z");
    private static final LocalDate SHANGHAI_DAY = LocalDate.of(2026, 12, 7);
    private final ManualClock clock = new ManualClock(T0);
    private BilibiliSimulator sim;
    private BilibiliConnector bili;
    private int baseline;

    @BeforeEach
    void start() {
        sim = BilibiliSimulator.builder().clock(clock).build();
        BilibiliTestSupport.seed(sim, clock);
        bili = BilibiliTestSupport.authorized(sim, clock);
        baseline = sim.apiRequests();
    }

    @AfterEach
    void stop() {
        bili.close();
        sim.close();
    }

    @Test
    void each_open_archive_is_a_lifetime_snapshot_dated_today_in_shanghai_and_absent_counts_stay_absent() {
        List<ContentMetrics> m = bili.contentMetrics().contentMetrics(BilibiliTestSupport.ACCOUNT,
                DateRange.of(SHANGHAI_DAY, SHANGHAI_DAY));
        assertThat(m).extracting(ContentMetrics::postId).containsExactly("BV1new000002", "BV1old000001");
        assertThat(m).allSatisfy(x -> {
            assertThat(x.day()).isEqualTo(SHANGHAI_DAY);
            assertThat(x.asOf()).isEqualTo(T0);
        });
        assertThat(m.get(1).values()).containsOnly(Map.entry(Metric.VIEWS, 198.0), Map.entry(Metric.DANMAKU, 166.0),
                Map.entry(Metric.COMMENTS, 11.0), Map.entry(Metric.SAVES, 36.0), Map.entry(Metric.SHARES, 79.0),
                Map.entry(Metric.LIKES, 135.0));
        assertThat(m.get(0).values()).as("danmaku, favourites and shares were left out: absent, not zero")
                .containsOnly(Map.entry(Metric.VIEWS, 40.0), Map.entry(Metric.COMMENTS, 2.0), Map.entry(Metric.LIKES, 9.0));
    }

    @Test
    void a_range_without_today_is_answered_empty_without_a_call() {
        DateRange lastWeek = DateRange.of(SHANGHAI_DAY.minusDays(7), SHANGHAI_DAY.minusDays(1));
        assertThat(bili.contentMetrics().contentMetrics(BilibiliTestSupport.ACCOUNT, lastWeek)).isEmpty();
        assertThat(bili.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, lastWeek)).isEmpty();
        assertThat(sim.apiRequests()).isEqualTo(baseline);
    }

    @Test
    void followers_come_from_user_stat() {
        List<AudienceMetrics> a = bili.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT,
                DateRange.of(SHANGHAI_DAY, SHANGHAI_DAY));
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(166);
            assertThat(x.day()).isEqualTo(SHANGHAI_DAY);
        });
    }

    @Test
    void increments_map_the_misspelt_icn_reply_to_comments_and_keep_coins_and_charges_unmapped() {
        BilibiliIncrements inc = bili.increments(BilibiliTestSupport.ACCOUNT);
        assertThat(inc.values()).containsOnly(Map.entry(Metric.VIEWS, 981L), Map.entry(Metric.DANMAKU, 1866L),
                Map.entry(Metric.COMMENTS, 119L), Map.entry(Metric.SAVES, 53L), Map.entry(Metric.SHARES, 7L),
                Map.entry(Metric.LIKES, 310L));
        assertThat(inc.unmapped()).containsOnly(Map.entry("inc_coin", 20L), Map.entry("inc_elec", 2L));
        assertThat(inc.count(Metric.COMMENTS)).hasValue(119L);
        assertThat(inc.count(Metric.IMPRESSIONS)).isEmpty();
        assertThat(inc.asOf()).isEqualTo(T0);
    }

    @Test
    void the_correct_spelling_is_read_too_and_two_disagreeing_spellings_are_refused() {
        sim.putIncrements(BilibiliTestSupport.OPEN_ID, Map.of("inc_reply", 5L));
        assertThat(bili.increments(BilibiliTestSupport.ACCOUNT).values()).containsOnly(Map.entry(Metric.COMMENTS, 5L));
        sim.putIncrements(BilibiliTestSupport.OPEN_ID, Map.of("inc_reply", 5L, "icn_reply", 5L));
        assertThat(bili.increments(BilibiliTestSupport.ACCOUNT).values()).containsOnly(Map.entry(Metric.COMMENTS, 5L));
        sim.putIncrements(BilibiliTestSupport.OPEN_ID, Map.of("inc_reply", 5L, "icn_reply", 6L));
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> bili.increments(BilibiliTestSupport.ACCOUNT));
        assertThat(e.getMessage()).contains("icn_reply").contains("inc_reply");
    }

    @Test
    void a_negative_count_is_refused_as_unexpected() {
        sim.putIncrements(BilibiliTestSupport.OPEN_ID, Map.of("inc_click", -1L));
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> bili.increments(BilibiliTestSupport.ACCOUNT)))
                .hasMessageContaining("inc_click");
    }

    @Test
    void an_account_of_another_platform_is_refused_by_field() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> bili.contentMetrics()
                .contentMetrics(AccountRef.of(Platform.DOUYIN, "x"), DateRange.of(SHANGHAI_DAY, SHANGHAI_DAY)));
        assertThat(e.field()).isEqualTo("account");
    }

    @Test
    void many_archives_are_read_page_by_page() {
        for (int i = 0; i < 45; i++) {
            sim.addArchive(BilibiliTestSupport.OPEN_ID, "BV1page" + String.format("%05d", i), "第" + i + "期",
                    T0.minus(Duration.ofDays(10 + i)), Map.of("view", (long) i));
        }
        List<ContentMetrics> m = bili.contentMetrics().contentMetrics(BilibiliTestSupport.ACCOUNT,
                DateRange.of(SHANGHAI_DAY, SHANGHAI_DAY));
        assertThat(m).hasSize(47);
        assertThat(sim.requestLog()).filteredOn(s -> s.equals("arcopen/fn/archive/viewlist")).hasSize(3);
    }
}
