package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * How one item was classified and routed, with its SLA deadlines.
 *
 * @param item             the item
 * @param intent           the intent
 * @param priority         the priority
 * @param queue            where it goes
 * @param ruleId           the rule that matched, or {@code null} for the default
 * @param keyword          the keyword that matched, or {@code null}
 * @param firstResponseDue first reply due
 * @param resolutionDue    resolution due
 *
 * @since 0.1.0
 */
public record Triage(InboxItem item, Intent intent, Priority priority, String queue, String ruleId, String keyword,
                     Instant firstResponseDue, Instant resolutionDue) {
    /** Validates the components; bad values fail with the field named. */
    public Triage {
        Checks.notNull(item, "item");
        Checks.notNull(intent, "intent");
        Checks.notNull(priority, "priority");
        Checks.notBlank(queue, "queue");
        Checks.notNull(firstResponseDue, "firstResponseDue");
        Checks.notNull(resolutionDue, "resolutionDue");
    }

    /** @return the id of the rule that matched; empty when the default applied */
    public Optional<String> matchedRule() {
        return Optional.ofNullable(ruleId);
    }
}
