package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row of one of WeChat's current datacube endpoints ({@code getarticleread}, {@code getarticleshare},
 * {@code getbizsummary}, {@code getarticletotaldetail}), kept as WeChat sent it: every numeric field by
 * its WeChat name (for example {@code read_user}, {@code share_user}, {@code zaikan_user} 在看,
 * {@code like_user} 点赞, {@code comment_count}). Only the fields named in WeChat's documentation are
 * certain; the others are passed through, not interpreted.
 *
 * @param day      {@code ref_date} (or {@code stat_date} for a {@code detail_list} entry)
 * @param postId   {@code msgid} when the row is about one article ({@code <msg_data_id>_<index>})
 * @param title    {@code title} when WeChat sent one
 * @param counters numeric fields by name
 * @param details  the row's {@code detail_list} ({@code getarticletotaldetail}), else empty
 * @param delayed  the response's {@code is_delay}: {@code true} while WeChat may still revise the figures
 */
public record WeChatDatacubeRow(LocalDate day, Optional<String> postId, Optional<String> title, Map<String, Long> counters,
                                List<WeChatDatacubeRow> details, boolean delayed) {
    public WeChatDatacubeRow {
        Checks.notNull(day, "day");
        Checks.notNull(postId, "postId");
        Checks.notNull(title, "title");
        counters = Map.copyOf(Checks.notNull(counters, "counters"));
        details = List.copyOf(Checks.notNull(details, "details"));
    }

    /** The counter named {@code field}, if WeChat sent it. */
    public Optional<Long> counter(String field) {
        return Optional.ofNullable(counters.get(field));
    }

    /** The counter named {@code field}, or null. */
    Long raw(String field) {
        return counters.get(field);
    }
}
