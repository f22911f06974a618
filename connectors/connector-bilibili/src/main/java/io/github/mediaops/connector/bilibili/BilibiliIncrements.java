package io.github.mediaops.connector.bilibili;

import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An account's increments over the last 30 days, all its archives together, as Bilibili's
 * {@code arcopen/fn/data/arc/inc-stats} reports them (获取整体稿件增量数据: "用户整体稿件维度近30天的增量数据").
 *
 * <p>Bilibili reports one aggregate per call, not a series and not per archive, so it does not fit core's
 * per-post {@link io.github.mediaops.core.metrics.ContentMetrics} (one day, or a lifetime); the values are keyed by
 * core {@link Metric}s all the same:
 * <ul>
 *   <li>{@code inc_click} → {@link Metric#VIEWS}, {@code inc_dm} → {@link Metric#DANMAKU},
 *   {@code inc_fav} → {@link Metric#SAVES}, {@code inc_share} → {@link Metric#SHARES},
 *   {@code inc_like} → {@link Metric#LIKES};</li>
 *   <li>{@code icn_reply} → {@link Metric#COMMENTS}: Bilibili's field table and example spell the comment
 *   increment {@code icn_reply} (sic); {@code inc_reply}, the spelling other clients expect, is read too, and an
 *   answer that carries both with different values is refused as unexpected;</li>
 *   <li>{@code inc_coin} (投币) and {@code inc_elec} (充电) have no core metric: they are kept in {@link #unmapped()}
 *   under Bilibili's names.</li>
 * </ul>
 * A field Bilibili leaves out is absent, never zero.
 *
 * @param account    the account
 * @param windowDays the days the increments cover, as Bilibili documents them (30)
 * @param asOf       when the numbers were read
 * @param values     the increments that have a core metric
 * @param unmapped   the increments without one, by Bilibili's field name
 */
public record BilibiliIncrements(AccountRef account, int windowDays, Instant asOf, Map<Metric, Long> values,
                                 Map<String, Long> unmapped) {
    /** The window Bilibili documents for {@code inc-stats}. */
    public static final int WINDOW_DAYS = 30;

    public BilibiliIncrements {
        Checks.notNull(account, "account");
        Checks.notNull(asOf, "asOf");
        values = Map.copyOf(Checks.notNull(values, "values"));
        unmapped = Map.copyOf(Checks.notNull(unmapped, "unmapped"));
    }

    /** The increment of {@code metric}, if Bilibili reported it. */
    public Optional<Long> count(Metric metric) {
        return Optional.ofNullable(values.get(Checks.notNull(metric, "metric")));
    }
}
