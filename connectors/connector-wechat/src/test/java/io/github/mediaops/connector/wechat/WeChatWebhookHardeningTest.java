package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.support.PushXml;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile pushes (issue 14): each is refused with a typed error, never an unchecked crash. */
class WeChatWebhookHardeningTest {
    private WeChatSimulator sim;
    private WeChatConnector connector;
    private long now;

    @BeforeEach
    void start() {
        sim = WeChatTestSupport.simulator().build();
        connector = connectorWith("pushMode", "compatible"); // both paths: plaintext and safe mode
        now = WeChatTestSupport.CLOCK.instant().getEpochSecond();
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    private String text(long msgId, String content) {
        return "<xml><ToUserName><![CDATA[" + sim.originalId() + "]]></ToUserName><FromUserName><![CDATA[o-h]]></FromUserName>"
                + "<CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    /** The test app in compatible mode with one more option. */
    private WeChatConnector connectorWith(String option, String value) {
        return WeChatConnector.builder(WeChatTestSupport.config(sim, Duration.ofSeconds(5)).toBuilder()
                        .option("pushMode", "compatible").option(option, value).build())
                .resilience(KitResilience.fastRetries()).build();
    }

    /** A message whose MsgId holds {@code depth - 2} nested elements (so that reading it walks all of them). */
    private static String nested(int depth) {
        return "<xml><MsgId>" + "<a>".repeat(depth - 2) + "1" + "</a>".repeat(depth - 2) + "</MsgId></xml>";
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void ten_thousand_nested_elements_are_an_unreadable_push_not_a_stack_overflow(boolean safeMode) {
        String xml = nested(10_000);
        assertThat(xml.length()).isBetween(70_000, 71_000);
        try (WeChatConnector c = connectorWith("maxPushBytes", Integer.toString(256 * 1024))) {
            WebhookRequest push = sim.pushes().push(xml, now, safeMode);
            assertThatThrownBy(() -> c.webhooks().handle(push)).isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("nested deeper than");
        }
    }

    @org.junit.jupiter.api.Test
    void nesting_up_to_the_depth_limit_is_read_and_one_more_level_is_refused() {
        String deepest = "<xml><ToUserName>gh</ToUserName><FromUserName>o-d</FromUserName><CreateTime>" + now
                + "</CreateTime><MsgType>event</MsgType><Event>deep</Event><b>" + "<a>".repeat(PushXml.MAX_DEPTH - 2)
                + "</a>".repeat(PushXml.MAX_DEPTH - 2) + "</b></xml>";
        assertThat(connector.webhooks().handle(sim.pushes().push(deepest, now, false)).events()).hasSize(1);
        String tooDeep = deepest.replace("<b>", "<b><a>").replace("</b>", "</a></b>").replace("deep", "deeper");
        assertThatThrownBy(() -> connector.webhooks().handle(sim.pushes().push(tooDeep, now, false)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("nested deeper than " + PushXml.MAX_DEPTH);
    }

    @org.junit.jupiter.api.Test
    void more_elements_than_the_limit_are_refused() {
        String many = "<xml><MsgType>event</MsgType>" + "<i/>".repeat(PushXml.MAX_ELEMENTS) + "</xml>";
        assertThat(many.length()).isLessThan(WeChatWebhooks.DEFAULT_MAX_PUSH_BYTES);
        assertThatThrownBy(() -> connector.webhooks().handle(sim.pushes().push(many, now, false)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("more than " + PushXml.MAX_ELEMENTS + " elements");
    }

    @org.junit.jupiter.api.Test
    void a_body_over_the_default_cap_is_refused_before_anything_else() {
        String xml = text(7101, "x".repeat(64 * 1024));
        WebhookRequest push = sim.pushes().push(xml, now, false);
        Map<String, String> unsigned = new HashMap<>(push.query());
        unsigned.remove("signature");
        WebhookRequest unsignedPush = new WebhookRequest("POST", unsigned, Map.of(), push.body());
        for (WebhookRequest r : List.of(push, unsignedPush)) {
            assertThatThrownBy(() -> connector.webhooks().handle(r)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining(push.body().length + " bytes").hasMessageContaining("65536")
                    .hasMessageContaining("maxPushBytes");
        }
    }

    @org.junit.jupiter.api.Test
    void a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_refused() {
        try (WeChatConnector c = connectorWith("maxPushBytes", "2048")) {
            String head = text(7102, "");
            String exact = head.replace("<![CDATA[]]>", "<![CDATA[" + "y".repeat(2048 - head.length()) + "]]>");
            assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(2048);
            assertThat(c.webhooks().handle(sim.pushes().push(exact, now, false)).events()).hasSize(1);
            String over = exact.replace("<MsgId>7102", "<MsgId>71023");
            assertThatThrownBy(() -> c.webhooks().handle(sim.pushes().push(over, now, false)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("2049 bytes");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "-1", "0", "1023", "16777217", "99999999999"})
    void an_unusable_body_cap_is_refused_when_the_connector_is_built(String value) {
        assertThatThrownBy(() -> connectorWith("maxPushBytes", value)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("options.maxPushBytes")).hasMessageContaining("maxPushBytes")
                .hasMessageContaining(value);
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, Long.MAX_VALUE, -31557014167219201L, 31556889864403200L})
    void timestamps_beyond_the_instant_range_are_refused_as_outside_the_replay_window(long timestamp) {
        WebhookRequest push = sim.pushes().push(text(7001, "x"), timestamp, false);
        assertThatThrownBy(() -> connector.webhooks().handle(push)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("replay window");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "31556889864403200", "soon"})
    void a_create_time_beyond_the_instant_range_is_an_unreadable_push(String createTime) {
        String xml = text(7004, "x").replace("<CreateTime>" + now + "</CreateTime>", "<CreateTime>" + createTime + "</CreateTime>");
        assertThatThrownBy(() -> connector.webhooks().handle(sim.pushes().push(xml, now, true)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("CreateTime");
    }

    /** Found by WeChatWebhookFuzzTest: URI.create threw IllegalArgumentException out of handle(). */
    @ParameterizedTest
    @ValueSource(strings = {"a b", "http://[::1", "%zz"})
    void a_publish_event_with_an_unparseable_article_url_is_an_unreadable_push(String url) {
        WebhookRequest push = sim.pushes().publishJobFinished("2247503051", 0, "ART_1", url, true);
        assertThatThrownBy(() -> connector.webhooks().handle(push)).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("article_url");
    }

    /** The 4-byte length field at offset 16 of the decrypted frame, set so that 20 + length overflows an int. */
    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, Integer.MAX_VALUE - 19, Integer.MAX_VALUE - 5, Integer.MIN_VALUE, -1})
    void a_length_field_that_overflows_the_bounds_check_is_refused_as_not_decrypting(int length) {
        byte[] frame = sim.pushes().frame(text(7002, "x"));
        ByteBuffer.wrap(frame).putInt(16, length);
        WebhookRequest push = sim.pushes().safeModePush(frame, now);
        assertThatThrownBy(() -> connector.webhooks().handle(push)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("does not decrypt");
    }

    @org.junit.jupiter.api.Test
    void a_length_field_one_past_the_message_is_refused_and_the_exact_one_is_accepted() {
        String xml = text(7003, "边界");
        byte[] frame = sim.pushes().frame(xml);
        int exact = ByteBuffer.wrap(frame).getInt(16);
        // Control: the untouched frame is accepted.
        assertThat(connector.webhooks().handle(sim.pushes().safeModePush(frame.clone(), now)).events())
                .singleElement().isInstanceOf(WebhookEvent.MessageReceived.class);
        // The message plus the appid fill exactly the bytes before the padding; one more overruns them.
        int appIdLength = sim.appId().length();
        ByteBuffer.wrap(frame).putInt(16, exact + appIdLength + 1);
        WebhookRequest over = sim.pushes().safeModePush(frame, now);
        assertThatThrownBy(() -> connector.webhooks().handle(over)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("does not decrypt");
    }
}
