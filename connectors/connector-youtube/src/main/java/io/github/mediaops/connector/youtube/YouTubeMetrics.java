package io.github.mediaops.connector.youtube;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Content and audience metrics: lifetime counts from {@code videos.list} ({@code statistics}, counts sent as
 * strings), daily activity from YouTube Analytics reports ({@code dimensions=day}) read by column name, subscribers
 * from {@code channels.list} and {@code subscribersGained}/{@code subscribersLost}.
 */
final class YouTubeMetrics implements ContentMetricsReader, AudienceMetricsReader {
    static final int DEFAULT_MAX_VIDEOS = 50;
    static final String VIDEOS = "youtube/v3/videos";
    static final String PLAYLIST_ITEMS = "youtube/v3/playlistItems";
    static final String REPORTS = "v2/reports";
    /** Analytics metric column → core metric, each a count or seconds as YouTube documents it. */
    static final Map<String, Metric> DAILY = Map.of(
            "views", Metric.VIEWS, "likes", Metric.LIKES, "comments", Metric.COMMENTS, "shares", Metric.SHARES,
            "subscribersGained", Metric.FOLLOWS_GAINED, "averageViewDuration", Metric.AVERAGE_WATCH_SECONDS);
    /** Requested daily metrics; {@code estimatedMinutesWatched} becomes total watch seconds (× 60). */
    static final String DAILY_METRICS = "views,likes,comments,shares,subscribersGained,estimatedMinutesWatched,averageViewDuration";

    private final YouTubeCalls calls;
    private final int maxVideos;

    YouTubeMetrics(YouTubeCalls calls, int maxVideos) {
        this.calls = calls;
        this.maxVideos = maxVideos;
    }

    private LocalDate today() {
        return LocalDate.now(calls.runtime.clock().withZone(YouTubeConnector.ZONE));
    }

    /**
     * The channel's latest uploads (up to {@code maxVideos}): a {@code LIFETIME} snapshot each from
     * {@code videos.list} dated today (Pacific) when today is in {@code days}, and their {@code DAY} snapshots from
     * YouTube Analytics.
     */
    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        String channel = YouTubeConnector.channelId(account);
        Checks.notNull(days, "days");
        YouTubeApi.ChannelList mine = calls.read(YouTubeConnector.CHANNELS, channel, YouTubeCalls.LIST,
                auth -> calls.api.channels(auth, "contentDetails", true));
        String uploads = mine.items() == null || mine.items().isEmpty() || mine.items().get(0).contentDetails() == null
                || mine.items().get(0).contentDetails().relatedPlaylists() == null ? null
                : mine.items().get(0).contentDetails().relatedPlaylists().get("uploads");
        YouTubeConnector.WIRE.required(YouTubeConnector.CHANNELS,
                "items[0].contentDetails.relatedPlaylists.uploads", uploads);
        YouTubeApi.PlaylistItemList items = calls.read(PLAYLIST_ITEMS, channel, YouTubeCalls.LIST,
                auth -> calls.api.playlistItems(auth, "contentDetails", uploads, maxVideos, null));
        List<String> ids = new ArrayList<>();
        for (YouTubeApi.PlaylistItem i : items.items() == null ? List.<YouTubeApi.PlaylistItem>of() : items.items()) {
            if (i != null && i.videoId() != null && !i.videoId().isBlank()) {
                ids.add(i.videoId());
            }
        }
        List<ContentMetrics> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        LocalDate today = today();
        if (days.contains(today)) {
            out.addAll(lifetime(channel, ids, today));
        }
        for (String id : ids) {
            out.addAll(daily(account, id, days));
        }
        out.sort(Comparator.comparing(ContentMetrics::postId).thenComparing(ContentMetrics::coverage)
                .thenComparing(ContentMetrics::day));
        return out;
    }

    /** {@code videos.list?part=statistics}: view, like and comment counts (strings on the wire) as of now. */
    List<ContentMetrics> lifetime(String channel, List<String> ids, LocalDate today) {
        YouTubeApi.VideoList list = calls.read(VIDEOS, channel, YouTubeCalls.LIST,
                auth -> calls.api.videos(auth, "statistics", String.join(",", ids)));
        Instant now = calls.runtime.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (YouTubeApi.Video v : list.items() == null ? List.<YouTubeApi.Video>of() : list.items()) {
            String id = YouTubeConnector.WIRE.required(VIDEOS, "items[].id", v.id());
            ContentMetrics m = ContentMetrics.lifetime(YouTubeConnector.PLATFORM, id, today, YouTubeConnector.ZONE, now);
            YouTubeApi.VideoStatistics s = v.statistics();
            if (s != null) {
                m = put(m, Metric.VIEWS, YouTubeConnector.WIRE.count(VIDEOS, "statistics.viewCount", s.viewCount()));
                m = put(m, Metric.LIKES, YouTubeConnector.WIRE.count(VIDEOS, "statistics.likeCount", s.likeCount()));
                m = put(m, Metric.COMMENTS, YouTubeConnector.WIRE.count(VIDEOS, "statistics.commentCount",
                        s.commentCount()));
                // favoriteCount is always 0 since 2015 and dislikeCount is private: both checked, neither mapped
                YouTubeConnector.WIRE.count(VIDEOS, "statistics.favoriteCount", s.favoriteCount());
                YouTubeConnector.WIRE.count(VIDEOS, "statistics.dislikeCount", s.dislikeCount());
            }
            if (!m.values().isEmpty()) { // a video whose counts are all hidden gives no snapshot
                out.add(m);
            }
        }
        return out;
    }

    private static ContentMetrics put(ContentMetrics m, Metric metric, Long value) {
        return value == null ? m : m.with(metric, value);
    }

    /** One video's {@code DAY} snapshots from YouTube Analytics. */
    List<ContentMetrics> daily(AccountRef account, String videoId, DateRange days) {
        String channel = YouTubeConnector.channelId(account);
        Checks.notBlank(videoId, "videoId");
        Checks.notNull(days, "days");
        ReportTable t = report(channel, days, DAILY_METRICS, "video==" + videoId);
        Instant now = calls.runtime.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (int r : t.rowIndexes()) {
            LocalDate day = t.day(r);
            if (!days.contains(day)) {
                continue;
            }
            ContentMetrics m = ContentMetrics.daily(YouTubeConnector.PLATFORM, videoId, day, YouTubeConnector.ZONE, now);
            for (Map.Entry<String, Metric> e : DAILY.entrySet()) {
                OptionalDouble v = t.metric(r, e.getKey());
                if (v.isPresent()) {
                    m = m.with(e.getValue(), v.getAsDouble());
                }
            }
            OptionalDouble minutes = t.metric(r, "estimatedMinutesWatched");
            if (minutes.isPresent()) {
                m = m.with(Metric.TOTAL_WATCH_SECONDS, minutes.getAsDouble() * 60);
            }
            out.add(m);
        }
        return out;
    }

    ReportTable report(String channel, DateRange days, String metrics, String filters) {
        YouTubeApi.ResultTable table = calls.read(REPORTS, channel, YouTubeCalls.ANALYTICS,
                auth -> calls.api.report(calls.analyticsUrl, auth, "channel==MINE", days.start().toString(),
                        days.end().toString(), metrics, "day", filters, "day"));
        return new ReportTable(REPORTS, table);
    }

    /**
     * One snapshot per day YouTube Analytics reports: {@code NEW_FOLLOWERS} and {@code LOST_FOLLOWERS} from
     * {@code subscribersGained}/{@code subscribersLost}; today's (Pacific) also has {@code FOLLOWERS_TOTAL} from
     * {@code channels.list} {@code subscriberCount} (which YouTube rounds to three significant figures, and which is
     * absent when the channel hides it).
     */
    @Override
    public List<AudienceMetrics> audienceMetrics(AccountRef account, DateRange days) {
        String channel = YouTubeConnector.channelId(account);
        Checks.notNull(days, "days");
        ReportTable t = report(channel, days, "subscribersGained,subscribersLost", null);
        Instant now = calls.runtime.clock().instant();
        TreeMap<LocalDate, AudienceMetrics> byDay = new TreeMap<>();
        for (int r : t.rowIndexes()) {
            LocalDate day = t.day(r);
            if (!days.contains(day)) {
                continue;
            }
            AudienceMetrics m = AudienceMetrics.of(account, day, YouTubeConnector.ZONE, now);
            m = put(m, AudienceMetric.NEW_FOLLOWERS, count(t, r, "subscribersGained"));
            m = put(m, AudienceMetric.LOST_FOLLOWERS, count(t, r, "subscribersLost"));
            if (!m.values().isEmpty()) {
                byDay.put(day, m);
            }
        }
        LocalDate today = today();
        if (days.contains(today)) {
            YouTubeApi.ChannelList mine = calls.read(YouTubeConnector.CHANNELS, channel, YouTubeCalls.LIST,
                    auth -> calls.api.channels(auth, "statistics", true));
            YouTubeApi.ChannelStatistics s = mine.items() == null || mine.items().isEmpty() ? null
                    : mine.items().get(0).statistics();
            if (s != null && !Boolean.TRUE.equals(s.hiddenSubscriberCount())) {
                Long total = YouTubeConnector.WIRE.count(YouTubeConnector.CHANNELS,
                        "statistics.subscriberCount", s.subscriberCount());
                if (total != null) {
                    AudienceMetrics m = byDay.getOrDefault(today, AudienceMetrics.of(account, today, YouTubeConnector.ZONE, now));
                    byDay.put(today, m.with(AudienceMetric.FOLLOWERS_TOTAL, total));
                }
            }
        }
        return List.copyOf(byDay.values());
    }

    private static Long count(ReportTable t, int row, String column) {
        OptionalDouble v = t.metric(row, column);
        if (v.isEmpty()) {
            return null;
        }
        double d = v.getAsDouble();
        if (d < 0 || d != Math.rint(d)) {
            throw YouTubeConnector.WIRE.unexpected(REPORTS, "rows[" + row + "]." + column
                    + " is not a whole non-negative count (was " + d + ")");
        }
        return (long) d;
    }

    private static AudienceMetrics put(AudienceMetrics m, AudienceMetric metric, Long value) {
        return value == null ? m : m.with(metric, value);
    }
}
