package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.OptionalLong;

/**
 * What a KOL collaboration delivered over one period (one post or one campaign): its cost and the
 * counts the platform or the KOL's agency reported. Absent is not zero: counts the host does not
 * have are empty, and the metrics that need them are absent too.
 *
 * <p>Every count is named on the builder, so two counts cannot be swapped silently:
 *
 * <pre>{@code
 * KolStats deal = KolStats.builder(Platform.XIAOHONGSHU, Money.cny("8000"), 120_000)
 *         .views(45_000).likes(2_100).comments(180).shares(95).saves(640).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KolStats {
    private final Platform platform;
    private final Money cost;
    private final long followers;
    private final OptionalLong impressions;
    private final OptionalLong views;
    private final OptionalLong reach;
    private final long likes;
    private final long comments;
    private final long shares;
    private final long saves;
    private final OptionalLong followersGained;

    /** Validates the components; bad values fail with the field named. Built only by {@link Builder}. */
    private KolStats(Platform platform, Money cost, long followers, OptionalLong impressions, OptionalLong views, OptionalLong reach, long likes, long comments, long shares, long saves, OptionalLong followersGained) {
        Checks.notNull(platform, "platform");
        Checks.notNull(cost, "cost");
        if (cost.signum() < 0) {
            throw new InvalidValueException("cost", "cost must be >= 0 (was " + cost + ")");
        }
        Checks.nonNegative(followers, "followers");
        checkOpt(impressions, "impressions");
        checkOpt(views, "views");
        checkOpt(reach, "reach");
        Checks.nonNegative(likes, "likes");
        Checks.nonNegative(comments, "comments");
        Checks.nonNegative(shares, "shares");
        Checks.nonNegative(saves, "saves");
        checkOpt(followersGained, "followersGained");
        this.platform = platform;
        this.cost = cost;
        this.followers = followers;
        this.impressions = impressions;
        this.views = views;
        this.reach = reach;
        this.likes = likes;
        this.comments = comments;
        this.shares = shares;
        this.saves = saves;
        this.followersGained = followersGained;
    }

    /** @return where the KOL published */
    public Platform platform() {
        return platform;
    }

    /** @return what the collaboration cost (fee plus any paid boost), {@code >= 0} */
    public Money cost() {
        return cost;
    }

    /** @return the KOL's followers at the start of the period */
    public long followers() {
        return followers;
    }

    /** @return impressions (曝光), if known */
    public OptionalLong impressions() {
        return impressions;
    }

    /** @return plays or reads, if known */
    public OptionalLong views() {
        return views;
    }

    /** @return unique accounts reached, if known */
    public OptionalLong reach() {
        return reach;
    }

    /** @return likes */
    public long likes() {
        return likes;
    }

    /** @return comments */
    public long comments() {
        return comments;
    }

    /** @return shares / forwards */
    public long shares() {
        return shares;
    }

    /** @return saves / favourites (收藏) */
    public long saves() {
        return saves;
    }

    /** @return followers the brand account gained from the collaboration, if known */
    public OptionalLong followersGained() {
        return followersGained;
    }

    private static void checkOpt(OptionalLong v, String field) {
        Checks.notNull(v, field);
        if (v.isPresent()) {
            Checks.nonNegative(v.getAsLong(), field);
        }
    }

    /** likes + comments + shares + saves. */
    public long engagements() {
        return likes + comments + shares + saves;
    }

    /**
     * Starts the stats of one KOL deal.
     *
     * @param platform where the KOL published
     * @param cost what the deal cost
     * @param followers the KOL's follower count
     * @return a builder for the optional counts
     */
    public static Builder builder(Platform platform, Money cost, long followers) {
        return new Builder(platform, cost, followers);
    }

    /** Builder for the optional counts. */
    public static final class Builder {
        private final Platform platform;
        private final Money cost;
        private final long followers;
        private OptionalLong impressions = OptionalLong.empty();
        private OptionalLong views = OptionalLong.empty();
        private OptionalLong reach = OptionalLong.empty();
        private long likes;
        private long comments;
        private long shares;
        private long saves;
        private OptionalLong followersGained = OptionalLong.empty();

        private Builder(Platform platform, Money cost, long followers) {
            this.platform = platform;
            this.cost = cost;
            this.followers = followers;
        }

        /** @param v impressions of the deal's posts @return this builder */
        public Builder impressions(long v) {
            impressions = OptionalLong.of(v);
            return this;
        }

        /** @param v views (plays or reads) @return this builder */
        public Builder views(long v) {
            views = OptionalLong.of(v);
            return this;
        }

        /** @param v distinct accounts reached @return this builder */
        public Builder reach(long v) {
            reach = OptionalLong.of(v);
            return this;
        }

        /** @param v likes received @return this builder */
        public Builder likes(long v) {
            this.likes = v;
            return this;
        }

        /** @param v comments received @return this builder */
        public Builder comments(long v) {
            this.comments = v;
            return this;
        }

        /** @param v shares received @return this builder */
        public Builder shares(long v) {
            this.shares = v;
            return this;
        }

        /** @param v saves (favourites) received @return this builder */
        public Builder saves(long v) {
            this.saves = v;
            return this;
        }

        /** @param v followers the brand gained from the deal @return this builder */
        public Builder followersGained(long v) {
            followersGained = OptionalLong.of(v);
            return this;
        }

        /** @return the stats; invalid counts fail with the field named */
        public KolStats build() {
            return new KolStats(platform, cost, followers, impressions, views, reach, likes, comments, shares, saves,
                    followersGained);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KolStats k && platform.equals(k.platform) && cost.equals(k.cost) && followers == k.followers
                && impressions.equals(k.impressions) && views.equals(k.views) && reach.equals(k.reach)
                && likes == k.likes && comments == k.comments && shares == k.shares && saves == k.saves
                && followersGained.equals(k.followersGained);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(platform, cost, followers, impressions, views, reach, likes, comments, shares, saves,
                followersGained);
    }

    @Override
    public String toString() {
        return "KolStats[platform=" + platform + ", cost=" + cost + ", followers=" + followers + ", impressions="
                + impressions + ", views=" + views + ", reach=" + reach + ", likes=" + likes + ", comments=" + comments
                + ", shares=" + shares + ", saves=" + saves + ", followersGained=" + followersGained + "]";
    }
}
