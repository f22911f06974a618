package io.github.mediaops.connector.kuaishou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.upload.UploadInterruptedException;
import io.github.mediaops.connector.support.upload.UploadSource;
import io.github.mediaops.connector.support.upload.UploadState;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Responses recorded by others (see {@code replay/SOURCES.md}), served byte for byte over loopback and checked
 * field by field against the raw JSON (read with a plain Jackson tree, never through the connector's mapper).
 */
class KuaishouReplayTest {
    private static final String OPEN_ID = "open-1";
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.KUAISHOU, OPEN_ID);
    private final KuaishouTestSupport.MovingClock clock = new KuaishouTestSupport.MovingClock(Instant.parse("2026-11-20T04:00:00Z"));
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

    private KuaishouConnector connector() {
        return KuaishouConnector.builder(KuaishouTestSupport.config(replay.baseUrl(), "ks-replay", "replay-secret", clock,
                Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
    }

    private KuaishouApi api() {
        return new Retrofit.Builder().baseUrl(replay.baseUrl().toString())
                .addConverterFactory(JacksonConverterFactory.create(Json.tolerantMapper())).build().create(KuaishouApi.class);
    }

    private String gateway() {
        return replay.baseUrl().getAuthority();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yimei/Oauth2AccessTokenResponse.json", "official/oauth2_access_token.json"})
    void access_token_responses_are_the_accounts_grant(String file) throws IOException {
        replay.enqueue(200, file);
        JsonNode d = rawJson(file);
        try (KuaishouConnector c = connector()) {
            UserGrant g = c.authorize("the-code");
            assertThat(g.account()).isEqualTo(d.get("open_id").asText());
            assertThat(g.accessToken()).isEqualTo(Secret.of(d.get("access_token").asText()));
            assertThat(g.refreshToken()).isEqualTo(Secret.of(d.get("refresh_token").asText()));
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(d.get("expires_in").asLong()));
            assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plusSeconds(d.get("refresh_token_expires_in").asLong()));
        }
        RecordedResponses.Received asked = replay.received().get(0);
        assertThat(asked.method()).isEqualTo("GET");
        assertThat(asked.uri()).startsWith("/oauth2/access_token?").contains("app_id=ks-replay")
                .contains("app_secret=replay-secret").contains("code=the-code").contains("grant_type=authorization_code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yimei/Oauth2RefreshTokenResponse.json", "platform-mcp/refresh_token_rotated.json",
            "platform-mcp/refresh_token_access_only.json"})
    void refresh_responses_rotate_the_refresh_token_when_they_carry_one(String file) throws IOException {
        replay.enqueue(200, file).enqueue(200, "yimei/OpenapiUserInfoResponse.json");
        JsonNode d = rawJson(file);
        JsonNode user = rawJson("yimei/OpenapiUserInfoResponse.json").get("user_info");
        Instant oldExpiry = clock.instant().plus(Duration.ofDays(100));
        try (KuaishouConnector c = connector()) {
            c.seed(new UserGrant(OPEN_ID, Secret.of("old-access"), clock.instant().minusSeconds(1), Secret.of("old-refresh"),
                    oldExpiry, 0));
            List<AudienceMetrics> a = c.audienceMetrics().audienceMetrics(ACCOUNT,
                    DateRange.day(LocalDate.now(clock.withZone(KuaishouConnector.ZONE))));
            assertThat(a).singleElement().satisfies(m ->
                    assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(user.get("fan").asLong()));
            UserGrant g = c.grant(OPEN_ID).orElseThrow();
            assertThat(g.accessToken()).isEqualTo(Secret.of(d.get("access_token").asText()));
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(d.get("expires_in").asLong()));
            if (d.has("refresh_token")) {
                assertThat(g.refreshToken()).as("Kuaishou rotates the refresh token").isEqualTo(Secret.of(d.get("refresh_token").asText()));
                assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plusSeconds(d.get("refresh_token_expires_in").asLong()));
            } else {
                assertThat(g.refreshToken()).as("no new refresh token: the old one is kept").isEqualTo(Secret.of("old-refresh"));
                assertThat(g.refreshExpiresAt()).isEqualTo(oldExpiry);
            }
        }
        List<RecordedResponses.Received> asked = replay.received();
        assertThat(asked.get(0).uri()).startsWith("/oauth2/refresh_token?").contains("refresh_token=old-refresh")
                .contains("grant_type=refresh_token").contains("app_id=ks-replay").contains("app_secret=replay-secret");
        assertThat(asked.get(1).uri()).startsWith("/openapi/user_info?").contains("app_id=ks-replay")
                .contains("access_token=" + d.get("access_token").asText());
    }

    @Test
    void a_user_info_without_most_fields_still_gives_the_follower_count() throws IOException {
        replay.enqueue(200, "platform-mcp/user_info_partial.json");
        JsonNode d = rawJson("platform-mcp/user_info_partial.json").get("user_info");
        try (KuaishouConnector c = connector()) {
            seedLive(c);
            AudienceMetrics m = c.audienceMetrics().audienceMetrics(ACCOUNT,
                    DateRange.day(LocalDate.now(clock.withZone(KuaishouConnector.ZONE)))).get(0);
            assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(d.get("fan").asLong());
            assertThat(m.values()).hasSize(1);
        }
        KuaishouApi.UserInfo u = userInfoOverWire("platform-mcp/user_info_partial.json");
        assertThat(u.name()).isEqualTo(d.get("name").asText());
        assertThat(u.follow()).as("left out: absent, not zero").isNull();
        assertThat(u.sex()).isNull();
    }

    @Test
    void the_full_user_info_maps_every_field() throws IOException {
        JsonNode d = rawJson("yimei/OpenapiUserInfoResponse.json").get("user_info");
        KuaishouApi.UserInfo u = userInfoOverWire("yimei/OpenapiUserInfoResponse.json");
        assertThat(u.name()).isEqualTo(d.get("name").asText());
        assertThat(u.sex()).isEqualTo(d.get("sex").asText());
        assertThat(u.fan()).isEqualTo(d.get("fan").asLong());
        assertThat(u.follow()).isEqualTo(d.get("follow").asLong());
        assertThat(u.head()).isEqualTo(d.get("head").asText());
        assertThat(u.bigHead()).isEqualTo(d.get("bigHead").asText());
        assertThat(u.city()).isEqualTo(d.get("city").asText());
    }

    private KuaishouApi.UserInfo userInfoOverWire(String file) throws IOException {
        replay.enqueue(200, file);
        return api().userInfo("ks-replay", "t").execute().body().userInfo();
    }

    private void seedLive(KuaishouConnector c) {
        c.seed(new UserGrant(OPEN_ID, Secret.of("access-1"), clock.instant().plus(Duration.ofDays(1)), Secret.of("refresh-1"),
                clock.instant().plus(Duration.ofDays(100)), 0));
    }

    @Test
    void a_discarded_refresh_token_asks_the_host_to_reauthorise_with_kuaishous_code_and_message() throws IOException {
        replay.enqueue(200, "platform-mcp/error_refresh_token_discarded.json");
        JsonNode d = rawJson("platform-mcp/error_refresh_token_discarded.json");
        try (KuaishouConnector c = connector()) {
            c.seed(new UserGrant(OPEN_ID, Secret.of("old-access"), clock.instant().minusSeconds(1), Secret.of("rt-rotated-away"),
                    clock.instant().plus(Duration.ofDays(100)), 0));
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                    () -> c.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(LocalDate.now(clock.withZone(KuaishouConnector.ZONE)))));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains(d.get("result").asText()).contains(d.get("error_msg").asText())
                    .doesNotContain("rt-rotated-away");
        }
        assertThat(replay.received()).as("refused, not retried").hasSize(1);
    }

    @Test
    void photo_info_maps_counts_and_a_video_without_play_url_is_still_pending() throws IOException {
        replay.enqueue(200, "platform-mcp/photo_info.json");
        JsonNode d = rawJson("platform-mcp/photo_info.json").get("video_info");
        try (KuaishouConnector c = connector()) {
            seedLive(c);
            PublishTicket t = c.publishing().refresh(PublishTicket.pending(d.get("photo_id").asText(), ACCOUNT, "k-1", clock.instant()));
            assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
            assertThat(t.ticketId()).isEqualTo(d.get("photo_id").asText());
        }
        assertThat(replay.received().get(0).uri()).startsWith("/openapi/photo/info?").contains("photo_id=" + d.get("photo_id").asText());
        replay.enqueue(200, "platform-mcp/photo_info.json");
        KuaishouApi.Photo p = api().photoInfo("ks-replay", "t", "x").execute().body().videoInfo();
        assertThat(p.likeCount()).isEqualTo(d.get("like_count").asLong());
        assertThat(p.commentCount()).isEqualTo(d.get("comment_count").asLong());
        assertThat(p.viewCount()).isEqualTo(d.get("view_count").asLong());
        assertThat(p.pending()).isNull();
    }

    @Test
    void a_video_kuaishou_no_longer_has_fails_the_ticket_with_kuaishous_reason() throws IOException {
        replay.enqueue(200, "platform-mcp/error_video_not_found.json");
        JsonNode d = rawJson("platform-mcp/error_video_not_found.json");
        try (KuaishouConnector c = connector()) {
            seedLive(c);
            PublishTicket t = c.publishing().refresh(PublishTicket.pending("3xgone", ACCOUNT, "k-2", clock.instant()));
            assertThat(t.status()).isEqualTo(PublishStatus.FAILED);
            assertThat(t.failureReason().orElseThrow()).contains(d.get("error_msg").asText());
        }
    }

    @Test
    void the_publish_answer_is_a_live_ticket_with_kuaishous_url_and_time() throws IOException {
        replay.enqueue(200, "yimei/OpenapiPhotoPublishResponse.json");
        JsonNode d = rawJson("yimei/OpenapiPhotoPublishResponse.json").get("video_info");
        KuaishouApi.Photo p = api().publish("ks-replay", "t", "up", okhttp3.RequestBody.create("c", null), null).execute()
                .body().videoInfo();
        assertThat(p.photoId()).isEqualTo(d.get("photo_id").asText());
        assertThat(p.caption()).isEqualTo(d.get("caption").asText());
        assertThat(p.cover()).isEqualTo(d.get("cover").asText());
        assertThat(p.createTime()).isEqualTo(d.get("create_time").asLong());
        assertThat(p.pending()).isEqualTo(d.get("pending").asBoolean());
        PublishTicket t = KuaishouPublishing.ticket(ACCOUNT, "k-3", p, clock.instant());
        assertThat(t.status()).as("pending false and a play_url: live").isEqualTo(PublishStatus.PUBLISHED);
        assertThat(t.ticketId()).isEqualTo(d.get("photo_id").asText());
        assertThat(t.live().orElseThrow().url().toString()).isEqualTo(d.get("play_url").asText());
        assertThat(t.live().orElseThrow().publishedAt()).isEqualTo(Instant.ofEpochMilli(d.get("create_time").asLong()));
        assertThat(replay.received().get(0).uri()).contains("upload_token=up");
    }

    @Test
    void the_start_upload_answer_names_the_token_and_a_gateway_host_the_connector_accepts() throws IOException {
        replay.enqueue(200, "yimei/OpenapiPhotoStartUploadResponse.json");
        JsonNode d = rawJson("yimei/OpenapiPhotoStartUploadResponse.json");
        KuaishouApi.StartUploadAnswer a = api().startUpload("ks-replay", "t").execute().body();
        assertThat(a.uploadToken()).isEqualTo(d.get("upload_token").asText());
        assertThat(a.endpoint()).isEqualTo(d.get("endpoint").asText());
        assertThat(KuaishouPublishing.endpoint(a.endpoint())).isEqualTo(d.get("endpoint").asText());
        assertThat(replay.received().get(0).method()).isEqualTo("POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"official/api_upload.json", "yimei/ApiUploadMultipartResponse.json"})
    void a_small_file_is_accepted_by_the_recorded_gateway_answer(String file) throws IOException {
        replay.enqueue(200, file);
        byte[] video = {1, 2, 3, 4, 5};
        try (KuaishouConnector c = connector()) {
            upload(c, 10).direct(gateway(), "up-1", UploadSource.of(video));
        }
        RecordedResponses.Received asked = replay.received().get(0);
        assertThat(asked.method()).isEqualTo("POST");
        assertThat(asked.uri()).isEqualTo("/api/upload?upload_token=up-1");
    }

    @Test
    void fragments_the_gateway_confirms_with_their_size_then_complete() throws IOException {
        JsonNode fragment = rawJson("yimei/ApiUploadFragmentResponse.json");
        int size = fragment.get("size").asInt();
        replay.enqueue(200, "yimei/ApiUploadFragmentResponse.json").enqueue(200, "yimei/ApiUploadFragmentResponse.json")
                .enqueue(200, "yimei/ApiUploadCompleteResponse.json");
        Path file = Files.write(dir.resolve("v.mp4"), new byte[2 * size]);
        List<UploadState> checkpoints = new ArrayList<>();
        try (KuaishouConnector c = connector()) {
            upload(c, size).fragments(Optional.empty(), gateway(), "up-2", UploadSource.of(file), checkpoints::add);
        }
        assertThat(replay.received()).extracting(RecordedResponses.Received::uri).containsExactly(
                "/api/upload/fragment?upload_token=up-2&fragment_id=0", "/api/upload/fragment?upload_token=up-2&fragment_id=1",
                "/api/upload/complete?upload_token=up-2&fragment_count=2");
        assertThat(checkpoints.get(checkpoints.size() - 1).allPartsDone()).isTrue();
    }

    @Test
    void a_fragment_whose_recorded_size_differs_from_what_was_sent_fails_the_upload() throws IOException {
        replay.enqueue(200, "yimei/ApiUploadFragmentResponse.json");
        Path file = Files.write(dir.resolve("w.mp4"), new byte[2000]);
        try (KuaishouConnector c = connector()) {
            UploadInterruptedException e = catchThrowableOfType(UploadInterruptedException.class, () -> upload(c, 1000)
                    .fragments(Optional.empty(), gateway(), "up-3", UploadSource.of(file), s -> { }));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains(rawJson("yimei/ApiUploadFragmentResponse.json").get("size").asText());
            assertThat(e.state().completedParts()).isEmpty();
        }
    }

    private static KuaishouUpload upload(KuaishouConnector c, long fragmentBytes) {
        return c.upload(fragmentBytes);
    }
}
