package io.github.mediaops.analytics.membership.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link LedgerStore} in the heap of one JVM: for tests, examples and single-process hosts. Every method
 * holds the store's monitor, so concurrent appends of one event id store it once. Sequence numbers must be
 * contiguous here: an append whose sequence is not the member's next one is {@link AppendOutcome#SEQUENCE_TAKEN}.
 *
 * @since 0.1.0
 */
public final class InMemoryLedgerStore implements LedgerStore {
    private final Map<String, List<LedgerEntry>> byMember = new HashMap<>();

    /** An empty store. */
    public InMemoryLedgerStore() {
    }

    @Override
    public synchronized List<LedgerEntry> entries(String memberId) {
        Objects.requireNonNull(memberId, "memberId");
        return List.copyOf(byMember.getOrDefault(memberId, List.of()));
    }

    @Override
    public synchronized AppendOutcome append(LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        List<LedgerEntry> list = byMember.computeIfAbsent(entry.memberId(), m -> new ArrayList<>());
        for (LedgerEntry e : list) {
            if (e.eventId().equals(entry.eventId())) {
                return AppendOutcome.DUPLICATE_EVENT;
            }
        }
        if (entry.sequence() != list.size() + 1L) {
            return AppendOutcome.SEQUENCE_TAKEN;
        }
        list.add(entry);
        return AppendOutcome.APPENDED;
    }
}
