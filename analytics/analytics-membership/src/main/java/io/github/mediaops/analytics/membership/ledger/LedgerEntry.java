package io.github.mediaops.analytics.membership.ledger;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a member's points ledger. Entries are never changed or deleted: a correction is a new
 * {@link EntryKind#REVERSAL} entry that names the entry it reverses, and every balance is derived from the
 * entries.
 *
 * @param memberId the member
 * @param eventId  the id of the business event (an order, a check-in, a redemption); a member's ledger holds
 *                 each event id at most once, which makes crediting idempotent
 * @param kind     what the entry records
 * @param points   points earned, redeemed, or (for a reversal) carried by the reversed entry; positive
 * @param at       when it happened: earning time for {@link EntryKind#EARN} (expiry counts from it)
 * @param reverses the event id of the reversed entry; present exactly for {@link EntryKind#REVERSAL}
 * @param sequence the entry's position in the member's ledger, 1 for the first; stores refuse a taken one
 *
 * @since 0.1.0
 */
public record LedgerEntry(String memberId, String eventId, EntryKind kind, long points, Instant at,
        Optional<String> reverses, long sequence) {
    /** Validates the components; bad values fail with the field named. */
    public LedgerEntry {
        Checks.notBlank(memberId, "memberId");
        Checks.notBlank(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Checks.positive(points, "points");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reverses, "reverses");
        Checks.positive(sequence, "sequence");
        if (reverses.isPresent() != (kind == EntryKind.REVERSAL)) {
            throw new InvalidValueException("reverses", "a " + kind + " entry " + (kind == EntryKind.REVERSAL
                    ? "must name the entry it reverses" : "cannot reverse anything (was " + reverses.get() + ")"));
        }
        reverses.ifPresent(r -> Checks.notBlank(r, "reverses"));
    }

    /** Whether this entry records the same fact as {@code other} (kind, points, reversed entry). */
    boolean sameFactAs(LedgerEntry other) {
        return kind == other.kind && points == other.points && reverses.equals(other.reverses);
    }
}
