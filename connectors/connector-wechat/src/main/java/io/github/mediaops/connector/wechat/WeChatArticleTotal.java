package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One {@code stat_date} of a datacube {@code getarticletotal} row: the cumulative figures of one article
 * from its send day up to that day, with WeChat's per-source split. The split is WeChat's own and is kept
 * as sent; it is not checked against, or added to, the totals.
 *
 * @param postId        WeChat msgid, {@code <msg_data_id>_<index>}
 * @param title         the article title
 * @param sentOn        the send day ({@code ref_date})
 * @param statDate      the day the cumulative figures run to
 * @param delivered     users the article was delivered to ({@code target_user}, 送达人数; core REACH)
 * @param reads         article page reads ({@code int_page_read_count})
 * @param readers       article page readers ({@code int_page_read_user})
 * @param shares        shares ({@code share_count})
 * @param sharers       sharers ({@code share_user})
 * @param saves         favourites ({@code add_to_fav_count})
 * @param readsBySource reads per source ({@code int_page_from_<source>_read_count/_user}): {@code session},
 *                      {@code hist_msg}, {@code feed}, {@code friends}, {@code other}, {@code kanyikan},
 *                      {@code souyisou} — only the sources WeChat sent
 * @param sharesByScene moments shares by where the sharer came from ({@code feed_share_from_<scene>_cnt/_user}):
 *                      {@code session}, {@code feed}, {@code other} — only the ones WeChat sent
 */
public record WeChatArticleTotal(String postId, String title, LocalDate sentOn, LocalDate statDate, OptionalLong delivered,
                                 OptionalLong reads, OptionalLong readers, OptionalLong shares, OptionalLong sharers,
                                 OptionalLong saves, Map<String, WeChatCount> readsBySource,
                                 Map<String, WeChatCount> sharesByScene) {
    public WeChatArticleTotal {
        Checks.notBlank(postId, "postId");
        Checks.notNull(title, "title");
        Checks.notNull(sentOn, "sentOn");
        Checks.notNull(statDate, "statDate");
        Checks.notNull(delivered, "delivered");
        Checks.notNull(reads, "reads");
        Checks.notNull(readers, "readers");
        Checks.notNull(shares, "shares");
        Checks.notNull(sharers, "sharers");
        Checks.notNull(saves, "saves");
        readsBySource = Map.copyOf(Checks.notNull(readsBySource, "readsBySource"));
        sharesByScene = Map.copyOf(Checks.notNull(sharesByScene, "sharesByScene"));
    }
}
