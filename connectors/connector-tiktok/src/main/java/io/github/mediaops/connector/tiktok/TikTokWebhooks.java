package io.github.mediaops.connector.tiktok;

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
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * TikTok webhook receiver (official "Webhooks verification" and "Webhook Events" pages; platform-apis.md §6.1 and
 * the §11 vector). Header {@code TikTok-Signature: t=<epoch seconds>,s=<hex>}; {@code s} must be the hex
 * HMAC-SHA256, keyed with the client secret, of {@code t + "." + raw body}, checked over the raw bytes before any
 * parsing (constant time, either hex case). {@code t} must lie within the replay window (default 5 minutes), the
 * body's {@code client_key} must be this app's. TikTok delivers at least once and retries for 72 hours, with no
 * event id: a push is identified by the SHA-256 of its {@code client_key}, {@code event}, {@code create_time},
 * {@code user_openid} and {@code content}, and a repeat yields no events. Every accepted push is answered 200.
 *
 * <p>Events: {@code post.publish.*} about a publish this connector started (its {@code publish_id} is in the
 * content) moves that ticket ({@code post.publish.failed} fails it, {@code post.publish.complete} and
 * {@code post.publish.publicly_available} publish it as {@code status/fetch} would) and yields
 * {@link WebhookEvent.PublishCompleted}; any other event (or a publish this connector does not know) yields
 * {@link WebhookEvent.Other} named as TikTok names it ({@code authorization.removed}, …).
 */
final class TikTokWebhooks implements Webhooks {
    /** The default body limit (connector option {@code maxPushBytes}): far above any documented TikTok event. */
    static final int DEFAULT_MAX_PUSH_BYTES = 1 << 20;
    static final String HEADER = "TikTok-Signature";

    private final String clientKey;
    private final Secret clientSecret;
    private final WebhookGate gate;
    private final TikTokPublishing publishing;
    private final int maxBodyBytes;
    private final ObjectMapper json = Json.tolerantMapper();

    TikTokWebhooks(String clientKey, Secret clientSecret, WebhookGate gate, TikTokPublishing publishing, int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.clientKey = clientKey;
        this.clientSecret = clientSecret;
        this.gate = gate;
        this.publishing = publishing;
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        gate.checkPost(request, "TikTok");
        gate.checkSize(request.bodyLength(), maxBodyBytes, "maxPushBytes");
        byte[] body = request.body();
        String header = request.header(HEADER).orElseThrow(() -> gate.refused("no " + HEADER + " header"));
        String t = null;
        String s = null;
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String name = part.substring(0, eq).trim();
                String value = part.substring(eq + 1).trim();
                if (name.equals("t")) {
                    t = value;
                } else if (name.equals("s")) {
                    s = value;
                }
            }
        }
        if (t == null || s == null || t.isEmpty() || s.isEmpty()) {
            throw gate.refused(HEADER + " lacks t= or s=");
        }
        gate.checkTimestamp(t);
        if (!Signatures.constantTimeEquals(sign(t, body), s.toLowerCase(Locale.ROOT))) {
            throw gate.refused(HEADER + " does not match the body");
        }
        JsonNode root = gate.jsonObject(json, body);
        String pushedTo = root.path("client_key").asText("");
        if (!clientKey.equals(pushedTo)) {
            throw gate.refused("the push is for client " + pushedTo + ", not " + clientKey);
        }
        String event = gate.requiredText(root, "event", "no event name");
        String id = pushId(root);
        WebhookResponse ack = new WebhookResponse(200, "text/plain; charset=utf-8", "");
        return gate.once(id, ack, () -> List.of(toEvent(id, event, root)));
    }

    private WebhookEvent toEvent(String id, String event, JsonNode root) {
        if (event.startsWith("post.publish.")) {
            JsonNode content = content(root);
            String publishId = content.path("publish_id").asText("");
            Optional<PublishTicket> ticket = publishId.isEmpty() ? Optional.empty() : publishing.ticketOf(publishId);
            if (ticket.isPresent()) {
                PublishTicket moved = move(ticket.get(), event, content, root);
                if (!moved.equals(ticket.get())) {
                    publishing.keep(moved);
                }
                return new WebhookEvent.PublishCompleted(id, moved);
            }
        }
        return new WebhookEvent.Other(id, TikTokConnector.PLATFORM, event);
    }

    private PublishTicket move(PublishTicket t, String event, JsonNode content, JsonNode root) {
        if (t.status().terminal()) {
            return t;
        }
        Instant at = root.path("create_time").canConvertToLong()
                ? Instant.ofEpochSecond(root.path("create_time").asLong()) : t.updatedAt();
        String postId = content.path("post_id").asText("");
        return switch (event) {
            case "post.publish.failed" -> TikTokPublishing.advance(t, "FAILED", content.path("reason").asText(""),
                    List.of(), publishing.journalOf(t), at);
            case "post.publish.complete", "post.publish.publicly_available" -> TikTokPublishing.advance(t,
                    "PUBLISH_COMPLETE", null, postId.isEmpty() ? List.of() : List.of(postId), publishing.journalOf(t), at);
            default -> t;
        };
    }

    /** TikTok sends {@code content} as a serialized JSON string; an object is read as it is. */
    private JsonNode content(JsonNode root) {
        JsonNode c = root.path("content");
        if (c.isTextual()) {
            try {
                JsonNode parsed = json.readTree(c.asText());
                return parsed == null ? json.createObjectNode() : parsed;
            } catch (IOException e) {
                throw gate.unreadable("content is not JSON");
            }
        }
        return c.isObject() ? c : json.createObjectNode();
    }

    private static String pushId(JsonNode root) {
        String identity = String.join("\n", root.path("client_key").asText(""), root.path("event").asText(""),
                root.path("create_time").asText(""), root.path("user_openid").asText(""), root.path("content").toString());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "tiktok:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** TikTok's rule: lower-case hex HMAC-SHA256 (key: client secret) of {@code t + "." + raw body}. */
    private String sign(String t, byte[] body) {
        byte[] prefix = (t + ".").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        return HexFormat.of().formatHex(Signatures.hmacSha256(clientSecret.reveal().getBytes(StandardCharsets.UTF_8),
                message));
    }
}
