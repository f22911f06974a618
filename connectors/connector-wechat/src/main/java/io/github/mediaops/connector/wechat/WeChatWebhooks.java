package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.PushXml;
import io.github.mediaops.connector.support.WeChatFamilyCrypto;
import io.github.mediaops.connector.support.WeChatPushSignature;
import io.github.mediaops.connector.support.WebhookGate;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.connector.Webhooks;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.MessageKind;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The message push endpoint ({@code platform-apis.md} §1.6). Order of checks: the body's size (option
 * {@code maxPushBytes}), the timestamp within the replay window, then
 * {@code signature = sha1(sort(token, timestamp, nonce))} compared in constant time. A GET is the URL
 * verification and gets {@code echostr} back. A safe-mode push ({@code encrypt_type=aes}) has
 * {@code msg_signature} over the Encrypt field checked too, then the body is decrypted and its appid
 * compared; a plaintext push (no {@code encrypt_type}, or {@code raw}) is accepted only in plain or
 * compatible mode (option {@code pushMode}; with an encodingAesKey the default is safe mode, so a push
 * cannot be downgraded to plaintext). Each verified (timestamp, nonce, signature) is bound to its
 * request's content for the replay window, so a captured plaintext signature cannot carry another body.
 * Only then is XML parsed ({@link PushXml}: iterative, capped). Pushes are de-duplicated by
 * {@code MsgId}, or for events by FromUserName + CreateTime + Event (+ publish_id), in a 10-minute
 * window of at most 10,000 ids.
 *
 * <p>Plaintext signatures do not cover the body (WeChat's design); use safe mode where the body must
 * be authenticated.
 */
final class WeChatWebhooks implements Webhooks {
    /** The default of option {@code maxPushBytes}: WeChat's messages are a few KB. */
    static final int DEFAULT_MAX_PUSH_BYTES = 64 * 1024;

    private final WeChatConnector c;
    private final String token;
    private final WeChatFamilyCrypto crypto;
    private final WebhookGate gate;
    private final int maxBodyBytes;
    private final PushMode mode;

    /** WeChat's message encryption modes (消息加解密方式), option {@code pushMode}. */
    enum PushMode {
        /** 明文模式: plaintext pushes only; no encodingAesKey. */
        PLAIN,
        /** 兼容模式: safe-mode and plaintext pushes (while switching an account to safe mode). */
        COMPATIBLE,
        /** 安全模式: safe-mode pushes only; the default when an encodingAesKey is configured. */
        SAFE
    }

    WeChatWebhooks(WeChatConnector connector, WebhookGate gate, Secret token, ConnectorConfig config) {
        this.c = connector;
        this.token = token.reveal();
        this.crypto = config.credentials().secret("encodingAesKey")
                .map(k -> new WeChatFamilyCrypto(k, config.credentials().requireIdentifier("appId"))).orElse(null);
        this.maxBodyBytes = WebhookGate.bodyLimit(config, "maxPushBytes", DEFAULT_MAX_PUSH_BYTES);
        this.mode = pushMode(config.option("pushMode"), crypto != null);
        this.gate = gate;
    }

    private static PushMode pushMode(Optional<String> option, boolean aesKey) {
        if (option.isEmpty()) {
            return aesKey ? PushMode.SAFE : PushMode.PLAIN;
        }
        String v = option.get();
        PushMode m = switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "plain" -> PushMode.PLAIN;
            case "compatible" -> PushMode.COMPATIBLE;
            case "safe" -> PushMode.SAFE;
            default -> throw new InvalidValueException("options.pushMode", "pushMode must be plain, compatible or safe (was "
                    + Checks.show(v) + ")");
        };
        if (aesKey && m == PushMode.PLAIN) {
            throw new InvalidValueException("options.pushMode", "pushMode " + Checks.show(v) + " with an encodingAesKey: use "
                    + "compatible to accept plaintext pushes too, or drop the key");
        }
        if (!aesKey && m != PushMode.PLAIN) {
            throw new InvalidValueException("options.pushMode", "pushMode " + Checks.show(v) + " needs the encodingAesKey credential");
        }
        return m;
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        Checks.notNull(request, "request");
        gate.checkSize(request.bodyLength(), maxBodyBytes, "maxPushBytes");
        WeChatPushSignature verified = WeChatPushSignature.verify(gate, request, token);
        if (request.method().equals("GET")) {
            return verified.echo(gate, request);
        }
        byte[] body = request.body();
        PushXml xml;
        String encryptType = request.queryParam("encrypt_type").orElse("raw");
        if (encryptType.equals("aes")) {
            if (crypto == null) {
                throw gate.refused("safe-mode push but no encodingAesKey is configured");
            }
            String msgSignature = request.queryParam("msg_signature").orElseThrow(
                    () -> gate.refused("no msg_signature"));
            String encrypt = gate.xml(body, "body").text("Encrypt").orElseThrow(() -> gate.unreadable("no Encrypt"));
            String plain = crypto.open(gate, token, verified, msgSignature, request.method(), body, encrypt,
                    "message does not decrypt for this app");
            xml = gate.xml(plain.getBytes(StandardCharsets.UTF_8), "decrypted body");
        } else if (encryptType.equals("raw")) {
            if (mode == PushMode.SAFE) {
                throw gate.refused("plaintext push while safe mode is configured (option pushMode=compatible also accepts "
                        + "plaintext pushes, whose signature does not cover the body)");
            }
            gate.admit(verified.timestamp(), verified.nonce(), verified.signature(), request.method(), body);
            xml = gate.xml(body, "body");
        } else {
            throw gate.refused("unknown encrypt_type " + Checks.show(encryptType));
        }
        String id = dedupeKey(xml);
        return gate.once(id, WebhookResponse.text("success"), () -> List.of(event(id, xml)));
    }

    private static String dedupeKey(PushXml xml) {
        Optional<String> msgId = xml.text("MsgId");
        if (msgId.isPresent() && !msgId.get().isEmpty()) {
            return "msg:" + msgId.get();
        }
        return "event:" + xml.text("FromUserName").orElse("") + "|" + xml.text("CreateTime").orElse("") + "|"
                + xml.text("Event").orElse("") + "|" + xml.text("PublishEventInfo", "publish_id").orElse("");
    }

    private WebhookEvent event(String id, PushXml xml) {
        String type = xml.text("MsgType").orElseThrow(() -> gate.unreadable("no MsgType"));
        String from = xml.text("FromUserName").filter(s -> !s.isEmpty()).orElseThrow(
                () -> gate.unreadable("no FromUserName"));
        Instant at = xml.text("CreateTime").map(t -> gate.epochSeconds("CreateTime", t))
                .orElseThrow(() -> gate.unreadable("no CreateTime"));
        if (type.equals("event")) {
            String event = xml.text("Event").orElse("");
            if (event.equals("PUBLISHJOBFINISH") || event.equals("FREEPUBLISHJOBFINISH")) {
                String publishId = xml.text("PublishEventInfo", "publish_id").filter(s -> !s.isEmpty())
                        .orElseThrow(() -> gate.unreadable("PUBLISHJOBFINISH without publish_id"));
                int status = xml.text("PublishEventInfo", "publish_status").map(this::integer)
                        .orElseThrow(() -> gate.unreadable("PUBLISHJOBFINISH without publish_status"));
                String articleId = xml.text("PublishEventInfo", "article_id").orElse(null);
                String url = xml.text("PublishEventInfo", "article_detail", "item", "article_url").orElse(null);
                if (url != null && !isUri(url)) {
                    throw gate.unreadable("PUBLISHJOBFINISH article_url is not a URI");
                }
                return new WebhookEvent.PublishCompleted(id, ((WeChatPublishing) c.publishing()).completed(publishId, status,
                        articleId, url));
            }
            return new WebhookEvent.MessageReceived(id, new PrivateMessage(c.account(), id, true, new Author(from, ""), at,
                    MessageKind.EVENT, event));
        }
        MessageKind kind = switch (type) {
            case "text" -> MessageKind.TEXT;
            case "image" -> MessageKind.IMAGE;
            case "voice" -> MessageKind.VOICE;
            case "video", "shortvideo" -> MessageKind.VIDEO;
            case "link" -> MessageKind.LINK;
            default -> MessageKind.OTHER;
        };
        String text = kind == MessageKind.TEXT ? xml.text("Content").orElse("")
                : xml.text("MediaId").or(() -> xml.text("Url")).orElse(type);
        String messageId = xml.text("MsgId").filter(s -> !s.isEmpty()).orElse(id);
        return new WebhookEvent.MessageReceived(id, new PrivateMessage(c.account(), messageId, true, new Author(from, ""), at,
                kind, text));
    }

    private static boolean isUri(String s) {
        try {
            new java.net.URI(s);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private int integer(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw gate.unreadable("publish_status is not a number");
        }
    }
}
