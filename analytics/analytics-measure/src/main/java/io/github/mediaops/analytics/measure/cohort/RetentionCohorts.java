package io.github.mediaops.analytics.measure.cohort;

import io.github.mediaops.analytics.measure.kpi.Grain;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds retention cohort tables.
 *
 * <p><b>Rule.</b> A member's cohort is the {@link #grain()} period (ISO week from Monday, calendar month,
 * or day) containing their join instant in {@link #zone()}. A member is active in period k if they have
 * at least one activity in the k-th period after their cohort's period (period 0 is the joining period;
 * pass the joining event as an activity too if it should count). A period is reported for a cohort only
 * once it has ended on or before {@code observedThrough}, so a half-observed week never looks like a
 * retention drop. Activity before a member joined, or of users in no cohort, is ignored and counted.
 *
 * @param zone    the zone whose calendar defines days, weeks and months
 * @param grain   the cohort and period length
 * @param periods how many periods (0..periods−1) to report, at least 1
 *
 * <pre>{@code
 * CohortTable t = new RetentionCohorts(ZoneId.of("Asia/Shanghai"), Grain.WEEK, 4)
 *         .apply(RetentionCohorts.firstEvents(activity), activity, LocalDate.of(2026, 11, 29));
 * List<OptionalDouble> curve = t.curve();   // pooled retention per week, as fractions
 * }</pre>
 *
 * @since 0.1.0
 */
public record RetentionCohorts(ZoneId zone, Grain grain, int periods) {
    /** Validates the components; bad values fail with the field named. */
    public RetentionCohorts {
        Checks.notNull(zone, "zone");
        Checks.notNull(grain, "grain");
        Checks.positive(periods, "periods");
    }

    /** Members from events: each user's earliest event is their join (first follow, first purchase). */
    public static List<CohortMember> firstEvents(Collection<Activity> events) {
        Map<String, java.time.Instant> first = new HashMap<>();
        for (Activity a : Checks.listOf(events, "events")) {
            first.merge(a.userId(), a.at(), (x, y) -> x.isBefore(y) ? x : y);
        }
        return first.entrySet().stream().map(e -> new CohortMember(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(CohortMember::joinedAt).thenComparing(CohortMember::userId))
                .toList();
    }

    /** A table with a row for every cohort that has members. */
    public CohortTable apply(Collection<CohortMember> members, Collection<Activity> activity, LocalDate observedThrough) {
        return build(members, activity, observedThrough, null);
    }

    /**
     * A table with a row for every cohort period in {@code cohorts}, including empty ones (size 0, no
     * retention); members who joined outside the range are left out.
     */
    public CohortTable apply(Collection<CohortMember> members, Collection<Activity> activity, LocalDate observedThrough,
                             DateRange cohorts) {
        return build(members, activity, observedThrough, Checks.notNull(cohorts, "cohorts"));
    }

    private CohortTable build(Collection<CohortMember> members, Collection<Activity> activity, LocalDate observedThrough,
                              DateRange shown) {
        List<CohortMember> ms = Checks.listOf(members, "members");
        List<Activity> as = Checks.listOf(activity, "activity");
        Checks.notNull(observedThrough, "observedThrough");
        Map<String, CohortMember> byUser = new HashMap<>();
        for (CohortMember m : ms) {
            if (byUser.put(m.userId(), m) != null) {
                throw new InvalidValueException("members", "user " + Checks.show(m.userId()) + " is in more than one cohort");
            }
        }
        TreeMap<LocalDate, Long> sizes = new TreeMap<>();
        if (shown != null) {
            for (LocalDate d = grain.periodOf(shown.start()).start(); !d.isAfter(shown.end()); d = next(d)) {
                sizes.put(d, 0L);
            }
        }
        Map<String, LocalDate> cohortOf = new HashMap<>();
        for (CohortMember m : ms) {
            LocalDate start = grain.periodOf(m.joinedAt().atZone(zone).toLocalDate()).start();
            if (shown != null && !sizes.containsKey(start)) {
                continue;
            }
            cohortOf.put(m.userId(), start);
            sizes.merge(start, 1L, Long::sum);
        }
        Map<LocalDate, List<Set<String>>> activeSets = new HashMap<>();
        long unmatched = 0;
        for (Activity a : as) {
            LocalDate cohort = cohortOf.get(a.userId());
            if (cohort == null || a.at().isBefore(byUser.get(a.userId()).joinedAt())) {
                unmatched++;
                continue;
            }
            long k = between(cohort, grain.periodOf(a.at().atZone(zone).toLocalDate()).start());
            if (k >= periods) {
                continue;
            }
            List<Set<String>> sets = activeSets.computeIfAbsent(cohort, c -> {
                List<Set<String>> l = new ArrayList<>();
                for (int i = 0; i < periods; i++) {
                    l.add(new HashSet<>());
                }
                return l;
            });
            sets.get((int) k).add(a.userId());
        }
        List<CohortRow> rows = new ArrayList<>();
        long[] activeSum = new long[periods];
        long[] sizeSum = new long[periods];
        long[] prevSum = new long[periods];
        for (Map.Entry<LocalDate, Long> e : sizes.entrySet()) {
            LocalDate c = e.getKey();
            long size = e.getValue();
            List<Long> active = new ArrayList<>();
            List<OptionalDouble> retention = new ArrayList<>();
            List<Set<String>> sets = activeSets.get(c);
            for (int k = 0; k < periods; k++) {
                LocalDate periodEnd = grain.periodOf(plus(c, k)).end();
                if (periodEnd.isAfter(observedThrough)) {
                    break;
                }
                long n = sets == null ? 0 : sets.get(k).size();
                active.add(n);
                retention.add(size == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) n / size));
                if (size > 0) {
                    activeSum[k] += n;
                    sizeSum[k] += size;
                    if (k > 0) {
                        prevSum[k] += active.get(k - 1);
                    }
                }
            }
            rows.add(new CohortRow(grain.periodOf(c), size, active, retention));
        }
        List<OptionalDouble> curve = new ArrayList<>();
        List<OptionalDouble> decline = new ArrayList<>();
        for (int k = 0; k < periods; k++) {
            curve.add(sizeSum[k] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) activeSum[k] / sizeSum[k]));
            decline.add(k == 0 || prevSum[k] == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(1 - (double) activeSum[k] / prevSum[k]));
        }
        return new CohortTable(rows, curve, decline, unmatched);
    }

    private LocalDate next(LocalDate periodStart) {
        return plus(periodStart, 1);
    }

    private LocalDate plus(LocalDate periodStart, long k) {
        return switch (grain) {
            case DAY -> periodStart.plusDays(k);
            case WEEK -> periodStart.plusWeeks(k);
            case MONTH -> periodStart.plusMonths(k);
        };
    }

    private long between(LocalDate a, LocalDate b) {
        return switch (grain) {
            case DAY -> ChronoUnit.DAYS.between(a, b);
            case WEEK -> ChronoUnit.WEEKS.between(a, b);
            case MONTH -> ChronoUnit.MONTHS.between(a, b);
        };
    }
}
