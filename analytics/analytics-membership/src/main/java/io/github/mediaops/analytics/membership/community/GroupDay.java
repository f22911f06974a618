package io.github.mediaops.analytics.membership.community;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One group chat's statistics for one day, as community platforms report them (WeCom's customer group
 * statistics give {@code member_total}, {@code new_member_cnt}, {@code member_has_msg} and {@code msg_total};
 * members who left come from its member-quit events). Build it with {@link #builder}.
 *
 * @param groupId        the group
 * @param day            the day, in the platform's zone
 * @param members        members at the end of the day
 * @param joined         members who joined that day
 * @param left           members who left that day
 * @param activeMembers  members who sent at least one message that day, at most {@code members + left}
 * @param messages       messages sent that day
 *
 * @since 0.1.0
 */
public record GroupDay(String groupId, LocalDate day, long members, long joined, long left, long activeMembers,
        long messages) {
    /** Validates the components; bad values fail with the field named. */
    public GroupDay {
        Checks.notBlank(groupId, "groupId");
        Objects.requireNonNull(day, "day");
        Checks.nonNegative(members, "members");
        Checks.nonNegative(joined, "joined");
        Checks.nonNegative(left, "left");
        Checks.nonNegative(activeMembers, "activeMembers");
        Checks.nonNegative(messages, "messages");
        if (activeMembers > members + left) {
            throw new InvalidValueException("activeMembers", "activeMembers " + activeMembers + " exceeds members "
                    + members + " + left " + left + " of group " + groupId + " on " + day);
        }
        if (activeMembers > messages) {
            throw new InvalidValueException("messages", "messages " + messages + " fewer than activeMembers "
                    + activeMembers + " of group " + groupId + " on " + day);
        }
    }

    /**
     * A builder; counts default to 0.
     *
     * @param groupId the group
     * @param day     the day
     * @return the builder
     */
    public static Builder builder(String groupId, LocalDate day) {
        return new Builder(groupId, day);
    }

    /** Builds a {@link GroupDay} by named counts. */
    public static final class Builder {
        private final String groupId;
        private final LocalDate day;
        private long members;
        private long joined;
        private long left;
        private long activeMembers;
        private long messages;

        private Builder(String groupId, LocalDate day) {
            this.groupId = groupId;
            this.day = day;
        }

        /** Members at the end of the day. */
        public Builder members(long members) {
            this.members = members;
            return this;
        }

        /** Members who joined that day. */
        public Builder joined(long joined) {
            this.joined = joined;
            return this;
        }

        /** Members who left that day. */
        public Builder left(long left) {
            this.left = left;
            return this;
        }

        /** Members who sent at least one message. */
        public Builder activeMembers(long activeMembers) {
            this.activeMembers = activeMembers;
            return this;
        }

        /** Messages sent. */
        public Builder messages(long messages) {
            this.messages = messages;
            return this;
        }

        /** The day's statistics. */
        public GroupDay build() {
            return new GroupDay(groupId, day, members, joined, left, activeMembers, messages);
        }
    }
}
