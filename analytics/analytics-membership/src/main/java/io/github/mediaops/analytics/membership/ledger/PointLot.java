package io.github.mediaops.analytics.membership.ledger;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Unspent, unexpired points of one earning.
 *
 * @param eventId   the earning's event id
 * @param earnedAt  when they were earned
 * @param remaining points left, positive
 * @param expiresAt when they expire; empty if never
 *
 * @since 0.1.0
 */
public record PointLot(String eventId, Instant earnedAt, long remaining, Optional<Instant> expiresAt) {
    /** Validates the components; bad values fail with the field named. */
    public PointLot {
        Checks.notBlank(eventId, "eventId");
        Objects.requireNonNull(earnedAt, "earnedAt");
        Checks.positive(remaining, "remaining");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
