package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WeChat's three message encryption modes (明文 plain, 兼容 compatible, 安全 safe) and replay of a captured
 * plaintext signature (issue 14): with an AES key a push cannot be downgraded to plaintext unless the
 * host opts into compatible mode, and a (timestamp, nonce, signature) cannot carry another body.
 */
class WeChatPushModeTest {
    private WeChatSimulator sim;
    private long now;

    @BeforeEach
    void start() {
        sim = WeChatTestSupport.simulator().build();
        now = WeChatTestSupport.CLOCK.instant().getEpochSecond();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private ConnectorConfig.Builder config() {
        return WeChatTestSupport.config(sim, Duration.ofSeconds(5)).toBuilder();
    }

    private ConnectorConfig.Builder configWithoutAesKey() {
        return config().credentials(Credentials.builder().identifier("appId", sim.appId()).secret("appSecret", sim.appSecret())
                .secret("token", WeChatTestSupport.PUSH_TOKEN).build());
    }

    private String text(long msgId, String from, String content) {
        return "<xml><ToUserName><![CDATA[" + sim.originalId() + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    private static WebhookRequest withBody(WebhookRequest r, String body) {
        return new WebhookRequest("POST", r.query(), r.headers(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void with_an_aes_key_a_plaintext_push_is_refused_by_default() {
        try (WeChatConnector c = WeChatConnector.builder(config().build()).build()) {
            assertThat(c.webhooks().handle(sim.pushes().push(text(8001, "o-a", "safe"), now, true)).events()).hasSize(1);
            WebhookRequest downgraded = sim.pushes().push(text(8002, "o-a", "forged"), now, false);
            assertThatThrownBy(() -> c.webhooks().handle(downgraded)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("plaintext push while safe mode is configured");
            Map<String, String> raw = new HashMap<>(downgraded.query());
            raw.put("encrypt_type", "raw");
            assertThatThrownBy(() -> c.webhooks().handle(new WebhookRequest("POST", raw, Map.of(), downgraded.body())))
                    .isInstanceOf(AuthenticationException.class).hasMessageContaining("plaintext push");
        }
    }

    @Test
    void explicit_safe_mode_refuses_plaintext_too() {
        try (WeChatConnector c = WeChatConnector.builder(config().option("pushMode", "safe").build()).build()) {
            assertThatThrownBy(() -> c.webhooks().handle(sim.pushes().push(text(8003, "o-a", "x"), now, false)))
                    .isInstanceOf(AuthenticationException.class).hasMessageContaining("plaintext push");
        }
    }

    @Test
    void compatible_mode_accepts_plaintext_and_safe_mode_pushes() {
        try (WeChatConnector c = WeChatConnector.builder(config().option("pushMode", "compatible").build()).build()) {
            assertThat(c.webhooks().handle(sim.pushes().push(text(8004, "o-b", "明文"), now, false)).events()).hasSize(1);
            assertThat(c.webhooks().handle(sim.pushes().push(text(8005, "o-b", "密文"), now, true)).events()).hasSize(1);
        }
    }

    @Test
    void an_unknown_encrypt_type_is_refused() {
        try (WeChatConnector c = WeChatConnector.builder(config().option("pushMode", "compatible").build()).build()) {
            WebhookRequest push = sim.pushes().push(text(8006, "o-c", "x"), now, false);
            Map<String, String> q = new HashMap<>(push.query());
            q.put("encrypt_type", "rot13");
            assertThatThrownBy(() -> c.webhooks().handle(new WebhookRequest("POST", q, Map.of(), push.body())))
                    .isInstanceOf(AuthenticationException.class).hasMessageContaining("unknown encrypt_type");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "PLAIN"})
    void plain_mode_with_an_aes_key_is_a_configuration_error(String mode) {
        assertThatThrownBy(() -> WeChatConnector.builder(config().option("pushMode", mode).build()).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("options.pushMode"))
                .hasMessageContaining(mode).hasMessageContaining("compatible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"safe", "compatible"})
    void encrypted_modes_without_an_aes_key_are_a_configuration_error(String mode) {
        assertThatThrownBy(() -> WeChatConnector.builder(configWithoutAesKey().option("pushMode", mode).build()).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("encodingAesKey");
    }

    @Test
    void an_unknown_mode_is_a_configuration_error() {
        assertThatThrownBy(() -> WeChatConnector.builder(config().option("pushMode", "encrypted").build()).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("plain, compatible or safe")
                .hasMessageContaining("encrypted");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_captured_plaintext_signature_cannot_carry_another_body(boolean withAesKey) {
        ConnectorConfig cfg = withAesKey ? config().option("pushMode", "compatible").build() : configWithoutAesKey().build();
        try (WeChatConnector c = WeChatConnector.builder(cfg).build()) {
            WebhookRequest genuine = sim.pushes().push(text(8101, "o-real", "真的"), now, false);
            assertThat(c.webhooks().handle(genuine).events()).hasSize(1);
            assertThat(c.webhooks().handle(genuine).events()).as("WeChat's retry of the same push").isEmpty();
            WebhookRequest forged = withBody(genuine, text(8102, "o-real", "forged: 退款到这个账户"));
            assertThatThrownBy(() -> c.webhooks().handle(forged)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("replay").hasMessageNotContaining(genuine.queryParam("signature").orElseThrow());
        }
    }

    @Test
    void the_url_verification_signature_cannot_be_reused_for_a_push() {
        try (WeChatConnector c = WeChatConnector.builder(configWithoutAesKey().build()).build()) {
            WebhookRequest check = sim.pushes().urlVerification("echo-1");
            assertThat(c.webhooks().handle(check).response().body()).isEqualTo("echo-1");
            assertThat(c.webhooks().handle(check).response().body()).as("a repeated verification").isEqualTo("echo-1");
            Map<String, String> q = new HashMap<>(check.query());
            q.remove("echostr");
            WebhookRequest forged = new WebhookRequest("POST", q, Map.of(), text(8103, "o-x", "forged").getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> c.webhooks().handle(forged)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("replay");
        }
    }

    @Test
    void a_safe_mode_push_handled_twice_gives_one_event_and_no_error() {
        try (WeChatConnector c = WeChatConnector.builder(config().build()).build()) {
            WebhookRequest push = sim.pushes().push(text(8104, "o-s", "x"), now, true);
            assertThat(c.webhooks().handle(push).events()).singleElement().isInstanceOf(WebhookEvent.MessageReceived.class);
            assertThat(c.webhooks().handle(push).events()).isEmpty();
        }
    }
}
