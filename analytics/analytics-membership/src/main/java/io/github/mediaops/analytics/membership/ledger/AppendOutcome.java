package io.github.mediaops.analytics.membership.ledger;

/**
 * What a {@link LedgerStore} did with an entry it was asked to append.
 *
 * @since 0.1.0
 */
public enum AppendOutcome {
    /** The entry is stored. */
    APPENDED,
    /** Nothing stored: the member's ledger already holds an entry with this event id. */
    DUPLICATE_EVENT,
    /** Nothing stored: another entry took this sequence number first; read the ledger again and retry. */
    SEQUENCE_TAKEN
}
