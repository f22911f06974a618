package io.github.mediaops.analytics.membership.community;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A day's community KPIs over the groups given, summed across them.
 *
 * @param day                     the day
 * @param groups                  groups with statistics that day
 * @param members                 Σ members at the end of the day
 * @param joined                  Σ joined
 * @param left                    Σ left
 * @param activeMembers           Σ members who sent a message (a member active in two groups counts twice)
 * @param messages                Σ messages
 * @param activeRate              activeMembers / members; empty when there are no members
 * @param messagesPerMember       messages / members; empty when there are no members
 * @param messagesPerActiveMember messages / activeMembers; empty when nobody spoke
 *
 * @since 0.1.0
 */
public record CommunityDay(LocalDate day, int groups, long members, long joined, long left, long activeMembers,
        long messages, OptionalDouble activeRate, OptionalDouble messagesPerMember,
        OptionalDouble messagesPerActiveMember) {
    /** Validates the components. */
    public CommunityDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(activeRate, "activeRate");
        Objects.requireNonNull(messagesPerMember, "messagesPerMember");
        Objects.requireNonNull(messagesPerActiveMember, "messagesPerActiveMember");
    }

    /** Members gained: {@code joined − left}. */
    public long netGrowth() {
        return joined - left;
    }
}
