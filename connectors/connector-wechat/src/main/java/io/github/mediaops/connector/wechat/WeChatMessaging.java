package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.wechat.WeChatWire.CustomMessage;
import io.github.mediaops.connector.wechat.WeChatWire.Text;
import io.github.mediaops.core.connector.Messaging;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.MessageKind;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.validate.Checks;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Customer-service text messages ({@code message/custom/send}), allowed within 48 hours of the user's
 * last message to the account; outside it WeChat answers 45015, reported as a permission error.
 * WeChat offers no way to look up a sent message, so a send whose answer was lost fails with
 * {@link io.github.mediaops.connector.support.AmbiguousOutcomeException} and is not repeated.
 */
final class WeChatMessaging implements Messaging {
    private final WeChatConnector c;
    private final ConcurrentMap<String, PrivateMessage> sent = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    WeChatMessaging(WeChatConnector connector) {
        this.c = connector;
    }

    @Override
    public PrivateMessage send(OutgoingMessage message) {
        Checks.notNull(message, "message");
        c.checkAccount(message.account());
        synchronized (locks.computeIfAbsent(message.idempotencyKey(), k -> new Object())) {
            PrivateMessage done = sent.get(message.idempotencyKey());
            if (done != null) {
                return done;
            }
            c.exec().execute(Operation.create("cgi-bin/message/custom/send", c.rateKey()),
                    t -> c.api().sendCustom(t, new CustomMessage(message.userId(), "text", new Text(message.text()))));
            PrivateMessage m = new PrivateMessage(message.account(), "cs-" + message.idempotencyKey(), false,
                    new Author(message.userId(), ""), c.clock().instant(), MessageKind.TEXT, message.text());
            sent.put(message.idempotencyKey(), m);
            return m;
        }
    }
}
