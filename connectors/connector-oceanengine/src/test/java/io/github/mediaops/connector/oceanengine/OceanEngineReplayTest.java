package io.github.mediaops.connector.oceanengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.DecodedErrors;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Responses recorded by others (see {@code replay/SOURCES.md}), served over loopback by the kit's
 * {@link RecordedResponses}; expected values are read from the raw JSON (a Jackson tree), never through the
 * connector's own records.
 */
class OceanEngineReplayTest {
    private static final Instant NOW = Instant.parse("2022-08-10T04:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ObjectMapper raw = new ObjectMapper();
    private final RecordedResponses replay = new RecordedResponses();

    @AfterEach
    void stop() {
        replay.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(RecordedResponses.file(resource));
    }

    private OceanEngineConnector connectorOnReplay() {
        return OceanEngineConnector.builder(OceanEngineTestSupport.config(replay.baseUrl(), "1700000000000001", "replay-secret",
                clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
    }

    private static UserGrant grant(String account, Instant accessExpires) {
        return new UserGrant(account, Secret.of("recorded-access"), accessExpires, Secret.of("recorded-refresh"),
                NOW.plus(Duration.ofDays(20)), 0);
    }

    // ------------------------------------------------------------------ token endpoints

    @ParameterizedTest
    @CsvSource({"skit/OAuth2AccessTokenResponse.json", "official/oauth2_access_token.json"})
    void token_answers_without_a_token_are_refused_typed_and_the_code_is_sent_once(String file) throws IOException {
        JsonNode d = rawJson(file).path("data");
        assertThat(d.path("access_token").asText("")).as("the recorded sample carries no usable token").isEmpty();
        replay.enqueue(200, file);
        try (OceanEngineConnector c = connectorOnReplay()) {
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> c.authorize("auth-code-1"));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("access_token");
        }
        assertThat(replay.received()).hasSize(1);
        JsonNode sent = raw.readTree(replay.received().get(0).body());
        assertThat(replay.received().get(0).uri()).isEqualTo("/open_api/oauth2/access_token/");
        assertThat(sent.get("app_id").asText()).isEqualTo("1700000000000001");
        assertThat(sent.get("secret").asText()).isEqualTo("replay-secret");
        assertThat(sent.get("grant_type").asText()).isEqualTo("auth_code");
        assertThat(sent.get("auth_code").asText()).isEqualTo("auth-code-1");
    }

    @Test
    void skit_access_token_sample_keeps_its_lifetimes_and_advertisers_on_the_wire() throws IOException {
        JsonNode d = rawJson("skit/OAuth2AccessTokenResponse.json").get("data");
        OceanEngineApi.TokenEnvelope wire = Json.tolerantMapper().readValue(
                RecordedResponses.file("skit/OAuth2AccessTokenResponse.json"), OceanEngineApi.TokenEnvelope.class);
        assertThat(wire.code()).isEqualTo(rawJson("skit/OAuth2AccessTokenResponse.json").get("code").asLong());
        assertThat(wire.data().expiresIn()).isEqualTo(d.get("expires_in").asText());
        assertThat(wire.data().refreshTokenExpiresIn()).isEqualTo(d.get("refresh_token_expires_in").asText());
        Iterator<JsonNode> ids = d.get("advertiser_ids").elements();
        assertThat(wire.data().advertiserIds()).containsExactly(ids.next().asText(), ids.next().asText(), ids.next().asText());
    }

    @ParameterizedTest
    @CsvSource({"skit/OAuth2RefreshTokenResponse.json", "official/oauth2_refresh_token.json"})
    void refresh_answers_without_a_token_are_refused_typed(String file) {
        replay.enqueue(200, file);
        try (OceanEngineConnector c = connectorOnReplay()) {
            c.seed(grant(OceanEngineTestSupport.ADVERTISER, NOW.minusSeconds(1)));
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER),
                            DateRange.day(LocalDate.parse("2022-08-02"))));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("access_token");
        }
        JsonNode sent = readBody(0);
        assertThat(replay.received().get(0).uri()).isEqualTo("/open_api/oauth2/refresh_token/");
        assertThat(sent.get("refresh_token").asText()).isEqualTo("recorded-refresh");
        assertThat(sent.get("secret").asText()).isEqualTo("replay-secret");
    }

    @Test
    void a_dead_refresh_token_40107_asks_the_host_to_reauthorise() {
        replay.enqueue(200, "official-codes/code_40107.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            c.seed(grant(OceanEngineTestSupport.ADVERTISER, NOW.minusSeconds(1)));
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                    () -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER),
                            DateRange.day(LocalDate.parse("2022-08-02"))));
            assertThat(e).isNotNull();
            assertThat(e.account()).isEqualTo(OceanEngineTestSupport.ADVERTISER);
        }
        assertThat(replay.received()).as("no refresh loop").hasSize(1);
    }

    @Test
    void a_used_auth_code_40115_is_refused_typed_and_never_retried() {
        replay.enqueue(200, "official-codes/code_40115.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> c.authorize("used-code"));
            assertThat(e).isNotNull();
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.platformCode()).contains("40115");
        }
        assertThat(replay.received()).hasSize(1);
    }

    // ------------------------------------------------------------------ reports

    @Test
    void official_custom_report_example_matches_the_wire_records_field_by_field() throws IOException {
        JsonNode root = rawJson("official/report_custom_get.json");
        OceanEngineApi.CustomReportEnvelope wire = Json.tolerantMapper().readValue(
                RecordedResponses.file("official/report_custom_get.json"), OceanEngineApi.CustomReportEnvelope.class);
        assertThat(wire.code()).isZero();
        assertThat(wire.requestId()).isEqualTo(root.get("request_id").asText());
        JsonNode rows = root.at("/data/rows");
        assertThat(wire.data().rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            OceanEngineApi.CustomRow w = wire.data().rows().get(i);
            r.get("dimensions").fields().forEachRemaining(f -> assertThat(w.dimensions()).containsEntry(f.getKey(), f.getValue().asText()));
            r.get("metrics").fields().forEachRemaining(f -> assertThat(w.metrics()).containsEntry(f.getKey(), f.getValue().asText()));
        }
        JsonNode page = root.at("/data/page_info");
        assertThat(wire.data().pageInfo().totalPage()).isEqualTo(page.get("total_page").asInt());
        assertThat(wire.data().pageInfo().totalNumber()).isEqualTo(page.get("total_number").asLong());
        root.at("/data/total_metrics").fields().forEachRemaining(f ->
                assertThat(wire.data().totalMetrics()).containsEntry(f.getKey(), f.getValue().asText()));
    }

    @Test
    void official_custom_report_example_has_hourly_rows_which_a_daily_read_refuses_typed() {
        replay.enqueue(200, "official/report_custom_get.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            c.seed(grant(OceanEngineTestSupport.ADVERTISER, NOW.plus(Duration.ofHours(12))));
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER),
                            DateRange.day(LocalDate.parse("2022-08-02"))));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("stat_time_day");
        }
        Map<String, String> q = replay.received().get(0).query();
        assertThat(replay.received().get(0).uri()).startsWith("/open_api/v3.0/report/custom/get/?");
        assertThat(q).containsEntry("advertiser_id", OceanEngineTestSupport.ADVERTISER)
                .containsEntry("dimensions", "[\"stat_time_day\",\"cdp_project_id\",\"cdp_promotion_id\"]")
                .containsEntry("metrics", "[\"stat_cost\",\"show_cnt\",\"click_cnt\",\"convert_cnt\"]")
                .containsEntry("start_time", "2022-08-02 00:00:00").containsEntry("end_time", "2022-08-02 23:59:59")
                .containsEntry("page", "1").containsEntry("page_size", "100").containsEntry("data_topic", "BASIC_DATA");
    }

    @Test
    void official_douplus_example_without_orders_is_an_empty_day_and_asks_for_the_day_with_an_exclusive_end() {
        replay.enqueue(200, "official/douplus_order_report.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            c.seed(grant(OceanEngineTestSupport.SEC_UID, NOW.plus(Duration.ofHours(12))));
            assertThat(c.douPlus().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.SEC_UID),
                    DateRange.day(LocalDate.parse("2022-08-02")))).isEmpty();
        }
        Map<String, String> q = replay.received().get(0).query();
        assertThat(replay.received().get(0).uri()).startsWith("/open_api/v3.0/douplus/order/report/?");
        assertThat(q).containsEntry("aweme_sec_uid", OceanEngineTestSupport.SEC_UID)
                .containsEntry("stat_time", "{\"begin_time\":\"2022-08-02\",\"end_time\":\"2022-08-03\"}")
                .containsEntry("group_by", "[\"GROUP_BY_AD_ID\"]").containsEntry("page", "1").containsEntry("page_size", "100");
    }

    @Test
    void permission_40002_on_a_report_is_typed_and_not_retried() {
        replay.enqueue(200, "official-codes/code_40002.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            c.seed(grant(OceanEngineTestSupport.ADVERTISER, NOW.plus(Duration.ofHours(12))));
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER),
                            DateRange.day(LocalDate.parse("2022-08-02"))));
            assertThat(e).isNotNull();
            assertThat(e.platformMessage()).contains("No permission to operate account xxx");
        }
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void system_error_50000_is_retried_up_to_the_attempt_budget() {
        replay.enqueue(200, "official-codes/code_50000.json").enqueue(200, "official-codes/code_50000.json")
                .enqueue(200, "official-codes/code_50000.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            c.seed(grant(OceanEngineTestSupport.ADVERTISER, NOW.plus(Duration.ofHours(12))));
            TransientPlatformException e = catchThrowableOfType(TransientPlatformException.class,
                    () -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER),
                            DateRange.day(LocalDate.parse("2022-08-02"))));
            assertThat(e).isNotNull();
            assertThat(e.retryable()).isTrue();
        }
        assertThat(replay.received()).hasSize(3);
    }

    // ------------------------------------------------------------------ the code table, on every recorded error body

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "code_40000.json, open_api/v3.0/report/custom/get, INVALID, false",
            "code_40002.json, open_api/v3.0/report/custom/get, PERMISSION, false",
            "code_40002-secret.json, open_api/oauth2/access_token, CREDENTIALS, false",
            "code_40100.json, open_api/v3.0/report/custom/get, RATE, true",
            "code_40102.json, open_api/v3.0/report/custom/get, TOKEN_EXPIRED, true",
            "code_40103.json, open_api/oauth2/refresh_token, CREDENTIALS, false",
            "code_40104.json, open_api/v3.0/douplus/order/report, TOKEN_EXPIRED, true",
            "code_40107.json, open_api/oauth2/refresh_token, CREDENTIALS, false",
            "code_40110.json, open_api/v3.0/report/custom/get, RATE, true",
            "code_40113.json, open_api/v3.0/report/custom/get, CREDENTIALS, false",
            "code_40115.json, open_api/oauth2/access_token, CREDENTIALS, false",
            "code_40118.json, open_api/v3.0/report/custom/get, PERMISSION, false",
            "code_40119.json, open_api/v3.0/report/custom/get, PERMISSION, false",
            "code_40130.json, open_api/v3.0/report/custom/get, RATE, true",
            "code_50000.json, open_api/v3.0/report/custom/get, TRANSIENT, true"})
    void every_documented_code_is_typed_with_the_platforms_code_and_message(String file, String operation, String kind,
                                                                          boolean retryable) throws IOException {
        byte[] body = RecordedResponses.file("official-codes/" + file);
        JsonNode root = raw.readTree(body);
        ConnectorException e = OceanEngineConnector.ERRORS.decoder(clock).decode(operation, 200, null, body).orElseThrow();
        DecodedErrors.assertKind(e, kind);
        assertThat(e.platform()).isEqualTo(Platform.OCEAN_ENGINE);
        assertThat(e.platformCode()).contains(root.get("code").asText());
        assertThat(e.platformMessage()).contains(root.get("message").asText());
        assertThat(e.retryable()).isEqualTo(retryable);
    }

    // ------------------------------------------------------------------ further published bodies (SOURCES.md)

    @Test
    void the_quick_start_guides_token_example_is_not_json_and_is_refused_typed_without_the_secret() throws IOException {
        String body = new String(RecordedResponses.file("official/quickstart_access_token.json"), StandardCharsets.UTF_8);
        // as published: a trailing comma after refresh_token_expires_in and no closing brace for the envelope
        assertThat(catchThrowableOfType(IOException.class, () -> raw.readTree(body))).as("the page's example is not JSON").isNotNull();
        replay.enqueue(200, "official/quickstart_access_token.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> c.authorize("auth-code-2"));
            assertThat(e).isNotNull();
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain("replay-secret").doesNotContain("auth-code-2");
        }
        assertThat(replay.received()).as("a token exchange is never repeated: the code is single-use").hasSize(1);
        assertThat(readBody(0).get("auth_code").asText()).isEqualTo("auth-code-2");
    }

    @Test
    void a_published_error_code_outside_the_table_keeps_its_code_and_message_and_is_not_retried() throws IOException {
        JsonNode root = rawJson("official/clue_callback_400241.json");
        replay.enqueue(200, "official/clue_callback_400241.json");
        try (OceanEngineConnector c = connectorOnReplay()) {
            c.seed(grant(OceanEngineTestSupport.ADVERTISER, NOW.plus(Duration.ofHours(12))));
            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER),
                            DateRange.day(LocalDate.parse("2022-08-02"))));
            assertThat(e).isNotNull();
            assertThat(e.platform()).isEqualTo(Platform.OCEAN_ENGINE);
            assertThat(e.platformCode()).contains(root.get("code").asText());
            assertThat(e.platformMessage()).contains(root.get("message").asText());
            assertThat(e.retryable()).isFalse();
        }
        assertThat(replay.received()).hasSize(1);
    }

    private JsonNode readBody(int i) {
        try {
            return raw.readTree(replay.received().get(i).body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
