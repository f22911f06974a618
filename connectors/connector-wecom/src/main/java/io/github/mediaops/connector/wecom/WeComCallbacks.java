package io.github.mediaops.connector.wecom;

import io.github.mediaops.connector.support.PushXml;
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
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The receiver of a WeCom app's callbacks (接收事件服务器), encrypted as WeChat's safe mode with the CorpID as
 * receive id (developer.work.weixin.qq.com/document/path/90968; {@code platform-apis-2.md} §1.3):
 *
 * <ul>
 *   <li><b>URL verification</b> ({@code GET ?msg_signature&timestamp&nonce&echostr}): the {@code echostr} is
 *   encrypted; its signature {@code sha1(sort(token, timestamp, nonce, echostr))} is checked, it is decrypted
 *   and the plaintext is the answer (pass query values URL-decoded, as HTTP frameworks do).</li>
 *   <li><b>Events</b> ({@code POST ?msg_signature&timestamp&nonce}, body {@code <xml><ToUserName/><Encrypt/><AgentID/></xml>}):
 *   in this order, the body's size (option {@code maxCallbackBytes}, default 64 KiB), the timestamp within the
 *   replay window, the {@code msg_signature} over the {@code Encrypt} field (constant time), the binding of the
 *   verified signature to the body, decryption (which checks the CorpID), and only then the event's XML
 *   ({@link PushXml}: no DTDs, capped). The answer is an empty 200, which WeCom takes as received.</li>
 *   <li><b>De-duplication</b>: WeCom retries an unanswered callback 3 times; repeats (same event, change type,
 *   CreateTime, member, customer or group) within 10 minutes give no events.</li>
 * </ul>
 *
 * {@link #handle} gives core events: an {@code add_external_contact} is a
 * {@link WebhookEvent.LeadReceived} with the contact way's state as tracking value, other events are
 * {@link WebhookEvent.Other} named {@code <Event>:<ChangeType>}. {@link #receive} gives WeCom's own
 * {@link WeComEvent}s, with the welcome code.
 */
public final class WeComCallbacks implements Webhooks {
    /** The default of option {@code maxCallbackBytes}. */
    public static final int DEFAULT_MAX_CALLBACK_BYTES = 64 * 1024;
    private static final WebhookResponse ACK = WebhookResponse.text("");

    private final WebhookGate gate;
    private final String token;
    private final WeChatFamilyCrypto crypto;
    private final int maxBodyBytes;
    private final Clock clock;

    /** What a callback brought: the answer to send WeCom, and the events (none for a repeat or a URL check). */
    public record Received(WebhookResponse response, List<WeComEvent> events) {
        public Received {
            Checks.notNull(response, "response");
            events = Checks.listOf(events, "events");
        }
    }

    WeComCallbacks(WebhookGate gate, Secret token, Secret encodingAesKey, String corpId, ConnectorConfig config) {
        this.gate = gate;
        this.clock = config.clock();
        this.token = token.reveal();
        this.crypto = new WeChatFamilyCrypto(encodingAesKey, corpId);
        this.maxBodyBytes = WebhookGate.bodyLimit(config, "maxCallbackBytes", DEFAULT_MAX_CALLBACK_BYTES);
    }

    @Override
    public WebhookResult handle(WebhookRequest request) {
        Received r = receive(request);
        List<WebhookEvent> events = new ArrayList<>();
        for (WeComEvent e : r.events()) {
            events.add(toCore(e));
        }
        return new WebhookResult(r.response(), events);
    }

    /** Verifies, decrypts and decodes a callback into WeCom's own events. */
    public Received receive(WebhookRequest request) {
        Checks.notNull(request, "request");
        gate.checkSize(request.bodyLength(), maxBodyBytes, "maxCallbackBytes");
        String signature = request.queryParam("msg_signature").orElseThrow(() -> gate.refused("no msg_signature"));
        String timestamp = request.queryParam("timestamp").orElseThrow(() -> gate.refused("no timestamp"));
        String nonce = request.queryParam("nonce").orElseThrow(() -> gate.refused("no nonce"));
        gate.checkTimestamp(timestamp);
        WeChatPushSignature triple = new WeChatPushSignature(timestamp, nonce, signature); // msg_signature is the only one
        if (request.method().equals("GET")) {
            String echo = request.queryParam("echostr").orElseThrow(() -> gate.unreadable("URL verification without echostr"));
            String plain = crypto.open(gate, token, triple, signature, "GET", echo.getBytes(StandardCharsets.UTF_8), echo,
                    "echostr does not decrypt for this corp");
            return new Received(WebhookResponse.text(plain), List.of());
        }
        byte[] body = request.body();
        String encrypt = gate.xml(body, "body").text("Encrypt").filter(s -> !s.isEmpty())
                .orElseThrow(() -> gate.unreadable("no Encrypt"));
        String plain = crypto.open(gate, token, triple, signature, request.method(), body, encrypt,
                "message does not decrypt for this corp");
        PushXml xml = gate.xml(plain.getBytes(StandardCharsets.UTF_8), "decrypted body");
        String id = dedupeKey(xml);
        Instant received = clock.instant();
        List<WeComEvent> out = new ArrayList<>(1);
        gate.once(id, ACK, () -> {
            WeComEvent e = event(id, xml, received);
            out.add(e);
            return List.of(toCore(e));
        });
        return new Received(ACK, out);
    }

    private static String dedupeKey(PushXml xml) {
        return String.join("|", xml.text("Event").orElse(""), xml.text("ChangeType").orElse(""),
                xml.text("CreateTime").orElse(""), xml.text("UserID").orElse(""), xml.text("ExternalUserID").orElse(""),
                xml.text("ChatId").orElse(""), xml.text("UpdateDetail").orElse(""), xml.text("MsgId").orElse(""));
    }

    private WeComEvent event(String id, PushXml xml, Instant received) {
        Instant at = xml.text("CreateTime").map(t -> gate.epochSeconds("CreateTime", t))
                .orElseThrow(() -> gate.unreadable("no CreateTime"));
        String event = xml.text("Event").orElse("");
        String change = xml.text("ChangeType").orElse("");
        if (event.equals("change_external_contact")) {
            String user = xml.text("UserID").orElse("");
            String external = xml.text("ExternalUserID").filter(s -> !s.isEmpty())
                    .orElseThrow(() -> gate.unreadable(change + " without ExternalUserID"));
            if (change.equals("add_external_contact")) {
                if (user.isEmpty()) {
                    throw gate.unreadable("add_external_contact without UserID");
                }
                return new WeComEvent.ContactAdded(id, at, user, external, nonEmpty(xml.text("State")),
                        nonEmpty(xml.text("WelcomeCode")).map(c -> new WelcomeCode(c, received)));
            }
            if (!change.isEmpty()) {
                return new WeComEvent.ContactChanged(id, at, change, user, external);
            }
        }
        if (event.equals("change_external_chat") && !change.isEmpty()) {
            String chat = xml.text("ChatId").filter(s -> !s.isEmpty())
                    .orElseThrow(() -> gate.unreadable("change_external_chat without ChatId"));
            return new WeComEvent.GroupChatChanged(id, at, chat, change, nonEmpty(xml.text("UpdateDetail")),
                    number(xml, "JoinScene"), number(xml, "QuitScene"), number(xml, "MemChangeCnt"),
                    xml.texts("MemChangeList", "Item").stream().filter(s -> !s.isEmpty()).toList());
        }
        String type = event.isEmpty() ? xml.text("MsgType").filter(s -> !s.isEmpty()).orElse("unknown")
                : change.isEmpty() ? event : event + ":" + change;
        return new WeComEvent.Other(id, at, type);
    }

    private static WebhookEvent toCore(WeComEvent e) {
        if (e instanceof WeComEvent.ContactAdded added) {
            return new WebhookEvent.LeadReceived(e.eventId(), Platform.WECOM, added.lead());
        }
        String type;
        if (e instanceof WeComEvent.ContactChanged c) {
            type = "change_external_contact:" + c.changeType();
        } else if (e instanceof WeComEvent.GroupChatChanged g) {
            type = "change_external_chat:" + g.changeType() + g.updateDetail().map(d -> ":" + d).orElse("");
        } else {
            type = ((WeComEvent.Other) e).type();
        }
        return new WebhookEvent.Other(e.eventId(), Platform.WECOM, type);
    }

    private static Optional<String> nonEmpty(Optional<String> s) {
        return s.filter(v -> !v.isEmpty());
    }

    private int number(PushXml xml, String name) {
        return nonEmpty(xml.text(name)).map(v -> gate.integer(name, v)).orElse(0);
    }

    @Override
    public String toString() {
        return "WeComCallbacks[" + crypto + "]";
    }
}
