package io.github.mediaops.core.lead;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One step of a lead into private traffic, as a connector or webhook reports it, with the raw
 * tracking value it carried.
 *
 * @param leadId      a stable id for the person (openid, external_userid, a form's user id)
 * @param action      follow, scan, add-contact or sign-up
 * @param at          when it happened
 * @param trackingRaw the raw value: a WeChat {@code EventKey} ({@code qrscene_...} on subscribe), a
 *                    WeCom {@code State}, a mini-program {@code scene}/query, or a landing URL; {@code null}
 *                    when the event carried none
 */
public record LeadEvent(String leadId, LeadAction action, Instant at, String trackingRaw) {
    public LeadEvent {
        Checks.notBlank(leadId, "leadId");
        Checks.notNull(action, "action");
        Checks.notNull(at, "at");
        Checks.blankToNullRejected(trackingRaw, "trackingRaw");
    }

    public Optional<String> tracking() {
        return Optional.ofNullable(trackingRaw);
    }
}
