package io.github.mediaops.connector.tencentads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.AmountUnit;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.DecodedErrors;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Responses recorded by others (see {@code replay/SOURCES.md}), served over loopback by the kit's
 * {@link RecordedResponses}; expected values are read from the raw JSON, never through the connector's records.
 */
class TencentAdsReplayTest {
    /** 2024-01-02 12:00:30 Beijing: the official daily example's day is yesterday; 30 s into the minute. */
    private static final Instant NOW = Instant.parse("2024-01-02T04:00:30Z");
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.TENCENT_ADS, TencentAdsTestSupport.ACCOUNT);
    private static final DateRange DAY = DateRange.day(LocalDate.parse("2024-01-01"));
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

    private TencentAdsConnector connector() {
        return connector(clock);
    }

    private TencentAdsConnector connector(Clock at) {
        return TencentAdsConnector.builder(TencentAdsTestSupport.config(replay.baseUrl(), "1110000001", "replay-secret", at,
                Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
    }

    private static UserGrant grant(Instant accessExpires) {
        return new UserGrant(TencentAdsTestSupport.ACCOUNT, Secret.of("recorded-access"), accessExpires,
                Secret.of("recorded-refresh"), NOW.plus(Duration.ofDays(20)), 0);
    }

    private Map<String, String> query(int i) {
        return replay.received().get(i).query();
    }

    /** Reads a recorded report through the wire records and checks every field of every row against the raw tree. */
    private TencentAdsApi.ReportEnvelope wireMatchesRaw(String file) throws IOException {
        JsonNode root = rawJson(file);
        TencentAdsApi.ReportEnvelope wire = Json.tolerantMapper().readValue(RecordedResponses.file(file),
                TencentAdsApi.ReportEnvelope.class);
        assertThat(wire.code()).isEqualTo(root.get("code").asLong());
        JsonNode list = root.at("/data/list");
        assertThat(wire.data().list()).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            Map<String, String> w = wire.data().list().get(i);
            list.get(i).fields().forEachRemaining(f -> assertThat(w).containsEntry(f.getKey(), f.getValue().asText()));
        }
        assertThat(wire.data().pageInfo().totalPage()).isEqualTo(root.at("/data/page_info/total_page").asInt());
        return wire;
    }

    @Test
    void official_daily_report_example_matches_the_wire_records_field_by_field() throws IOException {
        TencentAdsApi.ReportEnvelope wire = wireMatchesRaw("official/daily_reports_get.json");
        assertThat(wire.data().pageInfo().pageSize())
                .isEqualTo(rawJson("official/daily_reports_get.json").at("/data/page_info/page_size").asInt());
    }

    @Test
    void official_daily_report_example_has_no_cost_and_a_daily_read_refuses_it_instead_of_inventing_zero() {
        replay.enqueue(200, "official/daily_reports_get.json");
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.plus(Duration.ofHours(12))));
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> c.adReports().adPerformance(ACCOUNT, DAY));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("cost");
        }
        Map<String, String> q = query(0);
        assertThat(replay.received().get(0).uri()).startsWith("/v3.0/daily_reports/get?");
        assertThat(q).containsEntry("access_token", "recorded-access").containsEntry("account_id", TencentAdsTestSupport.ACCOUNT)
                .containsEntry("level", "REPORT_LEVEL_ADGROUP")
                .containsEntry("date_range", "{\"start_date\":\"2024-01-01\",\"end_date\":\"2024-01-01\"}")
                .containsEntry("group_by", "[\"date\",\"adgroup_id\"]").containsEntry("page", "1")
                .containsEntry("page_size", "1000").containsEntry("timestamp", Long.toString(NOW.getEpochSecond()));
        assertThat(q.get("nonce")).hasSize(32);
        assertThat(q.get("fields")).contains("\"cost\"", "\"view_count\"", "\"valid_click_count\"", "\"conversions_count\"");
    }

    @Test
    void official_union_report_example_cost_is_fen_on_the_wire() throws IOException {
        JsonNode row = rawJson("official/ad_union_reports_get.json").at("/data/list/0");
        TencentAdsApi.ReportEnvelope wire = Json.tolerantMapper().readValue(
                RecordedResponses.file("official/ad_union_reports_get.json"), TencentAdsApi.ReportEnvelope.class);
        String cost = wire.data().list().get(0).get("cost");
        assertThat(cost).isEqualTo(row.get("cost").asText());
        // "cost": 1 is one fen, 0.01 yuan; read as yuan it would be a hundred times more
        assertThat(AmountUnit.FEN.parse("cost", cost, Currency.getInstance("CNY"))).isEqualTo(Money.cny("0.01"));
        assertThat(AmountUnit.YUAN.parse("cost", cost, Currency.getInstance("CNY"))).isNotEqualTo(Money.cny("0.01"));
    }

    @Test
    void official_token_example_as_a_refresh_answer_replaces_the_access_token_and_keeps_the_refresh_token() throws IOException {
        JsonNode d = rawJson("official/oauth_token.json").get("data");
        replay.enqueue(200, "official/oauth_token.json").enqueue(200, "official/daily_reports_get.json");
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.minusSeconds(1)));
            catchThrowableOfType(UnexpectedResponseException.class, () -> c.adReports().adPerformance(ACCOUNT, DAY));
            UserGrant g = c.grant(TencentAdsTestSupport.ACCOUNT).orElseThrow();
            assertThat(g.accessToken()).isEqualTo(Secret.of(d.get("access_token").asText()));
            assertThat(g.accessExpiresAt()).isEqualTo(NOW.plusSeconds(d.get("access_token_expires_in").asLong()));
            assertThat(g.refreshToken()).as("the example returns no refresh_token").isEqualTo(Secret.of("recorded-refresh"));
        }
        Map<String, String> refresh = query(0);
        assertThat(replay.received().get(0).uri()).startsWith("/oauth/token?");
        assertThat(refresh).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "recorded-refresh")
                .containsEntry("client_id", "1110000001").containsEntry("client_secret", "replay-secret");
        assertThat(query(1)).containsEntry("access_token", d.get("access_token").asText());
    }

    @Test
    void official_token_example_cannot_be_a_first_grant_without_a_refresh_token() throws IOException {
        assertThat(rawJson("official/oauth_token.json").at("/data/refresh_token").isMissingNode()).isTrue();
        replay.enqueue(200, "official/oauth_token.json");
        try (TencentAdsConnector c = connector()) {
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> c.authorize("code-1"));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("refresh_token");
        }
        assertThat(query(0)).containsEntry("grant_type", "authorization_code").containsEntry("authorization_code", "code-1");
    }

    @Test
    void official_refresh_token_example_replaces_both_tokens() throws IOException {
        JsonNode d = rawJson("official/oauth_refresh_token.json").get("data");
        replay.enqueue(200, "official/oauth_refresh_token.json").enqueue(200, "official/daily_reports_get.json");
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.minusSeconds(1)));
            catchThrowableOfType(UnexpectedResponseException.class, () -> c.adReports().adPerformance(ACCOUNT, DAY));
            UserGrant g = c.grant(TencentAdsTestSupport.ACCOUNT).orElseThrow();
            assertThat(g.accessToken()).isEqualTo(Secret.of(d.get("access_token").asText()));
            assertThat(g.refreshToken()).isEqualTo(Secret.of(d.get("refresh_token").asText()));
            assertThat(g.refreshExpiresAt()).isEqualTo(NOW.plusSeconds(d.get("refresh_token_expires_in").asLong()));
        }
    }

    @Test
    void an_expired_refresh_token_11012_asks_the_host_to_reauthorise_without_looping() {
        replay.enqueue(200, "official-codes/code_11012.json");
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.minusSeconds(1)));
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                    () -> c.adReports().adPerformance(ACCOUNT, DAY));
            assertThat(e).isNotNull();
            assertThat(e.account()).isEqualTo(TencentAdsTestSupport.ACCOUNT);
        }
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void a_used_code_11013_is_refused_typed_and_never_retried() {
        replay.enqueue(200, "official-codes/code_11013.json");
        try (TencentAdsConnector c = connector()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> c.authorize("used"));
            assertThat(e).isNotNull();
            assertThat(e.tokenExpired()).isFalse();
        }
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void the_per_minute_quota_11017_is_handed_back_with_the_wait_until_the_next_minute() {
        replay.enqueue(200, "official-codes/code_11017.json");
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.plus(Duration.ofHours(12))));
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> c.adReports().adPerformance(ACCOUNT, DAY));
            assertThat(e).isNotNull();
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        }
        assertThat(replay.received()).as("a 30 s wait is longer than the connector waits: not retried").hasSize(1);
    }

    @Test
    void the_daily_quota_11018_waits_until_midnight_beijing() throws IOException {
        ConnectorException e = TencentAdsConnector.ERRORS.decoder(clock)
                .decode("v3.0/daily_reports/get", 200, null, RecordedResponses.file("official-codes/code_11018.json")).orElseThrow();
        // 12:00:30 in Beijing: 11 h 59 min 30 s to midnight
        assertThat(e.retryAfter()).contains(Duration.ofHours(11).plusMinutes(59).plusSeconds(30));
    }

    @Test
    void the_official_privilege_error_example_is_a_permission_error_with_its_message() throws IOException {
        JsonNode root = rawJson("official/error_31033_privilege.json");
        replay.enqueue(200, "official/error_31033_privilege.json");
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.plus(Duration.ofHours(12))));
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> c.adReports().adPerformance(ACCOUNT, DAY));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains(root.get("code").asText());
            assertThat(e.platformMessage()).contains(root.get("message").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "code_11000.json, TOKEN_EXPIRED, true",
            "code_11002.json, TOKEN_EXPIRED, true",
            "code_11004.json, TOKEN_EXPIRED, true",
            "code_11005.json, INVALID, false",
            "code_11007.json, CREDENTIALS, false",
            "code_11008.json, RATE, true",
            "code_11010.json, CREDENTIALS, false",
            "code_11012.json, CREDENTIALS, false",
            "code_11013.json, CREDENTIALS, false",
            "code_11014.json, PERMISSION, false",
            "code_11016.json, RATE, true",
            "code_11017.json, RATE, true",
            "code_11018.json, RATE, true",
            "code_11019.json, RATE, true",
            "code_12000.json, INVALID, false",
            "code_12100.json, INVALID, false",
            "code_12101.json, INVALID, false",
            "code_12203.json, PERMISSION, false",
            "code_1000000.json, TRANSIENT, true",
            "code_34109.json, INVALID, false"})
    void every_documented_code_is_typed_with_the_platforms_code_and_message(String file, String kind, boolean retryable)
            throws IOException {
        byte[] body = RecordedResponses.file("official-codes/" + file);
        JsonNode root = raw.readTree(body);
        ConnectorException e = TencentAdsConnector.ERRORS.decoder(clock).decode("v3.0/daily_reports/get", 200, null, body)
                .orElseThrow();
        DecodedErrors.assertKind(e, kind);
        assertThat(e.platform()).isEqualTo(Platform.TENCENT_ADS);
        assertThat(e.platformCode()).contains(root.get("code").asText());
        assertThat(e.platformMessage()).contains(root.get("message").asText());
        assertThat(e.retryable()).isEqualTo(retryable);
    }

    // ------------------------------------------------------------------ further published bodies (SOURCES.md)

    @Test
    void official_hourly_example_matches_the_wire_records_field_by_field_with_cost_in_fen() throws IOException {
        TencentAdsApi.ReportEnvelope wire = wireMatchesRaw("official/hourly_reports_get.json");
        JsonNode list = rawJson("official/hourly_reports_get.json").at("/data/list");
        for (int i = 0; i < list.size(); i++) {
            // cost is fen: the first row's 29866 is 298.66 yuan
            assertThat(AmountUnit.FEN.parse("cost", wire.data().list().get(i).get("cost"), Currency.getInstance("CNY")))
                    .isEqualTo(Money.of(new java.math.BigDecimal(list.get(i).get("cost").asText()).movePointLeft(2), "CNY"));
        }
    }

    @Test
    void official_hourly_example_served_to_a_daily_read_is_refused_naming_the_hour() throws IOException {
        JsonNode first = rawJson("official/hourly_reports_get.json").at("/data/list/0");
        replay.enqueue(200, "official/hourly_reports_get.json");
        // the example's day is 2024-03-26: read it the next morning, Beijing time
        Instant nextMorning = Instant.parse("2024-03-27T02:00:00Z");
        try (TencentAdsConnector c = connector(Clock.fixed(nextMorning, ZoneOffset.UTC))) {
            c.seed(new UserGrant(TencentAdsTestSupport.ACCOUNT, Secret.of("recorded-access"), nextMorning.plus(Duration.ofHours(12)),
                    Secret.of("recorded-refresh"), nextMorning.plus(Duration.ofDays(20)), 0));
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> c.adReports().adPerformance(ACCOUNT, DateRange.day(LocalDate.parse(first.get("date").asText()))));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("hour").contains(first.get("hour").asText());
        }
        assertThat(replay.received()).hasSize(1);
        assertThat(replay.received().get(0).uri()).startsWith("/v3.0/daily_reports/get?");
    }

    @Test
    void the_official_invalid_token_example_11002_refreshes_once_and_then_gives_up_typed() throws IOException {
        JsonNode root = rawJson("official/error_11002_get_response.json");
        replay.enqueue(200, "official/error_11002_get_response.json").enqueue(200, "official/oauth_refresh_token.json")
                .enqueue(200, "official/error_11002_get_response.json");
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.plus(Duration.ofHours(12))));
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> c.adReports().adPerformance(ACCOUNT, DAY));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains(root.get("code").asText());
            assertThat(e.platformMessage()).contains(root.get("message").asText());
            assertThat(e.getMessage()).doesNotContain("recorded-access").doesNotContain("recorded-refresh");
        }
        assertThat(replay.received()).extracting(RecordedResponses.Received::uri)
                .satisfiesExactly(u -> assertThat(u).startsWith("/v3.0/daily_reports/get?"),
                        u -> assertThat(u).startsWith("/oauth/token?"),
                        u -> assertThat(u).startsWith("/v3.0/daily_reports/get?"));
        assertThat(query(1)).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "recorded-refresh");
        String refreshed = rawJson("official/oauth_refresh_token.json").at("/data/access_token").asText();
        assertThat(query(2)).containsEntry("access_token", refreshed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"official/error_30021_errorprocessing.json", "official/error_31060_errorprocessing.json",
            "official/error_36019_errorprocessing.json"})
    void the_error_guides_examples_are_not_json_as_published_and_are_refused_typed_without_the_token(String file) {
        // as published, a comma is missing after message_cn, so no reader can take the code out of them
        assertThat(catchThrowableOfType(IOException.class, () -> rawJson(file))).isNotNull();
        replay.enqueue(200, file);
        try (TencentAdsConnector c = connector()) {
            c.seed(grant(NOW.plus(Duration.ofHours(12))));
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> c.adReports().adPerformance(ACCOUNT, DAY));
            assertThat(e).isNotNull();
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain("recorded-access");
        }
        assertThat(replay.received()).hasSize(1);
    }

}
