package io.github.mediaops.connector.kuaishou;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lifetime counts of each video ({@code openapi/photo/list}: {@code view_count}, {@code like_count},
 * {@code comment_count}) and the follower count ({@code openapi/user_info}: {@code fan}).
 *
 * <p>Kuaishou's open API reports live totals only: no daily series, no shares, no completion rate, no history.
 * So a snapshot is a {@link io.github.mediaops.core.metrics.Coverage#LIFETIME} reading dated today in
 * Asia/Shanghai with its {@code asOf} instant, and only a range that contains today gets one (any other range
 * is answered empty, without a call). A count Kuaishou leaves out stays absent, never zero.
 */
final class KuaishouMetrics implements ContentMetricsReader, AudienceMetricsReader {
    /** Videos per page of {@code openapi/photo/list} (the SDK's default and the documented maximum). */
    static final int PAGE = 20;
    static final int MAX_PAGES = 500;
    static final String LIST = "openapi/photo/list";
    static final String USER_INFO = "openapi/user_info";

    private final KuaishouApi api;
    private final String appId;
    private final ConnectorRuntime runtime;
    private final UserTokens users;

    KuaishouMetrics(KuaishouApi api, String appId, ConnectorRuntime runtime, UserTokens users) {
        this.api = api;
        this.appId = appId;
        this.runtime = runtime;
        this.users = users;
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        String openId = KuaishouConnector.openId(account);
        Optional<LocalDate> within = DateSpans.todayWithin(days, runtime.clock(), KuaishouConnector.ZONE);
        if (within.isEmpty()) {
            return List.of();
        }
        LocalDate today = within.get();
        Instant asOf = runtime.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (KuaishouApi.Photo p : photos(openId)) {
            ContentMetrics m = LifetimeCounts.content(KuaishouConnector.PLATFORM, LIST, p.photoId(), today,
                            KuaishouConnector.ZONE, asOf)
                    .count(Metric.VIEWS, "view_count", p.viewCount())
                    .count(Metric.LIKES, "like_count", p.likeCount())
                    .count(Metric.COMMENTS, "comment_count", p.commentCount())
                    .metrics();
            if (!m.values().isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        String openId = KuaishouConnector.openId(account);
        Optional<LocalDate> today = DateSpans.todayWithin(days, runtime.clock(), KuaishouConnector.ZONE);
        if (today.isEmpty()) {
            return List.of();
        }
        KuaishouApi.UserInfoAnswer a = runtime.read(USER_INFO, users.account(openId),
                token -> api.userInfo(appId, token));
        if (a == null || a.userInfo() == null) {
            throw KuaishouConnector.WIRE.unexpected(USER_INFO, "an answer without user_info");
        }
        Long fans = KuaishouConnector.WIRE.count(USER_INFO, "user_info.fan", a.userInfo().fan());
        return LifetimeCounts.followers(account, today.get(), KuaishouConnector.ZONE, runtime.clock()::instant, fans);
    }

    /** Every video of the account, newest first, following the {@code photo_id} cursor until a short page. */
    List<KuaishouApi.Photo> photos(String openId) {
        TokenManager tokens = users.account(openId);
        List<KuaishouApi.Photo> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String at = cursor;
            KuaishouApi.PhotoListAnswer a = runtime.read(LIST, tokens, token -> api.photoList(appId, token, at, PAGE));
            if (a == null) {
                throw KuaishouConnector.WIRE.unexpected(LIST, "an empty answer");
            }
            List<KuaishouApi.Photo> list = a.videoList() == null ? List.of() : a.videoList();
            KuaishouApi.Photo oldest = null;
            int before = all.size();
            for (KuaishouApi.Photo p : list) {
                KuaishouConnector.WIRE.required(LIST, "video_list[].photo_id", p.photoId());
                if (seen.add(p.photoId())) {
                    all.add(p);
                }
                if (oldest == null || createTime(p) < createTime(oldest)) {
                    oldest = p;
                }
            }
            if (list.size() < PAGE || all.size() == before) {
                break;
            }
            cursor = oldest.photoId();
        }
        return all;
    }

    private static long createTime(KuaishouApi.Photo p) {
        return p.createTime() == null ? Long.MAX_VALUE : p.createTime();
    }
}
