package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.InvalidValueException;

/**
 * One cell of a datacube breakdown: how often something happened and how many distinct users did it
 * (for example {@code int_page_read_count} / {@code int_page_read_user} of one read source, or
 * {@code share_count} / {@code share_user} of one share scene). A counter WeChat left out of the row is 0.
 *
 * @param count times (reads, shares), counting repeats
 * @param users distinct users; never add these across sources or scenes, a user may appear in several
 */
public record WeChatCount(long count, long users) {
    public WeChatCount {
        if (count < 0 || users < 0) {
            throw new InvalidValueException("count", "counts must not be negative (was " + count + "/" + users + ")");
        }
    }

    WeChatCount plus(WeChatCount other) {
        return new WeChatCount(count + other.count, users + other.users);
    }

    static WeChatCount of(Long count, Long users) {
        return new WeChatCount(count == null ? 0 : count, users == null ? 0 : users);
    }
}
