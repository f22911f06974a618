package io.github.mediaops.connector.xiaohongshu;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One hand-off as the {@link HandoffRegistry} keeps it: what was handed off, and the note it became.
 *
 * @param handoffId      the package's id (its folder or zip name)
 * @param idempotencyKey the key of the request that created it; one hand-off per key
 * @param account        the account the note is meant for
 * @param contentId      the id of the adapted content item
 * @param title          the adapted title, as the person posts it (the note-data export names notes by title)
 * @param createdAt      when the package was written
 * @param noteId         the note's id once posted and recorded
 * @param postedAt       when the note went live, once recorded
 */
public record HandoffRecord(String handoffId, String idempotencyKey, AccountRef account, String contentId, String title,
                            Instant createdAt, Optional<String> noteId, Optional<Instant> postedAt) {
    public HandoffRecord {
        Checks.notBlank(handoffId, "handoffId");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.notNull(account, "account");
        Checks.notBlank(contentId, "contentId");
        Checks.notNull(title, "title");
        Checks.notNull(createdAt, "createdAt");
        Checks.notNull(noteId, "noteId");
        Checks.notNull(postedAt, "postedAt");
        if (noteId.isPresent() != postedAt.isPresent()) {
            throw new InvalidValueException("postedAt", "a posted hand-off needs both its note id and when it was posted");
        }
    }

    /** Whether the note id has been recorded. */
    public boolean isPosted() {
        return noteId.isPresent();
    }

    /** This record with the note recorded. */
    HandoffRecord posted(String id, Instant at) {
        return new HandoffRecord(handoffId, idempotencyKey, account, contentId, title, createdAt, Optional.of(id), Optional.of(at));
    }
}
