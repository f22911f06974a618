package io.github.mediaops.analytics.planning.inbox;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A triaged item with what happened to it.
 *
 * @param triage          the triage
 * @param firstResponseAt the first reply, or {@code null} while unanswered
 * @param resolvedAt      when it was resolved, or {@code null} while open
 */
public record Ticket(Triage triage, Instant firstResponseAt, Instant resolvedAt) {
    public Ticket {
        Checks.notNull(triage, "triage");
        Instant received = triage.item().receivedAt();
        if (firstResponseAt != null && firstResponseAt.isBefore(received)) {
            throw new InvalidValueException("firstResponseAt", "first response " + firstResponseAt + " is before the item "
                    + received);
        }
        if (resolvedAt != null && resolvedAt.isBefore(received)) {
            throw new InvalidValueException("resolvedAt", "resolution " + resolvedAt + " is before the item " + received);
        }
    }

    public Optional<Instant> responded() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<Instant> resolved() {
        return Optional.ofNullable(resolvedAt);
    }
}
