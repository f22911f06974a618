package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Money a member spent (net of refunds: pass a refund as a negative amount).
 *
 * @param at     when
 * @param amount how much
 *
 * @since 0.1.0
 */
public record Purchase(Instant at, Money amount) {
    /** Validates the components; bad values fail with the field named. */
    public Purchase {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() == 0) {
            throw new InvalidValueException("amount", "amount must not be zero (was " + amount + ")");
        }
    }
}
