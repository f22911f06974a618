package io.github.mediaops.connector.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.RateLimitedException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feishu custom bot answers recorded by others (see {@code replay/SOURCES.md}), served byte for byte over
 * loopback; expectations are read from the raw JSON with a plain {@link ObjectMapper}.
 */
class FeishuReplayTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static FeishuConnector connector(RecordedResponses replay) {
        return FeishuConnector.builder(ConnectorConfig.builder()
                        .credentials(Credentials.builder().identifier("bot", "ops").secret("hookToken", "hook-token-replay")
                                .secret("signingSecret", "replay-secret").build())
                        .baseUrl(replay.baseUrl()).readTimeout(Duration.ofSeconds(2)).build())
                .resilience(ResilienceSettings.builder().initialBackoff(Duration.ofMillis(10))
                        .maxBackoff(Duration.ofMillis(20)).maxRetryAfter(Duration.ofMillis(50)).build())
                .build();
    }

    private static JsonNode raw(String file) throws IOException {
        return PLAIN.readTree(RecordedResponses.file(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference/success-with-legacy-fields.json", "github/success-legacy-only.json",
            "github/success-both-pairs.json", "github/success-code-msg.json"})
    void recorded_successes_are_accepted(String file) throws IOException {
        JsonNode raw = raw(file);
        assertThat(raw.path("code").asInt(0)).isZero();
        assertThat(raw.path("StatusCode").asInt(0)).isZero();
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, file); FeishuConnector c = connector(replay)) {
            NotificationReceipt r = c.send(FeishuMessage.text("周报已生成"), "replay-ok");
            assertThat(r.id()).isEqualTo("replay-ok");
            assertThat(replay.received()).singleElement().satisfies(req -> {
                assertThat(req.uri()).isEqualTo("/open-apis/bot/v2/hook/hook-token-replay");
                JsonNode sent = PLAIN.readTree(req.body());
                assertThat(sent.path("msg_type").asText()).isEqualTo("text");
                assertThat(sent.path("sign").asText())
                        .isEqualTo(FeishuSigning.sign(sent.path("timestamp").asLong(), "replay-secret"));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"github/sign-fail-19021.json", "github/sign-fail-19021-legacy-zero.json",
            "github/legacy-only-sign-error.json"})
    void recorded_signature_refusals_are_typed_with_the_platforms_code_and_message(String file) throws IOException {
        JsonNode raw = raw(file);
        String code = raw.has("code") ? raw.path("code").asText() : raw.path("StatusCode").asText();
        String msg = raw.has("msg") ? raw.path("msg").asText() : raw.path("StatusMessage").asText();
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, file); FeishuConnector c = connector(replay)) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> c.send(FeishuMessage.text("hi"), "replay-refused"));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains(code);
            assertThat(e.platformMessage()).contains(msg);
            assertThat(e.retryable()).isFalse();
            assertThat(replay.received()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"github/rate-limit-11232.json"})
    void a_recorded_frequency_limit_is_typed_and_the_send_is_not_repeated(String file) throws IOException {
        JsonNode raw = raw(file);
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, file); FeishuConnector c = connector(replay)) {
            ConnectorException e = catchThrowableOfType(RateLimitedException.class, () -> c.send(FeishuMessage.text("hi"), "rl"));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains(raw.path("code").asText());
            assertThat(e.retryable()).isTrue();
            assertThat(replay.received()).hasSize(1);
        }
    }
}
