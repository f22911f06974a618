package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * One page of a WeChat offset listing ({@code draft/batchget}, {@code freepublish/batchget}).
 *
 * @param totalCount how many exist in all ({@code total_count})
 * @param offset     the offset this page starts at
 * @param items      this page's items ({@code item_count} of them)
 * @param <T>        the item type
 */
public record WeChatListing<T>(long totalCount, int offset, List<T> items) {
    public WeChatListing {
        if (totalCount < 0 || offset < 0) {
            throw new InvalidValueException("totalCount", "totals and offsets must not be negative (was " + totalCount + "/"
                    + offset + ")");
        }
        items = List.copyOf(Checks.notNull(items, "items"));
    }

    /** Whether items remain after this page. */
    public boolean hasMore() {
        return offset + (long) items.size() < totalCount;
    }
}
