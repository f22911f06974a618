package io.github.mediaops.analytics.membership.ledger;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When earned points expire. Points are spent oldest first, so the points that expire are those of a lot
 * not yet spent when its expiry instant arrives (a lot expires at that instant: a redemption at the same
 * instant can no longer use it).
 *
 * <pre>{@code
 * ExpiryPolicy twelveMonths = ExpiryPolicy.monthsAfterEarning(12, ZoneId.of("Asia/Shanghai"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExpiryPolicy {
    private static final ExpiryPolicy NEVER = new ExpiryPolicy(0, null);
    private final int months;
    private final ZoneId zone;

    private ExpiryPolicy(int months, ZoneId zone) {
        this.months = months;
        this.zone = zone;
    }

    /** Points never expire. */
    public static ExpiryPolicy never() {
        return NEVER;
    }

    /**
     * Points expire {@code months} calendar months after they were earned, on the zone's calendar (earned
     * 31 January 10:00 with 1 month: expire 28 or 29 February 10:00, as {@link java.time.ZonedDateTime#plusMonths}).
     *
     * @param months at least 1
     * @param zone   the calendar's zone
     * @return the policy
     */
    public static ExpiryPolicy monthsAfterEarning(int months, ZoneId zone) {
        Checks.positive(months, "months");
        return new ExpiryPolicy(months, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * When points earned at {@code earnedAt} expire; empty if never.
     *
     * @param earnedAt when they were earned
     * @return the expiry instant
     */
    public Optional<Instant> expiresAt(Instant earnedAt) {
        Objects.requireNonNull(earnedAt, "earnedAt");
        return zone == null ? Optional.empty() : Optional.of(earnedAt.atZone(zone).plusMonths(months).toInstant());
    }

    @Override
    public String toString() {
        return zone == null ? "ExpiryPolicy[never]" : "ExpiryPolicy[" + months + " months after earning, " + zone + "]";
    }
}
