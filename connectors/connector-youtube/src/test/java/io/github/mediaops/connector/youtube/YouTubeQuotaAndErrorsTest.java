package io.github.mediaops.connector.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Quota units counted per call by the documented costs, {@code quotaExceeded} typed and never retried (it lasts until
 * midnight Pacific time), {@code rateLimitExceeded} retried, a refused token refreshed once, a revoked refresh token
 * ending in re-authorisation.
 */
class YouTubeQuotaAndErrorsTest {
    // 2026-12-06T02:00Z is 2026-12-05 18:00 in Los Angeles (PST, UTC-8): six hours to the quota reset
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T02:00:00Z"));
    private YouTubeSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private YouTubeConnector connector(long simulatorUnits) {
        sim = YouTubeSimulator.builder().clock(clock).dailyUnits(simulatorUnits).build();
        YouTubeTestSupport.seed(sim, clock);
        return YouTubeTestSupport.authorized(sim, clock);
    }

    @Test
    void each_call_is_charged_its_documented_cost_list_1_and_comment_writes_50_analytics_0() {
        try (YouTubeConnector yt = connector(10_000)) {
            long start = yt.quota().unitsUsed(); // channels.list of the authorisation is not a user call: not counted
            var page = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10));
            assertThat(yt.quota().unitsUsed() - start).isEqualTo(1);
            yt.comments().reply(YouTubeTestSupport.ACCOUNT, page.items().get(0), "thanks!", "q-reply-1");
            assertThat(yt.quota().unitsUsed() - start).isEqualTo(51);
            yt.moderate(YouTubeTestSupport.ACCOUNT, page.items().get(1).commentId(), ModerationStatus.HELD_FOR_REVIEW, false);
            assertThat(yt.quota().unitsUsed() - start).isEqualTo(101);
            LocalDate today = LocalDate.ofInstant(clock.instant(), YouTubeConnector.ZONE);
            yt.dailyMetrics(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, DateRange.of(today.minusDays(6), today));
            assertThat(yt.quota().unitsUsed() - start).as("YouTube Analytics is not Data API quota").isEqualTo(101);
            assertThat(yt.quota().unitsUsed()).as("the simulator charged the same").isEqualTo(sim.unitsUsed() - 1);
            assertThat(yt.quota().day()).isEqualTo(LocalDate.parse("2026-12-05"));
        }
    }

    @Test
    void quota_exceeded_is_typed_handed_back_at_once_until_midnight_pacific_and_nothing_more_is_sent() {
        try (YouTubeConnector yt = connector(3)) { // authorisation 1 unit; two list calls left
            yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10));
            yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10));
            int before = sim.apiRequests();
            YouTubeQuotaExceededException e = catchThrowableOfType(YouTubeQuotaExceededException.class, () -> yt.comments()
                    .comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10)));
            assertThat(e).isNotNull();
            assertThat(e.sent()).isTrue();
            assertThat(e.platformCode()).hasValue("quotaExceeded");
            assertThat(e.httpStatus()).hasValue(403);
            assertThat(e.retryAfter()).as("until 2026-12-06T00:00 Los Angeles").hasValue(Duration.ofHours(6));
            assertThat(sim.apiRequests() - before).as("not retried").isEqualTo(1);
            assertThat(e.usage().exhausted()).isTrue();
            assertThat(e.usage().resetsAt()).isEqualTo(ZonedDateTime.parse("2026-12-06T00:00-08:00[America/Los_Angeles]").toInstant());

            YouTubeQuotaExceededException again = catchThrowableOfType(YouTubeQuotaExceededException.class, () -> yt.comments()
                    .comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10)));
            assertThat(again.sent()).as("refused by the connector's own count").isFalse();
            assertThat(sim.apiRequests() - before).isEqualTo(1);

            clock.advance(Duration.ofHours(6)); // midnight Pacific: a new quota day
            assertThat(yt.quota().exhausted()).isFalse();
            assertThat(yt.quota().unitsUsed()).isZero();
            assertThat(yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10))
                    .items()).isNotEmpty();
        }
    }

    @Test
    void a_call_that_would_overspend_the_configured_budget_is_refused_before_it_is_sent() {
        sim = YouTubeSimulator.builder().clock(clock).build();
        YouTubeTestSupport.seed(sim, clock);
        try (YouTubeConnector yt = YouTubeTestSupport.builder(sim, clock, Duration.ofSeconds(5)).dailyQuota(60, 100).build()) {
            yt.authorize(sim.authorizationCode(YouTubeTestSupport.CHANNEL));
            var page = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10));
            yt.comments().reply(YouTubeTestSupport.ACCOUNT, page.items().get(0), "first", "q-budget-1"); // 51 of 60
            int before = sim.apiRequests();
            YouTubeQuotaExceededException e = catchThrowableOfType(YouTubeQuotaExceededException.class, () -> yt.comments()
                    .reply(YouTubeTestSupport.ACCOUNT, page.items().get(1), "second", "q-budget-2"));
            assertThat(e.sent()).isFalse();
            assertThat(e.getMessage()).contains("costs 50 units and only 9 of 60");
            assertThat(sim.apiRequests()).isEqualTo(before);
            assertThat(sim.replies(page.items().get(1).commentId())).isEmpty();
        }
    }

    @Test
    void rate_limit_exceeded_is_retried_with_backoff_and_is_not_a_quota_error() {
        try (YouTubeConnector yt = connector(10_000)) {
            int before = sim.apiRequests();
            sim.failNext(Fault.RATE_LIMITED, 2);
            assertThat(yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10))
                    .items()).hasSize(2);
            assertThat(sim.apiRequests() - before).isEqualTo(3);
            sim.failNext(Fault.RATE_LIMITED, 3);
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> yt.comments()
                    .comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10)));
            assertThat(e).isNotInstanceOf(YouTubeQuotaExceededException.class);
            assertThat(e.platformCode()).hasValue("rateLimitExceeded");
            assertThat(e.retryable()).isTrue();
            assertThat(yt.quota().exhausted()).isFalse();
        }
    }

    @Test
    void a_401_refreshes_the_channel_token_once_and_repeats_the_call() {
        try (YouTubeConnector yt = connector(10_000)) {
            int tokens = sim.tokenRequests();
            int before = sim.apiRequests();
            sim.failNext(Fault.TOKEN_EXPIRED, 1);
            assertThat(yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10))
                    .items()).hasSize(2);
            assertThat(sim.tokenRequests() - tokens).isEqualTo(1);
            assertThat(sim.apiRequests() - before).isEqualTo(2);
            assertThat(yt.grant(YouTubeTestSupport.CHANNEL).orElseThrow().refreshToken()).as("Google keeps the refresh token")
                    .isNotNull();
        }
    }

    @Test
    void an_access_token_expiring_after_its_hour_is_refreshed_before_use() {
        try (YouTubeConnector yt = connector(10_000)) {
            int tokens = sim.tokenRequests();
            clock.advance(Duration.ofMinutes(59)); // within the 60 s margin of the 3599 s lifetime
            yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10));
            assertThat(sim.tokenRequests() - tokens).isEqualTo(1);
        }
    }

    @Test
    void a_revoked_refresh_token_ends_in_reauthorization_naming_the_channel() {
        try (YouTubeConnector yt = connector(10_000)) {
            sim.revokeRefreshTokens();
            sim.expireTokens();
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class, () -> yt
                    .comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(10)));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains(YouTubeTestSupport.CHANNEL).doesNotContain("1//0e");
        }
    }
}
