package io.github.mediaops.analytics.membership.ledger;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A member's points at an instant, derived from the ledger entries up to then; reversed entries and the
 * reversals themselves do not count. {@code available = earned − redeemed − expired}.
 *
 * @param memberId  the member
 * @param asOf      the instant
 * @param earned    points earned (not reversed)
 * @param redeemed  points redeemed (not reversed)
 * @param expired   points that expired unspent
 * @param available points that can be spent now
 * @param lots      where the available points sit, oldest first (the order they will be spent in)
 *
 * @since 0.1.0
 */
public record Balance(String memberId, Instant asOf, long earned, long redeemed, long expired, long available,
        List<PointLot> lots) {
    /** Validates the components; bad values fail with the field named. */
    public Balance {
        Checks.notBlank(memberId, "memberId");
        Objects.requireNonNull(asOf, "asOf");
        Checks.nonNegative(earned, "earned");
        Checks.nonNegative(redeemed, "redeemed");
        Checks.nonNegative(expired, "expired");
        Checks.nonNegative(available, "available");
        lots = Checks.listOf(lots, "lots");
        if (earned - redeemed - expired != available) {
            throw new InvalidValueException("available", "available " + available + " is not earned " + earned
                    + " - redeemed " + redeemed + " - expired " + expired);
        }
        if (lots.stream().mapToLong(PointLot::remaining).sum() != available) {
            throw new InvalidValueException("lots", "lots do not add up to available " + available);
        }
    }
}
