package io.github.mediaops.analytics.measure.kpi;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.platform.AccountRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Follower growth of one account over consecutive days.
 *
 * <ul>
 *   <li>gained = Σ new followers; lost = Σ lost followers (unfollows); net = gained − lost;</li>
 *   <li>start = followers at the start of the first day: the first day's total minus that day's net
 *       (or the total itself when the day has no gained/lost counts);</li>
 *   <li>net growth rate = net / start; gross growth rate = gained / start; churn rate = lost / start.</li>
 * </ul>
 *
 * <p>Days must be consecutive; a missing day would silently undercount, so it is rejected. Counts absent
 * on any day leave the sums absent. Late corrections are applied first (latest {@code asOf} wins).
 *
 * @param account  the account
 * @param first    the first day
 * @param last     the last day
 * @param gained   followers gained, or empty if a day did not report it
 * @param lost     followers lost, or empty if a day did not report it
 * @param start    followers at the start of {@code first}, or empty if not derivable
 */
public record FollowerGrowth(AccountRef account, LocalDate first, LocalDate last, OptionalLong gained,
                             OptionalLong lost, OptionalLong start) {
    public FollowerGrowth {
        Checks.notNull(account, "account");
        Checks.notNull(first, "first");
        Checks.notNull(last, "last");
        Checks.notNull(gained, "gained");
        Checks.notNull(lost, "lost");
        Checks.notNull(start, "start");
    }

    /**
     * Growth over the given daily audience snapshots of one account.
     *
     * @throws InvalidValueException when empty, mixed accounts, or days are not consecutive
     */
    public static FollowerGrowth of(Collection<AudienceMetrics> days) {
        List<AudienceMetrics> list = Corrections.latestAudience(days);
        if (list.isEmpty()) {
            throw new InvalidValueException("days", "follower growth needs at least one day");
        }
        AccountRef account = list.get(0).account();
        long gained = 0;
        long lost = 0;
        boolean hasGained = true;
        boolean hasLost = true;
        LocalDate expected = list.get(0).day();
        for (AudienceMetrics d : list) {
            if (!d.account().equals(account)) {
                throw new InvalidValueException("days", "follower growth is per account; got " + account + " and " + d.account());
            }
            if (!d.day().equals(expected)) {
                throw new InvalidValueException("days", "days must be consecutive; " + expected + " is missing");
            }
            expected = expected.plusDays(1);
            OptionalLong g = d.count(AudienceMetric.NEW_FOLLOWERS);
            OptionalLong l = d.count(AudienceMetric.LOST_FOLLOWERS);
            hasGained &= g.isPresent();
            hasLost &= l.isPresent();
            gained += g.orElse(0);
            lost += l.orElse(0);
        }
        AudienceMetrics firstDay = list.get(0);
        OptionalLong total = firstDay.count(AudienceMetric.FOLLOWERS_TOTAL);
        OptionalLong net = firstDay.netFollowers();
        OptionalLong start = total.isPresent() && net.isPresent()
                ? OptionalLong.of(total.getAsLong() - net.getAsLong()) : OptionalLong.empty();
        return new FollowerGrowth(account, firstDay.day(), list.get(list.size() - 1).day(),
                hasGained ? OptionalLong.of(gained) : OptionalLong.empty(),
                hasLost ? OptionalLong.of(lost) : OptionalLong.empty(), start);
    }

    /**
     * Growth per day, ISO week or month: the days are grouped by {@code grain} and each group is
     * measured with {@link #of}. A period at either end may be partial (its {@code first} and
     * {@code last} say which days it covers).
     */
    public static SortedMap<DateRange, FollowerGrowth> byPeriod(
            Collection<AudienceMetrics> days, Grain grain) {
        Checks.notNull(grain, "grain");
        SortedMap<DateRange, List<AudienceMetrics>> groups =
                new TreeMap<>(Comparator.comparing(DateRange::start));
        for (AudienceMetrics d : Corrections.latestAudience(days)) {
            groups.computeIfAbsent(grain.periodOf(d.day()), k -> new ArrayList<>()).add(d);
        }
        SortedMap<DateRange, FollowerGrowth> out =
                new TreeMap<>(Comparator.comparing(DateRange::start));
        groups.forEach((period, list) -> out.put(period, of(list)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Gained minus lost, when both are known. */
    public OptionalLong net() {
        return gained.isPresent() && lost.isPresent() ? OptionalLong.of(gained.getAsLong() - lost.getAsLong())
                : OptionalLong.empty();
    }

    /** Net / start followers. */
    public OptionalDouble netGrowthRate() {
        return rate(net());
    }

    /** Gained / start followers. */
    public OptionalDouble grossGrowthRate() {
        return rate(gained);
    }

    /** Lost / start followers. */
    public OptionalDouble churnRate() {
        return rate(lost);
    }

    private OptionalDouble rate(OptionalLong numerator) {
        if (numerator.isEmpty() || start.isEmpty() || start.getAsLong() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) numerator.getAsLong() / start.getAsLong());
    }
}
