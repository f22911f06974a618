package io.github.mediaops.analytics.membership.ledger;

import java.util.List;

/**
 * Where a {@link PointsLedger} keeps its entries: the one part of the ledger that is shared between threads
 * and processes, so the one part that must be atomic. {@link InMemoryLedgerStore} keeps them in the heap;
 * {@code mediaops-analytics-membership-jdbc} keeps them in a table whose unique constraints on
 * (member, event id) and (member, sequence) make the database refuse duplicates.
 *
 * <p>Implementations must be safe for concurrent use, and {@link #append} must decide atomically: of any
 * number of concurrent appends of one event id, or of one sequence number, for a member, exactly one is
 * {@link AppendOutcome#APPENDED}.
 *
 * @since 0.1.0
 */
public interface LedgerStore {
    /**
     * The member's entries, in sequence order (1, 2, ...); empty for an unknown member.
     *
     * @param memberId the member
     * @return the entries
     */
    List<LedgerEntry> entries(String memberId);

    /**
     * Stores the entry unless the member already has its event id or its sequence number.
     *
     * @param entry the entry
     * @return what happened
     */
    AppendOutcome append(LedgerEntry entry);
}
