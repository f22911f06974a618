package io.github.mediaops.connector.wechat.simulator;

import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the HTTP requests WeChat's message push sends to a host's endpoint, signed as documented
 * ({@code platform-apis.md} §1.6): {@code signature = sha1(sort(token, timestamp, nonce))}; in safe mode
 * also {@code msg_signature = sha1(sort(token, timestamp, nonce, Encrypt))} over an AES-256-CBC body
 * (key = Base64(EncodingAESKey + "="), IV = first 16 key bytes, plaintext = 16 random bytes, 4-byte
 * big-endian length, message, appid, PKCS#7 padded to 32-byte blocks).
 *
 * <p>Written independently of the connector's verifier, so that a test of one against the other
 * checks both.
 */
public final class WeChatPushEmitter {
    private final String appId;
    private final String originalId;
    private final String token;
    private final String encodingAesKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong msgIds = new AtomicLong(23_000_000_000L);

    WeChatPushEmitter(String appId, String originalId, String token, String encodingAesKey, Clock clock) {
        this.appId = appId;
        this.originalId = originalId;
        this.token = token;
        this.encodingAesKey = encodingAesKey;
        this.clock = clock;
    }

    /** The GET WeChat sends when the push URL is configured; the host must echo {@code echostr}. */
    public WebhookRequest urlVerification(String echostr) {
        Map<String, String> q = signedQuery(clock.instant().getEpochSecond(), nonce());
        q.put("echostr", Checks.notBlank(echostr, "echostr"));
        return new WebhookRequest("GET", q, Map.of(), new byte[0]);
    }

    /** A user's text message, as a plain-mode push. */
    public WebhookRequest textMessage(String openid, String content, boolean safeMode) {
        long now = clock.instant().getEpochSecond();
        String xml = "<xml><ToUserName><![CDATA[" + originalId + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + msgIds.incrementAndGet() + "</MsgId></xml>";
        return push(xml, now, safeMode);
    }

    /** The PUBLISHJOBFINISH event for a finished job ({@code status} 0 = published). */
    public WebhookRequest publishJobFinished(String publishId, int status, String articleId, String articleUrl,
                                             boolean safeMode) {
        long now = clock.instant().getEpochSecond();
        String detail = articleId == null ? "" : "<article_id><![CDATA[" + articleId + "]]></article_id><article_detail><count>1</count>"
                + "<item><idx>1</idx><article_url><![CDATA[" + articleUrl + "]]></article_url></item></article_detail>";
        String xml = "<xml><ToUserName><![CDATA[" + originalId + "]]></ToUserName><FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]>"
                + "</FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]>"
                + "</Event><PublishEventInfo><publish_id>" + publishId + "</publish_id><publish_status>" + status
                + "</publish_status>" + detail + "</PublishEventInfo></xml>";
        return push(xml, now, safeMode);
    }

    /** Any XML message as a push, signed (and encrypted in safe mode) at the given timestamp. */
    public WebhookRequest push(String xml, long timestamp, boolean safeMode) {
        if (!safeMode) {
            Map<String, String> q = signedQuery(timestamp, nonce());
            q.put("openid", "oV5CrjpxgaGXNHIQigzNlgLTnwic");
            return new WebhookRequest("POST", q, Map.of("Content-Type", "text/xml"), xml.getBytes(StandardCharsets.UTF_8));
        }
        return safeModePush(frame(xml), timestamp);
    }

    /**
     * The decrypted layout of a safe-mode message: 16 random bytes, 4-byte big-endian length, message,
     * appid, PKCS#7 padding to 32-byte blocks. Tests alter it (length field, padding, appid) and send
     * it with {@link #safeModePush(byte[], long)}.
     */
    public byte[] frame(String message) {
        byte[] rnd = new byte[16];
        random.nextBytes(rnd);
        return WeChatFamilyFrames.frame(rnd, message, appId);
    }

    /**
     * A safe-mode push whose Encrypt field is the given decrypted frame, encrypted as is (no padding
     * added, so its length must be a multiple of 16) and correctly signed: for hostile-input tests of a
     * receiver, whose checks after the signature must then hold on their own.
     */
    public WebhookRequest safeModePush(byte[] frame, long timestamp) {
        Checks.notNull(frame, "frame");
        String nonce = nonce();
        Map<String, String> q = signedQuery(timestamp, nonce);
        q.put("openid", "oV5CrjpxgaGXNHIQigzNlgLTnwic");
        String encrypt = WeChatFamilyFrames.encrypt(encodingAesKey, frame);
        q.put("encrypt_type", "aes");
        q.put("msg_signature", WeChatFamilyFrames.sha1Sorted(token, Long.toString(timestamp), nonce, encrypt));
        String body = "<xml><ToUserName><![CDATA[" + originalId + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        return new WebhookRequest("POST", q, Map.of("Content-Type", "text/xml"), body.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> signedQuery(long timestamp, String nonce) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("signature", WeChatFamilyFrames.sha1Sorted(token, Long.toString(timestamp), nonce));
        q.put("timestamp", Long.toString(timestamp));
        q.put("nonce", nonce);
        return q;
    }

    private String nonce() {
        return Long.toString(1_000_000_000L + Math.floorMod(random.nextLong(), 8_999_999_999L));
    }

    /** The Encrypt field for a message: Base64(AES-256-CBC(random16 ‖ len ‖ msg ‖ appid)). */
    String encrypt(String message) {
        return WeChatFamilyFrames.encrypt(encodingAesKey, frame(message));
    }
}
