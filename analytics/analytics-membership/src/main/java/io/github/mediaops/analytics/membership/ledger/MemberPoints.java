package io.github.mediaops.analytics.membership.ledger;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's view of a {@link PointsLedger}: post earnings, redemptions and reversals, read the balance and
 * the history. Obtained from {@link PointsLedger#member(String)}.
 *
 * @since 0.1.0
 */
public final class MemberPoints {
    /** The event id a reversal gets: this prefix and the reversed event id, so an entry is reversed once. */
    public static final String REVERSAL_PREFIX = "reversal:";

    private final PointsLedger ledger;
    private final String memberId;

    MemberPoints(PointsLedger ledger, String memberId) {
        this.ledger = ledger;
        this.memberId = memberId;
    }

    /** The member. */
    public String memberId() {
        return memberId;
    }

    /**
     * Credits points for an event, once: a second delivery of the same event id adds nothing and returns the
     * entry already recorded ({@link Posting#duplicate()} true). A second delivery that disagrees with the first
     * (another kind or number of points) is refused.
     *
     * @param eventId the business event's id
     * @param points  points earned, positive
     * @param at      when they were earned (expiry counts from it)
     * @return the posting
     * @throws InvalidValueException if the event id is already recorded with other content
     */
    public Posting earn(String eventId, long points, Instant at) {
        return post(EntryKind.EARN, eventId, points, at, Optional.empty());
    }

    /**
     * Spends points, oldest lots first, once per redemption id.
     *
     * @param redemptionId the redemption's id (an order, a coupon claim)
     * @param points       points to spend, positive
     * @param at           when
     * @return the posting
     * @throws InsufficientPointsException if the member has fewer available points at {@code at} (or the
     *                                     redemption would leave a later redemption uncovered)
     */
    public Posting redeem(String redemptionId, long points, Instant at) {
        return post(EntryKind.REDEEM, redemptionId, points, at, Optional.empty());
    }

    /**
     * Reverses an earning or a redemption: appends a {@link EntryKind#REVERSAL} entry with event id
     * {@link #REVERSAL_PREFIX}{@code + originalEventId}; the original stays in the history and no longer
     * counts. Reversing a redemption gives its points back to the lots they came from (with those lots'
     * expiry); reversing an earning that was already spent is refused. Reversing twice is a duplicate.
     *
     * @param originalEventId the event id of the entry to reverse
     * @param at              when (the original counts until then)
     * @return the posting
     * @throws InvalidValueException       if there is no such entry, or it is itself a reversal
     * @throws InsufficientPointsException if the reversed earning's points were already redeemed
     */
    public Posting reverse(String originalEventId, Instant at) {
        Checks.notBlank(originalEventId, "originalEventId");
        Objects.requireNonNull(at, "at");
        LedgerEntry original = find(ledger.store().entries(memberId), originalEventId)
                .orElseThrow(() -> new InvalidValueException("originalEventId", "member " + memberId
                        + " has no entry with event id " + Checks.show(originalEventId)));
        if (original.kind() == EntryKind.REVERSAL) {
            throw new InvalidValueException("originalEventId", "entry " + Checks.show(originalEventId)
                    + " is a reversal; reversals cannot be reversed");
        }
        return post(EntryKind.REVERSAL, REVERSAL_PREFIX + originalEventId, original.points(), at,
                Optional.of(originalEventId));
    }

    /**
     * The balance at an instant: entries after it, and reversals after it, do not count yet.
     *
     * @param asOf the instant
     * @return the balance
     */
    public Balance balance(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Replay r = Replay.of(ledger.store().entries(memberId), ledger.expiry(), asOf);
        return new Balance(memberId, asOf, r.earned, r.redeemed, r.expired, r.available(), r.lots());
    }

    /** Every entry, reversed ones and reversals included, in sequence order. */
    public List<LedgerEntry> history() {
        return ledger.store().entries(memberId);
    }

    private Posting post(EntryKind kind, String eventId, long points, Instant at, Optional<String> reverses) {
        Checks.notBlank(eventId, "eventId");
        Checks.positive(points, "points");
        Objects.requireNonNull(at, "at");
        for (int attempt = 0; attempt < ledger.maxAttempts(); attempt++) {
            List<LedgerEntry> entries = ledger.store().entries(memberId);
            long next = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
            LedgerEntry entry = new LedgerEntry(memberId, eventId, kind, points, at, reverses, next);
            Optional<LedgerEntry> existing = find(entries, eventId);
            if (existing.isPresent()) {
                return duplicateOf(existing.get(), entry);
            }
            check(entries, entry);
            switch (ledger.store().append(entry)) {
                case APPENDED:
                    return new Posting(entry, false);
                case DUPLICATE_EVENT:
                case SEQUENCE_TAKEN:
                default:
                    // Another posting won the race: read again, then the duplicate or the new state decides.
                    break;
            }
        }
        throw new MediaOpsException("member " + memberId + ": event " + eventId + " lost the race for a ledger "
                + "sequence number " + ledger.maxAttempts() + " times");
    }

    private static Posting duplicateOf(LedgerEntry existing, LedgerEntry attempted) {
        if (!existing.sameFactAs(attempted)) {
            throw new InvalidValueException("eventId", "event " + attempted.eventId() + " is already recorded as "
                    + existing.kind() + " points=" + existing.points() + ", not " + attempted.kind() + " points="
                    + attempted.points());
        }
        return new Posting(existing, true);
    }

    private void check(List<LedgerEntry> entries, LedgerEntry entry) {
        if (entry.kind() == EntryKind.EARN) {
            return;
        }
        List<LedgerEntry> after = new ArrayList<>(entries);
        after.add(entry);
        Instant end = entry.at();
        for (LedgerEntry e : after) {
            end = e.at().isAfter(end) ? e.at() : end;
        }
        Replay r = Replay.of(after, ledger.expiry(), end);
        if (r.shortOf != null) {
            LedgerEntry shortOf = r.shortOf;
            throw new InsufficientPointsException(memberId, shortOf.eventId(), shortOf.points(), r.availableForShort);
        }
    }

    private static Optional<LedgerEntry> find(List<LedgerEntry> entries, String eventId) {
        for (LedgerEntry e : entries) {
            if (e.eventId().equals(eventId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
