package io.github.mediaops.analytics.membership.ledger;

/**
 * What a {@link LedgerEntry} records.
 *
 * @since 0.1.0
 */
public enum EntryKind {
    /** Points earned; they form a lot that expires by the ledger's {@link ExpiryPolicy}. */
    EARN,
    /** Points spent, taken from the oldest unexpired lots first (FIFO). */
    REDEEM,
    /** A correction: the entry it {@linkplain LedgerEntry#reverses() reverses} no longer counts. */
    REVERSAL
}
