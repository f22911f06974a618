package io.github.mediaops.connector.weibo;

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
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import retrofit2.Call;

/**
 * Counts as core snapshots. Weibo's open API reports live totals only (no daily series, no read counts on the
 * public tier), so every snapshot is a {@link io.github.mediaops.core.metrics.Coverage#LIFETIME} reading dated today
 * in Asia/Shanghai with its {@code asOf} instant, and only a range containing today gets one (any other range is
 * answered empty, without a call); growth is the difference of daily snapshots the host keeps.
 *
 * <ul>
 *   <li>content: the ids of the account's newest statuses ({@code statuses/user_timeline/ids}, own statuses only;
 *   Weibo returns only the newest few on the public tier) and their counts ({@code statuses/count}): comments →
 *   {@link Metric#COMMENTS}, reposts → {@link Metric#SHARES}, attitudes (赞, {@code likes} on the commercial API) →
 *   {@link Metric#LIKES}, reads (media accounts, commercial API) → {@link Metric#VIEWS};</li>
 *   <li>audience: {@code users/show} {@code followers_count} → {@link AudienceMetric#FOLLOWERS_TOTAL};
 *   {@code users/counts} does the same for up to 100 users per call.</li>
 * </ul>
 * A count Weibo leaves out stays absent, never zero. {@code friends_count} (following) and {@code statuses_count}
 * have no core metric and are not reported.
 */
final class WeiboMetrics implements ContentMetricsReader, AudienceMetricsReader {
    static final String TIMELINE_IDS = "statuses/user_timeline/ids";
    static final String STATUS_COUNT = "statuses/count";
    static final String USER_SHOW = "users/show";
    /** How many of its newest status ids the timeline call asks for (the documented maximum count). */
    static final int TIMELINE_COUNT = 100;

    private final WeiboApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;

    WeiboMetrics(WeiboApi api, ConnectorRuntime runtime, UserTokens users) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        String uid = WeiboConnector.uid(account);
        if (DateSpans.todayWithin(days, runtime.clock(), WeiboConnector.ZONE).isEmpty()) {
            return List.of();
        }
        WeiboApi.StatusIds ids = runtime.read(TIMELINE_IDS, users.account(uid),
                token -> api.userTimelineIds(token, uid, TIMELINE_COUNT));
        if (ids == null) {
            throw WeiboConnector.WIRE.unexpected(TIMELINE_IDS, "an empty answer");
        }
        List<String> list = ids.statuses() == null ? List.of() : ids.statuses();
        return list.isEmpty() ? List.of() : statusMetrics(uid, list);
    }

    List<ContentMetrics> statusMetrics(String uid, List<String> statusIds) {
        LocalDate today = today();
        return perChunk(uid, STATUS_COUNT, "statusIds", statusIds, api::statusCounts, (c, asOf) -> {
            String id = WeiboConnector.WIRE.required(STATUS_COUNT, "id", c.id());
            ContentMetrics m = LifetimeCounts.content(WeiboConnector.PLATFORM, STATUS_COUNT, id, today,
                            WeiboConnector.ZONE, asOf)
                    .count(Metric.COMMENTS, "comments", c.comments())
                    .count(Metric.SHARES, "reposts", c.reposts())
                    .count(Metric.LIKES, "attitudes", c.attitudes())
                    .count(Metric.VIEWS, "reads", c.reads())
                    .metrics();
            return m.values().isEmpty() ? null : m;
        });
    }

    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        String uid = WeiboConnector.uid(account);
        Optional<LocalDate> today = DateSpans.todayWithin(days, runtime.clock(), WeiboConnector.ZONE);
        if (today.isEmpty()) {
            return List.of();
        }
        WeiboApi.User u = runtime.read(USER_SHOW, users.account(uid), token -> api.userShow(token, uid));
        if (u == null) {
            throw WeiboConnector.WIRE.unexpected(USER_SHOW, "an empty answer");
        }
        Long followers = WeiboConnector.WIRE.count(USER_SHOW, "followers_count", u.followersCount());
        return LifetimeCounts.followers(account, today.get(), WeiboConnector.ZONE, runtime.clock()::instant, followers);
    }

    List<AudienceMetrics> userCounts(String uid, List<String> uids) {
        LocalDate today = today();
        return perChunk(uid, WeiboConnector.USERS_COUNTS, "uids", uids, api::userCounts, (c, asOf) -> {
            String id = WeiboConnector.WIRE.required(WeiboConnector.USERS_COUNTS, "id", c.id());
            Long followers = WeiboConnector.WIRE.count(WeiboConnector.USERS_COUNTS, "followers_count",
                    c.followersCount());
            return followers == null ? null : AudienceMetrics.of(AccountRef.of(WeiboConnector.PLATFORM, id), today,
                    WeiboConnector.ZONE, asOf).with(AudienceMetric.FOLLOWERS_TOTAL, followers);
        });
    }

    /**
     * Reads {@code ids} in calls of at most {@link WeiboConnector#MAX_IDS_PER_CALL} (comma-separated) with the
     * account's token and maps each answered row; a row mapped to {@code null} (nothing reported) is left out.
     */
    private <W, T> List<T> perChunk(String uid, String operation, String field, List<String> ids,
                                    BiFunction<String, String, Call<List<W>>> call, BiFunction<W, Instant, T> map) {
        List<List<String>> chunks = WeiboConnector.chunks(field, ids);
        TokenManager tokens = users.account(uid);
        List<T> out = new ArrayList<>();
        for (List<String> chunk : chunks) {
            List<W> rows = runtime.read(operation, tokens, token -> call.apply(token, String.join(",", chunk)));
            Instant asOf = runtime.clock().instant();
            for (W row : rows == null ? List.<W>of() : rows) {
                T mapped = map.apply(row, asOf);
                if (mapped != null) {
                    out.add(mapped);
                }
            }
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(runtime.clock().withZone(WeiboConnector.ZONE));
    }
}
