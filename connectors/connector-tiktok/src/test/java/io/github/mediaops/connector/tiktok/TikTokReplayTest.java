package io.github.mediaops.connector.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses recorded by others (see {@code replay/SOURCES.md}), served byte for byte over loopback and checked
 * field by field against the raw JSON (read with a plain Jackson tree, never through the connector's mapper).
 */
class TikTokReplayTest {
    private static final String OPEN_ID = "afd97af1-b87b-48b9-ac98-410aghda5344";
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.TIKTOK, OPEN_ID);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final LocalDate today = LocalDate.parse("2026-11-20");
    private final ObjectMapper raw = new ObjectMapper();
    private final RecordedResponses replay = new RecordedResponses();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        replay.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(RecordedResponses.file(resource));
    }

    private TikTokConnector connector(String clientKey) {
        return TikTokConnector.builder(TikTokTestSupport.config(replay.baseUrl(), clientKey, "replay-secret", clock,
                Duration.ofSeconds(5))).redirectUri("https://ops.example.com/tiktok/callback")
                .resilience(KitResilience.fastRetries()).build();
    }

    /** A connector holding a valid grant for {@link #OPEN_ID}, so that API calls go straight out. */
    private TikTokConnector authorizedConnector() {
        TikTokConnector c = connector("replay-key");
        c.seed(new UserGrant(OPEN_ID, Secret.of("act.replay"), clock.instant().plus(Duration.ofHours(20)),
                Secret.of("rft.replay"), clock.instant().plus(Duration.ofDays(300)), 0));
        return c;
    }

    @Test
    void the_refresh_grant_answer_replaces_both_tokens_with_tiktoks_lifetimes() throws IOException {
        JsonNode d = rawJson("skit/OAuthRefreshTokenResponse.json");
        replay.enqueue(200, "skit/OAuthRefreshTokenResponse.json").enqueue(200, "skit/UserInfoResponse.json");
        try (TikTokConnector c = connector("replay-key")) {
            c.seed(new UserGrant(OPEN_ID, Secret.of("act.old"), clock.instant().minusSeconds(5), Secret.of("rft.old"),
                    clock.instant().plus(Duration.ofDays(100)), 0));
            assertThat(c.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(today)))
                    .as("the recorded user info has no follower_count: no snapshot, not zero").isEmpty();
            UserGrant g = c.grant(OPEN_ID).orElseThrow();
            assertThat(g.accessToken().reveal()).isEqualTo(d.get("access_token").asText());
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(d.get("expires_in").asLong()));
            assertThat(g.refreshToken().reveal()).isEqualTo(d.get("refresh_token").asText());
            assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plusSeconds(d.get("refresh_expires_in").asLong()));
        }
        RecordedResponses.Received refresh = replay.received().get(0);
        assertThat(refresh.uri()).isEqualTo("/v2/oauth/token/");
        assertThat(refresh.body()).contains("grant_type=refresh_token").contains("refresh_token=rft.old")
                .contains("client_key=replay-key");
        RecordedResponses.Received info = replay.received().get(1);
        assertThat(info.method()).isEqualTo("GET");
        assertThat(info.query().get("fields")).contains("follower_count");
    }

    @Test
    void the_documented_token_sample_that_carries_an_oauth_error_is_refused_with_it() throws IOException {
        JsonNode d = rawJson("skit/OAuthAccessTokenResponse.json");
        replay.enqueue(200, "skit/OAuthAccessTokenResponse.json");
        try (TikTokConnector c = connector("replay-key")) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> c.authorize("code-1"));
            assertThat(e.details().platformCode()).contains(d.get("error").asText());
            assertThat(e.details().platformMessage()).contains(d.get("error_description").asText());
            assertThat(e.retryable()).isFalse();
            assertThat(c.grant(OPEN_ID)).isEmpty();
        }
        assertThat(replay.received().get(0).body()).contains("grant_type=authorization_code").contains("code=code-1")
                .contains("redirect_uri=https%3A%2F%2Fops.example.com%2Ftiktok%2Fcallback");
    }

    @Test
    void creator_info_gives_the_privacy_levels_interaction_switches_and_longest_video() throws IOException {
        JsonNode d = rawJson("skit/PostPublishCreatorInfoQueryResponse.json").get("data");
        replay.enqueue(200, "skit/PostPublishCreatorInfoQueryResponse.json");
        try (TikTokConnector c = authorizedConnector()) {
            CreatorInfo info = c.creatorInfo(ACCOUNT);
            assertThat(info.username()).isEqualTo(d.get("creator_username").asText());
            assertThat(info.nickname()).isEqualTo(d.get("creator_nickname").asText());
            assertThat(info.privacyLevels()).hasSize(d.get("privacy_level_options").size());
            d.get("privacy_level_options").forEach(o -> assertThat(info.privacyLevels()).contains(PrivacyLevel.valueOf(o.asText())));
            assertThat(info.commentDisabled()).isEqualTo(d.get("comment_disabled").asBoolean());
            assertThat(info.duetDisabled()).isEqualTo(d.get("duet_disabled").asBoolean());
            assertThat(info.stitchDisabled()).isEqualTo(d.get("stitch_disabled").asBoolean());
            assertThat(info.maxVideoDuration()).isEqualTo(Duration.ofSeconds(d.get("max_video_post_duration_sec").asLong()));
        }
        assertThat(replay.received().get(0).uri()).isEqualTo("/v2/post/publish/creator_info/query/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"skit/PostPublishVideoInitResponse.json", "api-evangelist/initVideoPublish-response.json"})
    void a_direct_post_init_answer_gives_the_publish_id_and_upload_url(String file) throws IOException {
        JsonNode d = rawJson(file).get("data");
        JsonNode documentedRequest = rawJson("skit/PostPublishVideoInitRequest.json");
        replay.enqueue(200, file);
        long size = documentedRequest.get("source_info").get("video_size").asLong();
        TikTokUpload.Plan plan = new TikTokUpload.Plan(size, TikTokConnector.CHUNK_RULES.partBytes(size),
                TikTokConnector.CHUNK_RULES.partCount(size));
        CreatorInfo creator = new CreatorInfo("tiktok", "TikTok Official", Set.of(PrivacyLevel.MUTUAL_FOLLOW_FRIENDS),
                false, false, false, Duration.ofSeconds(300));
        try (TikTokConnector c = authorizedConnector()) {
            TikTokPublishing.Journal j = c.posting().init(c.posting().tokens(OPEN_ID), TikTokPublishing.DIRECT_INIT,
                    TikTokPostSettings.directPost(PrivacyLevel.MUTUAL_FOLLOW_FRIENDS).withInteractionsDisabled(true, false, false)
                            .withCoverAt(1000), creator,
                    TikTokTestSupport.request("k", "this will be a funny #cat video on your @tiktok #fyp",
                            TikTokTestSupport.video(dir, "v.mp4", 10, Duration.ofSeconds(10))).variant().content(), plan);
            assertThat(j.publishId()).isEqualTo(d.get("publish_id").asText());
            assertThat(j.uploadUrl()).isEqualTo(d.get("upload_url").asText());
            assertThat(j.toString()).doesNotContain("upload_token");
        }
        JsonNode sent = raw.readTree(replay.received().get(0).body());
        assertThat(sent.get("source_info")).as("our chunk plan for the guide's 50,000,123-byte example is TikTok's")
                .isEqualTo(documentedRequest.get("source_info"));
        assertThat(sent.get("post_info")).isEqualTo(documentedRequest.get("post_info"));
    }

    @Test
    void an_inbox_init_answer_gives_the_publish_id_and_upload_url() throws IOException {
        JsonNode d = rawJson("skit/PostPublishInboxVideoInitResponse.json").get("data");
        replay.enqueue(200, "skit/PostPublishInboxVideoInitResponse.json");
        CreatorInfo creator = new CreatorInfo("u", "n", Set.of(PrivacyLevel.SELF_ONLY), false, false, false, Duration.ofSeconds(60));
        try (TikTokConnector c = authorizedConnector()) {
            TikTokPublishing.Journal j = c.posting().init(c.posting().tokens(OPEN_ID), TikTokPublishing.INBOX_INIT,
                    TikTokPostSettings.inbox(), creator, TikTokTestSupport.request("k", "draft",
                            TikTokTestSupport.video(dir, "i.mp4", 10, Duration.ofSeconds(10))).variant().content(),
                    new TikTokUpload.Plan(10, 10, 1));
            assertThat(j.publishId()).isEqualTo(d.get("publish_id").asText());
            assertThat(j.uploadUrl()).isEqualTo(d.get("upload_url").asText());
            assertThat(j.mode()).isEqualTo(PostMode.INBOX);
        }
        JsonNode sent = raw.readTree(replay.received().get(0).body());
        assertThat(replay.received().get(0).uri()).isEqualTo("/v2/post/publish/inbox/video/init/");
        assertThat(sent.has("post_info")).as("an inbox upload sends no post settings").isFalse();
        assertThat(sent.get("source_info").get("total_chunk_count").asInt()).isEqualTo(1);
    }

    @Test
    void an_init_answer_without_an_upload_url_is_unexpected_for_a_file_upload() throws IOException {
        replay.enqueue(200, "skit/PostPublishContentInitResponse.json");
        CreatorInfo creator = new CreatorInfo("u", "n", Set.of(PrivacyLevel.SELF_ONLY), false, false, false, Duration.ofSeconds(60));
        try (TikTokConnector c = authorizedConnector()) {
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> c.posting().init(
                    c.posting().tokens(OPEN_ID), TikTokPublishing.DIRECT_INIT, TikTokPostSettings.directPost(PrivacyLevel.SELF_ONLY),
                    creator, TikTokTestSupport.request("k", "photo", TikTokTestSupport.video(dir, "p.mp4", 10,
                            Duration.ofSeconds(10))).variant().content(), new TikTokUpload.Plan(10, 10, 1)));
            assertThat(e).hasMessageContaining("upload_url");
        }
    }

    @Test
    void a_failed_status_fails_the_ticket_with_tiktoks_reason_and_the_misspelled_id_list_is_read() throws IOException {
        JsonNode d = rawJson("skit/PostPublishStatusFetchResponse.json").get("data");
        replay.enqueue(200, "skit/PostPublishStatusFetchResponse.json");
        PublishTicket pending = PublishTicket.pending("v_pub_file~v2-1.123456789", ACCOUNT, "k-status", clock.instant());
        try (TikTokConnector c = authorizedConnector()) {
            PublishTicket t = c.publishing().refresh(pending);
            assertThat(t.status()).isEqualTo(PublishStatus.FAILED);
            assertThat(t.failureReason()).contains("TikTok: " + d.get("fail_reason").asText());
        }
        assertThat(raw.readTree(replay.received().get(0).body()).get("publish_id").asText()).isEqualTo(pending.ticketId());
        // the same answer as PUBLISH_COMPLETE with an id in the misspelled list publishes the post under that id
        PublishTicket done = TikTokPublishing.advance(pending, "PUBLISH_COMPLETE", null, List.of("7012345678901234567"),
                Optional.empty(), clock.instant());
        assertThat(done.live().orElseThrow().postId()).isEqualTo("7012345678901234567");
        assertThat(d.get("publicaly_available_post_id").isArray()).isTrue();
    }

    @Test
    void a_video_list_without_requested_counts_gives_no_snapshot_and_one_page() throws IOException {
        JsonNode d = rawJson("skit/VideoListResponse.json").get("data");
        replay.enqueue(200, "skit/VideoListResponse.json");
        try (TikTokConnector c = authorizedConnector()) {
            assertThat(c.contentMetrics().contentMetrics(ACCOUNT, DateRange.day(today))).isEmpty();
        }
        assertThat(d.get("has_more").asBoolean()).isFalse();
        RecordedResponses.Received r = replay.received().get(0);
        assertThat(r.uri()).startsWith("/v2/video/list/");
        assertThat(r.query().get("fields")).contains("view_count").contains("like_count").contains("comment_count")
                .contains("share_count");
        assertThat(raw.readTree(r.body()).get("max_count").asInt()).isEqualTo(20);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void a_video_query_sends_the_documented_filter_and_reads_the_answer() throws IOException {
        JsonNode documented = rawJson("skit/VideoQueryRequest.json");
        replay.enqueue(200, "skit/VideoQueryResponse.json");
        List<String> ids = List.of(documented.get("filters").get("video_ids").get(0).asText(),
                documented.get("filters").get("video_ids").get(1).asText());
        try (TikTokConnector c = authorizedConnector()) {
            assertThat(c.videoMetrics(ACCOUNT, ids)).as("the recorded videos carry titles, no counts").isEmpty();
        }
        assertThat(raw.readTree(replay.received().get(0).body())).isEqualTo(documented);
    }

    @Test
    void a_recorded_user_info_with_counts_is_todays_follower_snapshot() throws IOException {
        JsonNode u = rawJson("api-evangelist/getUserInfo-response.json").get("data").get("user");
        replay.enqueue(200, "api-evangelist/getUserInfo-response.json");
        try (TikTokConnector c = authorizedConnector()) {
            assertThat(c.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(today))).singleElement()
                    .satisfies(m -> assertThat(m.values()).containsEntry(AudienceMetric.FOLLOWERS_TOTAL,
                            u.get("follower_count").asLong()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"official/webhook-authorization-removed.json", "official/webhook-video-upload-failed.json"})
    void documented_webhook_payloads_verify_and_are_delivered_once(String file) throws IOException {
        JsonNode d = rawJson(file);
        byte[] body = RecordedResponses.file(file);
        long t = d.get("create_time").asLong() + 10;
        ManualClock then = new ManualClock(Instant.ofEpochSecond(t + 20));
        ConnectorConfig config = ConnectorConfig.builder().credentials(Credentials.builder()
                .identifier("clientKey", d.get("client_key").asText()).secret("clientSecret", "replay-secret").build())
                .clock(then).build();
        try (TikTokConnector c = TikTokConnector.builder(config).build()) {
            WebhookRequest push = new WebhookRequest(
                    "POST", Map.of(), Map.of("TikTok-Signature",
                    "t=" + t + ",s=" + TikTokSimulator.sign("replay-secret", t, body)), body);
            WebhookResult r = c.webhooks().handle(push);
            assertThat(r.response().status()).isEqualTo(200);
            assertThat(r.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.Other.class, o -> {
                assertThat(o.type()).isEqualTo(d.get("event").asText());
                assertThat(o.platform()).isEqualTo(Platform.TIKTOK);
            });
            assertThat(c.webhooks().handle(push).events()).as("TikTok delivers at least once").isEmpty();
            AuthenticationException wrongSecret = catchThrowableOfType(AuthenticationException.class, () -> c.webhooks()
                    .handle(new WebhookRequest("POST", Map.of(), Map.of(
                            "TikTok-Signature", "t=" + t + ",s=" + TikTokSimulator.sign("other-secret", t, body)), body)));
            assertThat(wrongSecret.retryable()).isFalse();
        }
    }

    @Test
    void the_documented_v2_error_struct_is_typed_as_an_expired_token() throws IOException {
        JsonNode e = rawJson("official/v2-error-handling-example.json");
        ConnectorException typed = TikTokConnector.ERRORS.exception("v2/user/info", e.get("code").asText(),
                e.get("message").asText(), 401, null, clock.instant());
        assertThat(typed).isInstanceOfSatisfying(AuthenticationException.class, a -> assertThat(a.tokenExpired()).isTrue());
        assertThat(typed.retryable()).isTrue();
        assertThat(typed.details().platformMessage()).contains(e.get("message").asText());
    }
}
