package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.platform.Platform;

/**
 * What an engagement rate is divided by. Platforms and agencies differ, so every rate this package
 * returns says which one it used.
 */
public enum EngagementDenominator {
    /** Followers (fans) at the start of the period: the usual convention for Weibo and Instagram. */
    FOLLOWERS,
    /** Plays or reads of the content: the usual convention for short video (Douyin, Kuaishou,
     * Bilibili, TikTok, YouTube, WeChat Channels), WeChat articles (阅读) and Xiaohongshu notes. */
    VIEWS,
    /** Impressions (曝光): used by ad platforms and some agency reports. */
    IMPRESSIONS;

    /**
     * This SDK's default denominator for a platform: VIEWS for video, article and note platforms,
     * FOLLOWERS for Weibo, Instagram, Facebook and X, IMPRESSIONS for ad platforms; FOLLOWERS otherwise.
     */
    public static EngagementDenominator defaultFor(Platform platform) {
        String id = platform.id();
        return switch (id) {
            case "douyin", "kuaishou", "bilibili", "tiktok", "youtube", "wechat-channels", "wechat-oa", "xiaohongshu",
                 "zhihu" -> VIEWS;
            case "ocean-engine", "tencent-ads" -> IMPRESSIONS;
            default -> FOLLOWERS;
        };
    }
}
