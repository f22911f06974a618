package io.github.mediaops.core.publish;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Instant;
import java.util.Optional;

/**
 * A request to publish a platform variant on an account.
 *
 * <p>The idempotency key identifies this publication attempt: submitting the same key twice must
 * never create two posts. Connectors use it to check whether an earlier attempt went through before
 * they retry, so choose one per intended post (for example the plan entry id), not per call.
 *
 * @param account        the target account; must be on the variant's platform
 * @param variant        what to publish
 * @param scheduledAt    when to publish, or {@code null} to publish as soon as possible
 * @param idempotencyKey a key unique per intended post, 1 to 128 printable ASCII characters
 */
public record PublishRequest(AccountRef account, ContentVariant variant, Instant scheduledAt, String idempotencyKey) {
    public PublishRequest {
        Checks.notNull(account, "account");
        Checks.notNull(variant, "variant");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.length() > 128 || !idempotencyKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidValueException("idempotencyKey",
                    "idempotencyKey must be 1 to 128 printable ASCII characters without spaces (was "
                            + Checks.show(idempotencyKey) + ")");
        }
        if (!account.platform().equals(variant.platform())) {
            throw new InvalidValueException("account", "account " + account + " is on " + account.platform()
                    + " but the variant is for " + variant.platform());
        }
    }

    public static PublishRequest now(AccountRef account, ContentVariant variant, String idempotencyKey) {
        return new PublishRequest(account, variant, null, idempotencyKey);
    }

    public static PublishRequest at(AccountRef account, ContentVariant variant, Instant when, String idempotencyKey) {
        return new PublishRequest(account, variant, Checks.notNull(when, "when"), idempotencyKey);
    }

    /** The scheduled time, when the request is scheduled. */
    public Optional<Instant> schedule() {
        return Optional.ofNullable(scheduledAt);
    }
}
