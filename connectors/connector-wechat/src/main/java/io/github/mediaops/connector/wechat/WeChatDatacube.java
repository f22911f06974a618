package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.ConnectorRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WeChat's datacube reports beyond the core metrics readers, reached through
 * {@link WeChatConnector#datacube()}. Every method reads only days whose data is final (T+1, 08:00
 * Beijing time) and splits the range to each endpoint's span.
 *
 * <ul>
 *   <li>{@link #accountReads} / {@link #hourlyReads}: account-level reads and shares by day or hour, with
 *       the per-source and per-share-scene breakdown ({@code getuserread[hour]}, {@code getusershare[hour]});
 *       WeChat's {@code user_source} 99999999 row is the total, never added to the source rows.</li>
 *   <li>{@link #articleTotals}: {@code getarticletotal} with delivered users (target_user) and the
 *       per-source read / share split.</li>
 *   <li>{@link #articleRead}, {@link #articleShare}, {@link #bizSummary}, {@link #articleTotalDetail}:
 *       the endpoints WeChat's current documentation recommends in place of the legacy ones it marks as
 *       no longer maintained (getarticlesummary, getarticletotal, getuserread, getusershare); they carry
 *       likes (like_user), 在看 (zaikan_user) and comment counts. Rows are kept as sent
 *       ({@link WeChatDatacubeRow}); one day is requested per call. {@link #lifetimeMetrics} maps
 *       {@code getarticletotaldetail} to core {@link ContentMetrics} with likes and comments.</li>
 * </ul>
 * Reference: developers.weixin.qq.com/doc/subscription/api/wedata/news/ (api_getarticletotaldetail,
 * api_getbizsummary, api_getarticleread).
 */
public final class WeChatDatacube extends WeChatPart {
    /** Text fields that may look like numbers but are not counters. */
    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("msgid", "title", "ref_date", "stat_date");
    private final WeChatMetrics metrics;

    WeChatDatacube(WeChatConnector connector, ConnectorRuntime runtime, WeChatMetrics metrics) {
        super(connector, runtime);
        this.metrics = metrics;
    }

    /** Daily account reads and shares with their breakdowns, oldest first. */
    public List<WeChatAccountReads> accountReads(DateRange days) {
        return metrics.accountReads(days);
    }

    /** Hourly account reads and shares of one day ({@code getuserreadhour}, {@code getusersharehour}), by hour. */
    public List<WeChatAccountReads> hourlyReads(LocalDate day) {
        return metrics.hourlyReads(day);
    }

    /** {@code getarticletotal}: per article and stat day, delivered users, totals and WeChat's per-source split. */
    public List<WeChatArticleTotal> articleTotals(DateRange sentDays) {
        return metrics.articleTotals(sentDays);
    }

    /** {@code getarticleread}: daily reads of every published content read that day. */
    public List<WeChatDatacubeRow> articleRead(DateRange days) {
        return rows("getarticleread", days);
    }

    /** {@code getarticleshare}: daily shares of every published content shared that day. */
    public List<WeChatDatacubeRow> articleShare(DateRange days) {
        return rows("getarticleshare", days);
    }

    /** {@code getbizsummary}: the account's daily overview of its published content. */
    public List<WeChatDatacubeRow> bizSummary(DateRange days) {
        return rows("getbizsummary", days);
    }

    /**
     * {@code getarticletotaldetail}: per content published on the given days, the figures summed from its
     * publish day to each {@code stat_date} (in {@link WeChatDatacubeRow#details()}), with likes, 在看 and comments.
     */
    public List<WeChatDatacubeRow> articleTotalDetail(DateRange publishDays) {
        return rows("getarticletotaldetail", publishDays);
    }

    /**
     * {@code getarticletotaldetail} as core {@link Coverage#LIFETIME} snapshots, one per article and
     * {@code stat_date}: unique viewers = {@code read_user}, likes = {@code like_user} (拇指赞), comments =
     * {@code comment_count}. 在看 ({@code zaikan_user}) and sharers ({@code share_user}) have no core metric and
     * stay in {@link #articleTotalDetail}. A field WeChat did not send stays absent.
     */
    public List<ContentMetrics> lifetimeMetrics(DateRange publishDays) {
        Instant asOf = c.clock().instant();
        LocalDate last = metrics.lastAvailable();
        List<ContentMetrics> out = new ArrayList<>();
        for (WeChatDatacubeRow row : articleTotalDetail(publishDays)) {
            String postId = row.postId().orElseThrow(
                    () -> WeChatErrors.unexpected("datacube/getarticletotaldetail", "row without msgid"));
            for (WeChatDatacubeRow d : row.details()) {
                if (d.day().isAfter(last)) {
                    continue;
                }
                ContentMetrics m = ContentMetrics.lifetime(Platform.WECHAT_OFFICIAL_ACCOUNT, postId, d.day(), c.zone(), asOf);
                m = with(m, Metric.UNIQUE_VIEWERS, d.counter("read_user"));
                m = with(m, Metric.LIKES, d.counter("like_user"));
                out.add(with(m, Metric.COMMENTS, d.counter("comment_count")));
            }
        }
        return List.copyOf(out);
    }

    private static ContentMetrics with(ContentMetrics m, Metric metric, Optional<Long> value) {
        return value.map(v -> m.with(metric, v)).orElse(m);
    }

    private List<WeChatDatacubeRow> rows(String name, DateRange days) {
        Checks.notNull(days, "days");
        String op = "datacube/" + name;
        List<WeChatDatacubeRow> out = new ArrayList<>();
        for (DateRange chunk : DateSpans.availableChunks(days, metrics.lastAvailable(), 1)) {
            JsonNode body = runtime.read(op, t -> api.datacube(name, t, WeChatMetrics.span(chunk)));
            boolean delayed = body.path("is_delay").asBoolean(false);
            JsonNode list = body.path("list");
            if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
                throw WeChatErrors.unexpected(op, "list is not an array");
            }
            for (JsonNode row : list) {
                out.add(row(row, "ref_date", delayed, op));
            }
        }
        return List.copyOf(out);
    }

    private static WeChatDatacubeRow row(JsonNode row, String dateField, boolean delayed, String op) {
        if (!row.isObject()) {
            throw WeChatErrors.unexpected(op, "list entry is not an object");
        }
        String dateText = row.path(dateField).asText(null);
        if (dateText == null && dateField.equals("stat_date")) {
            dateText = row.path("ref_date").asText(null);
        }
        LocalDate day = WeChatMetrics.day(dateText, dateField, op);
        Map<String, Long> counters = new LinkedHashMap<>();
        List<WeChatDatacubeRow> details = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isIntegralNumber()) {
                counters.put(f.getKey(), v.asLong());
            } else if (v.isTextual() && v.asText().matches("-?\\d{1,18}") && !TEXT_FIELDS.contains(f.getKey())) {
                counters.put(f.getKey(), Long.parseLong(v.asText()));
            }
        }
        JsonNode detailList = row.path("detail_list");
        if (detailList.isArray()) {
            for (JsonNode d : detailList) {
                details.add(row(d, "stat_date", delayed, op));
            }
        }
        Optional<String> msgid = text(row, "msgid");
        return new WeChatDatacubeRow(day, msgid, text(row, "title"), counters, details, delayed);
    }

    private static Optional<String> text(JsonNode row, String field) {
        JsonNode v = row.path(field);
        return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }
}
