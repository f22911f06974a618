package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.wechat.WeChatApi.ArticleRef;
import io.github.mediaops.connector.wechat.WeChatApi.BatchGetRequest;
import io.github.mediaops.connector.wechat.WeChatApi.BatchGetResponse;
import io.github.mediaops.connector.wechat.WeChatApi.PublishedItem;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * Published items (发表记录), reached through {@link WeChatConnector#published()}:
 * {@code freepublish/batchget} (1-20 per page, newest first), {@code freepublish/getarticle} and
 * {@code freepublish/delete}. Ids here are {@code article_id}s (see the post-id rule in the README).
 * Reference: developers.weixin.qq.com/doc/offiaccount/Publish/ (Get_publication_records,
 * Get_article_from_id, Delete_posts).
 */
public final class WeChatPublished extends WeChatPart {
    WeChatPublished(WeChatConnector connector) {
        super(connector);
    }

    /** Published items, newest first: {@code count} (1-20) from {@code offset}. */
    public WeChatListing<WeChatStoredItem> list(int offset, int count, boolean withContent) {
        WeChatDrafts.checkPage(offset, count);
        BatchGetResponse r = runtime.read("cgi-bin/freepublish/batchget",
                t -> api.published(t, new BatchGetRequest(offset, count, withContent ? 0 : 1)));
        return WeChatDrafts.listing(r, offset, PublishedItem::articleId, "cgi-bin/freepublish/batchget");
    }

    /** The articles of published item {@code articleId} (errcode 53600 for an unknown id: not found). */
    public List<WeChatNewsItem> article(String articleId) {
        Checks.notBlank(articleId, "articleId");
        return WeChatNewsItem.all(runtime.read("cgi-bin/freepublish/getarticle",
                t -> api.publishedArticle(t, new ArticleRef(articleId, null))));
    }

    /** Deletes article {@code index} (1 = first; 0 = the whole item, as WeChat defines it) of a published item. */
    public void delete(String articleId, int index) {
        Checks.notBlank(articleId, "articleId");
        if (index < 0) {
            throw new InvalidValueException("index", "index must be 0 (all) or the article's position from 1 (was " + index + ")");
        }
        write("cgi-bin/freepublish/delete", new ArticleRef(articleId, index));
    }
}
