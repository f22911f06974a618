package io.github.mediaops.connector.feishu;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * One custom bot message in Feishu's wire shape ({@code platform-apis.md} §8.1): {@code text},
 * rich-text {@code post} ({@code content.post.zh_cn}) or {@code interactive} card (the card JSON goes
 * under {@code card}, not {@code content}). Immutable; {@link #payload()} returns a copy.
 */
public final class FeishuMessage {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String msgType;
    private final ObjectNode payload;

    private FeishuMessage(String msgType, ObjectNode payload) {
        this.msgType = msgType;
        this.payload = payload;
    }

    /** A plain text message. */
    public static FeishuMessage text(String text) {
        Checks.notBlank(text, "text");
        ObjectNode m = NODES.objectNode().put("msg_type", "text");
        m.putObject("content").put("text", text);
        return new FeishuMessage("text", m);
    }

    /** A rich-text post: a title and one paragraph of plain text per entry of {@code paragraphs}. */
    public static FeishuMessage post(String title, List<String> paragraphs) {
        Checks.notBlank(title, "title");
        Checks.notNull(paragraphs, "paragraphs");
        ObjectNode m = NODES.objectNode().put("msg_type", "post");
        ObjectNode zh = m.putObject("content").putObject("post").putObject("zh_cn");
        zh.put("title", title);
        ArrayNode content = zh.putArray("content");
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = Checks.notNull(paragraphs.get(i), "paragraphs[" + i + "]");
            content.addArray().addObject().put("tag", "text").put("text", p);
        }
        return new FeishuMessage("post", m);
    }

    /**
     * An interactive card: a header with {@code title} in the {@code template} colour (e.g. {@code blue},
     * {@code red}) and one {@code div} of {@code lark_md} text.
     */
    public static FeishuMessage card(String title, String markdown, String template) {
        Checks.notBlank(title, "title");
        Checks.notNull(markdown, "markdown");
        Checks.notBlank(template, "template");
        ObjectNode m = NODES.objectNode().put("msg_type", "interactive");
        ObjectNode card = m.putObject("card");
        card.putObject("config").put("wide_screen_mode", true);
        ObjectNode header = card.putObject("header");
        header.put("template", template);
        header.putObject("title").put("tag", "plain_text").put("content", title);
        if (!markdown.isEmpty()) {
            card.putArray("elements").addObject().put("tag", "div")
                    .putObject("text").put("tag", "lark_md").put("content", markdown);
        } else {
            card.putArray("elements");
        }
        return new FeishuMessage("interactive", m);
    }

    /** A notification rendered in {@code format}. */
    public static FeishuMessage of(Notification n, FeishuFormat format) {
        Checks.notNull(n, "notification");
        return switch (Checks.notNull(format, "format")) {
            case TEXT -> text(n.body().isEmpty() ? n.title() : n.title() + "\n\n" + n.body());
            case POST -> post(n.title(), n.body().isEmpty() ? List.of() : List.of(n.body().split("\n", -1)));
            case CARD -> card(n.title(), n.body(), "blue");
        };
    }

    /** {@code text}, {@code post} or {@code interactive}. */
    public String msgType() {
        return msgType;
    }

    /** The request body without signature fields, as a fresh copy. */
    public ObjectNode payload() {
        return payload.deepCopy();
    }

    @Override
    public String toString() {
        return "FeishuMessage[" + msgType + "]";
    }
}
