package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.wechat.WeChatApi.CustomMessage;
import io.github.mediaops.connector.wechat.WeChatApi.Text;
import io.github.mediaops.core.connector.Messaging;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.MessageKind;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.validate.Checks;

/**
 * Customer-service text messages ({@code message/custom/send}), allowed within 48 hours of the user's
 * last message to the account; outside it WeChat answers 45015, reported as a permission error.
 * Sent at most once per idempotency key (recorded in the idempotency store). WeChat offers no way to
 * look up a sent message, so a send whose answer was lost fails with
 * {@link io.github.mediaops.core.connector.AmbiguousOutcomeException} and is not repeated.
 */
final class WeChatMessaging extends WeChatPart implements Messaging {
    WeChatMessaging(WeChatConnector connector) {
        super(connector);
    }

    @Override
    public PrivateMessage send(OutgoingMessage message) {
        Checks.notNull(message, "message");
        c.checkAccount(message.account());
        Sent sent = runtime.once("send", message.idempotencyKey(), Sent.class, () -> {
            create("cgi-bin/message/custom/send", new CustomMessage(message.userId(), "text", new Text(message.text())));
            return new Sent(runtime.clock().instant());
        });
        return new PrivateMessage(message.account(), "cs-" + message.idempotencyKey(), false,
                new Author(message.userId(), ""), sent.at(), MessageKind.TEXT, message.text());
    }
}
