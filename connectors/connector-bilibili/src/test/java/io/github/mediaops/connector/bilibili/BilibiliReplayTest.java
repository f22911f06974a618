package io.github.mediaops.connector.bilibili;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.github.mediaops.connector.tck.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responses recorded by others (see {@code replay/SOURCES.md}), served byte for byte over loopback through the
 * connector's public API and checked field by field against the raw JSON (read with a plain Jackson tree, never
 * through the connector's mapper).
 */
class BilibiliReplayTest {
    private static final String AUTOMATION = "automation-tool/";
    private static final String OFFICIAL = "official/";
    private final ManualClock clock =
            new ManualClock(Instant.parse("2026-12-06T02:00:00Z"));
    private final ObjectMapper raw = new ObjectMapper();
    private final RecordedResponses replay = new RecordedResponses();
    private final LocalDate today = LocalDate.ofInstant(clock.instant(), BilibiliConnector.ZONE);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        replay.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(RecordedResponses.file(resource));
    }

    private BilibiliConnector connector() {
        return BilibiliConnector.builder(BilibiliTestSupport.config(replay.baseUrl(), "bili-replay", "replay-secret", clock,
                Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).partition(21).partBytes(4096).build();
    }

    /** A connector holding a grant for the test account: a valid access token, or an expired one. */
    private BilibiliConnector seeded(boolean expired) {
        BilibiliConnector c = connector();
        Instant expiry = expired ? clock.instant().minusSeconds(60) : clock.instant().plus(Duration.ofDays(10));
        c.seed(new UserGrant(BilibiliTestSupport.OPEN_ID, Secret.of("AT-seeded"), expiry, Secret.of("RT-seeded"), null, 0));
        return c;
    }

    private long n(JsonNode node) {
        assertThat(node.isNumber()).as("a recorded number").isTrue();
        return node.asLong();
    }

    @Test
    void a_refresh_answer_replaces_both_tokens_and_its_expires_in_is_an_absolute_time() throws IOException {
        JsonNode recorded = rawJson(AUTOMATION + "response-token-refresh-valid.json").path("data");
        replay.enqueue(200, AUTOMATION + "response-token-refresh-valid.json")
                .enqueue(200, OFFICIAL + "data_user_stat.json");
        try (BilibiliConnector c = seeded(true)) {
            List<AudienceMetrics> m = c.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, DateRange.of(today, today));
            UserGrant g = c.grant(BilibiliTestSupport.OPEN_ID).orElseThrow();
            assertThat(g.accessToken().reveal()).isEqualTo(recorded.path("access_token").asText());
            assertThat(g.refreshToken().reveal()).isEqualTo(recorded.path("refresh_token").asText());
            assertThat(g.accessExpiresAt()).isEqualTo(Instant.ofEpochSecond(n(recorded.path("expires_in"))));
            assertThat(m).singleElement().satisfies(a -> assertThat(a.count(AudienceMetric.FOLLOWERS_TOTAL))
                    .hasValue(n(rawJson(OFFICIAL + "data_user_stat.json").path("data").path("follower"))));
        }
        List<RecordedResponses.Received> sent = replay.received();
        assertThat(sent.get(0).method()).isEqualTo("POST");
        assertThat(sent.get(0).uri()).startsWith("/x/account-oauth2/v1/refresh_token?")
                .contains("client_id=bili-replay", "grant_type=refresh_token", "refresh_token=RT-seeded");
        assertThat(sent.get(1).uri()).startsWith("/arcopen/fn/data/user/stat?").contains("access_token="
                + recorded.path("access_token").asText());
    }

    @Test
    void a_grant_answer_is_the_accounts_tokens() throws IOException {
        JsonNode recorded = rawJson(AUTOMATION + "response-token-grant-valid.json").path("data");
        // the grant names no account; the connector reads it from account/info (a constructed answer, see SOURCES.md)
        replay.enqueue(200, AUTOMATION + "response-token-grant-valid.json")
                .enqueue(200, "constructed/account_info.json");
        try (BilibiliConnector c = connector()) {
            UserGrant g = c.authorize("code-from-callback");
            assertThat(g.account()).isEqualTo(rawJson("constructed/account_info.json").path("data").path("openid").asText());
            assertThat(g.accessToken().reveal()).isEqualTo(recorded.path("access_token").asText());
            assertThat(g.refreshToken().reveal()).isEqualTo(recorded.path("refresh_token").asText());
            assertThat(g.accessExpiresAt()).isEqualTo(Instant.ofEpochSecond(n(recorded.path("expires_in"))));
        }
        assertThat(replay.received().get(0).uri()).startsWith("/x/account-oauth2/v1/token?")
                .contains("grant_type=authorization_code", "code=code-from-callback", "client_secret=replay-secret");
    }

    @Test
    void a_reused_refresh_token_ends_the_chain_with_a_typed_reauthorization() throws IOException {
        JsonNode recorded = rawJson(AUTOMATION + "response-token-refresh-error-reused.json");
        replay.enqueue(200, AUTOMATION + "response-token-refresh-error-reused.json");
        try (BilibiliConnector c = seeded(true)) {
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                    () -> c.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, DateRange.of(today, today)));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains(BilibiliTestSupport.OPEN_ID).contains(recorded.path("code").asText());
        }
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void a_refused_client_is_a_credentials_error_without_retry() throws IOException {
        JsonNode recorded = rawJson(AUTOMATION + "response-token-grant-error-bad-client.json");
        replay.enqueue(200, AUTOMATION + "response-token-grant-error-bad-client.json");
        try (BilibiliConnector c = connector()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> c.authorize("code"));
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.retryable()).isFalse();
            assertThat(e.details().platformCode()).hasValue(recorded.path("code").asText());
            assertThat(e.details().platformMessage()).hasValue(recorded.path("message").asText());
        }
        assertThat(replay.received()).hasSize(1);
    }

    private PublishRequest request(String key) throws IOException {
        return BilibiliTestSupport.request(key, "回放投稿", BilibiliTestSupport.video(dir, "replay.mp4", 10_000),
                BilibiliTestSupport.cover(dir), "生活记录");
    }

    @Test
    void a_submission_runs_init_parts_complete_cover_and_add_on_the_recorded_answers() throws IOException {
        JsonNode init = rawJson(AUTOMATION + "response-upload-init-valid.json").path("data");
        JsonNode cover = rawJson(AUTOMATION + "response-cover-upload-valid.json").path("data");
        JsonNode added = rawJson(AUTOMATION + "response-archive-add-valid.json").path("data");
        replay.enqueue(200, AUTOMATION + "response-upload-init-valid.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, AUTOMATION + "response-upload-complete-valid.json")
                .enqueue(200, AUTOMATION + "response-cover-upload-valid.json")
                .enqueue(200, AUTOMATION + "response-archive-add-valid.json");
        PublishTicket t;
        try (BilibiliConnector c = seeded(false)) {
            t = c.publishing().publish(request("replay-1"));
        }
        assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(t.ticketId()).isEqualTo(added.path("resource_id").asText());
        List<RecordedResponses.Received> sent = replay.received();
        assertThat(sent).hasSize(7);
        assertThat(sent.get(0).uri()).startsWith("/arcopen/fn/archive/video/init?");
        assertThat(raw.readTree(sent.get(0).body())).isEqualTo(raw.readTree("{\"name\":\"replay.mp4\",\"utype\":\"0\"}"));
        String token = init.path("upload_token").asText();
        for (int part = 1; part <= 3; part++) {
            assertThat(sent.get(part).uri()).isEqualTo("/video/v2/part/upload?upload_token=" + token + "&part_number=" + part);
        }
        assertThat(sent.get(4).uri()).isEqualTo("/arcopen/fn/archive/video/complete?upload_token=" + token);
        assertThat(sent.get(5).uri()).startsWith("/arcopen/fn/archive/cover/upload?");
        assertThat(sent.get(6).uri()).startsWith("/arcopen/fn/archive/add-by-utoken?").endsWith("upload_token=" + token);
        JsonNode submission = raw.readTree(sent.get(6).body());
        assertThat(submission.path("cover").asText()).isEqualTo(cover.path("url").asText());
        assertThat(submission.path("title").asText()).isEqualTo("回放投稿");
        assertThat(submission.path("tid").asInt()).isEqualTo(21);
        assertThat(submission.path("tag").asText()).isEqualTo("生活记录");
    }

    @Test
    void a_busy_cover_upload_is_retried_and_a_frequency_refusal_of_the_submission_is_not() throws IOException {
        JsonNode frequency = rawJson(AUTOMATION + "response-archive-add-error-frequency.json");
        replay.enqueue(200, AUTOMATION + "response-upload-init-valid.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, AUTOMATION + "response-upload-complete-valid.json")
                .enqueue(200, AUTOMATION + "response-cover-upload-error-busy.json")
                .enqueue(200, AUTOMATION + "response-cover-upload-valid.json")
                .enqueue(200, AUTOMATION + "response-archive-add-error-frequency.json");
        try (BilibiliConnector c = seeded(false)) {
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                    () -> c.publishing().publish(request("replay-2")));
            assertThat(e.details().platformCode()).hasValue(frequency.path("code").asText());
            assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30)); // "请稍等30秒"
        }
        assertThat(replay.received()).hasSize(8);
        assertThat(replay.received()).filteredOn(r -> r.uri().startsWith("/arcopen/fn/archive/cover/upload")).hasSize(2);
        assertThat(replay.received()).filteredOn(r -> r.uri().startsWith("/arcopen/fn/archive/add-by-utoken")).hasSize(1);
    }

    @Test
    void a_sensitive_submission_is_a_rejected_ticket() throws IOException {
        JsonNode sensitive = rawJson(AUTOMATION + "response-archive-add-error-sensitive.json");
        replay.enqueue(200, AUTOMATION + "response-upload-init-valid.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, OFFICIAL + "part_upload.json")
                .enqueue(200, AUTOMATION + "response-upload-complete-valid.json")
                .enqueue(200, AUTOMATION + "response-cover-upload-valid.json")
                .enqueue(200, AUTOMATION + "response-archive-add-error-sensitive.json");
        try (BilibiliConnector c = seeded(false)) {
            PublishTicket t = c.publishing().publish(request("replay-3"));
            assertThat(t.status()).isEqualTo(PublishStatus.REJECTED);
            assertThat(t.reason()).contains(sensitive.path("message").asText());
        }
    }

    @Test
    void an_unauthorised_scope_stops_the_submission_at_init() throws IOException {
        JsonNode recorded = rawJson(AUTOMATION + "response-upload-init-error-scope.json");
        replay.enqueue(200, AUTOMATION + "response-upload-init-error-scope.json");
        try (BilibiliConnector c = seeded(false)) {
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> c.publishing().publish(request("replay-4")));
            assertThat(e.details().platformCode()).hasValue(recorded.path("code").asText());
        }
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void a_refused_upload_token_and_an_expired_merge_are_typed_invalid_requests() throws IOException {
        replay.enqueue(200, AUTOMATION + "response-upload-init-valid.json")
                .enqueue(200, AUTOMATION + "response-part-upload-error-token.json");
        try (BilibiliConnector c = seeded(false)) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> c.publishing().publish(request("replay-5")));
            assertThat(e.details().platformCode())
                    .hasValue(rawJson(AUTOMATION + "response-part-upload-error-token.json").path("code").asText());
        }
        assertThat(replay.received()).hasSize(2);

        try (RecordedResponses again = new RecordedResponses()) {
            again.enqueue(200, AUTOMATION + "response-upload-init-valid.json")
                    .enqueue(200, OFFICIAL + "part_upload.json")
                    .enqueue(200, OFFICIAL + "part_upload.json")
                    .enqueue(200, OFFICIAL + "part_upload.json")
                    .enqueue(200, AUTOMATION + "response-upload-complete-error-expired.json");
            BilibiliConnector c = BilibiliConnector.builder(BilibiliTestSupport.config(again.baseUrl(), "bili-replay",
                    "replay-secret", clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries())
                    .partition(21).partBytes(4096).build();
            c.seed(new UserGrant(BilibiliTestSupport.OPEN_ID, Secret.of("AT"), clock.instant().plusSeconds(3600),
                    Secret.of("RT"), null, 0));
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> c.publishing().publish(request("replay-6")));
            assertThat(e.details().platformMessage())
                    .hasValue(rawJson(AUTOMATION + "response-upload-complete-error-expired.json").path("message").asText());
            c.close();
        }
    }

    @Test
    void archive_view_answers_open_and_returned_archives() throws IOException {
        JsonNode open = rawJson(AUTOMATION + "response-archive-view-valid.json").path("data");
        JsonNode returned = rawJson(AUTOMATION + "response-archive-view-rejected-state.json").path("data");
        replay.enqueue(200, AUTOMATION + "response-archive-view-valid.json")
                .enqueue(200, AUTOMATION + "response-archive-view-rejected-state.json");
        try (BilibiliConnector c = seeded(false)) {
            PublishTicket pending = PublishTicket.pending(open.path("resource_id").asText(), BilibiliTestSupport.ACCOUNT,
                    "replay-7", clock.instant());
            PublishTicket live = c.publishing().refresh(pending);
            assertThat(live.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(live.live()).hasValueSatisfying(p -> {
                assertThat(p.url()).isEqualTo(URI.create(open.path("video_info").path("share_url").asText()));
                assertThat(p.publishedAt()).isEqualTo(Instant.ofEpochSecond(n(open.path("ptime"))));
            });
            PublishTicket back = c.publishing().refresh(pending);
            assertThat(back.status()).isEqualTo(PublishStatus.REJECTED);
            assertThat(back.reason()).isEqualTo(returned.path("addit_info").path("reject_reason").asText());
        }
        assertThat(replay.received().get(0).uri()).startsWith("/arcopen/fn/archive/view?")
                .contains("resource_id=" + open.path("resource_id").asText());
    }

    @Test
    void content_metrics_read_the_open_archives_of_the_list_and_their_lifetime_counts() throws IOException {
        JsonNode list = rawJson(AUTOMATION + "response-archive-viewlist-valid.json").path("data").path("list");
        JsonNode stat = rawJson(OFFICIAL + "data_arc_stat.json").path("data");
        replay.enqueue(200, AUTOMATION + "response-archive-viewlist-valid.json")
                .enqueue(200, OFFICIAL + "data_arc_stat.json");
        List<ContentMetrics> m;
        try (BilibiliConnector c = seeded(false)) {
            m = c.contentMetrics().contentMetrics(BilibiliTestSupport.ACCOUNT, DateRange.of(today.minusDays(6), today));
        }
        String openArchive = list.get(0).path("resource_id").asText();
        assertThat(list.get(1).path("addit_info").path("state").asInt()).as("the second is under review").isNotZero();
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.postId()).isEqualTo(openArchive);
            assertThat(x.coverage()).isEqualTo(Coverage.LIFETIME);
            assertThat(x.day()).isEqualTo(today);
            assertThat(x.values()).containsOnly(
                    Map.entry(Metric.VIEWS, (double) n(stat.path("view"))),
                    Map.entry(Metric.DANMAKU, (double) n(stat.path("danmaku"))),
                    Map.entry(Metric.COMMENTS, (double) n(stat.path("reply"))),
                    Map.entry(Metric.SAVES, (double) n(stat.path("favorite"))),
                    Map.entry(Metric.SHARES, (double) n(stat.path("share"))),
                    Map.entry(Metric.LIKES, (double) n(stat.path("like"))));
        });
        assertThat(replay.received()).hasSize(2);
        assertThat(replay.received().get(0).uri()).contains("pn=1", "ps=20");
        assertThat(replay.received().get(1).uri()).startsWith("/arcopen/fn/data/arc/stat?").contains("resource_id=" + openArchive);
    }

    @Test
    void the_misspelt_icn_reply_of_the_increments_is_the_comment_increment() throws IOException {
        JsonNode d = rawJson(OFFICIAL + "data_arc_inc_stats_excerpt.json").path("data");
        assertThat(d.has("icn_reply")).isTrue();
        assertThat(d.has("inc_reply")).isFalse();
        replay.enqueue(200, OFFICIAL + "data_arc_inc_stats_excerpt.json");
        BilibiliIncrements inc;
        try (BilibiliConnector c = seeded(false)) {
            inc = c.increments(BilibiliTestSupport.ACCOUNT);
        }
        assertThat(inc.values()).containsOnly(Map.entry(Metric.VIEWS, n(d.path("inc_click"))),
                Map.entry(Metric.DANMAKU, n(d.path("inc_dm"))), Map.entry(Metric.COMMENTS, n(d.path("icn_reply"))));
        assertThat(inc.unmapped()).as("the excerpt ends before inc_coin and inc_elec").isEmpty();
        assertThat(inc.windowDays()).isEqualTo(30);
        assertThat(replay.received().get(0).uri()).startsWith("/arcopen/fn/data/arc/inc-stats?");
    }
}
