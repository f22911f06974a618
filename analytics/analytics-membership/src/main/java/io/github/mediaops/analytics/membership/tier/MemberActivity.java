package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.analytics.membership.ledger.LedgerEntry;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * What a tier evaluation looks at for one member.
 *
 * @param memberId  the member
 * @param ledger    the member's points ledger entries ({@code MemberPoints.history()})
 * @param purchases the member's purchases
 *
 * @since 0.1.0
 */
public record MemberActivity(String memberId, List<LedgerEntry> ledger, List<Purchase> purchases) {
    /** Validates the components; bad values fail with the field named. */
    public MemberActivity {
        Checks.notBlank(memberId, "memberId");
        ledger = Checks.listOf(ledger, "ledger");
        purchases = Checks.listOf(purchases, "purchases");
        for (LedgerEntry e : ledger) {
            if (!e.memberId().equals(memberId)) {
                throw new InvalidValueException("ledger", "entry " + e.eventId() + " belongs to member "
                        + e.memberId() + ", not " + memberId);
            }
        }
    }
}
