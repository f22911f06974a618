package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.validate.Checks;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A crisis alert: a value a host can store, show, or send with
 * {@link io.github.mediaops.core.connector.Notifications#send} after {@link #toNotification}.
 *
 * @param monitorId  which monitor raised it (e.g. the brand or account watched)
 * @param assessment the bucket that raised it
 * @param level      its level
 * @param escalated  true when the level was raised because the situation persisted
 */
public record Alert(String monitorId, Assessment assessment, AlertLevel level, boolean escalated) {
    public Alert {
        Checks.notBlank(monitorId, "monitorId");
        Checks.notNull(assessment, "assessment");
        Checks.notNull(level, "level");
    }

    /** A one-line human summary. */
    public String summary() {
        HourlyCount c = assessment.count();
        double share = c.total() == 0 ? 0 : (double) c.negative() / c.total();
        return String.format(Locale.ROOT, "%s %s: %d negative of %d comments (%.1f%%) at %s, expected %.1f; signals %s%s",
                monitorId, level, c.negative(), c.total(), 100 * share, c.start(), assessment.expected(),
                new TreeSet<>(assessment.signals()), escalated ? " (escalated: persisting)" : "");
    }

    /**
     * The alert as a notification. The idempotency key is {@code monitorId:level:bucketStart}, so a
     * retried send never posts the same alert twice.
     */
    public Notification toNotification(String destination) {
        HourlyCount c = assessment.count();
        Set<Signal> s = new TreeSet<>(assessment.signals());
        String body = String.format(Locale.ROOT,
                "**%s** for `%s`%n%n- bucket: %s%n- negative: %d of %d%n- expected negative: %.2f%n"
                        + "- volume p-value: %.3g%n- share p-value: %.3g%n- signals: %s%n- escalated: %s",
                level, monitorId, c.start(), c.negative(), c.total(), assessment.expected(), assessment.volumeP(),
                assessment.shareP(), s, escalated);
        return new Notification(destination, "[" + level + "] negative sentiment spike: " + monitorId, body,
                monitorId + ":" + level + ":" + c.start());
    }
}
