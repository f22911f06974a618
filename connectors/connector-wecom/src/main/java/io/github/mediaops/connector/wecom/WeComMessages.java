package io.github.mediaops.connector.wecom;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.github.mediaops.core.connector.Page;

/**
 * Messages to customers: the welcome message of a new contact ({@code externalcontact/send_welcome_msg}, within
 * 20 s of the event, once per code) and mass-message tasks ({@code add_msg_template},
 * {@code get_groupmsg_list_v2}, {@code get_groupmsg_send_result}), which WeCom sends only after the member
 * confirms: created tasks are {@link MassMessage.Status#PENDING}, never reported as sent.
 */
public final class WeComMessages {
    private static final String WELCOME = "cgi-bin/externalcontact/send_welcome_msg";

    private final WeComApi api;
    private final ConnectorRuntime runtime;

    WeComMessages(WeComApi api, ConnectorRuntime runtime) {
        this.api = api;
        this.runtime = runtime;
    }

    /**
     * Sends the welcome message of the contact that brought {@code code}. The code is its own idempotency key:
     * asking again with the same code sends nothing and returns the first answer's time.
     *
     * @return when the welcome message was accepted
     * @throws WelcomeCodeExpiredException when more than 20 s have passed since the callback, before any call
     */
    public Instant sendWelcome(WelcomeCode code, String text) {
        Checks.notNull(code, "welcomeCode");
        Checks.notBlank(text, "text");
        return runtime.once("welcome", code.code(), Instant.class, () -> {
            Instant now = runtime.clock().instant();
            if (now.isAfter(code.expiresAt())) {
                throw new WelcomeCodeExpiredException(code.expiresAt(), now);
            }
            runtime.create(WELCOME, t -> api.sendWelcome(t, new WeComApi.WelcomeBody(code.code(), new WeComApi.Text(text))));
            return runtime.clock().instant();
        });
    }

    /**
     * Creates a mass-message task; the same idempotency key returns the first task. The task is
     * {@link MassMessage.Status#PENDING}: WeCom sends nothing until the member confirms in the client.
     */
    public MassMessage.Task createMassMessage(MassMessage message) {
        Checks.notNull(message, "message");
        String op = "cgi-bin/externalcontact/add_msg_template";
        WeComApi.MsgTemplateResponse r = runtime.once("mass-message", message.idempotencyKey(), WeComApi.MsgTemplateResponse.class,
                () -> {
                    WeComApi.MsgTemplateResponse created = runtime.create(op, t -> api.addMsgTemplate(t,
                            new WeComApi.MsgTemplateBody(message.target().wire(),
                                    message.externalUserIds().isEmpty() ? null : message.externalUserIds(),
                                    message.chatIds().isEmpty() ? null : message.chatIds(), message.sender().orElse(null), null,
                                    new WeComApi.Text(message.text()), null)));
                    if (created.msgid() == null || created.msgid().isBlank()) {
                        throw WeComErrors.WIRE.unexpected(op, "task created without msgid");
                    }
                    return created;
                });
        return new MassMessage.Task(r.msgid(), WeComLeadCapture.list(r.failList()), MassMessage.Status.PENDING);
    }

    /**
     * The deliveries of a task by {@code sender}, every page read, and what they add up to: {@link MassMessage.Status#PENDING}
     * while none is made, {@link MassMessage.Status#SENT} when none is still waiting.
     */
    public MassMessage.Report massMessageStatus(String msgId, String sender) {
        Checks.notBlank(msgId, "msgId");
        Checks.notBlank(sender, "sender");
        String op = "cgi-bin/externalcontact/get_groupmsg_send_result";
        List<MassMessage.Delivery> deliveries = CursorPages.all(cursor -> {
            WeComApi.SendResult r = runtime.read(op, t -> api.groupMsgSendResult(t, new WeComApi.SendResultRequest(msgId, sender, 1000,
                    cursor)));
            List<MassMessage.Delivery> page = new ArrayList<>();
            for (WeComApi.WireSend s : WeComLeadCapture.list(r.sendList())) {
                page.add(delivery(op, s, sender));
            }
            return new Page<>(page, CursorPages.blankToNull(r.nextCursor()));
        });
        long sent = deliveries.stream().filter(d -> d.status() != MassMessage.DeliveryStatus.PENDING).count();
        MassMessage.Status status = sent == 0 ? MassMessage.Status.PENDING
                : sent == deliveries.size() ? MassMessage.Status.SENT : MassMessage.Status.PARTLY_SENT;
        return new MassMessage.Report(msgId, status, deliveries);
    }

    /** The corp's mass-message tasks created between {@code from} and {@code to} (WeCom: at most one month apart). */
    public List<MassMessage.Summary> massMessages(MassMessage.Target target, Instant from, Instant to) {
        Checks.notNull(target, "target");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "to must be after from (" + from + " .. " + to + ")");
        }
        String op = "cgi-bin/externalcontact/get_groupmsg_list_v2";
        return CursorPages.all(cursor -> {
            WeComApi.GroupMsgList r = runtime.read(op, t -> api.groupMsgList(t, new WeComApi.GroupMsgListRequest(target.wire(),
                    from.getEpochSecond(), to.getEpochSecond(), null, null, 100, cursor)));
            List<MassMessage.Summary> page = new ArrayList<>();
            for (WeComApi.WireGroupMsg m : WeComLeadCapture.list(r.groupMsgList())) {
                if (m.msgid() == null || m.creator() == null || m.createTime() == null) {
                    throw WeComErrors.WIRE.unexpected(op, "task without msgid, creator or create_time");
                }
                page.add(new MassMessage.Summary(m.msgid(), m.creator(), Instant.ofEpochSecond(m.createTime()),
                        WeComCustomers.optional(m.text() == null ? null : m.text().content())));
            }
            return new Page<>(page, CursorPages.blankToNull(r.nextCursor()));
        });
    }

    private static MassMessage.Delivery delivery(String op, WeComApi.WireSend s, String sender) {
        MassMessage.DeliveryStatus status = switch (s.status() == null ? -1 : s.status()) {
            case 0 -> MassMessage.DeliveryStatus.PENDING;
            case 1 -> MassMessage.DeliveryStatus.SENT;
            case 2 -> MassMessage.DeliveryStatus.NOT_A_CONTACT;
            case 3 -> MassMessage.DeliveryStatus.RECEIVE_LIMIT_REACHED;
            default -> throw WeComErrors.WIRE.unexpected(op, "unknown delivery status " + s.status());
        };
        return new MassMessage.Delivery(WeComCustomers.optional(s.externalUserid()), WeComCustomers.optional(s.chatId()),
                s.userid() == null || s.userid().isBlank() ? sender : s.userid(), status,
                s.sendTime() == null || s.sendTime() == 0 ? java.util.Optional.empty()
                        : java.util.Optional.of(Instant.ofEpochSecond(s.sendTime())));
    }
}
