package io.github.mediaops.analytics.planning.search;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.search.KeywordRank;
import io.github.mediaops.core.search.KeywordRankSeries;
import io.github.mediaops.core.validate.Checks;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * How one keyword's search rank moved over a window: the ordinary least-squares slope of rank
 * (1 = top) against the day, the days in the top 10 and top 3, and the best and worst rank.
 *
 * <p>Only days on which the brand was ranked enter the slope, best and worst; days observed without a
 * rank count in {@code observedDays} only. The slope is b = Σ(x − x̄)(y − ȳ) ÷ Σ(x − x̄)² with x the days
 * since the window's start and y the rank, in positions per day: a <em>negative</em> slope is an
 * improvement (the rank number falls). The direction is {@link Direction#IMPROVING} when the fitted
 * change over the window (slope × (days in window − 1)) is at least one position up,
 * {@link Direction#DECLINING} when at least one position down, {@link Direction#STEADY} otherwise, and
 * {@link Direction#TOO_FEW_POINTS} with fewer than two ranked days (then the slope is NaN).
 *
 * <pre>{@code
 * RankTrend t = RankTrend.of(series, DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
 * if (t.direction() == RankTrend.Direction.DECLINING) alert(t.summary());
 * }</pre>
 *
 * @param platform     the platform
 * @param keyword      the keyword
 * @param window       the days considered
 * @param observedDays observations in the window, ranked or not
 * @param rankedDays   observations in the window with a rank
 * @param daysInTop10  observations ranked 1..10
 * @param daysInTop3   observations ranked 1..3
 * @param best         the best (lowest) rank, empty when never ranked
 * @param worst        the worst (highest) rank, empty when never ranked
 * @param slopePerDay  least-squares change of rank per day (negative = improving); NaN with fewer than two ranked days
 * @param direction    the plain-language direction
 *
 * @since 0.1.0
 */
public record RankTrend(Platform platform, String keyword, DateRange window, int observedDays, int rankedDays,
                        int daysInTop10, int daysInTop3, OptionalInt best, OptionalInt worst, double slopePerDay,
                        Direction direction) {

    /**
     * Which way a keyword's rank went.
     *
     * @since 0.1.0
     */
    public enum Direction {
        /** The rank number fell by at least one position over the window (moved up the results). */
        IMPROVING,
        /** The rank number rose by at least one position over the window (moved down the results). */
        DECLINING,
        /** The fitted change over the window is less than one position. */
        STEADY,
        /** Fewer than two ranked days: no trend can be fitted. */
        TOO_FEW_POINTS
    }

    /** Validates the components; bad values fail with the field named. */
    public RankTrend {
        Checks.notNull(platform, "platform");
        Checks.notBlank(keyword, "keyword");
        Checks.notNull(window, "window");
        Checks.nonNegative(observedDays, "observedDays");
        Checks.nonNegative(rankedDays, "rankedDays");
        Checks.nonNegative(daysInTop10, "daysInTop10");
        Checks.nonNegative(daysInTop3, "daysInTop3");
        Checks.notNull(best, "best");
        Checks.notNull(worst, "worst");
        Checks.notNull(direction, "direction");
    }

    /**
     * The trend of {@code series} over {@code window}.
     *
     * @param series the keyword's observations
     * @param window the inclusive days to consider
     * @return the trend; with no observation in the window every count is 0 and the direction is
     *     {@link Direction#TOO_FEW_POINTS}
     */
    public static RankTrend of(KeywordRankSeries series, DateRange window) {
        Checks.notNull(series, "series");
        Checks.notNull(window, "window");
        List<KeywordRank> in = series.within(window);
        int ranked = 0;
        int top10 = 0;
        int top3 = 0;
        int best = Integer.MAX_VALUE;
        int worst = 0;
        double sumX = 0;
        double sumY = 0;
        for (KeywordRank o : in) {
            if (o.rank().isEmpty()) {
                continue;
            }
            int r = o.rank().getAsInt();
            ranked++;
            top10 += r <= 10 ? 1 : 0;
            top3 += r <= 3 ? 1 : 0;
            best = Math.min(best, r);
            worst = Math.max(worst, r);
            sumX += ChronoUnit.DAYS.between(window.start(), o.day());
            sumY += r;
        }
        double slope = Double.NaN;
        Direction direction = Direction.TOO_FEW_POINTS;
        if (ranked >= 2) {
            double meanX = sumX / ranked;
            double meanY = sumY / ranked;
            double sxy = 0;
            double sxx = 0;
            for (KeywordRank o : in) {
                if (o.rank().isPresent()) {
                    double dx = ChronoUnit.DAYS.between(window.start(), o.day()) - meanX;
                    sxy += dx * (o.rank().getAsInt() - meanY);
                    sxx += dx * dx;
                }
            }
            slope = sxy / sxx;
            double change = slope * (window.days() - 1);
            direction = change <= -1 ? Direction.IMPROVING : change >= 1 ? Direction.DECLINING : Direction.STEADY;
        }
        return new RankTrend(series.platform(), series.keyword(), window, in.size(), ranked, top10, top3,
                ranked == 0 ? OptionalInt.empty() : OptionalInt.of(best),
                ranked == 0 ? OptionalInt.empty() : OptionalInt.of(worst), slope, direction);
    }

    /**
     * One line for an operator, e.g. {@code 防晒霜 on xiaohongshu 2026-11-01..2026-11-07: improving, 0.50
     * positions a day; best 2, worst 8; top 10 on 5 and top 3 on 1 of 7 observed days}.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder s = new StringBuilder().append(keyword).append(" on ").append(platform.id()).append(' ')
                .append(window.start()).append("..").append(window.end()).append(": ");
        switch (direction) {
            case TOO_FEW_POINTS -> s.append("not enough ranked days for a trend");
            case STEADY -> s.append("steady");
            default -> s.append(direction == Direction.IMPROVING ? "improving, " : "declining, ")
                    .append(String.format(Locale.ROOT, "%.2f", Math.abs(slopePerDay))).append(" positions a day");
        }
        if (best.isPresent()) {
            s.append("; best ").append(best.getAsInt()).append(", worst ").append(worst.getAsInt());
        }
        return s.append("; top 10 on ").append(daysInTop10).append(" and top 3 on ").append(daysInTop3).append(" of ")
                .append(observedDays).append(" observed days").toString();
    }
}
