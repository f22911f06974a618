package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * Proof that a notification was delivered.
 *
 * @param id     the tool's id for what was created (a message id, a card id)
 * @param sentAt when it was accepted
 */
public record NotificationReceipt(String id, Instant sentAt) {
    public NotificationReceipt {
        Checks.notBlank(id, "id");
        Checks.notNull(sentAt, "sentAt");
    }
}
