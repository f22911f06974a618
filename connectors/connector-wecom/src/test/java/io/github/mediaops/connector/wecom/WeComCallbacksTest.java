package io.github.mediaops.connector.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.wecom.simulator.WeComCallbackEmitter;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Callback verification, decryption, events and de-duplication, against published vectors and the simulator's emitter. */
class WeComCallbacksTest {
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9/");
    private final ManualClock clock = new ManualClock(Instant.ofEpochSecond(1_700_000_000L));
    private final WeComCallbackEmitter emitter = new WeComCallbackEmitter(WeComSimulator.CORP_ID, WeComSimulator.CALLBACK_TOKEN,
            WeComSimulator.ENCODING_AES_KEY, clock);
    private final WeComConnector connector = WeComTestSupport.connector(NOWHERE, clock);

    @Test
    void url_verification_of_the_official_sample_answers_the_decrypted_echostr() {
        // WeCom's WXBizMsgCrypt sample (platform-apis-2.md §9; also SKIT-Wechat TestCase_EventTests.cs)
        ManualClock then = new ManualClock(Instant.ofEpochSecond(1_409_659_589L));
        WeComConnector official = WeComConnector.builder(ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("corpId", "wx5823bf96d3bd56c7").secret("corpSecret", "unused")
                        .secret("token", "QDG6eK").secret("encodingAesKey", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C").build())
                .baseUrl(NOWHERE).clock(then).build()).build();
        WebhookRequest get = new WebhookRequest("GET", Map.of("msg_signature", "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
                "timestamp", "1409659589", "nonce", "263014780",
                "echostr", "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="),
                Map.of(), new byte[0]);
        WebhookResult r = official.webhooks().handle(get);
        assertThat(r.response().status()).isEqualTo(200);
        assertThat(r.response().body()).isEqualTo("1616140317555161061");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void url_verification_with_a_wrong_signature_is_refused() {
        WebhookRequest get = emitter.urlVerification("8364619520231129");
        Map<String, String> q = new HashMap<>(get.query());
        q.put("msg_signature", "0".repeat(40));
        assertThatThrownBy(() -> connector.callbacks().receive(new WebhookRequest("GET", q, Map.of(), new byte[0])))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("msg_signature does not verify");
    }

    @Test
    void add_external_contact_becomes_a_lead_with_the_state_and_a_welcome_code() {
        WebhookResult r = connector.webhooks().handle(emitter.contactAdded("zhangsan", "wmTEST", "mAbCdEf12345", "WELCOMECODE"));
        assertThat(r.response().status()).isEqualTo(200);
        assertThat(r.response().body()).isEmpty();
        assertThat(r.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.LeadReceived.class, e -> {
            assertThat(e.platform()).isEqualTo(Platform.WECOM);
            assertThat(e.lead().leadId()).isEqualTo("wmTEST");
            assertThat(e.lead().action()).isEqualTo(LeadAction.ADD_CONTACT);
            assertThat(e.lead().tracking()).contains("mAbCdEf12345");
            assertThat(e.lead().at()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        });
        clock.advance(Duration.ofSeconds(1));
        WeComCallbacks.Received typed = connector.callbacks().receive(emitter.contactAdded("lisi", "wmOTHER", null, "WC2"));
        assertThat(typed.events()).singleElement().isInstanceOfSatisfying(WeComEvent.ContactAdded.class, e -> {
            assertThat(e.userId()).isEqualTo("lisi");
            assertThat(e.state()).isEmpty();
            assertThat(e.lead().tracking()).isEmpty();
            assertThat(e.welcomeCode()).hasValueSatisfying(w -> {
                assertThat(w.code()).isEqualTo("WC2");
                assertThat(w.expiresAt()).isEqualTo(clock.instant().plusSeconds(20));
                assertThat(w.toString()).doesNotContain("WC2");
            });
        });
    }

    @Test
    void a_repeated_callback_gives_no_events_and_a_replayed_signature_cannot_carry_another_body() {
        WebhookRequest add = emitter.contactAdded("zhangsan", "wmTEST", "s1", null);
        assertThat(connector.webhooks().handle(add).events()).hasSize(1);
        assertThat(connector.webhooks().handle(add).events()).as("WeCom's retry of the same callback").isEmpty();
        WebhookRequest other = emitter.contactAdded("zhangsan", "wmOTHER", "s1", null);
        WebhookRequest forged = new WebhookRequest("POST", add.query(), Map.of(), other.body());
        assertThatThrownBy(() -> connector.webhooks().handle(forged)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void deletions_and_group_changes_are_typed() {
        WeComCallbacks cb = connector.callbacks();
        assertThat(cb.receive(emitter.contactChanged("del_follow_user", "zhangsan", "wmTEST")).events()).singleElement()
                .isInstanceOfSatisfying(WeComEvent.ContactChanged.class, e -> {
                    assertThat(e.changeType()).isEqualTo("del_follow_user");
                    assertThat(e.lost()).isTrue();
                });
        assertThat(cb.receive(emitter.contactChanged("del_external_contact", "zhangsan", "wmTEST")).events()).singleElement()
                .isInstanceOfSatisfying(WeComEvent.ContactChanged.class, e -> assertThat(e.lost()).isTrue());
        WebhookRequest chat = emitter.groupChatChanged("wrCHAT", "update", "add_member", List.of("Jack", "Rose"));
        assertThat(cb.receive(chat).events()).singleElement().isInstanceOfSatisfying(WeComEvent.GroupChatChanged.class, e -> {
            assertThat(e.chatId()).isEqualTo("wrCHAT");
            assertThat(e.updateDetail()).contains("add_member");
            assertThat(e.memberChangeCount()).isEqualTo(2);
            assertThat(e.memberIds()).containsExactly("Jack", "Rose");
        });
        WebhookResult core = connector.webhooks().handle(emitter.groupChatChanged("wrCHAT", "dismiss", null, List.of()));
        assertThat(core.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.Other.class,
                e -> assertThat(e.type()).isEqualTo("change_external_chat:dismiss"));
    }

    @Test
    void a_message_for_another_corp_or_outside_the_replay_window_is_refused() {
        WebhookRequest foreign = emitter.encryptedPost(emitter.frame("<xml><CreateTime>1700000000</CreateTime></xml>", "wwOTHERCORP"),
                1_700_000_000L, "42");
        assertThatThrownBy(() -> connector.webhooks().handle(foreign)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("does not decrypt for this corp");
        WebhookRequest old = emitter.contactAdded("zhangsan", "wmTEST", "s", null);
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> connector.webhooks().handle(old)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("replay window");
    }

    @Test
    void oversized_or_unreadable_bodies_are_refused_typed() {
        WebhookRequest huge = new WebhookRequest("POST", Map.of("msg_signature", "x", "timestamp", "1700000000", "nonce", "1"),
                Map.of(), new byte[WeComCallbacks.DEFAULT_MAX_CALLBACK_BYTES + 1]);
        assertThatThrownBy(() -> connector.webhooks().handle(huge)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("maxCallbackBytes");
        WebhookRequest noEncrypt = new WebhookRequest("POST", Map.of("msg_signature", "x", "timestamp", "1700000000", "nonce", "1"),
                Map.of(), "<xml><ToUserName>x</ToUserName></xml>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> connector.webhooks().handle(noEncrypt)).isInstanceOf(UnexpectedResponseException.class);
        WebhookRequest noTime = emitter.event("<xml><Event>change_external_contact</Event></xml>", 1_700_000_000L);
        assertThatThrownBy(() -> connector.webhooks().handle(noTime)).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("CreateTime");
    }

    @Test
    void without_the_callback_secrets_webhooks_are_withheld_with_the_reason() {
        WeComConnector bare = WeComConnector.builder(ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("corpId", WeComSimulator.CORP_ID)
                        .secret("corpSecret", WeComSimulator.CORP_SECRET).build()).baseUrl(NOWHERE).build()).build();
        assertThat(bare.capabilities()).isEmpty();
        assertThatThrownBy(bare::callbacks).isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("encodingAesKey");
        assertThat(bare.toString()).doesNotContain(WeComSimulator.CORP_SECRET);
    }
}
