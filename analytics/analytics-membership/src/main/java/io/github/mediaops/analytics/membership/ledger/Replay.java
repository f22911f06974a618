package io.github.mediaops.analytics.membership.ledger;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a member's entries in time order (ties in sequence order): earnings become lots, redemptions take
 * from the oldest unexpired lots, lots expire at their expiry instant. Reversals up to the replay instant
 * remove the entries they reverse from the whole replay, so a reversed redemption's points go back to the
 * lots they came from, with those lots' expiry.
 */
final class Replay {
    private static final Comparator<LedgerEntry> ORDER = Comparator.comparing(LedgerEntry::at)
            .thenComparingLong(LedgerEntry::sequence);

    long earned;
    long redeemed;
    long expired;
    /** The first redemption that could not be covered, or null. */
    LedgerEntry shortOf;
    long availableForShort;
    private final Deque<PointLot> lots = new ArrayDeque<>();

    private Replay() {
    }

    static Replay of(List<LedgerEntry> entries, ExpiryPolicy policy, Instant asOf) {
        Set<String> reversed = new HashSet<>();
        for (LedgerEntry e : entries) {
            if (e.kind() == EntryKind.REVERSAL && !e.at().isAfter(asOf)) {
                reversed.add(e.reverses().orElseThrow());
            }
        }
        List<LedgerEntry> live = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (e.kind() != EntryKind.REVERSAL && !e.at().isAfter(asOf) && !reversed.contains(e.eventId())) {
                live.add(e);
            }
        }
        live.sort(ORDER);
        Replay r = new Replay();
        for (LedgerEntry e : live) {
            r.expireUntil(e.at());
            if (e.kind() == EntryKind.EARN) {
                r.earned += e.points();
                r.lots.addLast(new PointLot(e.eventId(), e.at(), e.points(), policy.expiresAt(e.at())));
            } else {
                r.redeem(e);
            }
        }
        r.expireUntil(asOf);
        return r;
    }

    long available() {
        return earned - redeemed - expired;
    }

    List<PointLot> lots() {
        return List.copyOf(lots);
    }

    private void expireUntil(Instant t) {
        // Lots are in earning order and one policy gives later expiry to later earnings, but a policy may
        // change between replays, so every lot is checked.
        List<PointLot> keep = new ArrayList<>(lots.size());
        for (PointLot lot : lots) {
            Optional<Instant> exp = lot.expiresAt();
            if (exp.isPresent() && !exp.get().isAfter(t)) {
                expired += lot.remaining();
            } else {
                keep.add(lot);
            }
        }
        lots.clear();
        lots.addAll(keep);
    }

    private void redeem(LedgerEntry e) {
        long need = e.points();
        if (need > available()) {
            if (shortOf == null) {
                shortOf = e;
                availableForShort = available();
            }
            return;
        }
        redeemed += need;
        while (need > 0) {
            PointLot lot = lots.removeFirst();
            long take = Math.min(need, lot.remaining());
            need -= take;
            if (take < lot.remaining()) {
                lots.addFirst(new PointLot(lot.eventId(), lot.earnedAt(), lot.remaining() - take, lot.expiresAt()));
            }
        }
    }
}
