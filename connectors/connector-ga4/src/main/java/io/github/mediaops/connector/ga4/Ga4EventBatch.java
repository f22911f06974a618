package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Measurement Protocol request: the visitor's {@code client_id} (from the {@code _ga} cookie, so the events join
 * that visitor's sessions and their source/medium/campaign), an optional {@code user_id}, an optional event time
 * (GA4 takes events up to 72 hours old), 1 to 25 events, and the idempotency key under which the connector sends it
 * at most once.
 *
 * @param clientId       the web client id
 * @param userId         the signed-in user id, or {@code null}
 * @param timestamp      when the events happened, or {@code null} for "now"
 * @param events         1 to {@value #MAX_EVENTS} events
 * @param idempotencyKey the key that makes a repeat send nothing
 */
public record Ga4EventBatch(String clientId, String userId, Instant timestamp, List<Ga4Event> events, String idempotencyKey) {
    /** Most events in one request. */
    public static final int MAX_EVENTS = 25;

    public Ga4EventBatch {
        Checks.notBlank(clientId, "clientId");
        Checks.blankToNullRejected(userId, "userId");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        events = Checks.listOf(events, "events");
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new InvalidValueException("events", "a request carries 1 to " + MAX_EVENTS + " events (was " + events.size() + ")");
        }
    }

    /** A batch of events for one client, sent now. */
    public static Ga4EventBatch of(String clientId, String idempotencyKey, Ga4Event... events) {
        return new Ga4EventBatch(clientId, null, null, List.of(events), idempotencyKey);
    }

    /** A copy with the events' time. */
    public Ga4EventBatch at(Instant when) {
        return new Ga4EventBatch(clientId, userId, Checks.notNull(when, "timestamp"), events, idempotencyKey);
    }

    /** A copy with the signed-in user id. */
    public Ga4EventBatch withUserId(String id) {
        return new Ga4EventBatch(clientId, Checks.notBlank(id, "userId"), timestamp, events, idempotencyKey);
    }

    public Optional<String> user() {
        return Optional.ofNullable(userId);
    }

    public Optional<Instant> time() {
        return Optional.ofNullable(timestamp);
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.name()));
        return out;
    }
}
