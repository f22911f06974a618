package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;

/**
 * A comment or inbound private message waiting in the shared inbox, from any connector.
 *
 * @param id         unique within the inbox (platform + comment or message id)
 * @param kind       comment or message
 * @param platform   where it came from
 * @param authorId   the platform's id of the author
 * @param receivedAt when it was written
 * @param text       its text
 */
public record InboxItem(String id, Kind kind, Platform platform, String authorId, Instant receivedAt, String text) {
    /** Comment or private message. */
    public enum Kind { COMMENT, MESSAGE }

    public InboxItem {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notNull(platform, "platform");
        Checks.notBlank(authorId, "authorId");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(text, "text");
    }

    public static InboxItem of(Comment c) {
        Checks.notNull(c, "comment");
        return new InboxItem(c.platform().id() + ":c:" + c.commentId(), Kind.COMMENT, c.platform(), c.author().id(),
                c.createdAt(), c.text());
    }

    /** @throws InvalidValueException for the account's own (outbound) messages */
    public static InboxItem of(PrivateMessage m) {
        Checks.notNull(m, "message");
        if (!m.inbound()) {
            throw new InvalidValueException("message", "message " + m.messageId() + " was sent by the account, not to it");
        }
        return new InboxItem(m.account().platform().id() + ":m:" + m.messageId(), Kind.MESSAGE, m.account().platform(),
                m.user().id(), m.sentAt(), m.text());
    }
}
