package io.github.mediaops.connector.tiktok;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.LifetimeCounts;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lifetime counts of each public video ({@code POST /v2/video/list/}: {@code view_count}, {@code like_count},
 * {@code comment_count}, {@code share_count}; scope {@code video.list}) and the follower count
 * ({@code GET /v2/user/info/}: {@code follower_count}; scope {@code user.info.stats}).
 *
 * <p>The Display API reports live totals only: no daily series, no completion rate, no history. A snapshot is a
 * {@link io.github.mediaops.core.metrics.Coverage#LIFETIME} reading dated today (UTC) with its {@code asOf}
 * instant, and only a range that contains today gets one (any other range is answered empty, without a call). A
 * count TikTok leaves out stays absent, never zero.
 */
final class TikTokMetrics implements ContentMetricsReader, AudienceMetricsReader {
    /** Videos per page of {@code video/list} (TikTok's maximum). */
    static final int PAGE = 20;
    static final int MAX_PAGES = 500;
    static final String LIST = "v2/video/list";
    static final String USER_INFO = "v2/user/info";
    static final String QUERY = "v2/video/query";
    /** Video ids per {@code video/query} call (TikTok's maximum). */
    static final int QUERY_IDS = 20;
    static final String VIDEO_FIELDS = "id,title,video_description,create_time,share_url,cover_image_url,duration,"
            + "like_count,comment_count,share_count,view_count";
    static final String USER_FIELDS = "open_id,display_name,follower_count,following_count,likes_count,video_count";

    private final TikTokApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;

    TikTokMetrics(TikTokApi api, ConnectorRuntime runtime, UserTokens users) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        String openId = TikTokConnector.openId(account);
        Optional<LocalDate> within = DateSpans.todayWithin(days, runtime.clock(), TikTokConnector.ZONE);
        if (within.isEmpty()) {
            return List.of();
        }
        LocalDate today = within.get();
        Instant asOf = runtime.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (TikTokApi.Video v : videos(openId)) {
            ContentMetrics m = snapshot(v, today, asOf);
            if (!m.values().isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** One video's counts as a lifetime snapshot dated {@code today}; counts TikTok left out stay absent. */
    static ContentMetrics snapshot(TikTokApi.Video v, LocalDate today, Instant asOf) {
        return LifetimeCounts.content(TikTokConnector.PLATFORM, LIST, v.id(), today, TikTokConnector.ZONE, asOf)
                .count(Metric.VIEWS, "view_count", v.viewCount())
                .count(Metric.LIKES, "like_count", v.likeCount())
                .count(Metric.COMMENTS, "comment_count", v.commentCount())
                .count(Metric.SHARES, "share_count", v.shareCount())
                .metrics();
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        String openId = TikTokConnector.openId(account);
        Optional<LocalDate> today = DateSpans.todayWithin(days, runtime.clock(), TikTokConnector.ZONE);
        if (today.isEmpty()) {
            return List.of();
        }
        TikTokApi.Envelope<TikTokApi.UserData> a = runtime.read(USER_INFO, users.account(openId),
                token -> api.userInfo(TikTokConnector.bearer(token), USER_FIELDS));
        if (a == null || a.data() == null || a.data().user() == null) {
            throw TikTokConnector.WIRE.unexpected(USER_INFO, "an answer without data.user");
        }
        // absent when not granted user.info.stats, or left out: nothing to report, not zero
        Long followers = TikTokConnector.WIRE.count(USER_INFO, "data.user.follower_count",
                a.data().user().followerCount());
        return LifetimeCounts.followers(account, today.get(), TikTokConnector.ZONE, runtime.clock()::instant, followers);
    }

    /**
     * The current counts of the given videos of the account ({@code POST /v2/video/query/}, 20 ids a call), as
     * lifetime snapshots dated today; ids TikTok does not return (not the account's, deleted, private) and videos
     * without any count are left out.
     */
    List<ContentMetrics> query(String openId, List<String> videoIds) {
        Checks.notNull(videoIds, "videoIds");
        List<String> ids = videoIds.stream().map(id -> Checks.notBlank(id, "videoIds[]")).distinct().toList();
        TokenManager tokens = users.account(openId);
        LocalDate today = today();
        Instant asOf = runtime.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += QUERY_IDS) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + QUERY_IDS));
            TikTokApi.Envelope<TikTokApi.VideoListData> a = runtime.read(QUERY, tokens, token -> api.videoQuery(
                    TikTokConnector.bearer(token), VIDEO_FIELDS, new TikTokApi.VideoQueryRequest(new TikTokApi.Filters(batch))));
            if (a == null || a.data() == null) {
                throw TikTokConnector.WIRE.unexpected(QUERY, "an answer without data");
            }
            for (TikTokApi.Video v : a.data().videos() == null ? List.<TikTokApi.Video>of() : a.data().videos()) {
                TikTokConnector.WIRE.required(QUERY, "data.videos[].id", v.id());
                ContentMetrics m = snapshot(v, today, asOf);
                if (!m.values().isEmpty()) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Every public video of the account, newest first, following TikTok's cursor while {@code has_more}. */
    List<TikTokApi.Video> videos(String openId) {
        TokenManager tokens = users.account(openId);
        List<TikTokApi.Video> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Long cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Long at = cursor;
            TikTokApi.Envelope<TikTokApi.VideoListData> a = runtime.read(LIST, tokens, token -> api.videoList(
                    TikTokConnector.bearer(token), VIDEO_FIELDS, new TikTokApi.VideoListRequest(at, PAGE)));
            if (a == null || a.data() == null) {
                throw TikTokConnector.WIRE.unexpected(LIST, "an answer without data");
            }
            List<TikTokApi.Video> list = a.data().videos() == null ? List.of() : a.data().videos();
            int before = all.size();
            for (TikTokApi.Video v : list) {
                TikTokConnector.WIRE.required(LIST, "data.videos[].id", v.id());
                if (seen.add(v.id())) {
                    all.add(v);
                }
            }
            if (!Boolean.TRUE.equals(a.data().hasMore()) || a.data().cursor() == null || all.size() == before
                    || a.data().cursor().equals(at)) {
                break;
            }
            cursor = a.data().cursor();
        }
        return all;
    }

    private LocalDate today() {
        return LocalDate.now(runtime.clock().withZone(TikTokConnector.ZONE));
    }
}
