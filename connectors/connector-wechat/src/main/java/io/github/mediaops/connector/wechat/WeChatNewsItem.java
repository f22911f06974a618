package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One article of a WeChat draft or published item ({@code news_item}), as {@code draft/batchget},
 * {@code freepublish/batchget} and {@code freepublish/getarticle} return it and {@code draft/update}
 * takes it. Text fields WeChat did not send are empty strings.
 *
 * @param title            title (≤ 64 characters on WeChat)
 * @param author           author, may be empty
 * @param digest           summary, may be empty (WeChat sends it for single-article items only)
 * @param content          HTML body (empty when listed with {@code no_content})
 * @param contentSourceUrl the "阅读原文" link, may be empty
 * @param thumbMediaId     the cover's permanent media id
 * @param openComment      comments open ({@code need_open_comment} 1)
 * @param fansOnlyComment  only followers may comment ({@code only_fans_can_comment} 1)
 * @param url              the article URL, for published items and drafts with a preview URL
 * @param deleted          {@code is_deleted}: the published article was deleted
 */
public record WeChatNewsItem(String title, String author, String digest, String content, String contentSourceUrl,
                             String thumbMediaId, boolean openComment, boolean fansOnlyComment, Optional<String> url,
                             boolean deleted) {
    public WeChatNewsItem {
        Checks.notNull(title, "title");
        Checks.notNull(author, "author");
        Checks.notNull(digest, "digest");
        Checks.notNull(content, "content");
        Checks.notNull(contentSourceUrl, "contentSourceUrl");
        Checks.notNull(thumbMediaId, "thumbMediaId");
        Checks.notNull(url, "url");
    }

    /** An article to write with {@code draft/update}: title, HTML body and cover media id, comments closed. */
    public static WeChatNewsItem of(String title, String content, String thumbMediaId) {
        return new WeChatNewsItem(Checks.notBlank(title, "title"), "", "", Checks.notNull(content, "content"), "",
                Checks.notBlank(thumbMediaId, "thumbMediaId"), false, false, Optional.empty(), false);
    }

    /** The articles of a {@code news_item} list, in order (none when WeChat sent none). */
    static List<WeChatNewsItem> all(WeChatApi.NewsContent content) {
        return content == null || content.newsItem() == null ? List.of()
                : content.newsItem().stream().map(WeChatNewsItem::from).toList();
    }

    static WeChatNewsItem from(WeChatApi.NewsItem n) {
        return new WeChatNewsItem(orEmpty(n.title()), orEmpty(n.author()), orEmpty(n.digest()), orEmpty(n.content()),
                orEmpty(n.contentSourceUrl()), orEmpty(n.thumbMediaId()), one(n.needOpenComment()), one(n.onlyFansCanComment()),
                Optional.ofNullable(n.url()).filter(u -> !u.isBlank()), Boolean.TRUE.equals(n.isDeleted()));
    }

    WeChatApi.NewsItem toWire() {
        return new WeChatApi.NewsItem(title, author.isEmpty() ? null : author, digest.isEmpty() ? null : digest, content,
                contentSourceUrl.isEmpty() ? null : contentSourceUrl, thumbMediaId, openComment ? 1 : 0, fansOnlyComment ? 1 : 0,
                null, null);
    }

    private static boolean one(Integer v) {
        return v != null && v == 1;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
