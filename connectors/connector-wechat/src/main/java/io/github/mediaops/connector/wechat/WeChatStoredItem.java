package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;

/**
 * A draft ({@code media_id}) or a published item ({@code article_id}) with its articles, as listed by
 * {@code draft/batchget} and {@code freepublish/batchget}.
 *
 * @param id        the draft's media_id or the published item's article_id
 * @param articles  its articles, in order ({@code idx} 1 first)
 * @param updatedAt {@code update_time}
 */
public record WeChatStoredItem(String id, List<WeChatNewsItem> articles, Instant updatedAt) {
    public WeChatStoredItem {
        Checks.notBlank(id, "id");
        articles = List.copyOf(Checks.notNull(articles, "articles"));
        Checks.notNull(updatedAt, "updatedAt");
    }
}
