package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.wechat.WeChatWire.ArticleCounters;
import io.github.mediaops.connector.wechat.WeChatWire.ArticleList;
import io.github.mediaops.connector.wechat.WeChatWire.DateSpanRequest;
import io.github.mediaops.connector.wechat.WeChatWire.UserSummaryList;
import io.github.mediaops.connector.wechat.WeChatWire.UserSummaryRow;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Datacube reports ({@code platform-apis.md} §1.3-1.4), split to each endpoint's maximum span and
 * clamped to T+1: data for day D is complete from 08:00 Beijing time on D+1.
 *
 * <p>Content: {@code getarticlesummary} gives a {@link Coverage#DAY} snapshot per post and day;
 * {@code getarticletotal} gives {@link Coverage#LIFETIME} snapshots for posts published in the range (up
 * to 7 days after publishing). Mapped: views = int_page_read_count, unique viewers = int_page_read_user,
 * shares = share_count, saves = add_to_fav_count. WeChat reports no likes, comments count or completion
 * rate here: those metrics stay absent. Post id = WeChat {@code msgid} ({@code <msg_data_id>_<index>}).
 *
 * <p>Audience: {@code getusersummary} (new and cancelled followers by source) and
 * {@code getusercumulate} (total), 7 days per request.
 */
final class WeChatMetrics implements ContentMetricsReader, AudienceMetricsReader {
    static final int SUMMARY_SPAN = 1;
    static final int TOTAL_SPAN = 1;
    static final int USER_SPAN = 7;
    static final int USER_READ_SPAN = 3;
    static final int USER_SHARE_SPAN = 7;
    private static final LocalTime READY_AT = LocalTime.of(8, 0);
    private static final Map<Integer, String> SOURCES = Map.of(0, "other", 1, "search", 17, "card_share", 30, "qr_code",
            57, "article", 100, "ads", 161, "repost", 149, "mini_program", 200, "channels", 201, "live");

    private final WeChatConnector c;

    WeChatMetrics(WeChatConnector connector) {
        this.c = connector;
    }

    private LocalDate lastAvailable() {
        return DateSpans.lastAvailableDay(c.clock(), c.zone(), 1, READY_AT);
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        c.checkAccount(account);
        Checks.notNull(days, "days");
        LocalDate last = lastAvailable();
        Instant asOf = c.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (DateRange chunk : DateSpans.availableChunks(days, last, SUMMARY_SPAN)) {
            ArticleList list = c.exec().execute(Operation.read("datacube/getarticlesummary", c.rateKey()),
                    t -> c.api().articleSummary(t, span(chunk)));
            for (ArticleCounters row : rows(list)) {
                out.add(snapshot(row, Coverage.DAY, day(row.refDate(), "ref_date", "datacube/getarticlesummary"), asOf));
            }
        }
        if (c.lifetimeMetrics()) {
            for (DateRange chunk : DateSpans.availableChunks(days, last, TOTAL_SPAN)) {
                ArticleList list = c.exec().execute(Operation.read("datacube/getarticletotal", c.rateKey()),
                        t -> c.api().articleTotal(t, span(chunk)));
                for (ArticleCounters row : rows(list)) {
                    if (row.details() == null) {
                        continue;
                    }
                    for (ArticleCounters d : row.details()) {
                        LocalDate stat = day(d.statDate(), "stat_date", "datacube/getarticletotal");
                        if (!stat.isAfter(last)) {
                            out.add(snapshot(withPost(d, row.msgid()), Coverage.LIFETIME, stat, asOf));
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static ArticleCounters withPost(ArticleCounters d, String msgid) {
        return new ArticleCounters(d.refDate(), d.statDate(), msgid, d.title(), d.intPageReadUser(), d.intPageReadCount(),
                d.oriPageReadUser(), d.oriPageReadCount(), d.shareUser(), d.shareCount(), d.addToFavUser(), d.addToFavCount(),
                null);
    }

    private ContentMetrics snapshot(ArticleCounters row, Coverage coverage, LocalDate day, Instant asOf) {
        if (row.msgid() == null || row.msgid().isBlank()) {
            throw new UnexpectedResponseException("datacube row without msgid",
                    ErrorDetails.builder(Platform.WECHAT_OFFICIAL_ACCOUNT).operation("datacube").build());
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
        for (DateRange chunk : DateSpans.availableChunks(days, last, USER_SPAN)) {
            UserSummaryList summary = c.exec().execute(Operation.read("datacube/getusersummary", c.rateKey()),
                    t -> c.api().userSummary(t, span(chunk)));
            for (UserSummaryRow r : rows(summary)) {
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
            UserSummaryList cumulate = c.exec().execute(Operation.read("datacube/getusercumulate", c.rateKey()),
                    t -> c.api().userCumulate(t, span(chunk)));
            for (UserSummaryRow r : rows(cumulate)) {
                if (r.cumulateUser() != null) {
                    values.computeIfAbsent(day(r.refDate(), "ref_date", "datacube/getusercumulate"),
                            k -> new EnumMap<>(AudienceMetric.class)).put(AudienceMetric.FOLLOWERS_TOTAL, r.cumulateUser());
                }
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
        Map<LocalDate, Long[]> byDay = new TreeMap<>();
        for (DateRange chunk : DateSpans.availableChunks(days, last, USER_READ_SPAN)) {
            ArticleList list = c.exec().execute(Operation.read("datacube/getuserread", c.rateKey()),
                    t -> c.api().userRead(t, span(chunk)));
            for (ArticleCounters r : rows(list)) {
                Long[] v = byDay.computeIfAbsent(day(r.refDate(), "ref_date", "datacube/getuserread"), k -> new Long[4]);
                v[0] = add(v[0], r.intPageReadCount());
                v[1] = add(v[1], r.intPageReadUser());
            }
        }
        for (DateRange chunk : DateSpans.availableChunks(days, last, USER_SHARE_SPAN)) {
            ArticleList list = c.exec().execute(Operation.read("datacube/getusershare", c.rateKey()),
                    t -> c.api().userShare(t, span(chunk)));
            for (ArticleCounters r : rows(list)) {
                Long[] v = byDay.computeIfAbsent(day(r.refDate(), "ref_date", "datacube/getusershare"), k -> new Long[4]);
                v[2] = add(v[2], r.shareCount());
                v[3] = add(v[3], r.shareUser());
            }
        }
        List<WeChatAccountReads> out = new ArrayList<>();
        byDay.forEach((d, v) -> out.add(new WeChatAccountReads(d, opt(v[0]), opt(v[1]), opt(v[2]), opt(v[3]))));
        return List.copyOf(out);
    }

    private static Long add(Long sum, Long v) {
        return v == null ? sum : sum == null ? v : sum + v;
    }

    private static java.util.OptionalLong opt(Long v) {
        return v == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v);
    }

    private static DateSpanRequest span(DateRange r) {
        return new DateSpanRequest(r.start().toString(), r.end().toString());
    }

    private static List<ArticleCounters> rows(ArticleList list) {
        return list.list() == null ? List.of() : list.list();
    }

    private static List<UserSummaryRow> rows(UserSummaryList list) {
        return list.list() == null ? List.of() : list.list();
    }

    private static LocalDate day(String text, String field, String op) {
        try {
            return LocalDate.parse(Checks.notNull(text, field));
        } catch (DateTimeParseException | io.github.mediaops.core.InvalidValueException e) {
            throw new UnexpectedResponseException("unreadable " + field,
                    ErrorDetails.builder(Platform.WECHAT_OFFICIAL_ACCOUNT).operation(op).build());
        }
    }
}
