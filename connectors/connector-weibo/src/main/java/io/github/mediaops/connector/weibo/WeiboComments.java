package io.github.mediaops.connector.weibo;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.InvalidValueException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments on the account's statuses: {@code comments/show} (newest first, pages numbered from 1, at most
 * {@link #MAX_PAGE} per page), {@code comments/reply} and {@code comments/destroy}.
 *
 * <p>Weibo lists replies as comments of their own that carry the comment they answer ({@code reply_comment}). A page
 * is threaded: a comment answering another comment of the same page is attached to it as a reply (oldest first),
 * and a comment the account answered is {@code REPLIED}. A reply whose target is on another page stays a top-level
 * comment.
 *
 * <p>Weibo has no API to feature (精选) a comment: {@link #feature} throws the unsupported-capability error.
 */
final class WeiboComments implements Comments {
    static final String SHOW = "comments/show";
    static final String REPLY = "comments/reply";
    static final String DESTROY = "comments/destroy";
    /** The largest {@code count} of {@code comments/show} (official page: 单页返回的记录条数,默认为50). */
    static final int MAX_PAGE = 200;
    /** A comment's longest text (comments/create, comments/reply: 内容不超过140个汉字), by Weibo's count. */
    static final long MAX_LENGTH = 140;
    private static final String REPLIES = "reply";

    private final WeiboApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final String userIp;

    WeiboComments(WeiboApi api, ConnectorRuntime runtime, UserTokens users, String userIp) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
        this.userIp = userIp;
    }

    @Override
    public Page<Comment> comments(AccountRef account, String postId, PageRequest page) {
        String uid = WeiboConnector.uid(account);
        String statusId = statusId(postId);
        Checks.notNull(page, "page");
        if (page.size() > MAX_PAGE) {
            throw new InvalidValueException("page.size", "page.size must be at most " + MAX_PAGE + ", the most comments Weibo returns per page (was "
                    + page.size() + ")");
        }
        int number = page.after().map(WeiboComments::pageNumber).orElse(1);
        WeiboApi.CommentPage p = runtime.read(SHOW, users.account(uid),
                token -> api.comments(token, statusId, page.size(), number));
        if (p == null) {
            throw WeiboConnector.WIRE.unexpected(SHOW, "an empty answer");
        }
        List<WeiboApi.WireComment> wire = p.comments() == null ? List.of() : p.comments();
        List<Comment> items = thread(uid, statusId, wire);
        Long total = WeiboConnector.WIRE.count(SHOW, "total_number", p.totalNumber());
        boolean more = wire.size() == page.size() && !wire.isEmpty()
                && (total == null || (long) number * page.size() < total);
        return more ? new Page<>(items, String.valueOf(number + 1)) : Page.last(items);
    }

    @Override
    public Comment reply(AccountRef account, Comment comment, String text, String idempotencyKey) {
        String uid = WeiboConnector.uid(account);
        Checks.notNull(comment, "comment");
        Checks.notBlank(text, "text");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        long length = ShareRules.WEIBO_COUNT.measure(text);
        if (length > MAX_LENGTH) {
            throw new InvalidValueException("text", "text must be at most " + MAX_LENGTH + " 字 by Weibo's count (was "
                    + length + ")");
        }
        String rip = WeiboPublishing.requireUserIp(userIp);
        String statusId = statusId(comment.postId());
        return runtime.once(REPLIES, idempotencyKey, Comment.class, () -> {
            WeiboApi.WireComment r = runtime.create(REPLY, users.account(uid),
                    token -> api.reply(token, comment.commentId(), statusId, text, 1, rip));
            if (r == null) {
                throw WeiboConnector.WIRE.unexpected(REPLY, "an empty answer");
            }
            Comment mine = map(statusId, r, REPLY);
            List<Comment> replies = new ArrayList<>(comment.replies());
            replies.add(mine);
            return new Comment(comment.platform(), comment.postId(), comment.commentId(), comment.author(),
                    comment.createdAt(), comment.text(), ReplyState.REPLIED, comment.featured(), comment.likes(), replies);
        });
    }

    @Override
    public void feature(AccountRef account, Comment comment, boolean featured) {
        WeiboConnector.uid(account);
        throw new UnsupportedCapabilityException(WeiboConnector.PLATFORM, Capability.COMMENTS,
                "featuring comments (Weibo's open API has no 精选 call)");
    }

    /** {@code comments/destroy}: Weibo deletes what the account may delete (its own comments, comments on its statuses). */
    @Override
    public void delete(AccountRef account, Comment comment) {
        String uid = WeiboConnector.uid(account);
        Checks.notNull(comment, "comment");
        runtime.write(DESTROY, users.account(uid), token -> api.destroy(token, comment.commentId()));
    }

    /** Maps a page, attaching each comment that answers another comment of the page to it. */
    static List<Comment> thread(String accountUid, String statusId, List<WeiboApi.WireComment> wire) {
        Map<String, Comment> byId = new LinkedHashMap<>();
        Map<String, List<Comment>> replies = new LinkedHashMap<>();
        Map<String, Boolean> answered = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        List<String> ids = wire.stream().map(WeiboApi.WireComment::key).toList();
        for (WeiboApi.WireComment w : wire) {
            Comment c = map(statusId, w, SHOW);
            byId.put(c.commentId(), c);
            String target = w.replyComment() == null ? null : w.replyComment().key();
            if (target != null && ids.contains(target) && !target.equals(c.commentId())) {
                replies.computeIfAbsent(target, k -> new ArrayList<>()).add(0, c); // the page is newest first
                if (accountUid.equals(c.author().id())) {
                    answered.put(target, true);
                }
            } else {
                top.add(c.commentId());
            }
        }
        List<Comment> out = new ArrayList<>();
        for (String id : top) {
            out.add(withReplies(byId.get(id), replies, answered));
        }
        return out;
    }

    private static Comment withReplies(Comment c, Map<String, List<Comment>> replies, Map<String, Boolean> answered) {
        List<Comment> mine = replies.getOrDefault(c.commentId(), List.of()).stream()
                .map(r -> withReplies(r, replies, answered)).toList();
        ReplyState state = answered.getOrDefault(c.commentId(), false) ? ReplyState.REPLIED : c.state();
        return new Comment(c.platform(), c.postId(), c.commentId(), c.author(), c.createdAt(), c.text(), state,
                c.featured(), c.likes(), mine);
    }

    static Comment map(String statusId, WeiboApi.WireComment w, String op) {
        String id = WeiboConnector.WIRE.required(op, "comment id", w.key());
        if (w.user() == null) {
            throw WeiboConnector.WIRE.unexpected(op, "comment " + id + " has no user");
        }
        String userId = WeiboConnector.WIRE.required(op, "user.id", w.user().key());
        String name = w.user().screenName() != null ? w.user().screenName() : w.user().name() == null ? userId : w.user().name();
        String post = w.status() != null && w.status().key() != null ? w.status().key() : statusId;
        return Comment.of(WeiboConnector.PLATFORM, post, id, new Author(userId, name),
                WeiboTime.parse(op, "created_at", WeiboConnector.WIRE.required(op, "created_at", w.createdAt())),
                w.text() == null ? "" : w.text());
    }

    static String statusId(String postId) {
        Checks.notBlank(postId, "postId");
        if (!postId.strip().matches("\\d{1,20}")) {
            throw new InvalidValueException("postId", "postId must be a numeric Weibo status id (was " + Checks.show(postId) + ")");
        }
        return postId.strip();
    }

    private static int pageNumber(String cursor) {
        try {
            int n = Integer.parseInt(cursor);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidValueException("page.cursor", "page.cursor must be a Weibo comment page number from 1 (was "
                + Checks.show(cursor) + ")");
    }
}
