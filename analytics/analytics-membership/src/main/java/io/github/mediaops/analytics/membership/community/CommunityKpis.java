package io.github.mediaops.analytics.membership.community;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Daily community KPIs from group statistics: active members, active rate, message volume per member and
 * per active member, joins, leaves and net growth, summed over the groups given.
 *
 * <pre>{@code
 * List<CommunityDay> days = CommunityKpis.daily(List.of(
 *         GroupDay.builder("fans-1", day).members(200).joined(12).left(3).activeMembers(40).messages(260).build()));
 * double perMember = days.get(0).messagesPerMember().orElseThrow();   // 260 / 200 = 1.3
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CommunityKpis {
    private CommunityKpis() {
    }

    /**
     * One row per day that has statistics, oldest first.
     *
     * @param stats per group and day; a group may appear once per day
     * @return the days
     * @throws InvalidValueException if a group has two rows for one day
     */
    public static List<CommunityDay> daily(List<GroupDay> stats) {
        List<GroupDay> all = Checks.listOf(stats, "stats");
        Map<LocalDate, List<GroupDay>> byDay = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (GroupDay g : all) {
            if (!seen.add(g.groupId() + "\u0000" + g.day())) {
                throw new InvalidValueException("stats", "group " + g.groupId() + " has two rows for " + g.day());
            }
            byDay.computeIfAbsent(g.day(), d -> new ArrayList<>()).add(g);
        }
        List<CommunityDay> out = new ArrayList<>();
        for (Map.Entry<LocalDate, List<GroupDay>> e : byDay.entrySet()) {
            long members = 0;
            long joined = 0;
            long left = 0;
            long active = 0;
            long messages = 0;
            for (GroupDay g : e.getValue()) {
                members = Math.addExact(members, g.members());
                joined = Math.addExact(joined, g.joined());
                left = Math.addExact(left, g.left());
                active = Math.addExact(active, g.activeMembers());
                messages = Math.addExact(messages, g.messages());
            }
            out.add(new CommunityDay(e.getKey(), e.getValue().size(), members, joined, left, active, messages,
                    ratio(active, members), ratio(messages, members), ratio(messages, active)));
        }
        return out;
    }

    private static OptionalDouble ratio(long num, long den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }
}
