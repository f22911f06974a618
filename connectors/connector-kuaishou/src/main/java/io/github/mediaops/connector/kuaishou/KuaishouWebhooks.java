package io.github.mediaops.connector.kuaishou;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.Signatures;
import io.github.mediaops.connector.support.WebhookGate;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.connector.Webhooks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Kuaishou webhook receiver (platform-apis-2.md §4.3): header {@code kwaisign} is the hex MD5 of the raw body
 * followed by the app secret, checked before any parsing (constant time, either hex case). The body's
 * {@code app_id} must be this app's, its {@code timestamp} (epoch milliseconds, covered by the signature) must lie
 * within the replay window, and pushes are de-duplicated by {@code message_id} (Kuaishou retries 3 times, 5 s
 * apart). Every push is acknowledged with {@code {"result":1,"message_id":…}}; the URL check (event
 * {@code TEST}) yields no event, the others ({@code AUTHORIZE}, {@code UNAUTHORIZE}, …) a
 * {@link WebhookEvent.Other} named as Kuaishou names them.
 */
final class KuaishouWebhooks implements Webhooks {
    /** Far above any documented Kuaishou event. */
    static final int MAX_BODY = 1 << 20;
    static final String TEST_EVENT = "TEST";

    private final String appId;
    private final Secret appSecret;
    private final WebhookGate gate;
    private final ObjectMapper json = Json.tolerantMapper();

    KuaishouWebhooks(String appId, Secret appSecret, WebhookGate gate) {
        this.appId = appId;
        this.appSecret = appSecret;
        this.gate = gate;
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        gate.checkPost(request, "Kuaishou");
        if (request.bodyLength() > MAX_BODY) {
            throw gate.refused("body of " + request.bodyLength() + " bytes exceeds " + MAX_BODY);
        }
        byte[] body = request.body();
        String signature = request.header("kwaisign").orElseThrow(() -> gate.refused("no kwaisign header"));
        if (!Signatures.constantTimeEquals(sign(body), signature.trim().toLowerCase(Locale.ROOT))) {
            throw gate.refused("kwaisign does not match the body");
        }
        JsonNode root = gate.jsonObject(json, body);
        String pushedTo = root.path("app_id").asText("");
        if (!appId.equals(pushedTo)) {
            throw gate.refused("the push is for app " + pushedTo + ", not " + appId);
        }
        JsonNode ts = root.path("timestamp");
        if (!ts.canConvertToLong()) {
            throw gate.refused("no timestamp in the body");
        }
        gate.checkTimestamp(Long.toString(Math.floorDiv(ts.asLong(), 1000L)));
        String event = gate.requiredText(root, "event", "no event name");
        String messageId = gate.requiredText(root, "message_id", "no message_id to de-duplicate by");
        String ack = json.createObjectNode().put("result", 1).put("message_id", messageId).toString();
        WebhookResponse response = new WebhookResponse(200, "application/json; charset=utf-8", ack);
        List<WebhookEvent> events = TEST_EVENT.equalsIgnoreCase(event) ? List.of()
                : List.of(new WebhookEvent.Other(messageId, KuaishouConnector.PLATFORM, event));
        return gate.once(messageId, response, () -> events);
    }

    /** Kuaishou's rule: lower-case hex MD5 over the body's bytes followed by the app secret's UTF-8 bytes. */
    private String sign(byte[] body) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(body);
            return HexFormat.of().formatHex(md5.digest(appSecret.reveal().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }
}
