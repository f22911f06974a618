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
 * @since 0.1.0
 */
public final class InboxItem {
    private final String id;
    private final Kind kind;
    private final Platform platform;
    private final String authorId;
    private final Instant receivedAt;
    private final String text;

    private InboxItem(String id, Kind kind, Platform platform, String authorId, Instant receivedAt, String text) {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notNull(platform, "platform");
        Checks.notBlank(authorId, "authorId");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(text, "text");
        this.id = id;
        this.kind = kind;
        this.platform = platform;
        this.authorId = authorId;
        this.receivedAt = receivedAt;
        this.text = text;
    }

    /**
     * Starts a inbox item; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this inbox item's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.platform = platform;
        b.authorId = authorId;
        b.receivedAt = receivedAt;
        b.text = text;
        return b;
    }

    /** @return unique within the inbox (platform + comment or message id) */
    public String id() {
        return id;
    }

    /** @return comment or message */
    public Kind kind() {
        return kind;
    }

    /** @return where it came from */
    public Platform platform() {
        return platform;
    }

    /** @return the platform's id of the author */
    public String authorId() {
        return authorId;
    }

    /** @return when it was written */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** @return its text */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InboxItem o && java.util.Objects.equals(id, o.id) && java.util.Objects.equals(kind, o.kind) && java.util.Objects.equals(platform, o.platform) && java.util.Objects.equals(authorId, o.authorId) && java.util.Objects.equals(receivedAt, o.receivedAt) && java.util.Objects.equals(text, o.text);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, kind, platform, authorId, receivedAt, text);
    }

    @Override
    public String toString() {
        return "InboxItem[" + "id=" + id + ", " + "kind=" + kind + ", " + "platform=" + platform + ", " + "authorId=" + authorId + ", " + "receivedAt=" + receivedAt + ", " + "text=" + text + "]";
    }

    /** Collects the parts of a inbox item; {@link #build()} validates them. */
    public static final class Builder {
        private String id;
        private Kind kind;
        private Platform platform;
        private String authorId;
        private Instant receivedAt;
        private String text;

        private Builder() {
        }

        /**
         * Sets id.
         *
         * @param id unique within the inbox (platform + comment or message id)
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets kind.
         *
         * @param kind comment or message
         * @return this builder
         */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets platform.
         *
         * @param platform where it came from
         * @return this builder
         */
        public Builder platform(Platform platform) {
            this.platform = platform;
            return this;
        }

        /**
         * Sets authorId.
         *
         * @param authorId the platform's id of the author
         * @return this builder
         */
        public Builder authorId(String authorId) {
            this.authorId = authorId;
            return this;
        }

        /**
         * Sets receivedAt.
         *
         * @param receivedAt when it was written
         * @return this builder
         */
        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * Sets text.
         *
         * @param text its text
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * The inbox item.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public InboxItem build() {
            io.github.mediaops.core.validate.Required.of("inbox item").given("id", id).given("kind", kind).given("platform", platform).given("authorId", authorId).given("receivedAt", receivedAt).given("text", text).orThrow();
            return new InboxItem(id, kind, platform, authorId, receivedAt, text);
        }
    }

    /** Comment or private message. */
    public enum Kind { COMMENT, MESSAGE }

    

    /**
     * An inbox item for a comment read by a connector.
     *
     * @param c the comment
     * @return the item
     */
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
