package io.github.mediaops.core.engagement;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.util.List;

/**
 * A comment on a post, with its replies as a thread.
 *
 * @param platform  the platform
 * @param postId    the platform's id of the post commented on
 * @param commentId the platform's id of the comment
 * @param author    who wrote it
 * @param createdAt when it was written
 * @param text      the text as the platform delivered it
 * @param state     whether the account has replied, hidden or deleted it
 * @param featured  whether the account featured (精选 / pinned) it
 * @param likes     likes on the comment
 * @param replies   replies in thread order, oldest first (including the account's own)
 */
public record Comment(Platform platform, String postId, String commentId, Author author, Instant createdAt,
                      String text, ReplyState state, @JsonProperty(required = true) boolean featured,
                      @JsonProperty(required = true) long likes, List<Comment> replies) {
    public Comment {
        Checks.notNull(platform, "platform");
        Checks.notBlank(postId, "postId");
        Checks.notBlank(commentId, "commentId");
        Checks.notNull(author, "author");
        Checks.notNull(createdAt, "createdAt");
        Checks.notNull(text, "text");
        Checks.notNull(state, "state");
        Checks.nonNegative(likes, "likes");
        replies = Checks.listOf(replies, "replies");
    }

    /** A top-level comment with no replies yet. */
    public static Comment of(Platform platform, String postId, String commentId, Author author, Instant createdAt,
                             String text) {
        return new Comment(platform, postId, commentId, author, createdAt, text, ReplyState.UNREPLIED, false, 0, List.of());
    }
}
