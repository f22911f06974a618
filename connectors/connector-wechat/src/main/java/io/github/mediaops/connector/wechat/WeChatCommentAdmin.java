package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.platform.AccountRef;

/**
 * WeChat comment (留言) management beyond the core {@link io.github.mediaops.core.connector.Comments}
 * capability, reached through {@link WeChatConnector#commentAdmin()}: opening and closing comments on an
 * article ({@code comment/open}, {@code comment/close}), deleting the account's reply
 * ({@code comment/reply/delete}) and listing only featured (精选, {@code type} 2) or only normal
 * ({@code type} 1) comments. Post ids are datacube msgids {@code <msg_data_id>_<index>}, index from 1.
 * Reference: developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html.
 */
public final class WeChatCommentAdmin extends WeChatPart {
    /**
     * The {@link io.github.mediaops.core.engagement.Author#id()} of a comment whose author WeChat
     * returned without an openid.
     */
    public static final String ANONYMOUS_AUTHOR = "anonymous";

    private final WeChatComments comments;

    WeChatCommentAdmin(WeChatConnector connector, WeChatComments comments) {
        super(connector);
        this.comments = comments;
    }

    /** Opens comments on the article (idempotent). */
    public void open(String postId) {
        write("cgi-bin/comment/open", WeChatComments.post(postId));
    }

    /** Closes comments on the article (idempotent). */
    public void close(String postId) {
        write("cgi-bin/comment/close", WeChatComments.post(postId));
    }

    /** Deletes the account's reply to this comment. */
    public void deleteReply(Comment comment) {
        write("cgi-bin/comment/reply/delete", WeChatComments.ref(comment, null));
    }

    /** Featured (精选) comments only ({@code comment/list} type 2). */
    public Page<Comment> featured(AccountRef account, String postId, PageRequest page) {
        return comments.comments(account, postId, page, 2);
    }

    /** Normal, not featured comments only ({@code comment/list} type 1). */
    public Page<Comment> normal(AccountRef account, String postId, PageRequest page) {
        return comments.comments(account, postId, page, 1);
    }
}
