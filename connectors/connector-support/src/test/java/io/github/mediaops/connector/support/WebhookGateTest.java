package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookGateTest {
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    private static final WebhookGate GATE = new WebhookGate(Platform.of("acme-test", "Acme"),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void refuses_a_body_over_the_limit_naming_the_option() {
        GATE.checkSize(1024, 1024, "maxPushBytes");
        assertThatThrownBy(() -> GATE.checkSize(1025, 1024, "maxPushBytes")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("1025 bytes").hasMessageContaining("option maxPushBytes");
    }

    @Test
    void body_limit_option_is_bounded_and_defaults() {
        assertThat(WebhookGate.bodyLimit(ConnectorConfig.builder().build(), "maxPushBytes", 65_536)).isEqualTo(65_536);
        assertThat(WebhookGate.bodyLimit(ConnectorConfig.builder().option("maxPushBytes", " 2048 ").build(), "maxPushBytes", 1))
                .isEqualTo(2048);
        for (String bad : new String[] {"1023", "16777217", "64k", ""}) {
            assertThatThrownBy(() -> WebhookGate.bodyLimit(ConnectorConfig.builder().option("maxPushBytes", bad).build(),
                    "maxPushBytes", 65_536)).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.field()).isEqualTo("options.maxPushBytes"));
        }
    }

    @Test
    void a_signature_admitted_for_one_body_is_refused_for_another_method_or_body() {
        String ts = Long.toString(NOW.getEpochSecond());
        byte[] body = "<xml/>".getBytes(StandardCharsets.UTF_8);
        GATE.admit(ts, "n1", "sig", "POST", body);
        GATE.admit(ts, "n1", "sig", "POST", body.clone()); // the platform's retry
        assertThatThrownBy(() -> GATE.admit(ts, "n1", "sig", "GET", body)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("replay");
        assertThatThrownBy(() -> GATE.admit(ts, "n1", "sig", "POST", "<xml>x</xml>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void unreadable_xml_is_typed_and_names_the_part() {
        assertThat(GATE.xml("<xml><a>1</a></xml>".getBytes(StandardCharsets.UTF_8), "body").text("a")).contains("1");
        assertThatThrownBy(() -> GATE.xml("<xml><a>".getBytes(StandardCharsets.UTF_8), "decrypted body"))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("decrypted body is not XML");
    }

    @Test
    void integers_of_a_push_are_read_or_unreadable_naming_the_field() {
        assertThat(GATE.integer("publish_status", "0")).isZero();
        assertThat(GATE.integer("JoinScene", "3")).isEqualTo(3);
        for (String bad : new String[] {"", "1.5", "x", "99999999999"}) {
            assertThatThrownBy(() -> GATE.integer("publish_status", bad)).as(bad)
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("publish_status is not a number");
        }
    }

    @Test
    void a_json_push_must_be_a_post_carrying_a_json_object_with_its_required_fields() {
        com.fasterxml.jackson.databind.ObjectMapper json = Json.tolerantMapper();
        byte[] ok = "{\"event\":\"create_video\",\"blank\":\" \"}".getBytes(StandardCharsets.UTF_8);
        io.github.mediaops.core.connector.WebhookRequest get =
                new io.github.mediaops.core.connector.WebhookRequest("GET", java.util.Map.of(), java.util.Map.of(), ok);
        assertThatThrownBy(() -> GATE.checkPost(get, "Acme")).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Acme pushes with POST (was GET)");
        GATE.checkPost(new io.github.mediaops.core.connector.WebhookRequest("POST", java.util.Map.of(), java.util.Map.of(), ok),
                "Acme");

        var root = GATE.jsonObject(json, ok);
        assertThat(GATE.requiredText(root, "event", "no event name")).isEqualTo("create_video");
        assertThatThrownBy(() -> GATE.requiredText(root, "blank", "no blank")).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("no blank");
        assertThatThrownBy(() -> GATE.requiredText(root, "missing", "no message_id to de-duplicate by"))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("no message_id");
        assertThatThrownBy(() -> GATE.jsonObject(json, "{\"event\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("body is not JSON");
        assertThatThrownBy(() -> GATE.jsonObject(json, "[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("body is not a JSON object");
        assertThatThrownBy(() -> GATE.jsonObject(json, new byte[0]))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("not a JSON object");
    }
}
