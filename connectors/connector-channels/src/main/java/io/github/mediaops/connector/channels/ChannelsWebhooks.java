package io.github.mediaops.connector.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.WeChatFamilyCrypto;
import io.github.mediaops.connector.support.WeChatPushSignature;
import io.github.mediaops.connector.support.WebhookGate;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.connector.Webhooks;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Weixin Store message push ({@code platform-apis-2.md} §2.3): JSON only, safe mode only. Order of checks: the
 * body's size (option {@code maxPushBytes}), the timestamp within the replay window, {@code signature =
 * sha1(sort(token, timestamp, nonce))} in constant time; a GET is the URL check and gets {@code echostr} back. A POST
 * must carry {@code encrypt_type=aes} and a {@code msg_signature} over the body's {@code Encrypt} field; only then is
 * the field decrypted with {@link WeChatFamilyCrypto} (receive id: the appId) and the plaintext JSON read. A plaintext
 * push is refused: the Weixin Store never sends one, so one is a forgery or a misconfiguration. The JSON envelope
 * ({@code {"ToUserName":"gh_…","Encrypt":"…"}}) is the Official Account scheme in JSON; WeChat's Channels page
 * documents only the URL check (⚠️ in the reference).
 *
 * <p>Order events ({@code channels_ec_order_*}) become {@link WebhookEvent.OrderChanged} with the order id as text
 * (WeChat sends it as a 19-digit JSON number in some events and as a string in others); other events become
 * {@link WebhookEvent.Other}. Pushes are de-duplicated by Event + order id + CreateTime (WeChat retries a push up to
 * 10 times over ~3.6 h until it gets {@code success}); within the gate's window of 10 minutes and 10,000 ids.
 */
final class ChannelsWebhooks implements Webhooks {
    /** The default of option {@code maxPushBytes}. */
    static final int DEFAULT_MAX_PUSH_BYTES = 64 * 1024;
    private static final String ORDER_EVENT_PREFIX = "channels_ec_order_";

    private final ObjectMapper json = Json.tolerantMapper();
    private final String token;
    private final WeChatFamilyCrypto crypto;
    private final WebhookGate gate;
    private final int maxBodyBytes;

    ChannelsWebhooks(ChannelsConnector connector, WebhookGate gate, Secret token, Secret encodingAesKey, ConnectorConfig config) {
        this.token = token.reveal();
        this.crypto = new WeChatFamilyCrypto(encodingAesKey, config.credentials().requireIdentifier("appId"));
        this.maxBodyBytes = WebhookGate.bodyLimit(config, "maxPushBytes", DEFAULT_MAX_PUSH_BYTES);
        this.gate = gate;
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        Checks.notNull(request, "request");
        gate.checkSize(request.bodyLength(), maxBodyBytes, "maxPushBytes");
        WeChatPushSignature verified = WeChatPushSignature.verify(gate, request, token);
        if (request.method().equals("GET")) {
            return verified.echo(gate, request);
        }
        if (!request.queryParam("encrypt_type").orElse("raw").equals("aes")) {
            throw gate.refused("plaintext push: the Weixin Store pushes in safe mode only (encrypt_type=aes)");
        }
        String msgSignature = request.queryParam("msg_signature").orElseThrow(() -> gate.refused("no msg_signature"));
        byte[] body = request.body();
        String encrypt = read(body, "body").path("Encrypt").asText("");
        if (encrypt.isEmpty()) {
            throw gate.unreadable("no Encrypt");
        }
        String plain = crypto.open(gate, token, verified, msgSignature, request.method(), body, encrypt,
                "message does not decrypt for this app");
        JsonNode push = read(plain.getBytes(StandardCharsets.UTF_8), "decrypted body");
        String event = push.path("Event").asText("");
        String orderId = push.path("order_info").path("order_id").asText("");
        String createTime = push.path("CreateTime").asText("");
        String id = event + "|" + orderId + "|" + createTime + "|" + push.path("FromUserName").asText("");
        return gate.once(id, WebhookResponse.text("success"), () -> List.of(event(id, push, event, orderId, createTime)));
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
