package io.github.mediaops.core.connector;

import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.platform.AccountRef;

/**
 * Moderating comments on the account's posts. Operations a platform lacks throw
 * {@link UnsupportedCapabilityException}.
 */
public interface Comments {

    /** Comments on a post, newest first unless the platform orders otherwise, with replies threaded. */
    Page<Comment> comments(AccountRef account, String postId, PageRequest page);

    /**
     * Replies to a comment as the account. Creates something, so it is never retried blindly:
     * the same idempotency key does not reply twice.
     *
     * @return the comment with the reply attached and its state {@code REPLIED}
     */
    Comment reply(AccountRef account, Comment comment, String text, String idempotencyKey);

    /** Features (精选 / pins) a comment, or removes it from the featured ones. */
    void feature(AccountRef account, Comment comment, boolean featured);

    /** Deletes a comment (or the account's reply on it, where the platform only allows that). */
    void delete(AccountRef account, Comment comment);
}
