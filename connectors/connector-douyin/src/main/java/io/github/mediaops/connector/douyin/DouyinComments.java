package io.github.mediaops.connector.douyin;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.Paging;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.Comments;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comments of an enterprise account (企业号) on its videos (platform-apis-2.md §3.4): {@code video/comment/list/},
 * {@code video/comment/reply/list/}, {@code video/comment/reply/}, {@code video/comment/top/}. An account without
 * the permission gets Douyin's refusal as a {@code PermissionDeniedException}. A comment with replies is listed
 * with the first page of its replies ({@value #REPLIES} at most); it is {@code REPLIED} when one of them is the
 * account's own. The open API cannot delete comments.
 */
final class DouyinComments implements Comments {
    static final int MAX_PAGE = 50;
    static final int REPLIES = 20;

    private final DouyinApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;

    /** Written just before a reply is sent: what to look for if its answer is lost. */
    record ReplySent(String text, Instant sentAt) {
    }

    DouyinComments(DouyinApi api, ConnectorRuntime runtime, UserTokens users) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
    }

    @Override
    public Page<Comment> comments(AccountRef account, String postId, PageRequest page) {
        String openId = DouyinConnector.openId(account);
        Checks.notBlank(postId, "postId");
        Checks.notNull(page, "page");
        long cursor = Paging.offset(page); // Douyin's cursor is the offset of the next comment
        int count = Math.min(page.size(), MAX_PAGE);
        TokenManager tokens = users.account(openId);
        String op = "video/comment/list";
        DouyinApi.CommentList list = data(op, runtime.read(op, tokens, t -> api.comments(t, openId, postId, cursor, count)));
        List<Comment> out = new ArrayList<>();
        for (DouyinApi.WireComment w : list.list() == null ? List.<DouyinApi.WireComment>of() : list.list()) {
            List<Comment> replies = w.replyCommentTotal() != null && w.replyCommentTotal() > 0
                    ? replies(openId, tokens, postId, id(op, w.commentId())) : List.of();
            boolean ours = replies.stream().anyMatch(r -> r.author().id().equals(openId));
            out.add(toComment(op, postId, w, ours ? ReplyState.REPLIED : ReplyState.UNREPLIED, replies));
        }
        boolean more = Boolean.TRUE.equals(list.hasMore()) && list.cursor() != null && list.cursor() != cursor;
        return new Page<>(out, more ? Long.toString(list.cursor()) : null);
    }

    private List<Comment> replies(String openId, TokenManager tokens, String postId, String commentId) {
        String op = "video/comment/reply/list";
        DouyinApi.CommentList list = data(op, runtime.read(op, tokens,
                t -> api.replies(t, openId, postId, commentId, 0, REPLIES)));
        List<Comment> out = new ArrayList<>();
        for (DouyinApi.WireComment w : list.list() == null ? List.<DouyinApi.WireComment>of() : list.list()) {
            out.add(toComment(op, postId, w, ReplyState.UNREPLIED, List.of()));
        }
        return out;
    }

    @Override
    public Comment reply(AccountRef account, Comment comment, String text, String idempotencyKey) {
        String openId = DouyinConnector.openId(account);
        Checks.notNull(comment, "comment");
        Checks.notBlank(text, "text");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        if (!comment.platform().equals(Platform.DOUYIN)) {
            throw new InvalidValueException("comment", "comment must be a Douyin comment (was " + comment.platform().id() + ")");
        }
        return runtime.once("reply", idempotencyKey, Comment.class, () -> {
            TokenManager tokens = users.account(openId);
            Instant now = runtime.clock().instant();
            String replyId = runtime.recalled("reply-sent", idempotencyKey, ReplySent.class)
                    .flatMap(sent -> findReply(openId, tokens, comment, sent))
                    .orElseGet(() -> send(openId, tokens, comment, text, idempotencyKey, now));
            Comment mine = new Comment(Platform.DOUYIN, comment.postId(), replyId, new Author(openId, ""), now, text,
                    ReplyState.UNREPLIED, false, 0, List.of());
            List<Comment> replies = new ArrayList<>(comment.replies());
            replies.add(mine);
            return new Comment(comment.platform(), comment.postId(), comment.commentId(), comment.author(), comment.createdAt(),
                    comment.text(), ReplyState.REPLIED, comment.featured(), comment.likes(), replies);
        });
    }

    private String send(String openId, TokenManager tokens, Comment comment, String text, String key, Instant now) {
        ReplySent sent = new ReplySent(text, now);
        runtime.remember("reply-sent", key, sent);
        try {
            return sendOnce(openId, tokens, comment, text);
        } catch (AmbiguousOutcomeException lost) {
            return findReply(openId, tokens, comment, sent).orElseGet(() -> sendOnce(openId, tokens, comment, text));
        }
    }

    private String sendOnce(String openId, TokenManager tokens, Comment comment, String text) {
        String op = "video/comment/reply";
        DouyinApi.ReplyEnvelope e = runtime.create(op, tokens, t -> api.reply(t, openId,
                new DouyinApi.Reply(comment.postId(), comment.commentId(), text)));
        if (e == null || e.data() == null) {
            throw DouyinConnector.RESPONSES.unexpected(op, "a response without data");
        }
        return id(op, e.data().commentId());
    }

    /** The account's reply with this text on the comment, written since it was sent (less a clock skew). */
    private Optional<String> findReply(String openId, TokenManager tokens, Comment comment, ReplySent sent) {
        long since = sent.sentAt().minus(Duration.ofMinutes(10)).getEpochSecond();
        return replies(openId, tokens, comment.postId(), comment.commentId()).stream()
                .filter(r -> r.author().id().equals(openId) && r.text().equals(sent.text())
                        && r.createdAt().getEpochSecond() >= since)
                .map(Comment::commentId).findFirst();
    }

    @Override
    public void feature(AccountRef account, Comment comment, boolean featured) {
        String openId = DouyinConnector.openId(account);
        Checks.notNull(comment, "comment");
        runtime.write("video/comment/top", users.account(openId),
                t -> api.top(t, openId, new DouyinApi.Top(comment.postId(), comment.commentId(), featured)));
    }

    @Override
    public void delete(AccountRef account, Comment comment) {
        throw new UnsupportedCapabilityException(Platform.DOUYIN, Capability.COMMENTS,
                "delete (the Douyin open API cannot delete comments)");
    }

    private Comment toComment(String op, String postId, DouyinApi.WireComment w, ReplyState state, List<Comment> replies) {
        if (w.createTime() == null) {
            throw DouyinConnector.RESPONSES.unexpected(op, "a comment without create_time");
        }
        long likes = w.diggCount() == null ? 0 : w.diggCount();
        if (likes < 0) {
            throw DouyinConnector.RESPONSES.unexpected(op, "digg_count is negative (was " + likes + ")");
        }
        return new Comment(Platform.DOUYIN, postId, id(op, w.commentId()), new Author(id(op, w.commentUserId()),
                w.nickName() == null ? "" : w.nickName()), Instant.ofEpochSecond(w.createTime()),
                w.content() == null ? "" : w.content(), state, Boolean.TRUE.equals(w.top()), likes, replies);
    }

    private static String id(String op, String id) {
        if (id == null || id.isBlank()) {
            throw DouyinConnector.RESPONSES.unexpected(op, "a comment without comment_id or comment_user_id");
        }
        return id;
    }

    private static DouyinApi.CommentList data(String op, DouyinApi.CommentListEnvelope e) {
        if (e == null || e.data() == null) {
            throw DouyinConnector.RESPONSES.unexpected(op, "a response without data");
        }
        return e.data();
    }
}
