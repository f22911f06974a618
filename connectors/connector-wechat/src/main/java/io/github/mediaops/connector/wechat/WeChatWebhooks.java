package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.PushXml;
import io.github.mediaops.connector.support.WeChatFamilyPush;
import io.github.mediaops.connector.support.WebhookGate;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The message push endpoint ({@code platform-apis.md} §1.6), on the WeChat family's push flow
 * ({@link WeChatFamilyPush}: the body's size, option {@code maxPushBytes}; the timestamp within the replay window; the
 * query signature in constant time; a GET's {@code echostr}; a safe-mode push's {@code msg_signature}, decryption and
 * appid; a plaintext push only in plain or compatible mode, bound to its body). The accepted pushes are option
 * {@code pushMode} ({@code plain}, {@code compatible} or {@code safe}; with an encodingAesKey the default is safe mode,
 * so a push cannot be downgraded to plaintext). Only then is XML parsed ({@link PushXml}: iterative, capped). Pushes
 * are de-duplicated by {@code MsgId}, or for events by FromUserName + CreateTime + Event (+ publish_id), in a 10-minute
 * window of at most 10,000 ids.
 *
 * <p>Plaintext signatures do not cover the body (WeChat's design); use safe mode where the body must
 * be authenticated.
 */
final class WeChatWebhooks implements Webhooks {
    /** The default of option {@code maxPushBytes}: WeChat's messages are a few KB. */
    static final int DEFAULT_MAX_PUSH_BYTES = WeChatFamilyPush.DEFAULT_MAX_PUSH_BYTES;

    private final WeChatConnector c;
    private final WebhookGate gate;
    private final WeChatFamilyPush push;

    WeChatWebhooks(WeChatConnector connector, WebhookGate gate, Secret token, ConnectorConfig config) {
        this.c = connector;
        this.gate = gate;
        this.push = new WeChatFamilyPush(gate, config, token, WeChatFamilyPush.Mode.of(config, "pushMode"),
                body -> gate.xml(body, "body").text("Encrypt").orElse(""),
                "option pushMode=compatible also accepts plaintext pushes, whose signature does not cover the body");
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        return push.open(request, (body, what) -> {
            PushXml xml = gate.xml(body, what);
            String id = dedupeKey(xml);
            return gate.once(id, WebhookResponse.text("success"), () -> List.of(event(id, xml)));
        });
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
        String event = xml.text("Event").orElse("");
        if (type.equals("event") && (event.equals("PUBLISHJOBFINISH") || event.equals("FREEPUBLISHJOBFINISH"))) {
            String publishId = xml.text("PublishEventInfo", "publish_id").filter(s -> !s.isEmpty())
                    .orElseThrow(() -> gate.unreadable("PUBLISHJOBFINISH without publish_id"));
            int status = xml.text("PublishEventInfo", "publish_status").map(t -> gate.integer("publish_status", t))
                    .orElseThrow(() -> gate.unreadable("PUBLISHJOBFINISH without publish_status"));
            String articleId = xml.text("PublishEventInfo", "article_id").orElse(null);
            String url = xml.text("PublishEventInfo", "article_detail", "item", "article_url").orElse(null);
            if (url != null && !isUri(url)) {
                throw gate.unreadable("PUBLISHJOBFINISH article_url is not a URI");
            }
            return new WebhookEvent.PublishCompleted(id, ((WeChatPublishing) c.publishing()).completed(publishId, status,
                    articleId, url));
        }
        MessageKind kind = switch (type) {
            case "event" -> MessageKind.EVENT;
            case "text" -> MessageKind.TEXT;
            case "image" -> MessageKind.IMAGE;
            case "voice" -> MessageKind.VOICE;
            case "video", "shortvideo" -> MessageKind.VIDEO;
            case "link" -> MessageKind.LINK;
            default -> MessageKind.OTHER;
        };
        String text = kind == MessageKind.EVENT ? event : kind == MessageKind.TEXT ? xml.text("Content").orElse("")
                : xml.text("MediaId").or(() -> xml.text("Url")).orElse(type);
        String messageId = kind == MessageKind.EVENT ? id : xml.text("MsgId").filter(s -> !s.isEmpty()).orElse(id);
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
}
