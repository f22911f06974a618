package io.github.mediaops.connector.kuaishou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.connector.Webhooks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KuaishouWebhooksTest {
    /** platform-apis-2.md §9: MD5(body + "ks_app_secret"), computed there with Python hashlib (and again here with it). */
    private static final String VECTOR_BODY = "{\"event\":\"TEST\",\"app_id\":\"ks123\",\"message_id\":\"m-1\",\"timestamp\":1700000000000}";
    private static final String VECTOR_SIGNATURE = "78fecec209eadba5fa98e3fc2d5951df";

    /** 1700000000000 ms plus one minute: inside the 5-minute replay window. */
    private final KuaishouTestSupport.MovingClock clock =
            new KuaishouTestSupport.MovingClock(Instant.ofEpochMilli(1_700_000_000_000L).plusSeconds(60));
    private final KuaishouConnector connector = KuaishouConnector.builder(KuaishouTestSupport.config(
            URI.create("http://127.0.0.1:9/"), "ks123", "ks_app_secret", clock, Duration.ofSeconds(1))).build();
    private final ObjectMapper raw = new ObjectMapper();

    @AfterEach
    void close() {
        connector.close();
    }

    private static WebhookRequest push(String body, Map<String, String> headers) {
        return new WebhookRequest("POST", Map.of(), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_reference_vector_verifies_and_the_test_event_is_acknowledged_without_events() throws Exception {
        Webhooks w = connector.webhooks();
        WebhookResult r = w.handle(push(VECTOR_BODY, Map.of("kwaisign", VECTOR_SIGNATURE)));
        assertThat(r.response().status()).isEqualTo(200);
        assertThat(raw.readTree(r.response().body()).get("result").asInt()).isEqualTo(1);
        assertThat(raw.readTree(r.response().body()).get("message_id").asText()).isEqualTo("m-1");
        assertThat(r.events()).isEmpty();
        WebhookResult upper = w.handle(push(VECTOR_BODY.replace("m-1", "m-2"),
                Map.of("KwaiSign", md5Upper(VECTOR_BODY.replace("m-1", "m-2")))));
        assertThat(upper.response().status()).isEqualTo(200);
    }

    private static String md5Upper(String body) throws Exception {
        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        md5.update(body.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(md5.digest("ks_app_secret".getBytes(StandardCharsets.UTF_8)))
                .toUpperCase(Locale.ROOT);
    }

    @Test
    void a_missing_or_wrong_signature_or_a_changed_body_is_refused_before_parsing() {
        Webhooks w = connector.webhooks();
        assertThatThrownBy(() -> w.handle(push(VECTOR_BODY, Map.of()))).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("kwaisign");
        assertThatThrownBy(() -> w.handle(push(VECTOR_BODY.replace("m-1", "m-9"), Map.of("kwaisign", VECTOR_SIGNATURE))))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("does not match")
                .hasMessageNotContaining(VECTOR_SIGNATURE).hasMessageNotContaining("ks_app_secret");
        assertThatThrownBy(() -> w.handle(push("not json", Map.of("kwaisign", VECTOR_SIGNATURE))))
                .as("an unsigned body is refused, not parsed").isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> w.handle(new WebhookRequest("GET", Map.of(), Map.of("kwaisign", VECTOR_SIGNATURE),
                VECTOR_BODY.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_captured_push_replayed_after_the_window_is_refused() {
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> connector.webhooks().handle(push(VECTOR_BODY, Map.of("kwaisign", VECTOR_SIGNATURE))))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("replay window");
    }

    @Test
    void signed_events_are_delivered_once_per_message_id_and_only_for_this_app() {
        try (KuaishouSimulator sim = KuaishouSimulator.builder().clock(clock).build();
             KuaishouConnector c = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(1))) {
            WebhookRequest p = sim.push("AUTHORIZE", KuaishouTestSupport.OPEN_ID);
            WebhookResult first = c.webhooks().handle(p);
            assertThat(first.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.Other.class, e -> {
                assertThat(e.type()).isEqualTo("AUTHORIZE");
                assertThat(e.eventId()).startsWith("msg-");
            });
            WebhookResult again = c.webhooks().handle(p);
            assertThat(again.events()).as("Kuaishou's retry of the same message_id").isEmpty();
            assertThat(again.response().status()).as("a retry is still acknowledged").isEqualTo(200);
            assertThat(c.webhooks().handle(sim.push("UNAUTHORIZE", KuaishouTestSupport.OPEN_ID)).events()).hasSize(1);
        }
    }

    @Test
    void a_validly_signed_push_for_another_app_is_refused() throws Exception {
        String body = VECTOR_BODY.replace("\"ks123\"", "\"ks999\"");
        assertThatThrownBy(() -> connector.webhooks().handle(push(body, Map.of("kwaisign", md5Upper(body)))))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("ks999");
    }

    @Test
    void a_signed_body_that_is_not_a_json_object_is_a_typed_unreadable_push() throws Exception {
        String body = "[1,2]";
        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        md5.update(body.getBytes(StandardCharsets.UTF_8));
        String sig = java.util.HexFormat.of().formatHex(md5.digest("ks_app_secret".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> connector.webhooks().handle(push(body, Map.of("kwaisign", sig))))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("JSON object");
    }
}
