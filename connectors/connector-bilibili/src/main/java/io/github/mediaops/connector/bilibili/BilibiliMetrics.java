package io.github.mediaops.connector.bilibili;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.LifetimeCounts;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statistics Bilibili opens to apps (数据开放服务, platform-apis-2.md §7.3):
 * <ul>
 *   <li>content metrics: the account's archives ({@code arcopen/fn/archive/viewlist}, 20 a page) and, for each
 *   open one ({@code addit_info.state} 0), its lifetime counts ({@code arcopen/fn/data/arc/stat}): {@code view} →
 *   {@link Metric#VIEWS}, {@code danmaku} → {@link Metric#DANMAKU}, {@code reply} → {@link Metric#COMMENTS},
 *   {@code favorite} → {@link Metric#SAVES}, {@code share} → {@link Metric#SHARES}, {@code like} →
 *   {@link Metric#LIKES}; {@code coin} has no core metric and is not mapped;</li>
 *   <li>audience metrics: {@code arcopen/fn/data/user/stat} {@code follower} → {@link AudienceMetric#FOLLOWERS_TOTAL};</li>
 *   <li>the 30-day increments ({@code arcopen/fn/data/arc/inc-stats}) as {@link BilibiliIncrements}.</li>
 * </ul>
 * Bilibili reports live totals only, so a snapshot is a {@link io.github.mediaops.core.metrics.Coverage#LIFETIME}
 * reading dated today in Asia/Shanghai with its {@code asOf} instant, and only a range that contains today gets
 * one (any other range is answered empty, without a call). A count Bilibili leaves out stays absent, never zero.
 */
final class BilibiliMetrics implements ContentMetricsReader, AudienceMetricsReader {
    static final int PAGE = 20;
    static final int MAX_PAGES = 500;
    static final String LIST = "arcopen/fn/archive/viewlist";
    static final String ARC_STAT = "arcopen/fn/data/arc/stat";
    static final String USER_STAT = "arcopen/fn/data/user/stat";
    static final String INC_STATS = "arcopen/fn/data/arc/inc-stats";
    private static final byte[] EMPTY = new byte[0];

    /** The {@code inc-stats} fields with a core metric; the comment increment is handled apart (two spellings). */
    private static final Map<String, Metric> INCREMENTS = Map.of("inc_click", Metric.VIEWS, "inc_dm", Metric.DANMAKU,
            "inc_fav", Metric.SAVES, "inc_share", Metric.SHARES, "inc_like", Metric.LIKES);
    /** The misspelt field of Bilibili's documentation and the spelling other clients expect. */
    static final String ICN_REPLY = "icn_reply";
    static final String INC_REPLY = "inc_reply";

    private final BilibiliApi api;
    private final String clientId;
    private final BilibiliSigner signer;
    private final ConnectorRuntime runtime;
    private final UserTokens users;

    BilibiliMetrics(BilibiliApi api, String clientId, BilibiliSigner signer, ConnectorRuntime runtime, UserTokens users) {
        this.api = api;
        this.clientId = clientId;
        this.signer = signer;
        this.runtime = runtime;
        this.users = users;
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        String openId = BilibiliConnector.openId(account);
        Optional<LocalDate> within = DateSpans.todayWithin(days, runtime.clock(), BilibiliConnector.ZONE);
        if (within.isEmpty()) {
            return List.of();
        }
        LocalDate today = within.get();
        TokenManager tokens = users.account(openId);
        Instant asOf = runtime.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (BilibiliApi.Archive a : archives(openId)) {
            if (a.additInfo() == null || !Integer.valueOf(0).equals(a.additInfo().state())) {
                continue; // under review or returned: Bilibili counts nothing for it yet
            }
            BilibiliApi.Envelope<BilibiliApi.ArcStat> e = runtime.read(ARC_STAT, tokens,
                    token -> api.arcStat(signer.headers(EMPTY, token), clientId, token, a.resourceId()));
            ContentMetrics m = stat(a.resourceId(), e, today, asOf);
            if (!m.values().isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The lifetime snapshot of one {@code arc/stat} answer. */
    static ContentMetrics stat(String resourceId, BilibiliApi.Envelope<BilibiliApi.ArcStat> e, LocalDate day, Instant asOf) {
        if (e == null || e.data() == null) {
            throw BilibiliConnector.WIRE.unexpected(ARC_STAT, "an answer without data");
        }
        BilibiliApi.ArcStat s = e.data();
        LifetimeCounts m = LifetimeCounts.content(BilibiliConnector.PLATFORM, ARC_STAT, resourceId, day,
                        BilibiliConnector.ZONE, asOf)
                .count(Metric.VIEWS, "data.view", s.view())
                .count(Metric.DANMAKU, "data.danmaku", s.danmaku())
                .count(Metric.COMMENTS, "data.reply", s.reply())
                .count(Metric.SAVES, "data.favorite", s.favorite())
                .count(Metric.SHARES, "data.share", s.share())
                .count(Metric.LIKES, "data.like", s.like());
        m.check("data.coin", s.coin()); // checked (a negative count is refused) but has no core metric
        return m.metrics();
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        String openId = BilibiliConnector.openId(account);
        Optional<LocalDate> today = DateSpans.todayWithin(days, runtime.clock(), BilibiliConnector.ZONE);
        if (today.isEmpty()) {
            return List.of();
        }
        BilibiliApi.Envelope<BilibiliApi.UserStat> e = runtime.read(USER_STAT, users.account(openId),
                token -> api.userStat(signer.headers(EMPTY, token), clientId, token));
        return follower(account, e, today.get(), runtime.clock().instant());
    }

    static List<AudienceMetrics> follower(AccountRef account, BilibiliApi.Envelope<BilibiliApi.UserStat> e, LocalDate day,
                                          Instant asOf) {
        if (e == null || e.data() == null) {
            throw BilibiliConnector.WIRE.unexpected(USER_STAT, "an answer without data");
        }
        Long followers = count(USER_STAT, "data.follower", e.data().follower());
        count(USER_STAT, "data.following", e.data().following());
        count(USER_STAT, "data.arc_passed_total", e.data().arcPassedTotal());
        return LifetimeCounts.followers(account, day, BilibiliConnector.ZONE, () -> asOf, followers);
    }

    BilibiliIncrements increments(AccountRef account) {
        String openId = BilibiliConnector.openId(account);
        BilibiliApi.Envelope<Map<String, Object>> e = runtime.read(INC_STATS, users.account(openId),
                token -> api.incStats(signer.headers(EMPTY, token), clientId, token));
        return increments(account, e, runtime.clock().instant());
    }

    static BilibiliIncrements increments(AccountRef account, BilibiliApi.Envelope<Map<String, Object>> e, Instant asOf) {
        if (e == null || e.data() == null) {
            throw BilibiliConnector.WIRE.unexpected(INC_STATS, "an answer without data");
        }
        Map<String, Object> d = e.data();
        Map<Metric, Long> values = new EnumMap<>(Metric.class);
        INCREMENTS.forEach((field, metric) -> {
            Long v = count(INC_STATS, "data." + field, d.get(field));
            if (v != null) {
                values.put(metric, v);
            }
        });
        Long icn = count(INC_STATS, "data." + ICN_REPLY, d.get(ICN_REPLY));
        Long inc = count(INC_STATS, "data." + INC_REPLY, d.get(INC_REPLY));
        if (icn != null && inc != null && !icn.equals(inc)) {
            throw BilibiliConnector.WIRE.unexpected(INC_STATS, "an answer with both icn_reply (" + icn + ") and inc_reply ("
                    + inc + ")");
        }
        Long replies = icn != null ? icn : inc;
        if (replies != null) {
            values.put(Metric.COMMENTS, replies);
        }
        Map<String, Long> unmapped = new LinkedHashMap<>();
        for (String field : List.of("inc_coin", "inc_elec")) {
            Long v = count(INC_STATS, "data." + field, d.get(field));
            if (v != null) {
                unmapped.put(field, v);
            }
        }
        return new BilibiliIncrements(account, BilibiliIncrements.WINDOW_DAYS, asOf, values, unmapped);
    }

    /** Every archive of the account, newest first, page by page until a short or repeated page. */
    List<BilibiliApi.Archive> archives(String openId) {
        TokenManager tokens = users.account(openId);
        List<BilibiliApi.Archive> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int pn = 1; pn <= MAX_PAGES; pn++) {
            int page = pn;
            BilibiliApi.Envelope<BilibiliApi.ArchiveList> e = runtime.read(LIST, tokens,
                    token -> api.viewList(signer.headers(EMPTY, token), clientId, token, page, PAGE));
            if (e == null || e.data() == null) {
                throw BilibiliConnector.WIRE.unexpected(LIST, "an answer without data");
            }
            List<BilibiliApi.Archive> list = e.data().list() == null ? List.of() : e.data().list();
            int before = all.size();
            for (BilibiliApi.Archive a : list) {
                BilibiliConnector.WIRE.required(LIST, "data.list[].resource_id", a.resourceId());
                if (seen.add(a.resourceId())) {
                    all.add(a);
                }
            }
            Integer total = e.data().page() == null ? null : e.data().page().total();
            if (list.size() < PAGE || all.size() == before || (total != null && all.size() >= total)) {
                break;
            }
        }
        return all;
    }

    private static Long count(String op, String field, Object value) {
        return BilibiliConnector.WIRE.count(op, field, value);
    }
}
