package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.engagement.MessageKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WeChatWebhooksTest {
    private WeChatSimulator sim;
    private WeChatConnector connector;
    /** 明文模式: the same app without an encodingAesKey, for plaintext pushes. */
    private WeChatConnector plainMode;

    @BeforeEach
    void start() {
        sim = WeChatTestSupport.simulator().build();
        connector = WeChatTestSupport.connector(sim);
        plainMode = WeChatConnector.builder(WeChatTestSupport.config(sim, java.time.Duration.ofSeconds(5)).toBuilder()
                .credentials(Credentials.builder().identifier("appId", sim.appId()).secret("appSecret", sim.appSecret())
                        .secret("token", WeChatTestSupport.PUSH_TOKEN).build()).build()).build();
    }

    @AfterEach
    void stop() {
        plainMode.close();
        connector.close();
        sim.close();
    }

    @Test
    void url_verification_echoes_echostr() {
        WebhookResult r = connector.webhooks().handle(sim.pushes().urlVerification("echo-12345"));
        assertThat(r.response().body()).isEqualTo("echo-12345");
        assertThat(r.events()).isEmpty();
    }

    /** platform-apis.md §11: token testtoken, timestamp 1409304348, nonce xxxxxx. */
    @Test
    void plain_mode_signature_matches_the_documented_vector() {
        ConnectorConfig config = WeChatTestSupport.config(sim, java.time.Duration.ofSeconds(5)).toBuilder()
                .credentials(Credentials.builder().identifier("appId", sim.appId()).secret("appSecret", sim.appSecret())
                        .secret("token", "testtoken").build())
                .clock(java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1409304348L), java.time.ZoneOffset.UTC)).build();
        try (WeChatConnector c = WeChatConnector.builder(config).build()) {
            Map<String, String> q = Map.of("signature", "30d7c91db269b3e0cb3e1a131646b6d1ae4750f5", "timestamp", "1409304348",
                    "nonce", "xxxxxx", "echostr", "ok-echo");
            assertThat(c.webhooks().handle(new WebhookRequest("GET", q, Map.of(), new byte[0])).response().body())
                    .isEqualTo("ok-echo");
            Map<String, String> bad = new HashMap<>(q);
            bad.put("signature", "30d7c91db269b3e0cb3e1a131646b6d1ae4750f6");
            assertThatThrownBy(() -> c.webhooks().handle(new WebhookRequest("GET", bad, Map.of(), new byte[0])))
                    .isInstanceOf(AuthenticationException.class).hasMessageNotContaining("30d7c91d");
        }
    }

    @Test
    void plain_text_message_becomes_a_message_event_once() {
        WebhookRequest push = sim.pushes().textMessage("o-fan-1", "请问什么时候发货？", false);
        WebhookResult first = plainMode.webhooks().handle(push);
        assertThat(first.response().body()).isEqualTo("success");
        assertThat(first.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.MessageReceived.class, e -> {
            assertThat(e.message().kind()).isEqualTo(MessageKind.TEXT);
            assertThat(e.message().text()).isEqualTo("请问什么时候发货？");
            assertThat(e.message().user().id()).isEqualTo("o-fan-1");
            assertThat(e.message().inbound()).isTrue();
        });
        assertThat(plainMode.webhooks().handle(push).events()).as("WeChat retries are dropped").isEmpty();
    }

    @Test
    void safe_mode_message_is_verified_and_decrypted() {
        WebhookResult r = connector.webhooks().handle(sim.pushes().textMessage("o-fan-2", "加密消息", true));
        assertThat(r.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.MessageReceived.class,
                e -> assertThat(e.message().text()).isEqualTo("加密消息"));
    }

    @Test
    void safe_mode_with_a_tampered_ciphertext_is_refused() {
        WebhookRequest push = sim.pushes().textMessage("o-fan-3", "x", true);
        String original = new String(push.body(), StandardCharsets.UTF_8);
        int at = original.indexOf("<Encrypt><![CDATA[") + "<Encrypt><![CDATA[".length();
        char flipped = original.charAt(at) == 'A' ? 'B' : 'A';
        String body = original.substring(0, at) + flipped + original.substring(at + 1);
        WebhookRequest tampered = new WebhookRequest("POST", push.query(), push.headers(), body.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> connector.webhooks().handle(tampered)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("msg_signature");
    }

    @Test
    void wrong_signature_is_refused_before_the_body_is_read() {
        WebhookRequest push = sim.pushes().textMessage("o-fan-4", "x", false);
        Map<String, String> q = new HashMap<>(push.query());
        q.put("signature", "0".repeat(40));
        WebhookRequest forged = new WebhookRequest("POST", q, Map.of(), "not even xml".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> connector.webhooks().handle(forged)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("signature does not verify");
    }

    @Test
    void stale_timestamp_is_refused_as_a_replay() {
        WebhookRequest old = sim.pushes().push("<xml><MsgType>text</MsgType></xml>",
                WeChatTestSupport.CLOCK.instant().getEpochSecond() - 3600, false);
        assertThatThrownBy(() -> connector.webhooks().handle(old)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("replay window");
    }

    private static String textMessage(long now, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[gh_sim0000001]]></ToUserName><FromUserName><![CDATA[o-xxe]]></FromUserName>"
                + "<CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>" + content
                + "</Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    @Test
    void doctype_in_a_verified_body_is_refused_not_expanded() {
        long now = WeChatTestSupport.CLOCK.instant().getEpochSecond();
        List<WebhookEvent> events = new ArrayList<>();
        // Control: the same complete message without a DOCTYPE is accepted, so a refusal below is for the DOCTYPE.
        events.addAll(plainMode.webhooks().handle(sim.pushes().push(textMessage(now, 9001, "plain"), now, false)).events());
        assertThat(events).singleElement().isInstanceOf(WebhookEvent.MessageReceived.class);

        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e \"EXPANDED\">]>";
        WebhookRequest plain = sim.pushes().push(doctype + textMessage(now, 9002, "&e;"), now, false);
        assertThatThrownBy(() -> events.addAll(plainMode.webhooks().handle(plain).events()))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("body is not XML");
        WebhookRequest safe = sim.pushes().push(doctype + textMessage(now, 9003, "&e;"), now, true);
        assertThatThrownBy(() -> events.addAll(connector.webhooks().handle(safe).events()))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("decrypted body is not XML");
        assertThat(events).hasSize(1).allSatisfy(e -> assertThat(e.toString()).doesNotContain("EXPANDED"));
    }

    @Test
    void events_without_msgid_are_deduplicated_by_sender_time_and_event() {
        long now = WeChatTestSupport.CLOCK.instant().getEpochSecond();
        String follow = "<xml><ToUserName>gh_sim0000001</ToUserName><FromUserName>o-a</FromUserName><CreateTime>" + now
                + "</CreateTime><MsgType>event</MsgType><Event>subscribe</Event></xml>";
        String click = follow.replace("subscribe", "CLICK");
        assertThat(plainMode.webhooks().handle(sim.pushes().push(follow, now, false)).events()).hasSize(1);
        assertThat(plainMode.webhooks().handle(sim.pushes().push(follow, now, false)).events()).isEmpty();
        assertThat(plainMode.webhooks().handle(sim.pushes().push(click, now, false)).events())
                .as("another event in the same second is not a duplicate").hasSize(1);
    }

    @Test
    void without_push_token_the_connector_offers_five_capabilities_and_says_why_not_webhooks() {
        ConnectorConfig config = WeChatTestSupport.config(sim, java.time.Duration.ofSeconds(5)).toBuilder()
                .credentials(Credentials.builder().identifier("appId", sim.appId()).secret("appSecret", sim.appSecret()).build())
                .build();
        try (WeChatConnector c = WeChatConnector.builder(config).build()) {
            assertThat(c.capabilities()).hasSize(5).doesNotContain(Capability.WEBHOOKS);
            assertThat(WeChatConnectorProvider.DESCRIPTOR.capabilities()).containsAll(c.capabilities())
                    .contains(Capability.WEBHOOKS);
            assertThatThrownBy(c::webhooks).isInstanceOf(UnsupportedCapabilityException.class)
                    .hasMessageContaining("push secret \"token\"");
        }
    }
}
