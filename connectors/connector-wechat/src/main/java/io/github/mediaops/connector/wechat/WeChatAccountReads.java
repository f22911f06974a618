package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Account-level reading and sharing totals for one day from datacube {@code getuserread} and
 * {@code getusershare} (图文统计, all articles together, so no post id; hence not a core
 * {@code ContentMetrics}). A counter WeChat did not send is empty, never 0.
 *
 * @param day     the day in Beijing time
 * @param reads   article page reads (int_page_read_count)
 * @param readers distinct readers (int_page_read_user)
 * @param shares  shares (share_count, summed over share scenes)
 * @param sharers distinct sharers (share_user, summed over share scenes)
 */
public record WeChatAccountReads(LocalDate day, OptionalLong reads, OptionalLong readers, OptionalLong shares,
                                 OptionalLong sharers) {
    public WeChatAccountReads {
        Checks.notNull(day, "day");
        Checks.notNull(reads, "reads");
        Checks.notNull(readers, "readers");
        Checks.notNull(shares, "shares");
        Checks.notNull(sharers, "sharers");
        for (OptionalLong v : new OptionalLong[] {reads, readers, shares, sharers}) {
            if (v.isPresent() && v.getAsLong() < 0) {
                throw new InvalidValueException("reads", "counts must not be negative (was " + v.getAsLong() + ")");
            }
        }
    }
}
