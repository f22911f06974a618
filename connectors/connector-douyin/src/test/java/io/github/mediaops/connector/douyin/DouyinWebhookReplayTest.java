package io.github.mediaops.connector.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook bodies recorded by SKIT.FlurlHttpClient.ByteDance (see {@code replay/SOURCES.md}), signed as Douyin signs them. */
class DouyinWebhookReplayTest {
    private static final String SECRET = "replay-webhook-secret";
    private final ObjectMapper raw = new ObjectMapper();
    private final DouyinConnector connector = DouyinConnector.builder(DouyinTestSupport.config(
            URI.create("http://127.0.0.1:9/"), "replay-key", SECRET, Clock.systemUTC(), Duration.ofSeconds(1))).build();

    @AfterEach
    void close() {
        connector.close();
    }

    /** Douyin's rule computed independently of the connector: hex SHA-1 over the secret's bytes then the body's. */
    private static String douyinSignature(byte[] body) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha1.digest(body));
    }

    private WebhookResult deliver(byte[] body, String msgId) throws Exception {
        return connector.webhooks().handle(new WebhookRequest("POST", Map.of(),
                Map.of("X-Douyin-Signature", douyinSignature(body), "Msg-Id", msgId), body));
    }

    @Test
    void the_recorded_url_check_is_answered_with_its_own_challenge() throws Exception {
        byte[] body = ReplayServer.recorded("skit-events/VerifyWebhookEvent.json");
        WebhookResult r = deliver(body, "m-verify");
        JsonNode challenge = raw.readTree(body).get("content").get("challenge");
        assertThat(r.response().status()).isEqualTo(200);
        assertThat(raw.readTree(r.response().body()).get("challenge")).isEqualTo(challenge);
        assertThat(r.events()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ItemCommentReplyEvent", "CreateVideoEvent", "AuthorizeEvent", "UnauthorizeEvent",
            "NewVideoDiggEvent", "NewFollowActionEvent"})
    void each_recorded_event_is_verified_named_as_douyin_names_it_and_delivered_once(String name) throws Exception {
        byte[] body = ReplayServer.recorded("skit-events/" + name + ".json");
        String event = raw.readTree(body).get("event").asText();
        WebhookResult first = deliver(body, "m-" + name);
        assertThat(first.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.Other.class, e -> {
            assertThat(e.type()).isEqualTo(event);
            assertThat(e.eventId()).isEqualTo("m-" + name);
        });
        assertThat(deliver(body, "m-" + name).events()).as("Douyin's retry with the same Msg-Id").isEmpty();
    }
}
