package io.github.mediaops.connector.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feishu open platform answers (tenant tokens, Bitable records, error codes) published or recorded by others
 * (see {@code replay/SOURCES.md}), served byte for byte over loopback; expectations are read from the raw
 * JSON with a plain {@link ObjectMapper}.
 */
class FeishuAppReplayTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String SECRET = "replay-app-secret-31d9";
    private static final String APP = "appReplay0001";
    private static final String TABLE = "tblReplay0001";
    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    private static final PlanEntry ENTRY = PlanEntry.planned("plan-1",
            ZonedDateTime.of(2026, 12, 8, 20, 0, 0, 0, ZoneId.of("Asia/Shanghai")),
            AccountRef.of(Platform.WEIBO, "weibo-brand"), "新品预热", "lin", null);

    private static FeishuConnector connector(RecordedResponses replay, Clock clock) {
        return FeishuConnector.builder(ConnectorConfig.builder()
                        .credentials(Credentials.builder().identifier("appId", "cli_replay").secret("appSecret", SECRET).build())
                        .baseUrl(replay.baseUrl()).readTimeout(Duration.ofSeconds(2)).clock(clock).build())
                .resilience(ResilienceSettings.builder().initialBackoff(Duration.ofMillis(10))
                        .maxBackoff(Duration.ofMillis(20)).maxRetryAfter(Duration.ofMillis(50)).build())
                .build();
    }

    private static FeishuConnector connector(RecordedResponses replay) {
        return connector(replay, Clock.systemUTC());
    }

    private static JsonNode raw(String file) throws IOException {
        return PLAIN.readTree(RecordedResponses.file(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"official/tenant-token-internal.json", "official/tenant-token-lark-7140.json"})
    void a_recorded_tenant_token_is_sent_as_bearer_and_kept_for_its_expire_less_the_margin(String file) throws IOException {
        JsonNode token = raw(file);
        String value = token.path("tenant_access_token").asText();
        long expire = token.path("expire").asLong();
        ManualClock clock = new ManualClock(T0);
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, file)
                .enqueue(200, "github/record-fields-rec1.json").enqueue(200, "github/record-fields-rec1.json")
                .enqueue(200, file).enqueue(200, "github/record-fields-rec1.json");
             FeishuConnector c = connector(replay, clock)) {
            BitableCalendar cal = c.calendar(APP, TABLE);
            cal.read("rec1");
            Duration keep = Duration.ofSeconds(expire).minus(FeishuConnector.TENANT_TOKEN_MARGIN);
            clock.advance(keep.minusSeconds(1));
            cal.read("rec1"); // still inside the token's lifetime less the margin: no new token
            clock.advance(Duration.ofSeconds(2));
            cal.read("rec1"); // inside the margin: refreshed
            assertThat(replay.received()).extracting(RecordedResponses.Received::uri).containsExactly(
                    "/open-apis/auth/v3/tenant_access_token/internal",
                    "/open-apis/bitable/v1/apps/" + APP + "/tables/" + TABLE + "/records/rec1",
                    "/open-apis/bitable/v1/apps/" + APP + "/tables/" + TABLE + "/records/rec1",
                    "/open-apis/auth/v3/tenant_access_token/internal",
                    "/open-apis/bitable/v1/apps/" + APP + "/tables/" + TABLE + "/records/rec1");
            String logged = io.github.mediaops.connector.support.Redactor.defaults()
                    .redact(new String(RecordedResponses.file(file), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(logged).as("what the logging interceptor would write").doesNotContain(value)
                    .contains(String.valueOf(expire));
            JsonNode sent = PLAIN.readTree(replay.received().get(0).body());
            assertThat(sent.path("app_id").asText()).isEqualTo("cli_replay");
            assertThat(sent.path("app_secret").asText()).isEqualTo(SECRET);
            assertThat(value).startsWith("t-");
        }
    }

    @Test
    void a_recorded_record_without_a_status_cell_reads_as_no_stage() throws IOException {
        JsonNode raw = raw("github/record-fields-rec1.json");
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, "official/tenant-token-internal.json")
                .enqueue(200, "github/record-fields-rec1.json");
             FeishuConnector c = connector(replay)) {
            BitableCalendar.EntryRecord r = c.calendar(APP, TABLE).read("rec1");
            assertThat(r.recordId()).isEqualTo(raw.at("/data/record/record_id").asText());
            assertThat(r.stage()).isEmpty();
            assertThat(c.calendar(APP, TABLE).toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void a_recorded_create_answer_with_only_the_record_id_gives_that_id() throws IOException {
        JsonNode raw = raw("github/record-id-only.json");
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, "official/tenant-token-internal.json")
                .enqueue(200, "github/record-id-only.json");
             FeishuConnector c = connector(replay)) {
            BitableCalendar.EntryRecord r = c.calendar(APP, TABLE).create(ENTRY, "replay-create");
            assertThat(r.recordId()).isEqualTo(raw.at("/data/record/record_id").asText());
            assertThat(r.stage()).isEmpty();
            RecordedResponses.Received create = replay.received().get(1);
            assertThat(create.method()).isEqualTo("POST");
            assertThat(create.uri()).startsWith("/open-apis/bitable/v1/apps/" + APP + "/tables/" + TABLE + "/records?client_token=");
            assertThat(PLAIN.readTree(create.body()).at("/fields/状态").asText()).isEqualTo("待开始");
        }
    }

    @Test
    void a_recorded_record_without_record_id_is_an_unexpected_response() {
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, "official/tenant-token-internal.json")
                .enqueue(200, "github/record-without-id.json");
             FeishuConnector c = connector(replay)) {
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                    () -> c.calendar(APP, TABLE).read("rec1"));
            assertThat(e.getMessage()).contains("record_id");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"github/app-secret-invalid-10014.json", "github/app-id-not-exists-10014.json",
            "github/invalid-param-10003.json"})
    void recorded_credential_refusals_are_typed_not_retried_and_never_show_the_secret(String file) throws IOException {
        JsonNode raw = raw(file);
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, file); FeishuConnector c = connector(replay)) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> c.calendar(APP, TABLE).read("rec1"));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains(raw.path("code").asText());
            assertThat(e.platformMessage()).contains(raw.path("msg").asText());
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain(SECRET);
            assertThat(c.toString()).doesNotContain(SECRET);
            assertThat(replay.received()).hasSize(1);
        }
    }

    @Test
    void a_recorded_token_invalid_on_http_401_refreshes_once_and_repeats() throws IOException {
        JsonNode raw = raw("github/token-invalid-99991663.json");
        assertThat(raw.path("code").asInt()).isEqualTo(99991663);
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, "official/tenant-token-internal.json")
                .enqueue(401, "github/token-invalid-99991663.json").enqueue(200, "official/tenant-token-lark-7140.json")
                .enqueue(200, "github/record-fields-rec1.json");
             FeishuConnector c = connector(replay)) {
            assertThat(c.calendar(APP, TABLE).read("rec1").recordId()).isEqualTo("rec1");
            assertThat(replay.received()).hasSize(4);
        }
    }

    @Test
    void a_recorded_data_not_ready_on_http_400_is_retried_on_a_read() throws IOException {
        assertThat(raw("github/data-not-ready-1254607.json").path("code").asInt()).isEqualTo(1254607);
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, "official/tenant-token-internal.json")
                .enqueue(400, "github/data-not-ready-1254607.json").enqueue(200, "github/record-fields-rec1.json");
             FeishuConnector c = connector(replay)) {
            assertThat(c.calendar(APP, TABLE).read("rec1").recordId()).isEqualTo("rec1");
            assertThat(replay.received()).hasSize(3);
        }
    }

    @Test
    void recorded_not_found_and_forbidden_are_typed_with_their_codes() throws IOException {
        JsonNode missing = raw("github/record-id-not-found-1254043.json");
        JsonNode forbidden = raw("github/forbidden-99991672.json");
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, "official/tenant-token-internal.json")
                .enqueue(200, "github/record-id-not-found-1254043.json").enqueue(200, "github/forbidden-99991672.json");
             FeishuConnector c = connector(replay)) {
            BitableCalendar cal = c.calendar(APP, TABLE);
            ConnectorException nf = catchThrowableOfType(NotFoundException.class, () -> cal.read("recGone"));
            assertThat(nf.platformCode()).contains(missing.path("code").asText());
            assertThat(nf.platformMessage()).contains(missing.path("msg").asText());
            ConnectorException pd = catchThrowableOfType(PermissionDeniedException.class, () -> cal.read("recGone"));
            assertThat(pd.platformCode()).contains(forbidden.path("code").asText());
            assertThat(replay.received()).hasSize(3);
        }
    }
}
