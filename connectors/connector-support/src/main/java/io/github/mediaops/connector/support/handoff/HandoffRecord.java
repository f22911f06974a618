package io.github.mediaops.connector.support.handoff;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One hand-off as the {@link HandoffRegistry} keeps it: what was handed off, and the post it became.
 *
 * @param handoffId      the package's id (its folder or zip name)
 * @param idempotencyKey the key of the request that created it; one hand-off per key
 * @param account        the account the post is meant for
 * @param contentId      the id of the adapted content item
 * @param title          the adapted title, as the person posts it (exports such as Xiaohongshu's note data name posts by title)
 * @param createdAt      when the package was written
 * @param postId         the platform's post id (a Xiaohongshu note id, a Channels feedId) once posted and recorded
 * @param postedAt       when the post went live, once recorded
 */
public record HandoffRecord(String handoffId, String idempotencyKey, AccountRef account, String contentId, String title,
                            Instant createdAt, Optional<String> postId, Optional<Instant> postedAt) {
    public HandoffRecord {
        Checks.notBlank(handoffId, "handoffId");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.notNull(account, "account");
        Checks.notBlank(contentId, "contentId");
        Checks.notNull(title, "title");
        Checks.notNull(createdAt, "createdAt");
        Checks.notNull(postId, "postId");
        Checks.notNull(postedAt, "postedAt");
        if (postId.isPresent() != postedAt.isPresent()) {
            throw new InvalidValueException("postedAt", "a posted hand-off needs both its post id and when it was posted");
        }
    }

    /** Whether the post id has been recorded. */
    public boolean isPosted() {
        return postId.isPresent();
    }

    /** This record with the post recorded. */
    HandoffRecord posted(String id, Instant at) {
        return new HandoffRecord(handoffId, idempotencyKey, account, contentId, title, createdAt, Optional.of(id), Optional.of(at));
    }
}
