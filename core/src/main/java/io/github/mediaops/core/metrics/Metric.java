package io.github.mediaops.core.metrics;

/**
 * A metric a platform reports for a piece of content. Platforms report different subsets; see
 * {@link ContentMetrics} for how absence is kept apart from zero.
 */
public enum Metric {
    /** Times the content was shown (曝光), counting repeats. */
    IMPRESSIONS(Unit.COUNT),
    /** Distinct accounts the content was shown to (覆盖). */
    REACH(Unit.COUNT),
    /** Reads, plays or views (阅读 / 播放), counting repeats; WeChat int_page_read_count, Douyin play count. */
    VIEWS(Unit.COUNT),
    /** Distinct viewers or readers; WeChat int_page_read_user. */
    UNIQUE_VIEWERS(Unit.COUNT),
    LIKES(Unit.COUNT),
    COMMENTS(Unit.COUNT),
    /** Shares and forwards (转发 / 分享). */
    SHARES(Unit.COUNT),
    /** Saves, favourites and collects (收藏). */
    SAVES(Unit.COUNT),
    /** Followers gained from this content. */
    FOLLOWS_GAINED(Unit.COUNT),
    /** Clicks on links, product cards or calls to action. */
    CLICKS(Unit.COUNT),
    /** Visits to the account's profile from this content. */
    PROFILE_VISITS(Unit.COUNT),
    /** Conversions as the platform counts them (orders, sign-ups, leads). */
    CONVERSIONS(Unit.COUNT),
    /** Bullet comments (弹幕, Bilibili). */
    DANMAKU(Unit.COUNT),
    /** Share of plays watched to the end, a fraction in [0, 1]. */
    COMPLETION_RATE(Unit.FRACTION),
    /** Mean watch time per play, in seconds. */
    AVERAGE_WATCH_SECONDS(Unit.SECONDS),
    /** Total watch time over all plays, in seconds. */
    TOTAL_WATCH_SECONDS(Unit.SECONDS);

    /** What a metric's values measure. */
    public enum Unit {
        /** A whole number of events or people, never negative. */
        COUNT,
        /** A fraction in [0, 1]. */
        FRACTION,
        /** A non-negative number of seconds. */
        SECONDS
    }

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
