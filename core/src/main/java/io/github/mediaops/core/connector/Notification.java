package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;

/**
 * A notification or task to hand to a collaboration tool: a Feishu bot message, a Trello card.
 *
 * @param destination    where it goes, in the connector's terms (a bot webhook name, a Trello list id)
 * @param title          a short title; never blank
 * @param body           the text (Markdown where the tool renders it); may be empty
 * @param idempotencyKey unique per intended notification, so that a retry does not post twice
 */
public record Notification(String destination, String title, String body, String idempotencyKey) {
    public Notification {
        Checks.notBlank(destination, "destination");
        Checks.notBlank(title, "title");
        Checks.notNull(body, "body");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
    }
}
