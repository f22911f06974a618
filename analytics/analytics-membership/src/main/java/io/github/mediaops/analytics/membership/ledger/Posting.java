package io.github.mediaops.analytics.membership.ledger;

import java.util.Objects;

/**
 * The result of asking the ledger to record an event.
 *
 * @param entry     the member's entry for the event: the new one, or the one already recorded
 * @param duplicate true if the event was already in the ledger, so nothing was added
 *
 * @since 0.1.0
 */
public record Posting(LedgerEntry entry, boolean duplicate) {
    /** Validates the components. */
    public Posting {
        Objects.requireNonNull(entry, "entry");
    }
}
