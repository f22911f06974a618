package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A triaged item with what happened to it. The two instants are given by name:
 *
 * <pre>{@code
 * Ticket t = Ticket.open(triage).withFirstResponseAt(repliedAt).withResolvedAt(closedAt);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Ticket {
    private final Triage triage;
    private final Instant firstResponseAt;
    private final Instant resolvedAt;

    private Ticket(Triage triage, Instant firstResponseAt, Instant resolvedAt) {
        Checks.notNull(triage, "triage");
        Instant received = triage.item().receivedAt();
        if (firstResponseAt != null && firstResponseAt.isBefore(received)) {
            throw new InvalidValueException("firstResponseAt", "first response " + firstResponseAt + " is before the item "
                    + received);
        }
        if (resolvedAt != null && resolvedAt.isBefore(received)) {
            throw new InvalidValueException("resolvedAt", "resolution " + resolvedAt + " is before the item " + received);
        }
        this.triage = triage;
        this.firstResponseAt = firstResponseAt;
        this.resolvedAt = resolvedAt;
    }

    /** @return the triage */
    public Triage triage() {
        return triage;
    }

    /** @return the first reply, or {@code null} while unanswered */
    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    /** @return when it was resolved, or {@code null} while open */
    public Instant resolvedAt() {
        return resolvedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ticket o && java.util.Objects.equals(triage, o.triage) && java.util.Objects.equals(firstResponseAt, o.firstResponseAt) && java.util.Objects.equals(resolvedAt, o.resolvedAt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(triage, firstResponseAt, resolvedAt);
    }

    @Override
    public String toString() {
        return "Ticket[" + "triage=" + triage + ", " + "firstResponseAt=" + firstResponseAt + ", " + "resolvedAt=" + resolvedAt + "]";
    }

    

    /**
     * A ticket not yet answered nor resolved.
     *
     * @param triage the triage
     * @return the ticket
     */
    public static Ticket open(Triage triage) {
        return new Ticket(triage, null, null);
    }

    /**
     * A copy with the first reply's time.
     *
     * @param at the first reply; not before the item was received
     * @return the copy
     */
    public Ticket withFirstResponseAt(Instant at) {
        return new Ticket(triage, Checks.notNull(at, "firstResponseAt"), resolvedAt);
    }

    /**
     * A copy with the resolution time.
     *
     * @param at when it was resolved; not before the item was received
     * @return the copy
     */
    public Ticket withResolvedAt(Instant at) {
        return new Ticket(triage, firstResponseAt, Checks.notNull(at, "resolvedAt"));
    }

    /** @return the first reply's time; empty while unanswered */
    public Optional<Instant> responded() {
        return Optional.ofNullable(firstResponseAt);
    }

    /** @return the resolution time; empty while open */
    public Optional<Instant> resolved() {
        return Optional.ofNullable(resolvedAt);
    }
}
