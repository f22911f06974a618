package io.github.mediaops.connector.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Responses recorded by others (see {@code replay/SOURCES.md}), served over loopback, checked field by field. */
class DouyinReplayTest {
    /** A week after the SKIT video list's create_time 1234567890 (2009-02-13), so that video is within Douyin's 30 days. */
    private final MovingClock clock = new MovingClock(Instant.parse("2009-02-20T04:00:00Z"));
    private final ObjectMapper raw = new ObjectMapper();
    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(ReplayServer.recorded(resource));
    }

    private DouyinConnector connector() {
        return DouyinConnector.builder(DouyinTestSupport.config(server.baseUrl(), "replay-key", "replay-secret", clock,
                Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
    }

    private DouyinApi api() {
        return new Retrofit.Builder().baseUrl(server.baseUrl().toString())
                .addConverterFactory(JacksonConverterFactory.create(Json.tolerantMapper())).build().create(DouyinApi.class);
    }

    @Test
    void skit_access_token_response_is_the_accounts_grant() throws IOException {
        server.serve("/oauth/access_token/", "skit/OAuthAccessTokenResponse.json");
        JsonNode d = rawJson("skit/OAuthAccessTokenResponse.json").get("data");
        try (DouyinConnector c = connector()) {
            UserGrant g = c.authorize("the-code");
            assertThat(g.account()).isEqualTo(d.get("open_id").asText());
            assertThat(g.accessToken()).isEqualTo(Secret.of(d.get("access_token").asText()));
            assertThat(g.refreshToken()).isEqualTo(Secret.of(d.get("refresh_token").asText()));
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(Long.parseLong(d.get("expires_in").asText())));
            assertThat(g.refreshExpiresAt())
                    .isEqualTo(clock.instant().plusSeconds(Long.parseLong(d.get("refresh_expires_in").asText())));
        }
        ReplayServer.Seen asked = server.seen("/oauth/access_token/");
        assertThat(asked.form()).containsEntry("client_key", "replay-key").containsEntry("client_secret", "replay-secret")
                .containsEntry("code", "the-code").containsEntry("grant_type", "authorization_code");
    }

    @ParameterizedTest
    @CsvSource({"skit/OAuthRefreshTokenResponse.json", "official/oauth_refresh_token.json"})
    void refresh_responses_replace_the_access_token_and_keep_the_refresh_token(String file) throws IOException {
        server.serve("/oauth/refresh_token/", file).serve("/data/external/user/fans/", "skit/DataExternalUserFansResponse.json");
        JsonNode d = rawJson(file).get("data");
        try (DouyinConnector c = connector()) {
            c.seed(new UserGrant("open-1", Secret.of("old-access"), clock.instant().minusSeconds(1), Secret.of("old-refresh"),
                    clock.instant().plus(Duration.ofDays(20)), 0));
            // the fans sample has a placeholder date: the call fails after the refresh, which is what is checked here
            catchThrowableOfType(UnexpectedResponseException.class, () -> c.audienceMetrics()
                    .audienceMetrics(AccountRef.of(Platform.DOUYIN, "open-1"), DateRange.day(LocalDate.of(2009, 2, 19))));
            assertThat(server.seen("/oauth/refresh_token/").form()).containsEntry("refresh_token", "old-refresh")
                    .containsEntry("grant_type", "refresh_token").containsEntry("client_key", "replay-key");
            assertThat(server.seen("/data/external/user/fans/").accessToken()).isEqualTo(d.get("access_token").asText());
            UserGrant g = c.grant("open-1").orElseThrow();
            assertThat(g.accessToken()).isEqualTo(Secret.of(d.get("access_token").asText()));
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(Long.parseLong(d.get("expires_in").asText())));
            assertThat(g.refreshToken()).as("Douyin's refresh grant keeps the refresh token").isEqualTo(Secret.of("old-refresh"));
            assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(20)));
        }
    }

    @ParameterizedTest
    @CsvSource({"skit/OAuthRenewRefreshTokenResponse.json", "official/oauth_renew_refresh_token.json"})
    void renewal_responses_give_the_new_refresh_token_and_its_lifetime(String file) throws IOException {
        server.serve("/oauth/renew_refresh_token/", file).serve("/oauth/refresh_token/", "skit/OAuthRefreshTokenResponse.json")
                .serve("/data/external/user/fans/", "skit/DataExternalUserFansResponse.json");
        JsonNode d = rawJson(file).get("data");
        try (DouyinConnector c = connector()) {
            c.seed(new UserGrant("open-1", Secret.of("old-access"), clock.instant().plus(Duration.ofDays(10)),
                    Secret.of("old-refresh"), clock.instant().plus(Duration.ofDays(2)), 0)); // inside the 5-day window
            catchThrowableOfType(UnexpectedResponseException.class, () -> c.audienceMetrics()
                    .audienceMetrics(AccountRef.of(Platform.DOUYIN, "open-1"), DateRange.day(LocalDate.of(2009, 2, 19))));
            assertThat(server.seen("/oauth/renew_refresh_token/").form()).containsEntry("refresh_token", "old-refresh")
                    .containsEntry("client_key", "replay-key");
            assertThat(server.seen("/oauth/refresh_token/").form()).as("the refresh uses the renewed token")
                    .containsEntry("refresh_token", d.get("refresh_token").asText());
            UserGrant g = c.grant("open-1").orElseThrow();
            assertThat(g.refreshToken()).isEqualTo(Secret.of(d.get("refresh_token").asText()));
            assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plusSeconds(Long.parseLong(d.get("expires_in").asText())));
            assertThat(g.renewals()).isEqualTo(1);
        }
    }

    @Test
    void skit_video_list_gives_the_item_ids_the_series_are_asked_for() throws IOException {
        server.serve("/api/douyin/v1/video/video_list/", "skit/DouyinVideoListV1Response.json")
                .serve("/data/external/item/play/", "skit/DataExternalItemPlayResponse.json");
        JsonNode video = rawJson("skit/DouyinVideoListV1Response.json").get("data").get("list").get(0);
        try (DouyinConnector c = connector()) {
            c.seed(new UserGrant("open-1", Secret.of("access-1"), clock.instant().plus(Duration.ofDays(10)),
                    Secret.of("refresh-1"), clock.instant().plus(Duration.ofDays(20)), 0));
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> c.contentMetrics()
                    .contentMetrics(AccountRef.of(Platform.DOUYIN, "open-1"), DateRange.day(LocalDate.of(2009, 2, 19))));
            assertThat(e).as("the documented placeholder date is refused, not guessed").isNotNull();
            assertThat(e.getMessage()).contains("yyyy-MM-dd").contains("date");
        }
        ReplayServer.Seen asked = server.seen("/data/external/item/play/");
        assertThat(asked.query()).containsEntry("item_id", video.get("item_id").asText()).containsEntry("open_id", "open-1")
                .containsEntry("date_type", "7");
        assertThat(asked.accessToken()).isEqualTo("access-1");
        DouyinApi.VideoList list = api().videoList("t", "open-1", 0, 20).execute().body().data();
        assertThat(list.hasMore()).isEqualTo(rawJson("skit/DouyinVideoListV1Response.json").get("data").get("has_more").asBoolean());
        assertThat(list.cursor()).isEqualTo(rawJson("skit/DouyinVideoListV1Response.json").get("data").get("cursor").asLong());
        assertThat(list.list().get(0).itemId()).isEqualTo(video.get("item_id").asText());
        assertThat(list.list().get(0).createTime()).isEqualTo(video.get("create_time").asLong());
        assertThat(list.list().get(0).title()).isEqualTo(video.get("title").asText());
    }

    @ParameterizedTest
    @CsvSource({"play, skit/DataExternalItemPlayResponse.json", "like, skit/DataExternalItemLikeResponse.json",
            "comment, skit/DataExternalItemCommentResponse.json", "share, skit/DataExternalItemShareResponse.json"})
    void skit_item_series_counts_arrive_as_text_and_are_read_per_metric_key(String metric, String file) throws IOException {
        server.serve("/data/external/item/" + metric + "/", file);
        JsonNode row = rawJson(file).get("data").get("result_list").get(0);
        List<Map<String, String>> rows = api().itemSeries("t", metric, "o", "@i", 7).execute().body().data().resultList();
        assertThat(rows).hasSize(rawJson(file).get("data").get("result_list").size());
        assertThat(rows.get(0)).containsEntry(metric, row.get(metric).asText()).containsEntry("date", row.get("date").asText());
        assertThat(DouyinMetrics.SERIES).containsKey(metric);
    }

    @Test
    void skit_fans_rows_carry_new_and_total_fans() throws IOException {
        server.serve("/data/external/user/fans/", "skit/DataExternalUserFansResponse.json");
        JsonNode row = rawJson("skit/DataExternalUserFansResponse.json").get("data").get("result_list").get(0);
        Map<String, String> got = api().userFans("t", "o", 7).execute().body().data().resultList().get(0);
        assertThat(got).containsEntry("new_fans", row.get("new_fans").asText())
                .containsEntry("total_fans", row.get("total_fans").asText()).containsEntry("date", row.get("date").asText());
    }

    @Test
    void official_error_example_is_a_typed_invalid_request_with_the_platforms_code_and_description() throws IOException {
        server.serve("/data/external/user/fans/", "official/error_2100005.json");
        JsonNode d = rawJson("official/error_2100005.json").get("data");
        try (DouyinConnector c = connector()) {
            c.seed(new UserGrant("open-1", Secret.of("access-1"), clock.instant().plus(Duration.ofDays(10)),
                    Secret.of("refresh-1"), clock.instant().plus(Duration.ofDays(20)), 0));
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> c.audienceMetrics()
                    .audienceMetrics(AccountRef.of(Platform.DOUYIN, "open-1"), DateRange.day(LocalDate.of(2009, 2, 19))));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).hasValue(d.get("error_code").asText());
            assertThat(e.getMessage()).contains(d.get("description").asText());
            assertThat(e.retryable()).isFalse();
        }
    }
}
