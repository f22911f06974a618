package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The core metrics readers over datacube reports ({@code platform-apis.md} §1.3-1.4), read through
 * {@link WeChatDatacube}: split to each endpoint's maximum span and clamped to T+1 (data for day D is complete
 * from 08:00 Beijing time on D+1).
 *
 * <p>Content: {@code getarticlesummary} gives a {@link Coverage#DAY} snapshot per post and day;
 * {@code getarticletotal} gives {@link Coverage#LIFETIME} snapshots for posts published in the range (up
 * to 7 days after publishing). Mapped: views = int_page_read_count, unique viewers = int_page_read_user,
 * shares = share_count, saves = add_to_fav_count, and for lifetime rows reach = target_user (送达人数).
 * The legacy endpoints report no likes, comments count or completion rate: those metrics stay absent.
 * Post id = WeChat {@code msgid} ({@code <msg_data_id>_<index>}).
 *
 * <p>Audience: {@code getusersummary} (new and cancelled followers by source) and
 * {@code getusercumulate} (total), 7 days per request.
 */
final class WeChatMetrics extends WeChatPart implements ContentMetricsReader, AudienceMetricsReader {
    private static final Map<Metric, String> DAY_METRICS = Map.of(Metric.VIEWS, "int_page_read_count",
            Metric.UNIQUE_VIEWERS, "int_page_read_user", Metric.SHARES, "share_count", Metric.SAVES, "add_to_fav_count");
    private static final Map<Metric, String> LIFETIME_METRICS = Map.of(Metric.VIEWS, "int_page_read_count",
            Metric.UNIQUE_VIEWERS, "int_page_read_user", Metric.SHARES, "share_count", Metric.SAVES, "add_to_fav_count",
            Metric.REACH, "target_user");
    private static final Map<Long, String> SOURCES = Map.of(0L, "other", 1L, "search", 17L, "card_share", 30L, "qr_code",
            57L, "article", 100L, "ads", 161L, "repost", 149L, "mini_program", 200L, "channels", 201L, "live");

    private final WeChatDatacube datacube;

    WeChatMetrics(WeChatConnector connector, WeChatDatacube datacube) {
        super(connector);
        this.datacube = datacube;
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        c.checkAccount(account);
        Checks.notNull(days, "days");
        Instant asOf = runtime.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (WeChatDatacubeRow row : datacube.rows("getarticlesummary", days)) {
            out.add(datacube.snapshot(WeChatDatacube.postId(row, "datacube"), row, Coverage.DAY, asOf, DAY_METRICS));
        }
        if (c.lifetimeMetrics()) {
            out.addAll(datacube.perStatDay("getarticletotal", days,
                    (postId, row, d) -> datacube.snapshot(postId, d, Coverage.LIFETIME, asOf, LIFETIME_METRICS)));
        }
        return List.copyOf(out);
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        c.checkAccount(account);
        Checks.notNull(days, "days");
        Instant asOf = runtime.clock().instant();
        Map<LocalDate, Map<AudienceMetric, Long>> values = new TreeMap<>();
        Map<LocalDate, Map<String, Long>> sources = new TreeMap<>();
        for (WeChatDatacubeRow r : datacube.rows("getusersummary", days)) {
            Map<AudienceMetric, Long> v = values.computeIfAbsent(r.day(), k -> new EnumMap<>(AudienceMetric.class));
            Long newUsers = r.raw("new_user");
            if (newUsers != null) {
                v.merge(AudienceMetric.NEW_FOLLOWERS, newUsers, Long::sum);
                Long s = r.raw("user_source");
                String source = s == null ? "other" : SOURCES.getOrDefault(s, "source_" + s);
                sources.computeIfAbsent(r.day(), k -> new LinkedHashMap<>()).merge(source, newUsers, Long::sum);
            }
            r.counter("cancel_user").ifPresent(n -> v.merge(AudienceMetric.LOST_FOLLOWERS, n, Long::sum));
        }
        for (WeChatDatacubeRow r : datacube.rows("getusercumulate", days)) {
            r.counter("cumulate_user").ifPresent(n -> values.computeIfAbsent(r.day(),
                    k -> new EnumMap<>(AudienceMetric.class)).put(AudienceMetric.FOLLOWERS_TOTAL, n));
        }
        List<AudienceMetrics> out = new ArrayList<>();
        values.forEach((d, v) -> {
            if (days.contains(d)) {
                out.add(new AudienceMetrics(account, d, c.zone(), asOf, v, sources.getOrDefault(d, Map.of())));
            }
        });
        return List.copyOf(out);
    }
}
