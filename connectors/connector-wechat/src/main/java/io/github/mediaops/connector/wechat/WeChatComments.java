package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.Paging;
import io.github.mediaops.connector.wechat.WeChatApi.CommentListRequest;
import io.github.mediaops.connector.wechat.WeChatApi.CommentListResponse;
import io.github.mediaops.connector.wechat.WeChatApi.CommentRef;
import io.github.mediaops.connector.wechat.WeChatApi.CommentRow;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.Comments;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments (留言) on the account's articles: {@code comment/list} (at most 49 per page), {@code reply/add},
 * {@code markelect}/{@code unmarkelect} and {@code delete} ({@code platform-apis.md} §1.5). Post ids are
 * datacube msgids, {@code <msg_data_id>_<index>} with index from 1. WeChat has no push for new comments.
 *
 * <p>A comment whose author WeChat returns without {@code openid} (WeChat leaves it out for some
 * identities) is a comment by an anonymous author: its {@link Author} id is
 * {@link WeChatCommentAdmin#ANONYMOUS_AUTHOR}; it is not a failure of the page.
 *
 * <p>A reply is never sent twice for one idempotency key; when its answer is lost the connector lists
 * the comment again and only re-sends when the reply is not there.
 */
final class WeChatComments extends WeChatPart implements Comments {
    static final int MAX_PAGE = 49;
    private static final Pattern POST_ID = Pattern.compile("(.+)_(\\d{1,9})");

    WeChatComments(WeChatConnector connector) {
        super(connector);
    }

    /** The article of a post id {@code <msg_data_id>_<index>} (index from 1 here, from 0 on the wire). */
    static CommentRef post(String postId) {
        Matcher m = POST_ID.matcher(Checks.notBlank(postId, "postId"));
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1) {
            throw new InvalidValueException("postId", "postId must be <msg_data_id>_<index> as in datacube msgid (was "
                    + Checks.show(postId) + ")");
        }
        return new CommentRef(m.group(1), Integer.parseInt(m.group(2)) - 1, null, null);
    }

    @Override
    public Page<Comment> comments(AccountRef account, String postId, PageRequest page) {
        return comments(account, postId, page, 0);
    }

    /** comment/list with WeChat's type: 0 all, 1 normal (not featured), 2 featured (精选). */
    Page<Comment> comments(AccountRef account, String postId, PageRequest page, int type) {
        c.checkAccount(account);
        Checks.notNull(page, "page");
        CommentRef p = post(postId);
        int offset = Paging.offset(page);
        int size = Math.min(page.size(), MAX_PAGE);
        CommentListResponse r = runtime.read("cgi-bin/comment/list",
                t -> api.comments(t, new CommentListRequest(p.msgDataId(), p.index(), offset, size, type)));
        List<Comment> items = new ArrayList<>();
        if (r.comment() != null) {
            for (CommentRow row : r.comment()) {
                items.add(toComment(account, postId, row));
            }
        }
        long total = r.total() == null ? offset + items.size() : r.total();
        return new Page<>(items, Paging.nextOffsetCursor(offset, items.size(), total));
    }

    private Comment toComment(AccountRef account, String postId, CommentRow row) {
        if (row.userCommentId() == null) {
            throw WeChatErrors.WIRE.unexpected("cgi-bin/comment/list", "comment without user_comment_id");
        }
        Instant created = row.createTime() == null ? Instant.EPOCH : Instant.ofEpochSecond(row.createTime());
        List<Comment> thread = new ArrayList<>();
        for (WeChatApi.CommentReply reply : row.reply() == null ? List.<WeChatApi.CommentReply>of() : row.reply()) {
            if (reply == null || reply.content() == null) {
                continue;
            }
            Instant at = reply.createTime() == null ? created : Instant.ofEpochSecond(reply.createTime());
            thread.add(Comment.of(Platform.WECHAT_OFFICIAL_ACCOUNT, postId,
                    row.userCommentId() + "-reply" + (thread.isEmpty() ? "" : "-" + thread.size()),
                    new Author(account.accountId(), ""), at, reply.content()));
        }
        String openid = row.openid() == null || row.openid().isBlank() ? WeChatCommentAdmin.ANONYMOUS_AUTHOR : row.openid();
        return new Comment(Platform.WECHAT_OFFICIAL_ACCOUNT, postId, Long.toString(row.userCommentId()),
                new Author(openid, ""), created, row.content() == null ? "" : row.content(),
                thread.isEmpty() ? ReplyState.UNREPLIED : ReplyState.REPLIED,
                row.commentType() != null && row.commentType() == 1, 0, thread);
    }

    /** One comment of its article, with the reply {@code text} to send (or null). */
    static CommentRef ref(Comment comment, String text) {
        CommentRef article = post(Checks.notNull(comment, "comment").postId());
        try {
            return new CommentRef(article.msgDataId(), article.index(), Long.parseLong(comment.commentId()), text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("comment.commentId", "a WeChat user_comment_id is a number (was "
                    + Checks.show(comment.commentId()) + ")");
        }
    }

    @Override
    public Comment reply(AccountRef account, Comment comment, String text, String idempotencyKey) {
        c.checkAccount(account);
        Checks.notNull(comment, "comment");
        Checks.notBlank(text, "text");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Sent sent = runtime.once("reply", idempotencyKey, Sent.class, () -> {
            CommentRef ref = ref(comment, text);
            try {
                create("cgi-bin/comment/reply/add", ref);
            } catch (AmbiguousOutcomeException lost) {
                if (!replyPresent(account, comment, text)) {
                    create("cgi-bin/comment/reply/add", ref);
                }
            }
            return new Sent(runtime.clock().instant());
        });
        List<Comment> thread = new ArrayList<>(comment.replies());
        thread.add(Comment.of(Platform.WECHAT_OFFICIAL_ACCOUNT, comment.postId(), comment.commentId() + "-reply",
                new Author(account.accountId(), ""), sent.at(), text));
        return new Comment(comment.platform(), comment.postId(), comment.commentId(), comment.author(),
                comment.createdAt(), comment.text(), ReplyState.REPLIED, comment.featured(), comment.likes(), thread);
    }

    private boolean replyPresent(AccountRef account, Comment comment, String text) {
        return Paging.find(WeChatErrors.PLATFORM, "cgi-bin/comment/list", page -> comments(account, comment.postId(), page),
                        MAX_PAGE, x -> x.commentId().equals(comment.commentId()), x -> false)
                .map(x -> x.replies().stream().anyMatch(r -> r.text().equals(text))).orElse(false);
    }

    @Override
    public void feature(AccountRef account, Comment comment, boolean featured) {
        c.checkAccount(account);
        write(featured ? "cgi-bin/comment/markelect" : "cgi-bin/comment/unmarkelect", ref(comment, null));
    }

    @Override
    public void delete(AccountRef account, Comment comment) {
        c.checkAccount(account);
        write("cgi-bin/comment/delete", ref(comment, null));
    }
}
