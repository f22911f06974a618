package io.github.mediaops.connector.douyin;

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
import io.github.mediaops.core.platform.Platform;
import java.util.List;
import java.util.Locale;

/**
 * Douyin webhook receiver (platform-apis.md §2.3, platform-apis-2.md §3.5): {@code X-Douyin-Signature} is the hex
 * SHA-1 of the client secret followed by the raw body, checked before any parsing (constant time, case-insensitive
 * hex). The URL check {@code verify_webhook} is answered with {@code {"challenge":…}}; other events are
 * acknowledged and de-duplicated by the {@code Msg-Id} header (Douyin retries 3 times). Douyin signs no timestamp,
 * so a captured push can only be refused as a repeat within the de-duplication window.
 *
 * <p>Events are returned as {@link WebhookEvent.Other} with the Douyin event name ({@code item_comment_reply},
 * {@code create_video}, …); typed comment and message events are not mapped yet.
 */
final class DouyinWebhooks implements Webhooks {
    /** Far above any documented Douyin event. */
    static final int MAX_BODY = 1 << 20;

    private final Secret clientSecret;
    private final WebhookGate gate;
    private final ObjectMapper json = Json.tolerantMapper();

    DouyinWebhooks(Secret clientSecret, WebhookGate gate) {
        this.clientSecret = clientSecret;
        this.gate = gate;
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        gate.checkPost(request, "Douyin");
        if (request.bodyLength() > MAX_BODY) {
            throw gate.refused("body of " + request.bodyLength() + " bytes exceeds " + MAX_BODY);
        }
        byte[] body = request.body();
        String signature = request.header("X-Douyin-Signature")
                .orElseThrow(() -> gate.refused("no X-Douyin-Signature header"));
        String expected = Signatures.sha1HexOfSecretAndBody(clientSecret.reveal(), body);
        if (!Signatures.constantTimeEquals(expected, signature.trim().toLowerCase(Locale.ROOT))) {
            throw gate.refused("X-Douyin-Signature does not match the body");
        }
        JsonNode root = gate.jsonObject(json, body);
        String event = gate.requiredText(root, "event", "no event name");
        if (event.equals("verify_webhook")) {
            JsonNode challenge = root.path("content").path("challenge");
            if (challenge.isMissingNode() || challenge.isNull()) {
                throw gate.unreadable("verify_webhook without content.challenge");
            }
            String answer = json.createObjectNode().set("challenge", challenge).toString();
            return new WebhookResult(new WebhookResponse(200, "application/json; charset=utf-8", answer), List.of());
        }
        String msgId = request.header("Msg-Id").filter(s -> !s.isBlank())
                .orElseThrow(() -> gate.unreadable("no Msg-Id header to de-duplicate by"));
        return gate.once(msgId, WebhookResponse.text("success"),
                () -> List.of(new WebhookEvent.Other(msgId, Platform.DOUYIN, event)));
    }
}
