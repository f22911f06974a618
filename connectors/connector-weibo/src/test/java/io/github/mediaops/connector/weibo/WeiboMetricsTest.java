package io.github.mediaops.connector.weibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.RateLimitedException;
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
import org.junit.jupiter.api.Test;

class WeiboMetricsTest extends SimulatedWeibo {
    private static final LocalDate TODAY = LocalDate.now(CLOCK.withZone(WeiboConnector.ZONE));

    @Test
    void each_own_status_gets_a_lifetime_snapshot_of_comments_reposts_and_likes_dated_today() {
        List<ContentMetrics> m = weibo.contentMetrics().contentMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY.minusDays(6), TODAY));

        assertThat(m).hasSize(2);
        assertThat(m).allSatisfy(x -> {
            assertThat(x.coverage()).isEqualTo(Coverage.LIFETIME);
            assertThat(x.day()).isEqualTo(TODAY);
            assertThat(x.zone()).isEqualTo(WeiboConnector.ZONE);
            assertThat(x.has(Metric.VIEWS)).as("no read counts on the public tier").isFalse();
        });
        assertThat(m).filteredOn(x -> x.postId().equals(post)).singleElement().satisfies(x -> {
            assertThat(x.count(Metric.COMMENTS)).hasValue(2);
            assertThat(x.count(Metric.SHARES)).hasValue(12);
            assertThat(x.count(Metric.LIKES)).hasValue(230);
        });
    }

    @Test
    void a_range_without_today_is_answered_empty_without_a_call() {
        int before = sim.apiRequests();
        assertThat(weibo.contentMetrics().contentMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY.minusDays(9), TODAY.minusDays(2))))
                .isEmpty();
        assertThat(weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY.minusDays(9), TODAY.minusDays(2))))
                .isEmpty();
        assertThat(sim.apiRequests()).isEqualTo(before);
    }

    @Test
    void an_hourly_rate_limit_is_handed_back_at_once_with_a_wait_until_the_next_hour() {
        sim.failNext(Fault.RATE_LIMITED, 1);
        int before = sim.apiRequests();

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY, TODAY)));

        assertThat(e.platformCode()).hasValue("10023");
        Instant after = CLOCK.instant();
        assertThat(e.retryAfter()).hasValueSatisfying(w -> {
            assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
            // received a moment before `after`: received + wait is a full hour, so after + wait is just past one
            Instant end = after.plus(w);
            assertThat(Duration.between(end.truncatedTo(java.time.temporal.ChronoUnit.HOURS), end))
                    .isLessThan(Duration.ofSeconds(30));
        });
        assertThat(sim.apiRequests() - before).isEqualTo(1);
    }

    @Test
    void followers_are_the_audience_snapshot() {
        List<AudienceMetrics> a = weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY, TODAY));

        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.account()).isEqualTo(WeiboTestSupport.ACCOUNT);
            assertThat(x.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(10_240);
        });
    }

    @Test
    void status_metrics_of_more_than_100_ids_are_read_in_calls_of_100() {
        List<String> ids = new ArrayList<>();
        Instant at = CLOCK.instant();
        for (int i = 0; i < 150; i++) {
            ids.add(sim.addStatus(WeiboTestSupport.UID, "第" + i + "条 https://brand.example.cn/" + i, at, i, 2L * i));
        }
        int before = sim.apiRequests();

        List<ContentMetrics> m = weibo.statusMetrics(WeiboTestSupport.ACCOUNT, ids);

        assertThat(sim.apiRequests() - before).isEqualTo(2);
        assertThat(m).hasSize(150);
        assertThat(m).filteredOn(x -> x.postId().equals(ids.get(149))).singleElement()
                .satisfies(x -> assertThat(x.count(Metric.LIKES)).hasValue(298));
    }

    @Test
    void user_counts_give_one_follower_snapshot_per_known_user() {
        List<AudienceMetrics> a = weibo.userCounts(WeiboTestSupport.ACCOUNT, List.of(WeiboTestSupport.UID, WeiboTestSupport.FAN));

        assertThat(a).extracting(x -> x.account().accountId()).containsExactly(WeiboTestSupport.UID, WeiboTestSupport.FAN);
        assertThat(a.get(1).count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(12);
        assertThat(a.get(1).account()).isEqualTo(AccountRef.of(Platform.WEIBO, WeiboTestSupport.FAN));
    }

    @Test
    void non_numeric_ids_and_foreign_accounts_are_refused_naming_the_field() {
        assertThatThrownBy(() -> weibo.statusMetrics(WeiboTestSupport.ACCOUNT, List.of("12", "abc")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("statusIds");
        assertThatThrownBy(() -> weibo.userCounts(AccountRef.of(Platform.DOUYIN, "x"), List.of("1")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("account");
    }
}
