package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Account-level reading and sharing for one day, or one hour of a day, from datacube {@code getuserread}
 * / {@code getuserreadhour} and {@code getusershare} / {@code getusersharehour} (图文统计, all articles
 * together, so no post id; hence not a core {@code ContentMetrics}). A total WeChat did not send and that
 * cannot be derived is empty, never 0.
 *
 * <p>Totals follow WeChat's rules: the row with {@code user_source} 99999999 is WeChat's all-sources
 * total and is taken as is, never added to the per-source rows. Without such a row, a row without
 * {@code user_source} (the older single-row shape) is the total; with per-source rows only, reads are
 * their sum (each read has one source) and readers stay empty (a reader can come through several
 * sources). Shares are summed over share scenes; sharers only when there is one scene.
 *
 * @param day           the day in Beijing time
 * @param hour          the hour of day (0-23, from WeChat's {@code ref_hour} 0..2300) for hourly rows, empty for daily ones
 * @param reads         article page reads (int_page_read_count)
 * @param readers       distinct readers (int_page_read_user)
 * @param shares        shares (share_count)
 * @param sharers       distinct sharers (share_user)
 * @param readsBySource reads and readers per read source: {@code session} (0, 会话), {@code friends} (1),
 *                      {@code moments} (2, 朋友圈), {@code tencent_weibo} (3), {@code history} (4, 历史消息页),
 *                      {@code other} (5), {@code kanyikan} (6, 看一看), {@code souyisou} (7, 搜一搜), else {@code source_<n>}
 * @param sharesByScene shares and sharers per share scene: {@code friends} (1, 好友转发), {@code moments} (2),
 *                      {@code tencent_weibo} (3), {@code other} (255), else {@code scene_<n>}
 */
public record WeChatAccountReads(LocalDate day, OptionalInt hour, OptionalLong reads, OptionalLong readers,
                                 OptionalLong shares, OptionalLong sharers, Map<String, WeChatCount> readsBySource,
                                 Map<String, WeChatCount> sharesByScene) {
    public WeChatAccountReads {
        Checks.notNull(day, "day");
        Checks.notNull(hour, "hour");
        Checks.notNull(reads, "reads");
        Checks.notNull(readers, "readers");
        Checks.notNull(shares, "shares");
        Checks.notNull(sharers, "sharers");
        readsBySource = Map.copyOf(Checks.notNull(readsBySource, "readsBySource"));
        sharesByScene = Map.copyOf(Checks.notNull(sharesByScene, "sharesByScene"));
        if (hour.isPresent() && (hour.getAsInt() < 0 || hour.getAsInt() > 23)) {
            throw new InvalidValueException("hour", "hour must be 0-23 (was " + hour.getAsInt() + ")");
        }
        for (OptionalLong v : new OptionalLong[] {reads, readers, shares, sharers}) {
            if (v.isPresent() && v.getAsLong() < 0) {
                throw new InvalidValueException("reads", "counts must not be negative (was " + v.getAsLong() + ")");
            }
        }
    }
}
