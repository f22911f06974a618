package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.wechat.WeChatWire.ArticleCounters;
import io.github.mediaops.connector.wechat.WeChatWire.DateSpanRequest;
import io.github.mediaops.connector.wechat.WeChatWire.ReadRow;
import io.github.mediaops.connector.wechat.WeChatWire.Rows;
import io.github.mediaops.connector.wechat.WeChatWire.TotalDetail;
import io.github.mediaops.connector.wechat.WeChatWire.UserSummaryRow;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import retrofit2.Call;

/**
 * Datacube reports ({@code platform-apis.md} §1.3-1.4), split to each endpoint's maximum span and
 * clamped to T+1: data for day D is complete from 08:00 Beijing time on D+1.
 *
 * <p>Content: {@code getarticlesummary} gives a {@link Coverage#DAY} snapshot per post and day;
 * {@code getarticletotal} gives {@link Coverage#LIFETIME} snapshots for posts published in the range (up
 * to 7 days after publishing). Mapped: views = int_page_read_count, unique viewers = int_page_read_user,
 * shares = share_count, saves = add_to_fav_count, and for lifetime rows reach = target_user (送达人数).
 * The legacy endpoints report no likes, comments count or completion rate: those metrics stay absent.
 * Post id = WeChat {@code msgid} ({@code <msg_data_id>_<index>}).
 *
 * <p>Account reads ({@code getuserread}, {@code getuserreadhour}, {@code getusershare},
 * {@code getusersharehour}): the {@code user_source} 99999999 row is WeChat's all-sources total and is
 * never added to the per-source rows (see {@link WeChatAccountReads}).
 *
 * <p>Audience: {@code getusersummary} (new and cancelled followers by source) and
 * {@code getusercumulate} (total), 7 days per request.
 */
final class WeChatMetrics extends WeChatPart implements ContentMetricsReader, AudienceMetricsReader {
    static final int SUMMARY_SPAN = 1;
    static final int TOTAL_SPAN = 1;
    static final int USER_SPAN = 7;
    static final int USER_READ_SPAN = 3;
    static final int USER_SHARE_SPAN = 7;
    static final int HOUR_SPAN = 1;
    /** user_source of WeChat's all-sources total row in getuserread / getuserreadhour. */
    static final int ALL_SOURCES = 99_999_999;
    private static final Map<Integer, String> READ_SOURCES = Map.of(0, "session", 1, "friends", 2, "moments",
            3, "tencent_weibo", 4, "history", 5, "other", 6, "kanyikan", 7, "souyisou");
    private static final Map<Integer, String> SHARE_SCENES = Map.of(1, "friends", 2, "moments", 3, "tencent_weibo",
            255, "other");
    private static final LocalTime READY_AT = LocalTime.of(8, 0);
    private static final Map<Integer, String> SOURCES = Map.of(0, "other", 1, "search", 17, "card_share", 30, "qr_code",
            57, "article", 100, "ads", 161, "repost", 149, "mini_program", 200, "channels", 201, "live");


    WeChatMetrics(WeChatConnector connector, ConnectorRuntime runtime) {
        super(connector, runtime);
    }

    LocalDate lastAvailable() {
        return DateSpans.lastAvailableDay(c.clock(), c.zone(), 1, READY_AT);
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        c.checkAccount(account);
        Checks.notNull(days, "days");
        LocalDate last = lastAvailable();
        Instant asOf = c.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (ArticleCounters row : rows("datacube/getarticlesummary", days, last, SUMMARY_SPAN, api::articleSummary)) {
            out.add(snapshot(row, Coverage.DAY, day(row.refDate(), "ref_date", "datacube/getarticlesummary"), asOf));
        }
        if (c.lifetimeMetrics()) {
            for (ArticleCounters row : rows("datacube/getarticletotal", days, last, TOTAL_SPAN, api::articleTotal)) {
                for (TotalDetail d : row.details() == null ? List.<TotalDetail>of() : row.details()) {
                    LocalDate stat = day(d.statDate(), "stat_date", "datacube/getarticletotal");
                    if (!stat.isAfter(last)) {
                        ContentMetrics m = snapshot(withPost(d, row.msgid()), Coverage.LIFETIME, stat, asOf);
                        out.add(d.targetUser() == null ? m : m.with(Metric.REACH, d.targetUser()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static ArticleCounters withPost(TotalDetail d, String msgid) {
        return new ArticleCounters(d.statDate(), msgid, null, d.intPageReadUser(), d.intPageReadCount(),
                d.oriPageReadUser(), d.oriPageReadCount(), d.shareUser(), d.shareCount(), d.addToFavUser(), d.addToFavCount(),
                null);
    }

    /** getarticletotal with WeChat's per-source split, one entry per article and stat_date (final days only). */
    List<WeChatArticleTotal> articleTotals(DateRange days) {
        Checks.notNull(days, "days");
        LocalDate last = lastAvailable();
        List<WeChatArticleTotal> out = new ArrayList<>();
        for (ArticleCounters row : rows("datacube/getarticletotal", days, last, TOTAL_SPAN, api::articleTotal)) {
            if (row.msgid() == null || row.msgid().isBlank()) {
                throw WeChatErrors.unexpected("datacube/getarticletotal", "datacube row without msgid");
            }
            LocalDate sent = day(row.refDate(), "ref_date", "datacube/getarticletotal");
            for (TotalDetail d : row.details() == null ? List.<TotalDetail>of() : row.details()) {
                LocalDate stat = day(d.statDate(), "stat_date", "datacube/getarticletotal");
                if (stat.isAfter(last)) {
                    continue;
                }
                Map<String, WeChatCount> bySource = new LinkedHashMap<>();
                cell(bySource, "session", d.intPageFromSessionReadCount(), d.intPageFromSessionReadUser());
                cell(bySource, "hist_msg", d.intPageFromHistMsgReadCount(), d.intPageFromHistMsgReadUser());
                cell(bySource, "feed", d.intPageFromFeedReadCount(), d.intPageFromFeedReadUser());
                cell(bySource, "friends", d.intPageFromFriendsReadCount(), d.intPageFromFriendsReadUser());
                cell(bySource, "other", d.intPageFromOtherReadCount(), d.intPageFromOtherReadUser());
                cell(bySource, "kanyikan", d.intPageFromKanyikanReadCount(), d.intPageFromKanyikanReadUser());
                cell(bySource, "souyisou", d.intPageFromSouyisouReadCount(), d.intPageFromSouyisouReadUser());
                Map<String, WeChatCount> byScene = new LinkedHashMap<>();
                cell(byScene, "session", d.feedShareFromSessionCnt(), d.feedShareFromSessionUser());
                cell(byScene, "feed", d.feedShareFromFeedCnt(), d.feedShareFromFeedUser());
                cell(byScene, "other", d.feedShareFromOtherCnt(), d.feedShareFromOtherUser());
                out.add(new WeChatArticleTotal(row.msgid(), row.title() == null ? "" : row.title(), sent, stat,
                        opt(d.targetUser()), opt(d.intPageReadCount()), opt(d.intPageReadUser()), opt(d.shareCount()),
                        opt(d.shareUser()), opt(d.addToFavCount()), bySource, byScene));
            }
        }
        return List.copyOf(out);
    }

    private static void cell(Map<String, WeChatCount> into, String key, Long count, Long users) {
        if (count != null || users != null) {
            into.put(key, WeChatCount.of(count, users));
        }
    }

    private ContentMetrics snapshot(ArticleCounters row, Coverage coverage, LocalDate day, Instant asOf) {
        if (row.msgid() == null || row.msgid().isBlank()) {
            throw WeChatErrors.unexpected("datacube", "datacube row without msgid");
        }
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        put(values, Metric.VIEWS, row.intPageReadCount());
        put(values, Metric.UNIQUE_VIEWERS, row.intPageReadUser());
        put(values, Metric.SHARES, row.shareCount());
        put(values, Metric.SAVES, row.addToFavCount());
        return new ContentMetrics(Platform.WECHAT_OFFICIAL_ACCOUNT, row.msgid(), coverage, day, c.zone(), asOf, values);
    }

    private static void put(Map<Metric, Double> values, Metric m, Long v) {
        if (v != null) {
            values.put(m, v.doubleValue());
        }
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        c.checkAccount(account);
        Checks.notNull(days, "days");
        LocalDate last = lastAvailable();
        Instant asOf = c.clock().instant();
        Map<LocalDate, Map<AudienceMetric, Long>> values = new TreeMap<>();
        Map<LocalDate, Map<String, Long>> sources = new TreeMap<>();
        for (UserSummaryRow r : rows("datacube/getusersummary", days, last, USER_SPAN, api::userSummary)) {
            LocalDate d = day(r.refDate(), "ref_date", "datacube/getusersummary");
            Map<AudienceMetric, Long> v = values.computeIfAbsent(d, k -> new EnumMap<>(AudienceMetric.class));
            if (r.newUser() != null) {
                v.merge(AudienceMetric.NEW_FOLLOWERS, r.newUser(), Long::sum);
                String source = r.userSource() == null ? "other" : SOURCES.getOrDefault(r.userSource(), "source_" + r.userSource());
                sources.computeIfAbsent(d, k -> new LinkedHashMap<>()).merge(source, r.newUser(), Long::sum);
            }
            if (r.cancelUser() != null) {
                v.merge(AudienceMetric.LOST_FOLLOWERS, r.cancelUser(), Long::sum);
            }
        }
        for (UserSummaryRow r : rows("datacube/getusercumulate", days, last, USER_SPAN, api::userCumulate)) {
            if (r.cumulateUser() != null) {
                values.computeIfAbsent(day(r.refDate(), "ref_date", "datacube/getusercumulate"),
                        k -> new EnumMap<>(AudienceMetric.class)).put(AudienceMetric.FOLLOWERS_TOTAL, r.cumulateUser());
            }
        }
        List<AudienceMetrics> out = new ArrayList<>();
        values.forEach((d, v) -> {
            if (days.contains(d)) {
                out.add(new AudienceMetrics(account, d, c.zone(), asOf, v, sources.getOrDefault(d, Map.of())));
            }
        });
        return List.copyOf(out);
    }

    /** getuserread (3 days per call) and getusershare (7 days per call), merged per day, oldest first. */
    List<WeChatAccountReads> accountReads(DateRange days) {
        Checks.notNull(days, "days");
        LocalDate last = lastAvailable();
        List<ReadRow> reads = rows("datacube/getuserread", days, last, USER_READ_SPAN, api::userRead);
        List<ReadRow> shares = rows("datacube/getusershare", days, last, USER_SHARE_SPAN, api::userShare);
        return merge(reads, shares, false).stream().filter(r -> days.contains(r.day())).toList();
    }

    /** getuserreadhour and getusersharehour for one day (final days only), by hour, oldest first. */
    List<WeChatAccountReads> hourlyReads(LocalDate day) {
        Checks.notNull(day, "day");
        LocalDate last = lastAvailable();
        DateRange days = DateRange.of(day, day);
        List<ReadRow> reads = rows("datacube/getuserreadhour", days, last, HOUR_SPAN, api::userReadHour);
        List<ReadRow> shares = rows("datacube/getusersharehour", days, last, HOUR_SPAN, api::userShareHour);
        return merge(reads, shares, true).stream().filter(r -> r.day().equals(day)).toList();
    }

    private record Slot(LocalDate day, int hour) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            int d = day.compareTo(o.day);
            return d != 0 ? d : Integer.compare(hour, o.hour);
        }
    }

    /** The rows of one slot: WeChat's total row (if any), rows without a source, per-source rows, share scenes. */
    private static final class SlotRows {
        ReadRow total;
        final List<ReadRow> unsourced = new ArrayList<>();
        final Map<String, WeChatCount> bySource = new LinkedHashMap<>();
        final Map<String, WeChatCount> byScene = new LinkedHashMap<>();
        Long sourcedReads;
        Long shares;
        Long sharers;
        int scenes;
    }

    private static List<WeChatAccountReads> merge(List<ReadRow> reads, List<ReadRow> shares, boolean hourly) {
        String readOp = hourly ? "datacube/getuserreadhour" : "datacube/getuserread";
        String shareOp = hourly ? "datacube/getusersharehour" : "datacube/getusershare";
        Map<Slot, SlotRows> slots = new TreeMap<>();
        for (ReadRow r : reads) {
            SlotRows s = slots.computeIfAbsent(slot(r, hourly, readOp), k -> new SlotRows());
            if (r.userSource() == null) {
                s.unsourced.add(r);
            } else if (r.userSource() == ALL_SOURCES) {
                s.total = r;
            } else {
                String name = READ_SOURCES.getOrDefault(r.userSource(), "source_" + r.userSource());
                s.bySource.merge(name, WeChatCount.of(r.intPageReadCount(), r.intPageReadUser()),
                        (x, y) -> new WeChatCount(x.count() + y.count(), x.users() + y.users()));
                s.sourcedReads = add(s.sourcedReads, r.intPageReadCount());
            }
        }
        for (ReadRow r : shares) {
            SlotRows s = slots.computeIfAbsent(slot(r, hourly, shareOp), k -> new SlotRows());
            String name = r.shareScene() == null ? "all" : SHARE_SCENES.getOrDefault(r.shareScene(), "scene_" + r.shareScene());
            s.byScene.merge(name, WeChatCount.of(r.shareCount(), r.shareUser()),
                    (x, y) -> new WeChatCount(x.count() + y.count(), x.users() + y.users()));
            s.shares = add(s.shares, r.shareCount());
            s.sharers = r.shareUser();
            s.scenes++;
        }
        List<WeChatAccountReads> out = new ArrayList<>();
        slots.forEach((k, s) -> {
            OptionalLong reads0;
            OptionalLong readers;
            if (s.total != null) {
                reads0 = opt(s.total.intPageReadCount());
                readers = opt(s.total.intPageReadUser());
            } else if (!s.unsourced.isEmpty()) {
                reads0 = opt(sum(s.unsourced, ReadRow::intPageReadCount));
                readers = s.unsourced.size() == 1 ? opt(s.unsourced.get(0).intPageReadUser()) : OptionalLong.empty();
            } else {
                reads0 = opt(s.sourcedReads);
                readers = s.bySource.size() == 1 ? opt(s.bySource.values().iterator().next().users()) : OptionalLong.empty();
            }
            OptionalLong sharers = s.scenes == 1 ? opt(s.sharers) : OptionalLong.empty();
            out.add(new WeChatAccountReads(k.day(), hourly ? OptionalInt.of(k.hour()) : OptionalInt.empty(), reads0, readers,
                    opt(s.shares), sharers, s.bySource, s.byScene));
        });
        return List.copyOf(out);
    }

    private static Long sum(List<ReadRow> rows, Function<ReadRow, Long> f) {
        Long total = null;
        for (ReadRow r : rows) {
            total = add(total, f.apply(r));
        }
        return total;
    }

    private static Slot slot(ReadRow r, boolean hourly, String op) {
        LocalDate d = day(r.refDate(), "ref_date", op);
        if (!hourly) {
            return new Slot(d, -1);
        }
        Integer h = r.refHour();
        if (h == null || h < 0 || h > 2300 || h % 100 != 0) {
            throw WeChatErrors.unexpected(op, "unreadable ref_hour " + h);
        }
        return new Slot(d, h / 100);
    }

    private static Long add(Long sum, Long v) {
        return v == null ? sum : sum == null ? v : sum + v;
    }

    private static OptionalLong opt(Long v) {
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    static DateSpanRequest span(DateRange r) {
        return new DateSpanRequest(r.start().toString(), r.end().toString());
    }

    /** Every row {@code op} has for the final days of {@code days}, one request per {@code span} days. */
    private <T> List<T> rows(String op, DateRange days, LocalDate last, int span,
                             BiFunction<String, DateSpanRequest, Call<Rows<T>>> call) {
        List<T> out = new ArrayList<>();
        for (DateRange chunk : DateSpans.availableChunks(days, last, span)) {
            out.addAll(runtime.read(op, t -> call.apply(t, span(chunk))).rows());
        }
        return out;
    }

    /**
     * A datacube date ({@code yyyy-MM-dd}). WeChat's own shape is read directly (every row of every
     * answer has one, and {@link LocalDate#parse} costs about as much as the rest of the row's mapping);
     * anything else goes through {@link LocalDate#parse}, so what is accepted is exactly ISO-8601.
     */
    static LocalDate day(String text, String field, String op) {
        try {
            Checks.notNull(text, field);
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                    && digits(text, 5, 7) && digits(text, 8, 10)) {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            }
            return LocalDate.parse(text);
        } catch (DateTimeException | io.github.mediaops.core.InvalidValueException e) {
            throw WeChatErrors.unexpected(op, "unreadable " + field);
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
