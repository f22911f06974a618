package io.github.mediaops.analytics.membership.ledger;

import io.github.mediaops.core.validate.Checks;
import java.util.Objects;

/**
 * A points ledger over a {@link LedgerStore}: crediting is idempotent per event id, redemption never
 * overdraws, corrections are reversal entries that keep the history, and points expire by an
 * {@link ExpiryPolicy} (oldest spent first). Balances are always derived from the entries.
 *
 * <p>The ledger itself keeps no state and starts no threads; it reads the member's entries, decides, and
 * asks the store to append the next entry with the next sequence number. The store refuses a duplicate
 * event id or a taken sequence number atomically, so when several threads or processes post for one
 * member, a duplicate delivery is credited once and a redemption is re-checked against the entries that
 * won the race.
 *
 * <pre>{@code
 * PointsLedger ledger = PointsLedger.builder()
 *         .store(new InMemoryLedgerStore())
 *         .expiry(ExpiryPolicy.monthsAfterEarning(12, ZoneId.of("Asia/Shanghai")))
 *         .build();
 * MemberPoints alice = ledger.member("alice");
 * alice.earn("order-1001", 300, paidAt);          // a second delivery of order-1001 is a duplicate
 * alice.redeem("coupon-7", 200, now);             // throws InsufficientPointsException if short
 * long left = alice.balance(now).available();     // 100
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PointsLedger {
    private final LedgerStore store;
    private final ExpiryPolicy expiry;
    private final int maxAttempts;

    private PointsLedger(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.expiry = b.expiry;
        this.maxAttempts = b.maxAttempts;
    }

    /** A builder; {@link Builder#store} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The ledger of one member.
     *
     * @param memberId the member
     * @return a view that posts to and reads from this ledger
     */
    public MemberPoints member(String memberId) {
        return new MemberPoints(this, Checks.notBlank(memberId, "memberId"));
    }

    LedgerStore store() {
        return store;
    }

    ExpiryPolicy expiry() {
        return expiry;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** Builds a {@link PointsLedger}. */
    public static final class Builder {
        private LedgerStore store;
        private ExpiryPolicy expiry = ExpiryPolicy.never();
        private int maxAttempts = 10_000;

        private Builder() {
        }

        /** Where the entries live (required). */
        public Builder store(LedgerStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** When earned points expire; default {@link ExpiryPolicy#never()}. */
        public Builder expiry(ExpiryPolicy expiry) {
            this.expiry = Objects.requireNonNull(expiry, "expiry");
            return this;
        }

        /**
         * How many times one posting may lose the race for the next sequence number to other postings for the
         * same member before it fails; default 10,000. Each lost race means another posting went through.
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = Checks.positive(maxAttempts, "maxAttempts");
            return this;
        }

        /** The ledger. */
        public PointsLedger build() {
            if (store == null) {
                throw new io.github.mediaops.core.InvalidValueException("store", "store is required (was null)");
            }
            return new PointsLedger(this);
        }
    }
}
