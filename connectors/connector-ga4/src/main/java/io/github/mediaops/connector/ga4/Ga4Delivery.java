package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;

/**
 * What the connector sent to the Measurement Protocol for one idempotency key. GA4 answers 2xx whether or not it keeps
 * the events (a wrong {@code api_secret} or a malformed event is dropped silently), so check events with
 * {@link Ga4Connector#validateEvents} during development.
 *
 * @param idempotencyKey the batch's key
 * @param clientId       the client the events were sent for
 * @param events         the event names sent, in order
 * @param sentAt         when the request was sent
 */
public record Ga4Delivery(String idempotencyKey, String clientId, List<String> events, Instant sentAt) {
    public Ga4Delivery {
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.notBlank(clientId, "clientId");
        events = List.copyOf(Checks.notNull(events, "events"));
        Checks.notNull(sentAt, "sentAt");
    }
}
