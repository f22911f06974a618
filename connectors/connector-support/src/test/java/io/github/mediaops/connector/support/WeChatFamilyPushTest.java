package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The WeChat family's push flow on the official URL-check example of the Weixin Store push page (Token AAAAA; its
 * query signature does not cover the body, so it also signs a plaintext POST), and the order of its refusals. The
 * safe-mode opening itself is {@link WeChatFamilyCryptoTest}'s and connector-wechat's and connector-channels'.
 */
class WeChatFamilyPushTest {
    // developers.weixin.qq.com/doc/channels/dev_before/base/message_push.md (platform-apis-2.md §9)
    private static final Map<String, String> OFFICIAL = Map.of("signature", "f464b24fc39322e44b38aa78f5edd27bd1441696",
            "echostr", "4375120948345356249", "timestamp", "1714036504", "nonce", "1514711492");
    private static final Secret TOKEN = Secret.of("AAAAA");
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final List<String> parsed = new ArrayList<>();

    private static ConnectorConfig config(boolean aesKey, String pushMode) {
        Credentials.Builder c = Credentials.builder().identifier("appId", "wx0123456789abcdef");
        if (aesKey) {
            c.secret("encodingAesKey", AES_KEY);
        }
        ConnectorConfig.Builder b = ConnectorConfig.builder().credentials(c.build()).option("maxPushBytes", "2048");
        return (pushMode == null ? b : b.option("pushMode", pushMode)).build();
    }

    private WeChatFamilyPush push(ConnectorConfig config) {
        WebhookGate gate = new WebhookGate(Platform.WECHAT_CHANNELS,
                Clock.fixed(Instant.ofEpochSecond(1_714_036_504L), ZoneOffset.UTC), Duration.ofMinutes(5));
        return new WeChatFamilyPush(gate, config, TOKEN, WeChatFamilyPush.Mode.of(config, "pushMode"),
                body -> "", "the hint");
    }

    private WebhookResult open(WeChatFamilyPush push, String method, Map<String, String> query, String body) {
        return push.open(new WebhookRequest(method, query, Map.of(), body.getBytes(StandardCharsets.UTF_8)), (b, what) -> {
            parsed.add(what + ":" + new String(b, StandardCharsets.UTF_8));
            return new WebhookResult(WebhookResponse.text("success"), List.of());
        });
    }

    private static Map<String, String> query(String encryptType) {
        Map<String, String> q = new HashMap<>(OFFICIAL);
        q.remove("echostr");
        if (encryptType != null) {
            q.put("encrypt_type", encryptType);
        }
        return q;
    }

    @Test
    void a_url_check_is_answered_with_its_echostr_and_nothing_is_parsed() {
        WebhookResult r = open(push(config(false, null)), "GET", OFFICIAL, "");
        assertThat(r.response().body()).isEqualTo("4375120948345356249");
        assertThat(parsed).isEmpty();
    }

    @Test
    void a_plaintext_push_in_plain_mode_is_parsed_once_and_its_signature_cannot_carry_another_body() {
        WeChatFamilyPush push = push(config(false, null));
        open(push, "POST", query(null), "<xml>1</xml>");
        open(push, "POST", query("raw"), "<xml>1</xml>");
        assertThat(parsed).containsExactly("body:<xml>1</xml>", "body:<xml>1</xml>");
        assertThatThrownBy(() -> open(push, "POST", query(null), "<xml>2</xml>"))
                .isInstanceOf(AuthenticationException.class);
        assertThat(parsed).hasSize(2);
    }

    @Test
    void safe_mode_refuses_plaintext_with_the_connectors_hint_and_plain_mode_refuses_aes() {
        assertThatThrownBy(() -> open(push(config(true, null)), "POST", query(null), "<xml/>"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("plaintext push while safe mode is configured").hasMessageContaining("the hint");
        assertThatThrownBy(() -> open(push(config(false, null)), "POST", query("aes"), "<xml/>"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("no encodingAesKey");
        assertThatThrownBy(() -> open(push(config(true, "compatible")), "POST", query("aes"), "<xml/>"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("msg_signature");
        assertThatThrownBy(() -> open(push(config(true, "compatible")), "POST", query("rot13"), "<xml/>"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("unknown encrypt_type");
        open(push(config(true, "compatible")), "POST", query(null), "<xml/>");
        assertThat(parsed).containsExactly("body:<xml/>");
    }

    @Test
    void the_size_is_checked_before_the_signature() {
        Map<String, String> forged = query(null);
        forged.put("signature", "0".repeat(40));
        assertThatThrownBy(() -> open(push(config(false, null)), "POST", forged, "x".repeat(2049)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("maxPushBytes");
        assertThatThrownBy(() -> open(push(config(false, null)), "POST", forged, "x"))
                .isInstanceOf(AuthenticationException.class);
        assertThat(parsed).isEmpty();
    }

    @Test
    void modes_come_from_the_option_and_must_fit_the_key() {
        assertThat(WeChatFamilyPush.Mode.of(config(true, null), "pushMode")).isEqualTo(WeChatFamilyPush.Mode.SAFE);
        assertThat(WeChatFamilyPush.Mode.of(config(false, null), "pushMode")).isEqualTo(WeChatFamilyPush.Mode.PLAIN);
        assertThat(WeChatFamilyPush.Mode.of(config(true, " Compatible "), "pushMode"))
                .isEqualTo(WeChatFamilyPush.Mode.COMPATIBLE);
        for (String[] bad : new String[][] {{"true", "plain"}, {"false", "safe"}, {"false", "compatible"}, {"true", "secure"}}) {
            assertThatThrownBy(() -> WeChatFamilyPush.Mode.of(config(Boolean.parseBoolean(bad[0]), bad[1]), "pushMode"))
                    .as(bad[1]).isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("options.pushMode")).hasMessageContaining(bad[1]);
        }
    }
}
