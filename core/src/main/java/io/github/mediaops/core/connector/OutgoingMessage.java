package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;

/**
 * A private text message to send to a user.
 *
 * @param account        the sending account
 * @param userId         the recipient's platform user id (WeChat openid)
 * @param text           the text; never blank
 * @param idempotencyKey unique per intended message, so that a retry does not send it twice
 */
public record OutgoingMessage(AccountRef account, String userId, String text, String idempotencyKey) {
    public OutgoingMessage {
        Checks.notNull(account, "account");
        Checks.notBlank(userId, "userId");
        Checks.notBlank(text, "text");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
    }
}
