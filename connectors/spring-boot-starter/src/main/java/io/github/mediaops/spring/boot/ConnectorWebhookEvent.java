package io.github.mediaops.spring.boot;

import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;

/**
 * A verified, de-duplicated platform push, published as a Spring application event by
 * {@link ConnectorWebhookHandler}. Listen with {@code @EventListener}:
 *
 * <pre>{@code
 * @EventListener
 * void on(ConnectorWebhookEvent e) {
 *     if (e.event() instanceof WebhookEvent.CommentReceived c) { inbox.add(e.connector(), c.comment()); }
 * }
 * }</pre>
 *
 * @param connector the connector's name under {@code mediaops.connectors}
 * @param platform  the platform that pushed it
 * @param event     the decoded event
 */
public record ConnectorWebhookEvent(String connector, Platform platform, WebhookEvent event) {
    public ConnectorWebhookEvent {
        Checks.notBlank(connector, "connector");
        Checks.notNull(platform, "platform");
        Checks.notNull(event, "event");
    }
}
