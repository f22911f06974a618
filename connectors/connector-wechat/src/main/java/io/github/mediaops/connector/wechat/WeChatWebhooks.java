package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.Deduplicator;
import io.github.mediaops.connector.support.ReplayWindow;
import io.github.mediaops.connector.support.Signatures;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.connector.Webhooks;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.MessageKind;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The message push endpoint ({@code platform-apis.md} §1.6). Order of checks, before anything is parsed:
 * timestamp within the replay window, then {@code signature = sha1(sort(token, timestamp, nonce))}
 * compared in constant time. A GET is the URL verification and gets {@code echostr} back. In safe mode
 * ({@code encrypt_type=aes}) {@code msg_signature} over the Encrypt field is checked too, then the body
 * is decrypted and its appid compared. Pushes are de-duplicated by {@code MsgId}, or for events by
 * FromUserName + CreateTime + Event (+ publish_id), in a 10-minute window of at most 10,000 ids.
 *
 * <p>Plain-mode signatures do not cover the body (WeChat's design); use safe mode where the body must
 * be authenticated.
 */
final class WeChatWebhooks implements Webhooks {
    private final WeChatConnector c;
    private final String token;
    private final WeChatCrypto crypto;
    private final ReplayWindow window;
    private final Deduplicator seen;

    WeChatWebhooks(WeChatConnector connector, Secret token, WeChatCrypto crypto, Duration replayWindow) {
        this.c = connector;
        this.token = token.reveal();
        this.crypto = crypto;
        this.window = new ReplayWindow(connector.clock(), replayWindow);
        this.seen = new Deduplicator(connector.clock(), Duration.ofMinutes(10), 10_000);
    }

    private static AuthenticationException refused(String why) {
        return new AuthenticationException("push refused: " + why,
                ErrorDetails.builder(Platform.WECHAT_OFFICIAL_ACCOUNT).operation("push").build(), false);
    }

    private static UnexpectedResponseException unreadable(String why) {
        return new UnexpectedResponseException("push unreadable: " + why,
                ErrorDetails.builder(Platform.WECHAT_OFFICIAL_ACCOUNT).operation("push").build());
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        Checks.notNull(request, "request");
        String timestamp = request.queryParam("timestamp").orElseThrow(() -> refused("no timestamp"));
        String nonce = request.queryParam("nonce").orElseThrow(() -> refused("no nonce"));
        String signature = request.queryParam("signature").orElseThrow(() -> refused("no signature"));
        if (!window.accepts(timestamp)) {
            throw refused("timestamp outside the " + window.window().toSeconds() + " s replay window");
        }
        if (!Signatures.constantTimeEquals(Signatures.sortedConcatSha1(token, timestamp, nonce), signature)) {
            throw refused("signature does not verify");
        }
        if (request.method().equals("GET")) {
            String echo = request.queryParam("echostr").orElseThrow(() -> unreadable("URL verification without echostr"));
            return new WebhookResult(WebhookResponse.text(echo), List.of());
        }
        byte[] body = request.body();
        WeChatXml xml;
        if ("aes".equals(request.queryParam("encrypt_type").orElse(""))) {
            if (crypto == null) {
                throw refused("safe-mode push but no encodingAesKey is configured");
            }
            String msgSignature = request.queryParam("msg_signature").orElseThrow(() -> refused("no msg_signature"));
            String encrypt = WeChatXml.parse(body).flatMap(x -> x.text("Encrypt")).orElseThrow(() -> unreadable("no Encrypt"));
            if (!Signatures.constantTimeEquals(Signatures.sortedConcatSha1(token, timestamp, nonce, encrypt), msgSignature)) {
                throw refused("msg_signature does not verify");
            }
            String plain = crypto.decrypt(encrypt).orElseThrow(() -> refused("message does not decrypt for this app"));
            xml = WeChatXml.parse(plain.getBytes(StandardCharsets.UTF_8)).orElseThrow(() -> unreadable("decrypted body is not XML"));
        } else {
            xml = WeChatXml.parse(body).orElseThrow(() -> unreadable("body is not XML"));
        }
        WebhookResponse ok = WebhookResponse.text("success");
        String id = dedupeKey(xml);
        if (!seen.firstSeen(id)) {
            return new WebhookResult(ok, List.of());
        }
        try {
            return new WebhookResult(ok, List.of(event(id, xml)));
        } catch (RuntimeException e) {
            seen.forget(id);
            throw e;
        }
    }

    private static String dedupeKey(WeChatXml xml) {
        Optional<String> msgId = xml.text("MsgId");
        if (msgId.isPresent() && !msgId.get().isEmpty()) {
            return "msg:" + msgId.get();
        }
        return "event:" + xml.text("FromUserName").orElse("") + "|" + xml.text("CreateTime").orElse("") + "|"
                + xml.text("Event").orElse("") + "|" + xml.text("PublishEventInfo", "publish_id").orElse("");
    }

    private WebhookEvent event(String id, WeChatXml xml) {
        String type = xml.text("MsgType").orElseThrow(() -> unreadable("no MsgType"));
        String from = xml.text("FromUserName").filter(s -> !s.isEmpty()).orElseThrow(() -> unreadable("no FromUserName"));
        Instant at = xml.text("CreateTime").map(WeChatWebhooks::epoch).orElseThrow(() -> unreadable("no CreateTime"));
        if (type.equals("event")) {
            String event = xml.text("Event").orElse("");
            if (event.equals("PUBLISHJOBFINISH") || event.equals("FREEPUBLISHJOBFINISH")) {
                String publishId = xml.text("PublishEventInfo", "publish_id").filter(s -> !s.isEmpty())
                        .orElseThrow(() -> unreadable("PUBLISHJOBFINISH without publish_id"));
                int status = xml.text("PublishEventInfo", "publish_status").map(WeChatWebhooks::integer)
                        .orElseThrow(() -> unreadable("PUBLISHJOBFINISH without publish_status"));
                String articleId = xml.text("PublishEventInfo", "article_id").orElse(null);
                String url = xml.text("PublishEventInfo", "article_detail", "item", "article_url").orElse(null);
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

    private static Instant epoch(String s) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw unreadable("CreateTime is not a number");
        }
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw unreadable("publish_status is not a number");
        }
    }
}
