package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.Metric;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The rate KPIs of a group of content, computed from {@link MetricTotals}.
 *
 * <ul>
 *   <li>engagement rate = Σ engagement actions / denominator, where the actions are by default likes,
 *       comments, shares and saves ({@link #STANDARD_ACTIONS}) and the denominator is named:
 *       views, reach, impressions or followers;</li>
 *   <li>read/play rate = views / (impressions, reach or followers) — WeChat's "open rate" is per follower;</li>
 *   <li>completion rate = views-weighted completion;</li>
 *   <li>click-through rate = clicks / impressions; conversion rate = conversions / (clicks or views);</li>
 *   <li>share rate and save rate = shares or saves / views.</li>
 * </ul>
 *
 * <p>Every method returns empty when a part is absent or the denominator is zero: a rate of 0/0 is not
 * zero. Followers are not part of a content snapshot; supply them with {@link #withFollowers(long)}
 * (usually the account's followers at the start of the period).
 */
public final class ContentKpis {
    /** Likes, comments, shares and saves: the actions counted as engagement unless told otherwise. */
    public static final Set<Metric> STANDARD_ACTIONS =
            Set.copyOf(EnumSet.of(Metric.LIKES, Metric.COMMENTS, Metric.SHARES, Metric.SAVES));

    private final MetricTotals totals;
    private final OptionalLong followers;

    private ContentKpis(MetricTotals totals, OptionalLong followers) {
        this.totals = totals;
        this.followers = followers;
    }

    public static ContentKpis of(MetricTotals totals) {
        return new ContentKpis(Checks.notNull(totals, "totals"), OptionalLong.empty());
    }

    /** A copy that knows the account's follower count, for per-follower rates. */
    public ContentKpis withFollowers(long followers) {
        return new ContentKpis(totals, OptionalLong.of(Checks.nonNegative(followers, "followers")));
    }

    public MetricTotals totals() {
        return totals;
    }

    /** Engagement rate with the standard actions. */
    public Optional<Ratio> engagementRate(Denominator per) {
        return engagementRate(STANDARD_ACTIONS, per);
    }

    /**
     * Engagement rate counting the given actions (e.g. only comments and shares for WeChat, which does
     * not report likes per day). Empty when any action or the denominator is absent.
     */
    public Optional<Ratio> engagementRate(Set<Metric> actions, Denominator per) {
        Checks.setOf(actions, "actions");
        if (actions.isEmpty()) {
            throw new InvalidValueException("actions", "engagement needs at least one action metric");
        }
        long sum = 0;
        for (Metric a : actions) {
            OptionalLong c = totals.count(a);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            sum += c.getAsLong();
        }
        return over(sum, per);
    }

    /** Views divided by impressions, reach or followers. */
    public Optional<Ratio> readRate(Denominator per) {
        if (per == Denominator.VIEWS || per == Denominator.CLICKS) {
            throw new InvalidValueException("per", "read rate is per impressions, reach or followers (was " + per + ")");
        }
        return ratio(Metric.VIEWS, per);
    }

    public OptionalDouble completionRate() {
        return totals.completionRate();
    }

    /** Clicks per impression. */
    public Optional<Ratio> clickThroughRate() {
        return ratio(Metric.CLICKS, Denominator.IMPRESSIONS);
    }

    /** Conversions per click or per view. */
    public Optional<Ratio> conversionRate(Denominator per) {
        return ratio(Metric.CONVERSIONS, per);
    }

    /** Shares per view. */
    public Optional<Ratio> shareRate() {
        return ratio(Metric.SHARES, Denominator.VIEWS);
    }

    /** Saves per view. */
    public Optional<Ratio> saveRate() {
        return ratio(Metric.SAVES, Denominator.VIEWS);
    }

    /** Any count metric over a denominator, e.g. follows gained per view. */
    public Optional<Ratio> ratio(Metric numerator, Denominator per) {
        OptionalLong n = totals.count(Checks.notNull(numerator, "numerator"));
        return n.isEmpty() ? Optional.empty() : over(n.getAsLong(), per);
    }

    private Optional<Ratio> over(long numerator, Denominator per) {
        Checks.notNull(per, "per");
        OptionalLong d = per == Denominator.FOLLOWERS ? followers : totals.count(per.metric().orElseThrow());
        if (d.isEmpty() || d.getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Ratio(numerator, d.getAsLong(), per.name().toLowerCase(Locale.ROOT)));
    }
}
