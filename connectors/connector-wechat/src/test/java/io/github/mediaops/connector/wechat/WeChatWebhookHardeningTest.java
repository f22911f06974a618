package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import java.nio.ByteBuffer;
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
        connector = WeChatTestSupport.connector(sim);
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
