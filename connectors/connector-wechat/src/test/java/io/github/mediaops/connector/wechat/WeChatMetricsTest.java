package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeChatMetricsTest {

    @Test
    void a_week_is_split_into_one_day_requests_for_article_endpoints_and_one_for_user_endpoints() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            List<ContentMetrics> m = c.contentMetrics().contentMetrics(c.account(), WeChatTestSupport.lastDays(7));
            assertThat(sim.requests("datacube/getarticlesummary")).isEqualTo(7);
            assertThat(sim.requests("datacube/getarticletotal")).isEqualTo(7);
            assertThat(m).filteredOn(x -> x.coverage() == Coverage.DAY).hasSize(7 * 2);
            List<AudienceMetrics> a = c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(7));
            assertThat(sim.requests("datacube/getusersummary")).isEqualTo(1);
            assertThat(sim.requests("datacube/getusercumulate")).isEqualTo(1);
            assertThat(a).hasSize(7);
        }
    }

    @Test
    void days_whose_data_is_not_final_are_not_requested() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            // clock is 2026-11-20 12:00 Beijing: the 20th (today) and later are not available yet
            DateRange range = DateRange.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 25));
            List<ContentMetrics> m = c.contentMetrics().contentMetrics(c.account(), range);
            assertThat(m).extracting(ContentMetrics::day).allMatch(d -> !d.isAfter(WeChatTestSupport.LAST_DAY));
            assertThat(sim.requests("datacube/getarticlesummary")).isEqualTo(2);
            assertThat(c.contentMetrics().contentMetrics(c.account(), DateRange.day(LocalDate.of(2026, 11, 21)))).isEmpty();
            assertThat(sim.requests("datacube/getarticlesummary")).isEqualTo(2);
        }
    }

    @Test
    void before_eight_in_the_morning_yesterday_is_not_final_either() {
        java.time.Clock early = java.time.Clock.fixed(java.time.Instant.parse("2026-11-19T23:30:00Z"), java.time.ZoneOffset.UTC);
        try (WeChatSimulator sim = WeChatTestSupport.simulator().clock(early).build();
             WeChatConnector c = WeChatConnector.builder(WeChatTestSupport.config(sim, java.time.Duration.ofSeconds(5))
                     .toBuilder().clock(early).build()).resilience(KitResilience.fastRetries()).build()) {
            // 2026-11-20 07:30 Beijing: the 19th is not ready until 08:00
            assertThat(c.contentMetrics().contentMetrics(c.account(), DateRange.day(LocalDate.of(2026, 11, 19)))).isEmpty();
            assertThat(c.contentMetrics().contentMetrics(c.account(), DateRange.day(LocalDate.of(2026, 11, 18)))).isNotEmpty();
        }
    }

    @Test
    void wechat_reports_no_likes_or_completion_so_they_are_absent_not_zero() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            List<ContentMetrics> m = c.contentMetrics().contentMetrics(c.account(), WeChatTestSupport.lastDays(1));
            assertThat(m).isNotEmpty().allSatisfy(x -> {
                assertThat(x.count(Metric.LIKES)).isEmpty();
                assertThat(x.value(Metric.COMPLETION_RATE)).isEmpty();
                assertThat(x.count(Metric.COMMENTS)).isEmpty();
                assertThat(x.count(Metric.VIEWS)).isPresent();
                assertThat(x.count(Metric.UNIQUE_VIEWERS).getAsLong()).isLessThanOrEqualTo(x.count(Metric.VIEWS).getAsLong());
                assertThat(x.zone()).isEqualTo(WeChatConnector.REPORTING_ZONE);
                assertThat(x.postId()).matches("\\d+_1");
            });
        }
    }

    @Test
    void lifetime_snapshots_come_for_posts_published_in_the_range() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            // the simulator's seeded posts went out 10 days before the clock: 2026-11-10
            List<ContentMetrics> m = c.contentMetrics().contentMetrics(c.account(), DateRange.day(LocalDate.of(2026, 11, 10)));
            List<ContentMetrics> lifetime = m.stream().filter(x -> x.coverage() == Coverage.LIFETIME).toList();
            assertThat(lifetime).hasSize(2 * 7);
            // cumulative: views never fall from one day to the next
            for (String post : List.of("2650000001_1", "2650000002_1")) {
                List<Long> views = lifetime.stream().filter(x -> x.postId().equals(post))
                        .sorted(java.util.Comparator.comparing(ContentMetrics::day)).map(x -> x.count(Metric.VIEWS).getAsLong()).toList();
                assertThat(views).isSorted();
            }
        }
    }

    @Test
    void audience_metrics_add_sources_and_keep_the_total() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            List<AudienceMetrics> a = c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(3));
            assertThat(a).hasSize(3).allSatisfy(x -> {
                long bySource = x.newFollowersBySource().values().stream().mapToLong(Long::longValue).sum();
                assertThat(x.count(AudienceMetric.NEW_FOLLOWERS)).hasValue(bySource);
                assertThat(x.newFollowersBySource()).containsKeys("other", "search", "qr_code");
                assertThat(x.count(AudienceMetric.FOLLOWERS_TOTAL)).isPresent();
                assertThat(x.count(AudienceMetric.LOST_FOLLOWERS)).isPresent();
            });
        }
    }

    @Test
    void account_reads_merge_getuserread_and_getusershare_within_their_spans() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            List<WeChatAccountReads> reads = c.accountReads(WeChatTestSupport.lastDays(7));
            assertThat(sim.requests("datacube/getuserread")).isEqualTo(3);
            assertThat(sim.requests("datacube/getusershare")).isEqualTo(1);
            assertThat(reads).hasSize(7).extracting(WeChatAccountReads::day).isSorted();
            assertThat(reads).allSatisfy(r -> {
                assertThat(r.reads()).isPresent();
                assertThat(r.readers().getAsLong()).isLessThanOrEqualTo(r.reads().getAsLong());
                assertThat(r.shares()).isPresent();
            });
        }
    }
}
