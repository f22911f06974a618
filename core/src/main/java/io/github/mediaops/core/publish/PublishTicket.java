package io.github.mediaops.core.publish;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Instant;
import java.util.Optional;

/**
 * The handle of an asynchronous publish job. Most platforms accept a post first and publish it later
 * (WeChat freepublish, TikTok publish/init, Douyin create_video + audit); poll the connector with the
 * ticket id or let a webhook complete it.
 *
 * @param ticketId       the platform's job id (WeChat publish_id, TikTok publish_id, ...)
 * @param account        the target account
 * @param idempotencyKey the key of the request that created the job
 * @param status         the job's state
 * @param updatedAt      when the status was last read or changed
 * @param reason         the platform's reason for FAILED or REJECTED, else {@code null}
 * @param publication    the live post when PUBLISHED, else {@code null}
 */
public record PublishTicket(String ticketId, AccountRef account, String idempotencyKey, PublishStatus status,
                            Instant updatedAt, String reason, Publication publication) {
    public PublishTicket {
        Checks.notBlank(ticketId, "ticketId");
        Checks.notNull(account, "account");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.notNull(status, "status");
        Checks.notNull(updatedAt, "updatedAt");
        if ((status == PublishStatus.PUBLISHED) != (publication != null)) {
            throw new InvalidValueException("publication", "a " + status + " ticket "
                    + (publication == null ? "needs" : "must not have") + " a publication");
        }
        if ((status == PublishStatus.FAILED || status == PublishStatus.REJECTED) && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "a " + status + " ticket needs the platform's reason");
        }
    }

    public static PublishTicket pending(String ticketId, AccountRef account, String idempotencyKey, Instant at) {
        return new PublishTicket(ticketId, account, idempotencyKey, PublishStatus.PENDING, at, null, null);
    }

    public PublishTicket published(Publication publication, Instant at) {
        return new PublishTicket(ticketId, account, idempotencyKey, PublishStatus.PUBLISHED, at, null, publication);
    }

    public PublishTicket failed(PublishStatus failure, String reason, Instant at) {
        if (failure != PublishStatus.FAILED && failure != PublishStatus.REJECTED) {
            throw new InvalidValueException("failure", "failure must be FAILED or REJECTED (was " + failure + ")");
        }
        return new PublishTicket(ticketId, account, idempotencyKey, failure, at, reason, null);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Publication> live() {
        return Optional.ofNullable(publication);
    }
}
