package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The query signature every WeChat push carries (Official Account message push, Weixin Store push):
 * {@code signature = sha1(sort(token, timestamp, nonce))} over the query's {@code timestamp} and {@code nonce}.
 * {@link #verify} checks, in this order, that the three are present, that the timestamp is within the gate's
 * replay window and that the signature matches in constant time; call it after the body-size check and before
 * anything reads the body. A GET is WeChat's URL check, answered by {@link #echo}. The signature does not cover the
 * body: safe-mode pushes add {@code msg_signature} ({@link WeChatFamilyCrypto#signature}).
 *
 * @param timestamp the push's timestamp (epoch seconds, as sent)
 * @param nonce     the push's nonce
 * @param signature the verified signature (masked in {@link #toString()})
 */
public record WeChatPushSignature(String timestamp, String nonce, String signature) {

    /**
     * The verified query signature of {@code request}.
     *
     * @throws io.github.mediaops.core.connector.AuthenticationException when a part is missing, the timestamp is
     *         outside the replay window or the signature does not verify
     */
    public static WeChatPushSignature verify(WebhookGate gate, WebhookRequest request, String token) {
        Checks.notNull(gate, "gate");
        Checks.notNull(request, "request");
        Checks.notBlank(token, "token");
        String timestamp = request.queryParam("timestamp").orElseThrow(() -> gate.refused("no timestamp"));
        String nonce = request.queryParam("nonce").orElseThrow(() -> gate.refused("no nonce"));
        String signature = request.queryParam("signature").orElseThrow(() -> gate.refused("no signature"));
        gate.checkTimestamp(timestamp);
        if (!Signatures.constantTimeEquals(Signatures.sortedConcatSha1(token, timestamp, nonce), signature)) {
            throw gate.refused("signature does not verify");
        }
        return new WeChatPushSignature(timestamp, nonce, signature);
    }

    /**
     * The answer to WeChat's URL check (a GET): its {@code echostr}, once this signature is admitted to the gate.
     *
     * @throws io.github.mediaops.core.connector.UnexpectedResponseException when the request has no {@code echostr}
     */
    public WebhookResult echo(WebhookGate gate, WebhookRequest request) {
        String echo = request.queryParam("echostr").orElseThrow(() -> gate.unreadable("URL verification without echostr"));
        gate.admit(timestamp, nonce, signature, "GET", echo.getBytes(StandardCharsets.UTF_8));
        return new WebhookResult(WebhookResponse.text(echo), List.of());
    }

    @Override
    public String toString() {
        return "WeChatPushSignature[timestamp=" + timestamp + ", nonce=" + nonce + ", signature=***]";
    }
}
