package io.github.mediaops.connector.feishu;

/** How a core {@link io.github.mediaops.core.connector.Notification} is rendered as a Feishu bot message. */
public enum FeishuFormat {
    /** {@code msg_type text}: the title, a blank line, the body. */
    TEXT,
    /** {@code msg_type post}: rich text with the title as heading and one paragraph per body line. */
    POST,
    /** {@code msg_type interactive}: a card with the title as header and the body as {@code lark_md} text. */
    CARD
}
