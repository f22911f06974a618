package io.github.mediaops.connector.douyin;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.IsoDays;
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
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-video daily series ({@code data/external/item/{play,like,comment,share}/}) and daily fans
 * ({@code data/external/user/fans/}). Douyin serves the last 7, 15 or 30 days ({@code date_type}) up to
 * yesterday in Asia/Shanghai, and only for videos created in the last 30 days; older days are not
 * available and are not returned. A day or metric the platform leaves out stays absent (never zero).
 */
final class DouyinMetrics implements ContentMetricsReader, AudienceMetricsReader {
    static final int PAGE = 20;
    static final int MAX_PAGES = 100;
    /** Series endpoint key → core metric. */
    static final Map<String, Metric> SERIES = Map.of("play", Metric.VIEWS, "like", Metric.LIKES,
            "comment", Metric.COMMENTS, "share", Metric.SHARES);
    private static final List<String> ORDER = List.of("play", "like", "comment", "share");

    private final DouyinApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;

    DouyinMetrics(DouyinApi api, ConnectorRuntime runtime, UserTokens users) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        String openId = openId(account);
        LocalDate today = today();
        int dateType = dateType(today, Checks.notNull(days, "days"));
        if (dateType == 0) {
            return List.of();
        }
        TokenManager tokens = users.account(openId);
        Instant asOf = runtime.clock().instant();
        LocalDate oldestVideo = today.minusDays(30);
        List<ContentMetrics> out = new ArrayList<>();
        for (DouyinApi.Video v : videos(runtime, api, openId, tokens)) {
            if (v.itemId() == null || v.itemId().isBlank()) {
                throw DouyinConnector.RESPONSES.unexpected("api/douyin/v1/video/video_list", "a video without item_id");
            }
            if (v.createTime() != null && LocalDate.ofInstant(Instant.ofEpochSecond(v.createTime()), DouyinConnector.ZONE)
                    .isBefore(oldestVideo)) {
                continue; // Douyin keeps item data for videos created in the last 30 days only
            }
            TreeMap<LocalDate, ContentMetrics> byDay = new TreeMap<>();
            for (String key : ORDER) {
                String endpoint = "data/external/item/" + key;
                DouyinApi.SeriesEnvelope e = runtime.read(endpoint, tokens,
                        token -> api.itemSeries(token, key, openId, v.itemId(), dateType));
                for (Map<String, String> row : rows(endpoint, e)) {
                    LocalDate day = day(endpoint, row);
                    if (!days.contains(day) || !day.isBefore(today)) {
                        continue;
                    }
                    Long value = count(endpoint, key, row.get(key));
                    ContentMetrics m = byDay.computeIfAbsent(day,
                            d -> ContentMetrics.daily(Platform.DOUYIN, v.itemId(), d, DouyinConnector.ZONE, asOf));
                    if (value != null) {
                        byDay.put(day, m.with(SERIES.get(key), value));
                    }
                }
            }
            byDay.values().stream().filter(m -> !m.values().isEmpty()).forEach(out::add);
        }
        return out;
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        String openId = openId(account);
        LocalDate today = today();
        int dateType = dateType(today, Checks.notNull(days, "days"));
        if (dateType == 0) {
            return List.of();
        }
        String endpoint = "data/external/user/fans";
        DouyinApi.SeriesEnvelope e = runtime.read(endpoint, users.account(openId),
                token -> api.userFans(token, openId, dateType));
        Instant asOf = runtime.clock().instant();
        TreeMap<LocalDate, AudienceMetrics> byDay = new TreeMap<>();
        for (Map<String, String> row : rows(endpoint, e)) {
            LocalDate day = day(endpoint, row);
            if (!days.contains(day) || !day.isBefore(today)) {
                continue;
            }
            AudienceMetrics m = AudienceMetrics.of(account, day, DouyinConnector.ZONE, asOf);
            Long gained = count(endpoint, "new_fans", row.get("new_fans"));
            Long total = count(endpoint, "total_fans", row.get("total_fans"));
            if (gained != null) {
                m = m.with(AudienceMetric.NEW_FOLLOWERS, gained);
            }
            if (total != null) {
                m = m.with(AudienceMetric.FOLLOWERS_TOTAL, total);
            }
            byDay.put(day, m);
        }
        return List.copyOf(byDay.values());
    }

    private LocalDate today() {
        return LocalDate.now(runtime.clock().withZone(DouyinConnector.ZONE));
    }

    /** The smallest of Douyin's windows (7, 15, 30 days up to yesterday) that reaches the range's first day; 0 when the range has no finished day. */
    static int dateType(LocalDate today, DateRange days) {
        if (!days.start().isBefore(today)) {
            return 0;
        }
        long back = ChronoUnit.DAYS.between(days.start(), today);
        return back <= 7 ? 7 : back <= 15 ? 15 : 30;
    }

    /** Every video of the account ({@code video_list}, 20 a page, at most {@link #MAX_PAGES} pages). */
    static List<DouyinApi.Video> videos(ConnectorRuntime runtime, DouyinApi api, String openId, TokenManager tokens) {
        List<DouyinApi.Video> all = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long cursor = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            long at = cursor;
            DouyinApi.VideoListEnvelope e = runtime.read("api/douyin/v1/video/video_list", tokens,
                    token -> api.videoList(token, openId, at, PAGE));
            if (e == null || e.data() == null) {
                throw DouyinConnector.RESPONSES.unexpected("api/douyin/v1/video/video_list", "a video list without data");
            }
            if (e.data().list() != null) {
                all.addAll(e.data().list());
            }
            if (!Boolean.TRUE.equals(e.data().hasMore()) || e.data().cursor() == null || !seen.add(e.data().cursor())) {
                break;
            }
            cursor = e.data().cursor();
        }
        return all;
    }

    private static List<Map<String, String>> rows(String endpoint, DouyinApi.SeriesEnvelope e) {
        if (e == null || e.data() == null) {
            throw DouyinConnector.RESPONSES.unexpected(endpoint, "a response without data");
        }
        return e.data().resultList() == null ? List.of() : e.data().resultList();
    }

    private static LocalDate day(String endpoint, Map<String, String> row) {
        String date = row == null ? null : row.get("date");
        try {
            return IsoDays.parse(Checks.notNull(date, "date"));
        } catch (RuntimeException e) { // missing or not yyyy-MM-dd
            throw DouyinConnector.RESPONSES.unexpected(endpoint, "result_list[].date is not a yyyy-MM-dd date (was " + date + ")");
        }
    }

    /** A count as Douyin sends it (text or number); {@code null} or empty = absent. */
    private static Long count(String endpoint, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(text.trim());
            if (v < 0) {
                throw DouyinConnector.RESPONSES.unexpected(endpoint, field + " is negative (was " + text + ")");
            }
            return v;
        } catch (NumberFormatException e) {
            throw DouyinConnector.RESPONSES.unexpected(endpoint, field + " is not a count (was " + text + ")");
        }
    }

    private static String openId(AccountRef account) {
        return DouyinConnector.openId(account);
    }
}
