package io.github.mediaops.connector.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.IsoDays;
import io.github.mediaops.connector.wechat.WeChatApi.DateSpanRequest;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * WeChat's datacube reports beyond the core metrics readers, reached through
 * {@link WeChatConnector#datacube()}. Every method reads only days whose data is final (T+1, 08:00
 * Beijing time) and splits the range to each endpoint's span ({@code platform-apis.md} §1.3-1.4: getuserread 3
 * days, getusershare, getusersummary and getusercumulate 7, every other report 1).
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
 * Every report, the legacy ones behind the core readers included, is read the same way: one request shape, the
 * {@code list} of rows, every numeric field of a row by its WeChat name.
 * Reference: developers.weixin.qq.com/doc/subscription/api/wedata/news/ (api_getarticletotaldetail,
 * api_getbizsummary, api_getarticleread).
 */
public final class WeChatDatacube extends WeChatPart {
    /** user_source of WeChat's all-sources total row in getuserread / getuserreadhour. */
    static final long ALL_SOURCES = 99_999_999L;
    /** Days per request of the reports that take more than one. */
    private static final Map<String, Integer> SPANS = Map.of("getuserread", 3, "getusershare", 7, "getusersummary", 7,
            "getusercumulate", 7);
    private static final LocalTime READY_AT = LocalTime.of(8, 0);
    /** Text fields that may look like numbers but are not counters. */
    private static final Set<String> TEXT_FIELDS = Set.of("msgid", "title", "ref_date", "stat_date");
    /** A counter WeChat sent as text; compiled once (String.matches would compile it for every field of every row). */
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,18}");
    private static final Map<Long, String> READ_SOURCES = Map.of(0L, "session", 1L, "friends", 2L, "moments",
            3L, "tencent_weibo", 4L, "history", 5L, "other", 6L, "kanyikan", 7L, "souyisou");
    private static final Map<Long, String> SHARE_SCENES = Map.of(1L, "friends", 2L, "moments", 3L, "tencent_weibo",
            255L, "other");
    /** The sources of getarticletotal's split: {@code int_page_from_<source>_read_count/_user}. */
    private static final List<String> TOTAL_READ_SOURCES = List.of("session", "hist_msg", "feed", "friends", "other",
            "kanyikan", "souyisou");
    /** The scenes of getarticletotal's moments-share split: {@code feed_share_from_<scene>_cnt/_user}. */
    private static final List<String> TOTAL_SHARE_SCENES = List.of("session", "feed", "other");
    /** getarticletotaldetail's fields that core metrics take (在看 and sharers have none). */
    private static final Map<Metric, String> DETAIL_METRICS = Map.of(Metric.UNIQUE_VIEWERS, "read_user",
            Metric.LIKES, "like_user", Metric.COMMENTS, "comment_count");

    WeChatDatacube(WeChatConnector connector) {
        super(connector);
    }

    /** Daily account reads and shares with their breakdowns, oldest first. */
    public List<WeChatAccountReads> accountReads(DateRange days) {
        Checks.notNull(days, "days");
        return merge(rows("getuserread", days), rows("getusershare", days), false).stream()
                .filter(r -> days.contains(r.day())).toList();
    }

    /** Hourly account reads and shares of one day ({@code getuserreadhour}, {@code getusersharehour}), by hour. */
    public List<WeChatAccountReads> hourlyReads(LocalDate day) {
        Checks.notNull(day, "day");
        DateRange days = DateRange.of(day, day);
        return merge(rows("getuserreadhour", days), rows("getusersharehour", days), true).stream()
                .filter(r -> r.day().equals(day)).toList();
    }

    /** {@code getarticletotal}: per article and stat day, delivered users, totals and WeChat's per-source split. */
    public List<WeChatArticleTotal> articleTotals(DateRange sentDays) {
        return perStatDay("getarticletotal", sentDays, (postId, row, d) -> {
            Map<String, WeChatCount> bySource = new LinkedHashMap<>();
            for (String s : TOTAL_READ_SOURCES) {
                cell(bySource, s, d.raw("int_page_from_" + s + "_read_count"), d.raw("int_page_from_" + s + "_read_user"));
            }
            Map<String, WeChatCount> byScene = new LinkedHashMap<>();
            for (String s : TOTAL_SHARE_SCENES) {
                cell(byScene, s, d.raw("feed_share_from_" + s + "_cnt"), d.raw("feed_share_from_" + s + "_user"));
            }
            return new WeChatArticleTotal(postId, row.title().orElse(""), row.day(), d.day(), opt(d.raw("target_user")),
                    opt(d.raw("int_page_read_count")), opt(d.raw("int_page_read_user")), opt(d.raw("share_count")),
                    opt(d.raw("share_user")), opt(d.raw("add_to_fav_count")), bySource, byScene);
        });
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
        Instant asOf = runtime.clock().instant();
        return perStatDay("getarticletotaldetail", publishDays,
                (postId, row, d) -> snapshot(postId, d, Coverage.LIFETIME, asOf, DETAIL_METRICS));
    }

    // ------------------------------------------------------------------ shared with WeChatMetrics

    LocalDate lastAvailable() {
        return DateSpans.lastAvailableDay(runtime.clock(), c.zone(), 1, READY_AT);
    }

    /** A core snapshot of a post from the row's counters named in {@code fields}; a counter WeChat left out stays absent. */
    ContentMetrics snapshot(String postId, WeChatDatacubeRow row, Coverage coverage, Instant asOf, Map<Metric, String> fields) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        fields.forEach((metric, field) -> row.counter(field).ifPresent(v -> values.put(metric, v.doubleValue())));
        return new ContentMetrics(Platform.WECHAT_OFFICIAL_ACCOUNT, postId, coverage, row.day(), c.zone(), asOf, values);
    }

    /** What {@link #perStatDay} makes of one {@code stat_date} of an article. */
    interface StatDay<T> {
        T of(String postId, WeChatDatacubeRow article, WeChatDatacubeRow statDay);
    }

    /**
     * One value per article and final {@code stat_date} of a report whose rows hold cumulative figures per stat day
     * in their details ({@code getarticletotal}, {@code getarticletotaldetail}).
     */
    <T> List<T> perStatDay(String name, DateRange days, StatDay<T> map) {
        LocalDate last = lastAvailable();
        List<T> out = new ArrayList<>();
        for (WeChatDatacubeRow row : rows(name, days)) {
            String postId = postId(row, "datacube/" + name);
            for (WeChatDatacubeRow d : row.details()) {
                if (!d.day().isAfter(last)) {
                    out.add(map.of(postId, row, d));
                }
            }
        }
        return List.copyOf(out);
    }

    static String postId(WeChatDatacubeRow row, String op) {
        return row.postId().orElseThrow(() -> WeChatErrors.WIRE.unexpected(op, "datacube row without msgid"));
    }

    /** Every row datacube report {@code name} has for the final days of {@code days}, one request per span. */
    List<WeChatDatacubeRow> rows(String name, DateRange days) {
        Checks.notNull(days, "days");
        String op = "datacube/" + name;
        List<WeChatDatacubeRow> out = new ArrayList<>();
        for (DateRange chunk : DateSpans.availableChunks(days, lastAvailable(), SPANS.getOrDefault(name, 1))) {
            DateSpanRequest span = new DateSpanRequest(chunk.start().toString(), chunk.end().toString());
            JsonNode body = runtime.read(op, t -> api.datacube(name, t, span));
            boolean delayed = body.path("is_delay").asBoolean(false);
            JsonNode list = body.path("list");
            if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
                throw WeChatErrors.WIRE.unexpected(op, "list is not an array");
            }
            for (JsonNode row : list) {
                out.add(row(row, "ref_date", delayed, op));
            }
        }
        return List.copyOf(out);
    }

    /** A row, with its details ({@code detail_list} of getarticletotaldetail, {@code details} of getarticletotal). */
    private static WeChatDatacubeRow row(JsonNode row, String dateField, boolean delayed, String op) {
        if (!row.isObject()) {
            throw WeChatErrors.WIRE.unexpected(op, "list entry is not an object");
        }
        String dateText = row.path(dateField).asText(null);
        if (dateText == null && dateField.equals("stat_date")) {
            dateText = row.path("ref_date").asText(null);
        }
        LocalDate day = day(dateText, dateField, op);
        Map<String, Long> counters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isIntegralNumber()) {
                counters.put(f.getKey(), v.asLong());
            } else if (v.isTextual() && !TEXT_FIELDS.contains(f.getKey()) && INTEGER_TEXT.matcher(v.asText()).matches()) {
                counters.put(f.getKey(), Long.parseLong(v.asText()));
            }
        }
        List<WeChatDatacubeRow> details = new ArrayList<>();
        JsonNode detailList = row.has("detail_list") ? row.path("detail_list") : row.path("details");
        if (detailList.isArray()) {
            for (JsonNode d : detailList) {
                details.add(row(d, "stat_date", delayed, op));
            }
        }
        return new WeChatDatacubeRow(day, text(row, "msgid"), text(row, "title"), counters, details, delayed);
    }

    private static Optional<String> text(JsonNode row, String field) {
        JsonNode v = row.path(field);
        return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** A datacube date ({@code yyyy-MM-dd}, read by {@link IsoDays}); another or none is unexpected, naming {@code field}. */
    static LocalDate day(String text, String field, String op) {
        try {
            return IsoDays.parse(Checks.notNull(text, field));
        } catch (DateTimeException | InvalidValueException e) {
            throw WeChatErrors.WIRE.unexpected(op, "unreadable " + field);
        }
    }

    // ------------------------------------------------------------------ account reads: merging rows by slot

    /** A day, or an hour of a day (hour -1 for daily rows), in time order. */
    private record Slot(LocalDate day, int hour) {
        static final Comparator<Slot> ORDER = Comparator.comparing(Slot::day).thenComparingInt(Slot::hour);
    }

    /** Follows the rules of {@link WeChatAccountReads}: the 99999999 row is the total, never added to the others. */
    private static List<WeChatAccountReads> merge(List<WeChatDatacubeRow> reads, List<WeChatDatacubeRow> shares,
                                                  boolean hourly) {
        Map<Slot, List<WeChatDatacubeRow>> readSlots = bySlot(reads, hourly, hourly ? "getuserreadhour" : "getuserread");
        Map<Slot, List<WeChatDatacubeRow>> shareSlots = bySlot(shares, hourly, hourly ? "getusersharehour" : "getusershare");
        Set<Slot> slots = new TreeSet<>(Slot.ORDER);
        slots.addAll(readSlots.keySet());
        slots.addAll(shareSlots.keySet());
        List<WeChatAccountReads> out = new ArrayList<>();
        for (Slot k : slots) {
            List<WeChatDatacubeRow> rs = readSlots.getOrDefault(k, List.of());
            List<WeChatDatacubeRow> total = rs.stream().filter(r -> Objects.equals(r.raw("user_source"), ALL_SOURCES))
                    .reduce((x, y) -> y).map(List::of).orElse(List.of());
            List<WeChatDatacubeRow> unsourced = rs.stream().filter(r -> r.raw("user_source") == null).toList();
            List<WeChatDatacubeRow> sourced = rs.stream().filter(r -> r.raw("user_source") != null
                    && r.raw("user_source") != ALL_SOURCES).toList();
            Map<String, WeChatCount> bySource = counts(sourced, r -> READ_SOURCES.getOrDefault(r.raw("user_source"),
                    "source_" + r.raw("user_source")), "int_page_read_count", "int_page_read_user");
            List<WeChatDatacubeRow> basis = !total.isEmpty() ? total : !unsourced.isEmpty() ? unsourced : sourced;
            OptionalLong readers = basis == sourced
                    ? (bySource.size() == 1 ? opt(bySource.values().iterator().next().users()) : OptionalLong.empty())
                    : basis.size() == 1 ? opt(basis.get(0).raw("int_page_read_user")) : OptionalLong.empty();
            List<WeChatDatacubeRow> ss = shareSlots.getOrDefault(k, List.of());
            Map<String, WeChatCount> byScene = counts(ss, r -> r.raw("share_scene") == null ? "all"
                    : SHARE_SCENES.getOrDefault(r.raw("share_scene"), "scene_" + r.raw("share_scene")), "share_count", "share_user");
            out.add(new WeChatAccountReads(k.day(), hourly ? OptionalInt.of(k.hour()) : OptionalInt.empty(),
                    opt(sum(basis, "int_page_read_count")), readers, opt(sum(ss, "share_count")),
                    ss.size() == 1 ? opt(ss.get(0).raw("share_user")) : OptionalLong.empty(), bySource, byScene));
        }
        return List.copyOf(out);
    }

    private static Map<Slot, List<WeChatDatacubeRow>> bySlot(List<WeChatDatacubeRow> rows, boolean hourly, String name) {
        Map<Slot, List<WeChatDatacubeRow>> out = new HashMap<>();
        for (WeChatDatacubeRow r : rows) {
            int hour = -1;
            if (hourly) {
                Long h = r.raw("ref_hour");
                if (h == null || h < 0 || h > 2300 || h % 100 != 0) {
                    throw WeChatErrors.WIRE.unexpected("datacube/" + name, "unreadable ref_hour " + h);
                }
                hour = (int) (h / 100);
            }
            out.computeIfAbsent(new Slot(r.day(), hour), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Count and users per name, summed over the rows of each name. */
    private static Map<String, WeChatCount> counts(List<WeChatDatacubeRow> rows, Function<WeChatDatacubeRow, String> name,
                                                   String count, String users) {
        Map<String, WeChatCount> out = new LinkedHashMap<>();
        for (WeChatDatacubeRow r : rows) {
            out.merge(name.apply(r), WeChatCount.of(r.raw(count), r.raw(users)), WeChatCount::plus);
        }
        return out;
    }

    private static Long sum(List<WeChatDatacubeRow> rows, String field) {
        Long sum = null;
        for (WeChatDatacubeRow r : rows) {
            Long v = r.raw(field);
            sum = v == null ? sum : sum == null ? v : sum + v;
        }
        return sum;
    }

    private static void cell(Map<String, WeChatCount> into, String key, Long count, Long users) {
        if (count != null || users != null) {
            into.put(key, WeChatCount.of(count, users));
        }
    }

    private static OptionalLong opt(Long v) {
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }
}
