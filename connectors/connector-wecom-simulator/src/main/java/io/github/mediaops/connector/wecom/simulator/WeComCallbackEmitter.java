package io.github.mediaops.connector.wecom.simulator;

import io.github.mediaops.connector.wechat.simulator.WeChatFamilyFrames;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the callbacks a WeCom app's callback URL receives, encrypted and signed as documented
 * (developer.work.weixin.qq.com/document/path/90968; {@code platform-apis-2.md} §1.3): the message is framed as
 * 16 random bytes, its length as 4 bytes big-endian, the message, the CorpID; PKCS#7-padded to 32-byte blocks;
 * AES-256-CBC with key = Base64(EncodingAESKey + "=") and IV = the key's first 16 bytes; Base64. The signature
 * is {@code msg_signature = sha1(sort(token, timestamp, nonce, encrypted))}. The URL check is a GET whose
 * {@code echostr} is encrypted; an event is a POST of {@code <xml><ToUserName/><Encrypt/><AgentID/></xml>}.
 *
 * <p>Written independently of the connector's verifier (which uses connector-support's
 * {@code WeChatFamilyCrypto}), so that a test of one against the other checks both; its output is checked
 * against the official WXBizMsgCrypt vector too. {@link #deliver} sends a callback to a host over real HTTP.
 */
public final class WeComCallbackEmitter {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String corpId;
    private final String token;
    private final String encodingAesKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String agentId;
    private volatile byte[] fixedPrefix; // tests: the documented vector's "random" bytes

    /** What a host answered to a delivered callback. */
    public record Answer(int status, String body) {
    }

    /**
     * @param corpId         the CorpID (the receive id inside each message)
     * @param token          the app's callback Token
     * @param encodingAesKey the app's 43-character EncodingAESKey
     * @param clock          the clock timestamps and CreateTimes come from
     */
    public WeComCallbackEmitter(String corpId, String token, String encodingAesKey, Clock clock) {
        this.corpId = Checks.notBlank(corpId, "corpId");
        this.token = Checks.notBlank(token, "token");
        this.encodingAesKey = Checks.notBlank(encodingAesKey, "encodingAesKey");
        this.clock = Checks.notNull(clock, "clock");
        this.agentId = "1000002";
    }

    /** Uses these 16 bytes instead of random ones in front of every message (reproducing a published vector). */
    void fixPrefix(byte[] prefix) {
        if (prefix.length != 16) {
            throw new IllegalArgumentException("prefix must have 16 bytes");
        }
        this.fixedPrefix = prefix.clone();
    }

    /** The GET WeCom sends when the callback URL is saved: the host must answer {@code message} in plaintext. */
    public WebhookRequest urlVerification(String message) {
        return urlVerification(message, clock.instant().getEpochSecond(), nonce());
    }

    /** {@link #urlVerification(String)} at a given timestamp and nonce. */
    public WebhookRequest urlVerification(String message, long timestamp, String nonce) {
        String echostr = encrypt(Checks.notBlank(message, "message"));
        Map<String, String> q = new LinkedHashMap<>();
        q.put("msg_signature", WeChatFamilyFrames.sha1Sorted(token, Long.toString(timestamp), nonce, echostr));
        q.put("timestamp", Long.toString(timestamp));
        q.put("nonce", nonce);
        q.put("echostr", echostr);
        return new WebhookRequest("GET", q, Map.of(), new byte[0]);
    }

    /** {@code change_external_contact} / {@code add_external_contact} as a self-built app receives it. */
    public WebhookRequest contactAdded(String userId, String externalUserId, String state, String welcomeCode) {
        long now = clock.instant().getEpochSecond();
        StringBuilder xml = new StringBuilder(header(now, "change_external_contact")).append(cdata("ChangeType", "add_external_contact"))
                .append(cdata("UserID", userId)).append(cdata("ExternalUserID", externalUserId));
        if (state != null) {
            xml.append(cdata("State", state));
        }
        if (welcomeCode != null) {
            xml.append(cdata("WelcomeCode", welcomeCode));
        }
        return event(xml.append("</xml>").toString(), now);
    }

    /** Another {@code change_external_contact}: {@code del_external_contact}, {@code del_follow_user}, {@code edit_external_contact}. */
    public WebhookRequest contactChanged(String changeType, String userId, String externalUserId) {
        long now = clock.instant().getEpochSecond();
        return event(header(now, "change_external_contact") + cdata("ChangeType", changeType) + cdata("UserID", userId)
                + cdata("ExternalUserID", externalUserId) + "</xml>", now);
    }

    /** {@code change_external_chat}: {@code create}, {@code dismiss}, or {@code update} with a detail and the members who changed. */
    public WebhookRequest groupChatChanged(String chatId, String changeType, String updateDetail, List<String> members) {
        long now = clock.instant().getEpochSecond();
        StringBuilder xml = new StringBuilder(header(now, "change_external_chat")).append(cdata("ChatId", chatId))
                .append(cdata("ChangeType", changeType));
        if (updateDetail != null) {
            xml.append(cdata("UpdateDetail", updateDetail)).append("<JoinScene>").append(updateDetail.equals("add_member") ? 3 : 0)
                    .append("</JoinScene><QuitScene>0</QuitScene><MemChangeCnt>").append(members.size()).append("</MemChangeCnt><MemChangeList>");
            for (String m : members) {
                xml.append(cdata("Item", m));
            }
            xml.append("</MemChangeList>");
        }
        return event(xml.append("</xml>").toString(), now);
    }

    /** Any decrypted message as an encrypted, signed POST at {@code timestamp}. */
    public WebhookRequest event(String xml, long timestamp) {
        return encryptedPost(frame(xml, corpId), timestamp, nonce());
    }

    /**
     * A POST whose {@code Encrypt} is {@code frame} encrypted as is (its length must be a multiple of 16) and
     * correctly signed: for hostile-input tests (wrong CorpID, bad length field, bad padding).
     */
    public WebhookRequest encryptedPost(byte[] frame, long timestamp, String nonce) {
        String encrypt = WeChatFamilyFrames.encrypt(encodingAesKey, frame);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("msg_signature", WeChatFamilyFrames.sha1Sorted(token, Long.toString(timestamp), nonce, encrypt));
        q.put("timestamp", Long.toString(timestamp));
        q.put("nonce", nonce);
        String body = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[" + agentId + "]]></AgentID></xml>";
        return new WebhookRequest("POST", q, Map.of("Content-Type", "text/xml"), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The decrypted layout of {@code message} for {@code receiveId}, padded: tests alter it before {@link #encryptedPost}. */
    public byte[] frame(String message, String receiveId) {
        byte[] prefix = fixedPrefix;
        if (prefix == null) {
            prefix = new byte[16];
            random.nextBytes(prefix);
        }
        return WeChatFamilyFrames.frame(prefix, message, receiveId);
    }

    /** {@code message} encrypted for this corp: an {@code Encrypt} field or an {@code echostr}. */
    public String encrypt(String message) {
        return WeChatFamilyFrames.encrypt(encodingAesKey, frame(message, corpId));
    }

    /**
     * Sends {@code callback} to the host's callback URL over HTTP, query parameters URL-encoded as WeCom sends
     * them, and returns what the host answered.
     */
    public static Answer deliver(URI callbackUrl, WebhookRequest callback) {
        String query = callback.query().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI target = URI.create(callbackUrl + (callbackUrl.toString().contains("?") ? "&" : "?") + query);
        HttpRequest.Builder r = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5));
        if (callback.method().equals("GET")) {
            r.GET();
        } else {
            r.header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofByteArray(callback.body()));
        }
        try {
            HttpResponse<String> resp = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(resp.statusCode(), resp.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering a callback", e);
        }
    }

    private String header(long now, String event) {
        return "<xml>" + cdata("ToUserName", corpId) + cdata("FromUserName", "sys") + "<CreateTime>" + now + "</CreateTime>"
                + cdata("MsgType", "event") + cdata("Event", event);
    }

    private static String cdata(String name, String value) {
        return "<" + name + "><![CDATA[" + value + "]]></" + name + ">";
    }

    private String nonce() {
        return Long.toString(100_000_000L + Math.floorMod(random.nextLong(), 899_999_999L));
    }

    @Override
    public String toString() {
        return "WeComCallbackEmitter[corpId=" + corpId + "]";
    }
}
