package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.validate.Checks;
import java.util.Locale;

/**
 * Inbox escalations as notifications, so that a triaged item goes to any
 * {@link io.github.mediaops.core.connector.Notifications} connector (Feishu, Trello, ...) in one call:
 * {@code connector.notifications().send(Escalations.toNotification(triage, destination))}, as a crisis
 * {@code Alert} does with its own {@code toNotification}.
 *
 * @since 0.1.0
 */
public final class Escalations {
    /** Longest excerpt of the item's text put in a notification body. */
    public static final int MAX_EXCERPT = 280;

    private Escalations() {
    }

    /**
     * The triaged item as a notification: title {@code [P1 CRISIS] douyin comment → pr}, a body with the
     * platform, author, the rule and keyword that matched, both SLA deadlines and an excerpt of the text (at
     * most {@link #MAX_EXCERPT} characters), and the idempotency key {@code inbox:<item id>:<priority>}, so a
     * retried send never posts the same escalation twice while a later raise of its priority does post.
     *
     * @param triage      the triaged item
     * @param destination the connector's destination (a bot name, a Trello list id)
     */
    public static Notification toNotification(Triage triage, String destination) {
        Checks.notNull(triage, "triage");
        Checks.notBlank(destination, "destination");
        InboxItem item = triage.item();
        String kind = item.kind().name().toLowerCase(Locale.ROOT);
        String title = "[" + triage.priority() + " " + triage.intent() + "] " + item.platform().id() + " " + kind
                + " → " + triage.queue();
        String text = item.text();
        String excerpt = text.codePointCount(0, text.length()) > MAX_EXCERPT
                ? text.substring(0, text.offsetByCodePoints(0, MAX_EXCERPT)) + "…" : text;
        String body = String.format(Locale.ROOT,
                "**%s %s** on %s (%s `%s`)%n%n- author: %s%n- received: %s%n- rule: %s%n- keyword: %s%n"
                        + "- first reply due: %s%n- resolve by: %s%n%n> %s",
                triage.priority(), triage.intent(), item.platform().displayName(), kind, item.id(), item.authorId(),
                item.receivedAt(), triage.matchedRule().orElse("default"), triage.keyword() == null ? "-" : triage.keyword(),
                triage.firstResponseDue(), triage.resolutionDue(), excerpt);
        return new Notification(destination, title, body, "inbox:" + item.id() + ":" + triage.priority());
    }
}
