package io.github.mediaops.connector.youtube;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.Comments;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Comment threads of the channel's videos: {@code commentThreads.list} ({@code part=snippet,replies}, paged by
 * {@code pageToken}, 1 unit a page), replies with {@code comments.insert} ({@code snippet.parentId} = the top-level
 * comment, 50 units, never retried, once per idempotency key) and moderation with
 * {@code comments.setModerationStatus} (50 units). YouTube has no pinning API, so {@link #feature} is unsupported;
 * {@link #delete} rejects the comment (hides it from the video), as a channel may not delete other people's comments.
 */
final class YouTubeComments implements Comments {
    static final String THREADS = "youtube/v3/commentThreads";
    static final String COMMENTS = "youtube/v3/comments";
    static final String MODERATE = "youtube/v3/comments/setModerationStatus";
    /** {@code maxResults} of {@code commentThreads.list}: 1 to 100. */
    static final int MAX_PAGE = 100;

    private final YouTubeCalls calls;

    YouTubeComments(YouTubeCalls calls) {
        this.calls = calls;
    }

    @Override
    public Page<Comment> comments(AccountRef account, String postId, PageRequest page) {
        String channel = YouTubeConnector.channelId(account);
        Checks.notBlank(postId, "postId");
        Checks.notNull(page, "page");
        int size = Math.min(page.size(), MAX_PAGE);
        YouTubeApi.CommentThreadList list = calls.read(THREADS, channel, YouTubeCalls.LIST,
                auth -> calls.api.commentThreads(auth, "snippet,replies", postId, size, page.cursor(), "plainText"));
        List<Comment> out = new ArrayList<>();
        for (YouTubeApi.CommentThread t : list.items() == null ? List.<YouTubeApi.CommentThread>of() : list.items()) {
            out.add(thread(channel, postId, t));
        }
        String next = list.nextPageToken();
        return new Page<>(out, next == null || next.isBlank() ? null : next);
    }

    private static Comment thread(String channel, String postId, YouTubeApi.CommentThread t) {
        if (t == null || t.snippet() == null || t.snippet().topLevelComment() == null) {
            throw YouTubeConnector.WIRE.unexpected(THREADS, "a comment thread without snippet.topLevelComment");
        }
        YouTubeApi.CommentResource top = t.snippet().topLevelComment();
        List<Comment> replies = new ArrayList<>();
        boolean replied = false;
        if (t.replies() != null && t.replies().comments() != null) {
            for (YouTubeApi.CommentResource r : t.replies().comments()) {
                Comment c = comment(THREADS, postId, r, List.of(), ReplyState.UNREPLIED);
                replied |= c.author().id().equals(channel);
                replies.add(c);
            }
        }
        replies.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        String moderation = top.snippet() == null ? null : top.snippet().moderationStatus();
        ReplyState state = moderation != null && !"published".equals(moderation) ? ReplyState.HIDDEN
                : replied ? ReplyState.REPLIED : ReplyState.UNREPLIED;
        return comment(THREADS, postId, top, replies, state);
    }

    static Comment comment(String op, String postId, YouTubeApi.CommentResource r, List<Comment> replies, ReplyState state) {
        String id = YouTubeConnector.WIRE.required(op, "comment id", r == null ? null : r.id());
        YouTubeApi.CommentSnippet s = r.snippet();
        if (s == null) {
            throw YouTubeConnector.WIRE.unexpected(op, "comment " + id + " has no snippet");
        }
        String authorId = s.authorChannelId() != null && s.authorChannelId().value() != null
                && !s.authorChannelId().value().isBlank() ? s.authorChannelId().value() : "unknown";
        String text = s.textOriginal() != null ? s.textOriginal() : s.textDisplay() != null ? s.textDisplay() : "";
        Long likes = YouTubeConnector.WIRE.count(op, "snippet.likeCount", s.likeCount());
        return new Comment(YouTubeConnector.PLATFORM, postId, id,
                new Author(authorId, s.authorDisplayName() == null ? "" : s.authorDisplayName()),
                instant(op, "snippet.publishedAt", s.publishedAt()), text, state, false, likes == null ? 0 : likes,
                replies);
    }

    static Instant instant(String op, String field, String value) {
        String v = YouTubeConnector.WIRE.required(op, field, value);
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw YouTubeConnector.WIRE.unexpected(op, field + " is not an RFC 3339 instant (was " + v + ")");
        }
    }

    /** A reply on its way: kept under the idempotency key before {@code comments.insert} leaves. */
    record ReplyAttempt(String parentId, String text, Instant sentAt) {
    }

    /**
     * Replies once per idempotency key. Before {@code comments.insert} leaves, the attempt is recorded under the key;
     * when a reply whose answer was lost ({@link io.github.mediaops.core.connector.AmbiguousOutcomeException}) is
     * made again with the same key, the connector first reads the comment's replies ({@code comments.list?parentId},
     * 1 unit) and returns the channel's reply with the same text sent since the first attempt instead of posting a
     * second one.
     */
    @Override
    public Comment reply(AccountRef account, Comment comment, String text, String idempotencyKey) {
        String channel = YouTubeConnector.channelId(account);
        Checks.notNull(comment, "comment");
        Checks.notBlank(text, "text");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        return calls.runtime.once("reply", idempotencyKey, Comment.class, () -> {
            YouTubeApi.CommentResource r = calls.runtime.recalled("reply-attempt", idempotencyKey, ReplyAttempt.class)
                    .filter(a -> a.parentId().equals(comment.commentId()) && a.text().equals(text))
                    .flatMap(a -> earlier(channel, a)).orElse(null);
            if (r == null) {
                calls.runtime.remember("reply-attempt", idempotencyKey,
                        new ReplyAttempt(comment.commentId(), text, calls.runtime.clock().instant()));
                r = calls.create(COMMENTS, channel, YouTubeCalls.COMMENT_WRITE,
                        auth -> calls.api.insertComment(auth, "snippet", new YouTubeApi.CommentInsert(
                                new YouTubeApi.CommentInsertSnippet(comment.commentId(), text))));
            }
            Comment reply = comment(COMMENTS, comment.postId(), r, List.of(), ReplyState.UNREPLIED);
            List<Comment> replies = new ArrayList<>(comment.replies());
            replies.add(reply);
            return new Comment(comment.platform(), comment.postId(), comment.commentId(), comment.author(),
                    comment.createdAt(), comment.text(), ReplyState.REPLIED, comment.featured(), comment.likes(), replies);
        });
    }

    /** The channel's reply of an earlier attempt, if it went through. */
    private java.util.Optional<YouTubeApi.CommentResource> earlier(String channel, ReplyAttempt a) {
        YouTubeApi.CommentList list = calls.read(COMMENTS, channel, YouTubeCalls.LIST,
                auth -> calls.api.replies(auth, "snippet", a.parentId(), MAX_PAGE, "plainText"));
        return (list.items() == null ? List.<YouTubeApi.CommentResource>of() : list.items()).stream()
                .filter(c -> c != null && c.snippet() != null && c.snippet().authorChannelId() != null
                        && channel.equals(c.snippet().authorChannelId().value())
                        && a.text().equals(c.snippet().textOriginal() != null ? c.snippet().textOriginal() : c.snippet().textDisplay())
                        && c.snippet().publishedAt() != null
                        && !instant(COMMENTS, "snippet.publishedAt", c.snippet().publishedAt())
                                .isBefore(a.sentAt().minus(java.time.Duration.ofMinutes(1))))
                .findFirst();
    }

    @Override
    public void feature(AccountRef account, Comment comment, boolean featured) {
        throw new UnsupportedCapabilityException(YouTubeConnector.PLATFORM, Capability.COMMENTS,
                "comments().feature (the YouTube Data API cannot pin comments)");
    }

    /** Rejects the comment ({@code setModerationStatus=rejected}): it disappears from the video. */
    @Override
    public void delete(AccountRef account, Comment comment) {
        Checks.notNull(comment, "comment");
        moderate(account, comment.commentId(), ModerationStatus.REJECTED, false);
    }

    void moderate(AccountRef account, String commentId, ModerationStatus status, boolean banAuthor) {
        String channel = YouTubeConnector.channelId(account);
        Checks.notBlank(commentId, "commentId");
        Checks.notNull(status, "status");
        if (banAuthor && status != ModerationStatus.REJECTED) {
            throw new io.github.mediaops.core.InvalidValueException("banAuthor",
                    "banAuthor applies only to REJECTED (was " + status + ")");
        }
        calls.write(MODERATE, channel, YouTubeCalls.COMMENT_WRITE, false,
                auth -> io.github.mediaops.connector.support.RawCall.of(
                        calls.api.setModerationStatus(auth, commentId, status.wire(), banAuthor ? Boolean.TRUE : null),
                        io.github.mediaops.connector.support.RawCall.NO_EXTRA_ANSWERS, (s, h, b) -> Boolean.TRUE));
    }
}
