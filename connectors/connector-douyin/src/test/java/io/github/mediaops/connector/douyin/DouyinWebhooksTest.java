package io.github.mediaops.connector.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.connector.Webhooks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DouyinWebhooksTest {
    /** platform-apis.md §11: SHA-1("secret123" + body), computed with Python hashlib. */
    private static final String VECTOR_BODY = "{\"event\":\"verify_webhook\",\"client_key\":\"abc\",\"content\":{\"challenge\":12345}}";
    private static final String VECTOR_SIGNATURE = "21197fbce64707d3a90a3230f5ae33d4c4cd1eac";

    private final DouyinConnector withVectorSecret = DouyinConnector.builder(DouyinTestSupport.config(
            URI.create("http://127.0.0.1:9/"), "abc", "secret123", Clock.systemUTC(), Duration.ofSeconds(1))).build();

    @AfterEach
    void close() {
        withVectorSecret.close();
    }

    private static WebhookRequest push(String body, Map<String, String> headers) {
        return new WebhookRequest("POST", Map.of(), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_reference_vector_verifies_and_the_url_check_is_answered_with_its_challenge() {
        Webhooks w = withVectorSecret.webhooks();
        WebhookResult r = w.handle(push(VECTOR_BODY, Map.of("X-Douyin-Signature", VECTOR_SIGNATURE)));
        assertThat(r.response().status()).isEqualTo(200);
        assertThat(r.response().body()).isEqualTo("{\"challenge\":12345}");
        assertThat(r.events()).isEmpty();
        WebhookResult upper = w.handle(push(VECTOR_BODY, Map.of("x-douyin-signature", VECTOR_SIGNATURE.toUpperCase(Locale.ROOT))));
        assertThat(upper.response().body()).isEqualTo("{\"challenge\":12345}");
    }

    @Test
    void a_missing_or_wrong_signature_or_a_changed_body_is_refused_before_parsing() {
        Webhooks w = withVectorSecret.webhooks();
        assertThatThrownBy(() -> w.handle(push(VECTOR_BODY, Map.of()))).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("X-Douyin-Signature");
        assertThatThrownBy(() -> w.handle(push(VECTOR_BODY.replace("12345", "12346"),
                Map.of("X-Douyin-Signature", VECTOR_SIGNATURE)))).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> w.handle(push("not json at all", Map.of("X-Douyin-Signature", VECTOR_SIGNATURE))))
                .as("an unsigned body is refused, not parsed").isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> w.handle(new WebhookRequest("GET", Map.of(), Map.of("X-Douyin-Signature", VECTOR_SIGNATURE),
                VECTOR_BODY.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(AuthenticationException.class);
    }

    private DouyinSimulator sim;

    @Test
    void signed_events_are_delivered_once_per_msg_id() {
        sim = DouyinSimulator.start();
        try (DouyinConnector c = DouyinTestSupport.connector(sim, Clock.systemUTC(), Duration.ofSeconds(1))) {
            WebhookRequest p = sim.push("item_comment_reply", "{\"comment_id\":\"c-1\",\"content\":\"好看\"}");
            WebhookResult first = c.webhooks().handle(p);
            assertThat(first.response().status()).isEqualTo(200);
            assertThat(first.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.Other.class, e -> {
                assertThat(e.type()).isEqualTo("item_comment_reply");
                assertThat(e.eventId()).isEqualTo(p.header("Msg-Id").orElseThrow());
            });
            assertThat(c.webhooks().handle(p).events()).as("Douyin's retry of the same Msg-Id").isEmpty();
            assertThat(c.webhooks().handle(sim.push("create_video", "{\"item_id\":\"@x\"}")).events()).hasSize(1);
        } finally {
            sim.close();
        }
    }

    @Test
    void a_signed_body_that_is_not_json_is_a_typed_unreadable_push() {
        sim = DouyinSimulator.start();
        try (DouyinConnector c = DouyinTestSupport.connector(sim, Clock.systemUTC(), Duration.ofSeconds(1))) {
            WebhookRequest p = sim.push("x", "{broken");
            assertThatThrownBy(() -> c.webhooks().handle(p)).isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("JSON");
        } finally {
            sim.close();
        }
    }
}
