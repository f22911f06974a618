package io.github.mediaops.core.engagement;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Instant;

/**
 * A private (direct) message between an account and a user.
 *
 * @param account   the operator's account
 * @param messageId the platform's message id (WeChat MsgId); for platforms without one, a connector
 *                  derives a stable id (WeChat events: FromUserName + CreateTime)
 * @param inbound   true when the user wrote to the account, false for the account's own messages
 * @param user      the other side
 * @param sentAt    when it was sent
 * @param kind      text, image, event, ...
 * @param text      the text, or a description of non-text content (event name, media id); may be empty
 */
public record PrivateMessage(AccountRef account, String messageId, @JsonProperty(required = true) boolean inbound,
                             Author user, Instant sentAt, MessageKind kind, String text) {
    public PrivateMessage {
        Checks.notNull(account, "account");
        Checks.notBlank(messageId, "messageId");
        Checks.notNull(user, "user");
        Checks.notNull(sentAt, "sentAt");
        Checks.notNull(kind, "kind");
        Checks.notNull(text, "text");
    }
}
