package io.github.mediaops.analytics.membership.community;

import io.github.mediaops.analytics.measure.cohort.Activity;
import io.github.mediaops.analytics.measure.cohort.CohortMember;
import io.github.mediaops.analytics.measure.cohort.CohortRow;
import io.github.mediaops.analytics.measure.cohort.CohortTable;
import io.github.mediaops.analytics.measure.cohort.RetentionCohorts;
import io.github.mediaops.analytics.measure.kpi.Grain;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Retention of community joiners by weekly cohort (ISO weeks from Monday in {@link #zone()}), and which content
 * brought members who stayed, on analytics-measure's {@link RetentionCohorts}: a member's cohort is the week of
 * their first join (over all groups), and they are retained in week k if they sent a message in the k-th week
 * after it (week 0 is the joining week). Only fully observed weeks are reported.
 *
 * <pre>{@code
 * CommunityRetention r = new CommunityRetention(ZoneId.of("Asia/Shanghai"), 5);
 * CohortTable table = r.byWeeklyCohort(joins, messages, observedThrough);
 * List<SourceRetention> best = r.sourcesThatRetained(joins, messages, observedThrough, 4);
 * }</pre>
 *
 * @param zone  the zone whose calendar defines the weeks
 * @param weeks how many weeks (0..weeks−1) to follow, at least 1
 *
 * @since 0.1.0
 */
public record CommunityRetention(ZoneId zone, int weeks) {
    /** The source of members whose join carried none. */
    public static final String UNATTRIBUTED = "(unattributed)";

    /** Validates the components; bad values fail with the field named. */
    public CommunityRetention {
        Checks.notNull(zone, "zone");
        Checks.positive(weeks, "weeks");
    }

    /**
     * The weekly cohort table of joiners.
     *
     * @param joins           group joins; a member's first join places them
     * @param messages        who sent a message when (measure's {@link Activity}, user = member)
     * @param observedThrough the last day with complete data
     * @return the table
     */
    public CohortTable byWeeklyCohort(Collection<GroupJoin> joins, Collection<Activity> messages,
            LocalDate observedThrough) {
        return cohorts().apply(members(firstJoins(joins).values()), messages, observedThrough);
    }

    /**
     * Per source of the members' first joins: how many it brought and how many were active in week {@code week}
     * after their joining week, best first (most stayed, then highest rate, then source).
     *
     * @param joins           group joins
     * @param messages        who sent a message when
     * @param observedThrough the last day with complete data
     * @param week            the week to look at, 1 ≤ week &lt; {@link #weeks()}
     * @return one row per source
     */
    public List<SourceRetention> sourcesThatRetained(Collection<GroupJoin> joins, Collection<Activity> messages,
            LocalDate observedThrough, int week) {
        Checks.positive(week, "week");
        if (week >= weeks) {
            throw new io.github.mediaops.core.InvalidValueException("week", "week must be below weeks " + weeks
                    + " (was " + week + ")");
        }
        List<Activity> activity = Checks.listOf(messages, "messages");
        Checks.notNull(observedThrough, "observedThrough");
        Map<String, List<GroupJoin>> bySource = new TreeMap<>();
        for (GroupJoin j : firstJoins(joins).values()) {
            bySource.computeIfAbsent(j.source().orElse(UNATTRIBUTED), s -> new ArrayList<>()).add(j);
        }
        List<SourceRetention> out = new ArrayList<>();
        for (Map.Entry<String, List<GroupJoin>> e : bySource.entrySet()) {
            CohortTable t = cohorts().apply(members(e.getValue()), activity, observedThrough);
            long observed = 0;
            long stayed = 0;
            for (CohortRow row : t.rows()) {
                if (row.active().size() > week) {
                    observed += row.size();
                    stayed += row.active().get(week);
                }
            }
            out.add(new SourceRetention(e.getKey(), e.getValue().size(), observed, stayed,
                    observed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) stayed / observed)));
        }
        out.sort(Comparator.comparingLong(SourceRetention::stayed).reversed()
                .thenComparing(s -> -s.rate().orElse(-1))
                .thenComparing(SourceRetention::source));
        return out;
    }

    private RetentionCohorts cohorts() {
        return new RetentionCohorts(zone, Grain.WEEK, weeks);
    }

    private static Map<String, GroupJoin> firstJoins(Collection<GroupJoin> joins) {
        Map<String, GroupJoin> first = new HashMap<>();
        for (GroupJoin j : Checks.listOf(joins, "joins")) {
            first.merge(j.memberId(), j, (a, b) -> b.joinedAt().isBefore(a.joinedAt()) ? b : a);
        }
        return first;
    }

    private static List<CohortMember> members(Collection<GroupJoin> joins) {
        List<CohortMember> out = new ArrayList<>();
        for (GroupJoin j : joins) {
            out.add(new CohortMember(j.memberId(), j.joinedAt()));
        }
        return out;
    }
}
