package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The official URL-check example of the Weixin Store push page (Token AAAAA), and its refusals. */
class WeChatPushSignatureTest {
    // developers.weixin.qq.com/doc/channels/dev_before/base/message_push.md (platform-apis-2.md §9)
    private static final Map<String, String> OFFICIAL = Map.of("signature", "f464b24fc39322e44b38aa78f5edd27bd1441696",
            "echostr", "4375120948345356249", "timestamp", "1714036504", "nonce", "1514711492");

    private static WebhookGate gate(long now) {
        return new WebhookGate(Platform.WECHAT_CHANNELS, Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC),
                Duration.ofMinutes(5));
    }

    @Test
    void official_url_check_verifies_and_echoes() {
        WebhookRequest get = new WebhookRequest("GET", OFFICIAL, Map.of(), new byte[0]);
        WebhookGate gate = gate(1_714_036_504L);
        WeChatPushSignature s = WeChatPushSignature.verify(gate, get, "AAAAA");
        WebhookResult r = s.echo(gate, get);
        assertThat(r.response().body()).isEqualTo("4375120948345356249");
        assertThat(s.toString()).doesNotContain("f464b24f");
    }

    @Test
    void wrong_token_stale_timestamp_and_missing_parts_are_refused() {
        WebhookRequest get = new WebhookRequest("GET", OFFICIAL, Map.of(), new byte[0]);
        assertThatThrownBy(() -> WeChatPushSignature.verify(gate(1_714_036_504L), get, "AAAAB"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> WeChatPushSignature.verify(gate(1_714_036_504L + 3600), get, "AAAAA"))
                .isInstanceOf(AuthenticationException.class);
        Map<String, String> noNonce = new HashMap<>(OFFICIAL);
        noNonce.remove("nonce");
        assertThatThrownBy(() -> WeChatPushSignature.verify(gate(1_714_036_504L),
                new WebhookRequest("GET", noNonce, Map.of(), new byte[0]), "AAAAA"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("nonce");
    }
}
