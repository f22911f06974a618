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
 *
 * @since 0.1.0
 */
public record AttributedLead(String leadId, LeadEvent event, Touchpoint touchpoint) {
    /** Validates the components; bad values fail with the field named. */
    public AttributedLead {
        Checks.notBlank(leadId, "leadId");
        Checks.notNull(event, "event");
    }

    /** @return the touchpoint the lead is credited to, or empty when no tracking code matched */
    public Optional<Touchpoint> credited() {
        return Optional.ofNullable(touchpoint);
    }
}
