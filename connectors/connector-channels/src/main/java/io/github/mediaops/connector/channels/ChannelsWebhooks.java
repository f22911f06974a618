package io.github.mediaops.connector.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.WeChatFamilyPush;
import io.github.mediaops.connector.support.WebhookGate;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.connector.Webhooks;
import java.io.IOException;
import java.util.List;

/**
 * The Weixin Store message push ({@code platform-apis-2.md} §2.3): JSON only, safe mode only, on the WeChat family's
 * push flow ({@link WeChatFamilyPush} in {@link WeChatFamilyPush.Mode#SAFE}): the body's size (option
 * {@code maxPushBytes}), the timestamp within the replay window, {@code signature = sha1(sort(token, timestamp,
 * nonce))} in constant time; a GET is the URL check and gets {@code echostr} back. A POST must carry
 * {@code encrypt_type=aes} and a {@code msg_signature} over the body's {@code Encrypt} field; only then is the field
 * decrypted with {@link io.github.mediaops.connector.support.WeChatFamilyCrypto} (receive id: the appId) and the
 * plaintext JSON read. A plaintext push is refused: the Weixin Store never sends one, so one is a forgery or a
 * misconfiguration. The JSON envelope ({@code {"ToUserName":"gh_…","Encrypt":"…"}}) is the Official Account scheme in
 * JSON; WeChat's Channels page documents only the URL check (⚠️ in the reference).
 *
 * <p>Order events ({@code channels_ec_order_*}) become {@link WebhookEvent.OrderChanged} with the order id as text
 * (WeChat sends it as a 19-digit JSON number in some events and as a string in others); other events become
 * {@link WebhookEvent.Other}. Pushes are de-duplicated by Event + order id + CreateTime (WeChat retries a push up to
 * 10 times over ~3.6 h until it gets {@code success}); within the gate's window of 10 minutes and 10,000 ids.
 */
final class ChannelsWebhooks implements Webhooks {
    private static final String ORDER_EVENT_PREFIX = "channels_ec_order_";

    private final ObjectMapper json = Json.tolerantMapper();
    private final WebhookGate gate;
    private final WeChatFamilyPush push;

    ChannelsWebhooks(WebhookGate gate, Secret token, ConnectorConfig config) {
        this.gate = gate;
        this.push = new WeChatFamilyPush(gate, config, token, WeChatFamilyPush.Mode.SAFE,
                body -> read(body, "body").path("Encrypt").asText(""), "the Weixin Store pushes in safe mode only");
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        return push.open(request, (body, what) -> {
            JsonNode msg = read(body, what);
            String event = msg.path("Event").asText("");
            String orderId = msg.path("order_info").path("order_id").asText("");
            String createTime = msg.path("CreateTime").asText("");
            String id = event + "|" + orderId + "|" + createTime + "|" + msg.path("FromUserName").asText("");
            return gate.once(id, WebhookResponse.text("success"), () -> List.of(event(id, msg, event, orderId, createTime)));
        });
    }

    private WebhookEvent event(String id, JsonNode push, String event, String orderId, String createTime) {
        if (event.isEmpty()) {
            throw gate.unreadable("a push without Event");
        }
        if (!event.startsWith(ORDER_EVENT_PREFIX)) {
            return new WebhookEvent.Other(id, ChannelsErrors.PLATFORM, event);
        }
        if (orderId.isEmpty() || !orderId.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw gate.unreadable(event + " without a numeric order_info.order_id");
        }
        return new WebhookEvent.OrderChanged(id, ChannelsErrors.PLATFORM, orderId, event,
                gate.epochSeconds("CreateTime", createTime));
    }

    private JsonNode read(byte[] bytes, String what) {
        try {
            JsonNode n = json.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw gate.unreadable(what + " is not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw gate.unreadable(what + " is not JSON");
        }
    }
}
