package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The outcome of handling one push: what to answer the platform, and the new events in it. A push
 * seen before (the platform retries until it gets an answer) yields the same answer and no events.
 *
 * @param response what the host sends back
 * @param events   new, verified events; empty for a duplicate or a verification handshake
 */
public record WebhookResult(WebhookResponse response, List<WebhookEvent> events) {
    public WebhookResult {
        Checks.notNull(response, "response");
        events = Checks.listOf(events, "events");
    }
}
