package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.wechat.WeChatApi.BatchGetRequest;
import io.github.mediaops.connector.wechat.WeChatApi.BatchGetResponse;
import io.github.mediaops.connector.wechat.WeChatApi.CountResponse;
import io.github.mediaops.connector.wechat.WeChatApi.DraftUpdateRequest;
import io.github.mediaops.connector.wechat.WeChatApi.MediaIdRequest;
import io.github.mediaops.connector.wechat.WeChatApi.PublishedItem;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The draft box (草稿箱), reached through {@link WeChatConnector#drafts()}: {@code draft/update},
 * {@code draft/delete}, {@code draft/batchget} (1-20 per page) and {@code draft/count}. Drafts are created
 * by {@link io.github.mediaops.core.connector.Publishing#publish}. Reference:
 * developers.weixin.qq.com/doc/offiaccount/Draft_Box/ (Update_draft, Delete_draft, Get_draft_list, Count_drafts).
 */
public final class WeChatDrafts extends WeChatPart {
    static final int MAX_PAGE = 20;


    WeChatDrafts(WeChatConnector connector) {
        super(connector);
    }

    /** Replaces article {@code index} (0 = first) of draft {@code mediaId}. */
    public void update(String mediaId, int index, WeChatNewsItem article) {
        Checks.notBlank(mediaId, "mediaId");
        Checks.notNull(article, "article");
        if (index < 0) {
            throw new InvalidValueException("index", "index counts from 0 (was " + index + ")");
        }
        write("cgi-bin/draft/update", new DraftUpdateRequest(mediaId, index, article.toWire()));
    }

    /** Deletes draft {@code mediaId}. */
    public void delete(String mediaId) {
        Checks.notBlank(mediaId, "mediaId");
        write("cgi-bin/draft/delete", new MediaIdRequest(mediaId));
    }

    /** Lists drafts, newest first: {@code count} (1-20) from {@code offset}; {@code withContent} false leaves bodies empty. */
    public WeChatListing<WeChatStoredItem> list(int offset, int count, boolean withContent) {
        checkPage(offset, count);
        BatchGetResponse r = runtime.read("cgi-bin/draft/batchget",
                t -> api.drafts(t, new BatchGetRequest(offset, count, withContent ? 0 : 1)));
        return listing(r, offset, PublishedItem::mediaId, "cgi-bin/draft/batchget");
    }

    /** How many drafts the account has ({@code draft/count}). */
    public long count() {
        CountResponse r = runtime.read("cgi-bin/draft/count", t -> api.draftCount(t));
        if (r.totalCount() == null || r.totalCount() < 0) {
            throw WeChatErrors.WIRE.unexpected("cgi-bin/draft/count", "draft/count answered without total_count");
        }
        return r.totalCount();
    }

    static void checkPage(int offset, int count) {
        if (offset < 0) {
            throw new InvalidValueException("offset", "offset must not be negative (was " + offset + ")");
        }
        if (count < 1 || count > MAX_PAGE) {
            throw new InvalidValueException("count", "WeChat lists 1-20 items per page (was " + count + ")");
        }
    }

    static WeChatListing<WeChatStoredItem> listing(BatchGetResponse r, int offset, Function<PublishedItem, String> id, String op) {
        List<WeChatStoredItem> items = new ArrayList<>();
        for (PublishedItem item : r.item() == null ? List.<PublishedItem>of() : r.item()) {
            String itemId = WeChatErrors.WIRE.required(op, "the listed item's id", id.apply(item));
            items.add(new WeChatStoredItem(itemId, WeChatNewsItem.all(item.content()),
                    Instant.ofEpochSecond(item.updateTime() == null ? 0 : item.updateTime())));
        }
        long total = r.totalCount() == null ? offset + items.size() : r.totalCount();
        return new WeChatListing<>(total, offset, items);
    }
}
