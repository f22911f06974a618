package io.github.mediaops.analytics.membership.ledger;

import io.github.mediaops.core.InvalidValueException;

/**
 * A redemption (or the reversal of an earning already spent) would take more points than the member has;
 * nothing was recorded.
 *
 * @since 0.1.0
 */
public final class InsufficientPointsException extends InvalidValueException {
    private static final long serialVersionUID = 1L;
    private final String memberId;
    private final long requested;
    private final long available;

    InsufficientPointsException(String memberId, String eventId, long requested, long available) {
        super("points", "member " + memberId + " has " + available + " points available, event " + eventId
                + " needs points=" + requested + " (short " + (requested - available) + ")");
        this.memberId = memberId;
        this.requested = requested;
        this.available = available;
    }

    /** The member. */
    public String memberId() {
        return memberId;
    }

    /** The points the event needed. */
    public long requested() {
        return requested;
    }

    /** The points the member had available for it. */
    public long available() {
        return available;
    }
}
