package io.github.mediaops.analytics.planning.leads;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.lead.Touchpoint;
import java.util.Optional;

/**
 * A lead with the event and touchpoint that get the credit.
 *
 * @param leadId     the lead
 * @param event      the credited event (the first or last attributed event, per the rule)
 * @param touchpoint the touchpoint credited, or {@code null} when no event of the lead could be attributed
 */
public record AttributedLead(String leadId, LeadEvent event, Touchpoint touchpoint) {
    public AttributedLead {
        Checks.notBlank(leadId, "leadId");
        Checks.notNull(event, "event");
    }

    public Optional<Touchpoint> credited() {
        return Optional.ofNullable(touchpoint);
    }
}
