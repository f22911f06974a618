package io.github.mediaops.examples.week;

import io.github.mediaops.analytics.measure.series.LifetimeCounters;
import io.github.mediaops.connector.bilibili.BilibiliConnector;
import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
import io.github.mediaops.connector.douyin.DouyinConnector;
import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.kuaishou.KuaishouConnector;
import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
import io.github.mediaops.connector.tiktok.TikTokConnector;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
import io.github.mediaops.connector.wechat.WeChatConnector;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.connector.weibo.WeiboConnector;
import io.github.mediaops.connector.weibo.simulator.WeiboSimulator;
import io.github.mediaops.connector.youtube.YouTubeConnector;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Last week's numbers from each content platform, read through its connector from its local simulator. The
 * simulators are seeded with the week a brand account might have had; everything after the seeding is what a host
 * does against the real platform.
 *
 * <p>Platforms differ in what they report. WeChat and Douyin give each post's numbers per day and the followers per
 * day. Kuaishou, Bilibili and Weibo give only each post's counts to date and today's follower total: the host keeps
 * last Monday's reading, and {@link LifetimeCounters} turns the two readings into days.
 */
final class PlatformPulls {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** YouTube reports days in Pacific time; the going-abroad numbers are rolled up there. */
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private PlatformPulls() {
    }

    /**
     * One platform's week.
     *
     * @param name      the platform's name for people
     * @param platform  the platform
     * @param account   the brand's account there
     * @param content   daily post snapshots of the week
     * @param audience  daily follower snapshots of the week (empty where the platform has no daily series)
     * @param followers the follower total now, and a week ago where only totals exist
     * @param detail    what was read, for the progress line
     */
    record Pull(String name, Platform platform, AccountRef account, List<ContentMetrics> content,
                List<AudienceMetrics> audience, Followers followers, String detail) {
    }

    /** Follower totals: now, and the start of the week (the host's stored reading or the first daily snapshot). */
    record Followers(OptionalLong atStart, OptionalLong now) {
        OptionalLong net() {
            return atStart.isPresent() && now.isPresent() ? OptionalLong.of(now.getAsLong() - atStart.getAsLong())
                    : OptionalLong.empty();
        }
    }

    static Pull wechat(Clock clock, DateRange week) {
        try (WeChatSimulator sim = WeChatSimulator.builder().clock(clock).build();
             WeChatConnector wechat = WeChatConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("appId", sim.appId()).secret("appSecret", sim.appSecret()).build())
                     .baseUrl(sim.baseUrl()).clock(clock).build()).build()) {
            List<ContentMetrics> all = wechat.contentMetrics().contentMetrics(wechat.account(), week);
            List<ContentMetrics> days = all.stream().filter(m -> m.coverage() == Coverage.DAY).toList();
            List<AudienceMetrics> audience = wechat.audienceMetrics().audienceMetrics(wechat.account(), week);
            return new Pull("WeChat Official Account", Platform.WECHAT_OFFICIAL_ACCOUNT, wechat.account(), days, audience,
                    fromDays(audience), days.size() + " post-days from datacube (" + (all.size() - days.size())
                    + " lifetime rows kept out of the daily sums), " + audience.size() + " follower days");
        }
    }

    static Pull douyin(Clock clock, DateRange week) {
        String openId = "brand-douyin";
        try (DouyinSimulator sim = DouyinSimulator.builder().clock(clock).build()) {
            int v = 0;
            for (String item : List.of("@winter+coat/1==", "@winter+boots/2==")) {
                sim.addVideo(openId, item, week.start().atStartOfDay(SHANGHAI).toInstant(), "冬季新品 #" + (++v));
                for (LocalDate d = week.start(); !d.isAfter(week.end()); d = d.plusDays(1)) {
                    long n = d.getDayOfWeek().getValue() + 3L * v;
                    sim.putDaily(openId, item, d, 1_900L * n, 130L * n, 9L * n, 4L * n);
                }
            }
            long total = 48_000;
            for (LocalDate d = week.start(); !d.isAfter(week.end()); d = d.plusDays(1)) {
                long gained = 60L + 10L * d.getDayOfWeek().getValue();
                total += gained;
                sim.putFans(openId, d, gained, total);
            }
            try (DouyinConnector douyin = DouyinConnector.builder(config(sim.baseUrl(), "clientKey", sim.clientKey(),
                    "clientSecret", sim.clientSecret(), clock)).build()) {
                AccountRef account = AccountRef.of(Platform.DOUYIN, douyin.authorize(sim.authorizationCode(openId)).account());
                List<ContentMetrics> days = douyin.contentMetrics().contentMetrics(account, week);
                List<AudienceMetrics> audience = douyin.audienceMetrics().audienceMetrics(account, week);
                return new Pull("Douyin", Platform.DOUYIN, account, days, audience, fromDays(audience),
                        days.size() + " video-days, " + audience.size() + " fan days");
            }
        }
    }

    static Pull kuaishou(Clock clock, DateRange week) {
        String openId = "brand-kuaishou";
        Instant lastMonday = week.start().atStartOfDay(SHANGHAI).toInstant();
        Instant published = week.start().plusDays(2).atTime(20, 0).atZone(SHANGHAI).toInstant();
        try (KuaishouSimulator sim = KuaishouSimulator.builder().clock(clock).build()) {
            sim.addVideo(openId, "3xold1", lastMonday.minusSeconds(86_400 * 5), "上周的探店 #探店", 21_400L, 1_210L, 88L);
            sim.addVideo(openId, "3xwinter2", published, "冬季新品开箱 #开箱", 15_600L, 980L, 61L);
            sim.putFans(openId, 23_480L);
            try (KuaishouConnector kuaishou = KuaishouConnector.builder(config(sim.baseUrl(), "appId", sim.appId(),
                    "appSecret", sim.appSecret(), clock)).build()) {
                AccountRef account = AccountRef.of(Platform.KUAISHOU, kuaishou.authorize(sim.authorizationCode(openId)).account());
                List<ContentMetrics> now = read(kuaishou, account, clock);
                List<ContentMetrics> stored = List.of(
                        stored(Platform.KUAISHOU, "3xold1", lastMonday, Map.of(Metric.VIEWS, 12_300L, Metric.LIKES, 700L,
                                Metric.COMMENTS, 41L)),
                        stored(Platform.KUAISHOU, "3xwinter2", published, Map.of(Metric.VIEWS, 0L, Metric.LIKES, 0L,
                                Metric.COMMENTS, 0L)));
                return lifetimePull("Kuaishou", Platform.KUAISHOU, account, stored, now, week,
                        new Followers(OptionalLong.of(23_100L), followersNow(kuaishou, account, clock)));
            }
        }
    }

    static Pull bilibili(Clock clock, DateRange week) {
        String openId = "brand-bilibili";
        Instant lastMonday = week.start().atStartOfDay(SHANGHAI).toInstant();
        Instant published = week.start().plusDays(4).atTime(18, 0).atZone(SHANGHAI).toInstant();
        try (BilibiliSimulator sim = BilibiliSimulator.builder().clock(clock).build()) {
            sim.addArchive(openId, "BV1winter", "冬季新品：三款大衣横评", published,
                    Map.of("view", 9_870L, "like", 760L, "reply", 119L, "share", 45L, "favorite", 310L, "coin", 88L));
            sim.putUserStat(openId, 98, 5_420, 13);
            try (BilibiliConnector bili = BilibiliConnector.builder(config(sim.baseUrl(), "clientId", sim.clientId(),
                    "clientSecret", sim.clientSecret(), clock)).build()) {
                AccountRef account = AccountRef.of(Platform.BILIBILI, bili.authorize(sim.authorizationCode(openId)).account());
                List<ContentMetrics> now = read(bili, account, clock);
                List<ContentMetrics> stored = List.of(stored(Platform.BILIBILI, "BV1winter", published,
                        Map.of(Metric.VIEWS, 0L, Metric.LIKES, 0L, Metric.COMMENTS, 0L, Metric.SHARES, 0L, Metric.SAVES, 0L)));
                return lifetimePull("Bilibili", Platform.BILIBILI, account, stored, now, week,
                        new Followers(OptionalLong.of(5_230L), followersNow(bili, account, clock)));
            }
        }
    }

    static Pull weibo(Clock clock, DateRange week) {
        String uid = "5701234567";
        Instant lastMonday = week.start().atStartOfDay(SHANGHAI).toInstant();
        try (WeiboSimulator sim = WeiboSimulator.builder().clock(clock).build()) {
            sim.putUser(uid, "品牌官微", 48_930, 120);
            String teaser = sim.addStatus(uid, "#双12# 预热开始，关注抽奖", week.start().plusDays(1).atTime(12, 0).atZone(SHANGHAI).toInstant(),
                    340, 2_150);
            try (WeiboConnector weibo = WeiboConnector.builder(config(sim.baseUrl(), "appKey", sim.appKey(), "appSecret",
                    sim.appSecret(), clock)).redirectUri(sim.redirectUri()).build()) {
                AccountRef account = AccountRef.of(Platform.WEIBO, weibo.authorize(sim.authorizationCode(uid)).account());
                List<ContentMetrics> now = read(weibo, account, clock);
                List<ContentMetrics> stored = List.of(stored(Platform.WEIBO, teaser,
                        week.start().plusDays(1).atTime(12, 0).atZone(SHANGHAI).toInstant(),
                        Map.of(Metric.SHARES, 0L, Metric.LIKES, 0L, Metric.COMMENTS, 0L)));
                return lifetimePull("Weibo", Platform.WEIBO, account, stored, now, week,
                        new Followers(OptionalLong.of(48_600L), followersNow(weibo, account, clock)));
            }
        }
    }

    /** TikTok: lifetime video counts (Display API) and the follower total, turned into Pacific days. */
    static Pull tiktok(Clock clock, DateRange week) {
        String openId = "brand-global-tiktok";
        Instant published = week.start().plusDays(1).atTime(9, 0).atZone(PACIFIC).toInstant();
        try (TikTokSimulator sim = TikTokSimulator.builder().clock(clock).build()) {
            sim.putCreator(openId, "brand.global", "Brand Global", List.of("PUBLIC_TO_EVERYONE", "SELF_ONLY"), 300,
                    15_840L, 312L, 98_000L);
            sim.addVideo(openId, "7301000000000000001", "Winter coat try-on", published, Map.of("view_count", 64_300L,
                    "like_count", 5_120L, "comment_count", 214L, "share_count", 380L));
            try (TikTokConnector tiktok = TikTokConnector.builder(config(sim.baseUrl(), "clientKey", sim.clientKey(),
                    "clientSecret", sim.clientSecret(), clock)).redirectUri(sim.redirectUri()).build()) {
                AccountRef account = AccountRef.of(Platform.TIKTOK, tiktok.authorize(sim.authorizationCode(openId)).account());
                List<ContentMetrics> now = tiktok.contentMetrics().contentMetrics(account,
                        DateRange.day(LocalDate.now(clock.withZone(TikTokConnector.ZONE))));
                List<ContentMetrics> stored = List.of(stored(Platform.TIKTOK, "7301000000000000001", published,
                        Map.of(Metric.VIEWS, 0L, Metric.LIKES, 0L, Metric.COMMENTS, 0L, Metric.SHARES, 0L)));
                OptionalLong followers = tiktok.audienceMetrics().audienceMetrics(account,
                        DateRange.day(LocalDate.now(clock.withZone(TikTokConnector.ZONE)))).get(0).count(AudienceMetric.FOLLOWERS_TOTAL);
                return lifetimePull("TikTok", Platform.TIKTOK, account, stored, now, week, PACIFIC,
                        new Followers(OptionalLong.of(14_900L), followers));
            }
        }
    }

    /** YouTube: daily video rows from YouTube Analytics and daily subscribers gained and lost, in Pacific days. */
    static Pull youtube(Clock clock, DateRange week) {
        String channel = "UC_x5XG1OV2P6uZZ5FSM9Ttw";
        try (YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build()) {
            sim.addChannel(channel, "Brand Global", 12_300, false);
            sim.addVideo(channel, "vWinterCoat1", "Winter coats, three ways", week.start().atTime(8, 0).atZone(PACIFIC).toInstant(),
                    Map.of("viewCount", 31_500L, "likeCount", 1_480L, "commentCount", 96L));
            for (LocalDate d = week.start(); !d.isAfter(week.end()); d = d.plusDays(1)) {
                int n = d.getDayOfWeek().getValue();
                sim.putVideoDay("vWinterCoat1", d, Map.of("views", 4_000 + 100 * n, "likes", 180 + 5 * n, "comments", 12 + n,
                        "shares", 20 + n));
                sim.putChannelDay(channel, d, 40 + n, 6);
            }
            try (YouTubeConnector yt = YouTubeConnector.builder(config(sim.baseUrl(), "clientId", sim.clientId(),
                    "clientSecret", sim.clientSecret(), clock)).redirectUri(URI.create("https://ops.example.com/oauth")).build()) {
                AccountRef account = AccountRef.of(Platform.YOUTUBE, yt.authorize(sim.authorizationCode(channel)).account());
                List<ContentMetrics> days = yt.contentMetrics().contentMetrics(account, week).stream()
                        .filter(m -> m.coverage() == Coverage.DAY).toList();
                List<AudienceMetrics> audience = yt.audienceMetrics().audienceMetrics(account, week);
                return new Pull("YouTube", Platform.YOUTUBE, account, days, audience, fromDays(audience), days.size()
                        + " video-days from YouTube Analytics, " + audience.size() + " subscriber days; quota "
                        + yt.quota().unitsUsed() + " of " + yt.quota().unitsLimit() + " units");
            }
        }
    }

    /** The lifetime counts to date of every post the connector lists today. */
    private static List<ContentMetrics> read(PlatformConnector connector, AccountRef account, Clock clock) {
        return connector.contentMetrics().contentMetrics(account, DateRange.day(LocalDate.now(clock.withZone(SHANGHAI))));
    }

    private static OptionalLong followersNow(PlatformConnector connector, AccountRef account, Clock clock) {
        return connector.audienceMetrics().audienceMetrics(account, DateRange.day(LocalDate.now(clock.withZone(SHANGHAI))))
                .get(0).count(AudienceMetric.FOLLOWERS_TOTAL);
    }

    /** A reading the host stored earlier (last Monday's poll, or zero at publication). */
    private static ContentMetrics stored(Platform platform, String postId, Instant at, Map<Metric, Long> counts) {
        ContentMetrics m = ContentMetrics.lifetime(platform, postId, LocalDate.ofInstant(at, SHANGHAI), SHANGHAI, at);
        for (Map.Entry<Metric, Long> e : counts.entrySet()) {
            m = m.with(e.getKey(), e.getValue());
        }
        return m;
    }

    private static Pull lifetimePull(String name, Platform platform, AccountRef account, List<ContentMetrics> stored,
                                     List<ContentMetrics> now, DateRange week, Followers followers) {
        return lifetimePull(name, platform, account, stored, now, week, SHANGHAI, followers);
    }

    private static Pull lifetimePull(String name, Platform platform, AccountRef account, List<ContentMetrics> stored,
                                     List<ContentMetrics> now, DateRange week, ZoneId zone, Followers followers) {
        List<ContentMetrics> readings = new ArrayList<>(stored);
        readings.addAll(now);
        List<ContentMetrics> days = LifetimeCounters.in(zone).daily(readings).stream()
                .filter(m -> week.contains(m.day())).toList();
        return new Pull(name, platform, account, days, List.of(), followers, now.size()
                + " posts' counts to date turned into " + days.size() + " post-days against the stored readings");
    }

    private static Followers fromDays(List<AudienceMetrics> days) {
        if (days.isEmpty()) {
            return new Followers(OptionalLong.empty(), OptionalLong.empty());
        }
        AudienceMetrics first = days.get(0);
        OptionalLong start = first.count(AudienceMetric.FOLLOWERS_TOTAL).isPresent() && first.netFollowers().isPresent()
                ? OptionalLong.of(first.count(AudienceMetric.FOLLOWERS_TOTAL).getAsLong() - first.netFollowers().getAsLong())
                : OptionalLong.empty();
        return new Followers(start, days.get(days.size() - 1).count(AudienceMetric.FOLLOWERS_TOTAL));
    }

    static ConnectorConfig config(URI baseUrl, String idName, String id, String secretName, String secret, Clock clock) {
        return ConnectorConfig.builder().credentials(Credentials.builder().identifier(idName, id).secret(secretName, secret).build())
                .baseUrl(baseUrl).clock(clock).build();
    }
}
