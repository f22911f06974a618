package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;

/**
 * WeCom's customer-group statistics ({@code groupchat/statistic} by owner, {@code statistic_group_by_day} by
 * day; developer.work.weixin.qq.com/document/path/96359). A host feeds the by-day rows to the membership
 * engine's community KPIs ({@code GroupDay}: {@link #members}, {@link #newMembers}, {@link #activeMembers},
 * {@link #messages}).
 *
 * @param newChats             groups created ({@code new_chat_cnt})
 * @param chats                groups in all ({@code chat_total})
 * @param chatsWithMessages    groups with at least one message ({@code chat_has_msg})
 * @param newMembers           members who joined ({@code new_member_cnt})
 * @param members              members in all ({@code member_total})
 * @param activeMembers        members who sent at least one message ({@code member_has_msg})
 * @param messages             messages sent ({@code msg_total})
 * @param migratedTraineeChats groups migrated from trainee accounts ({@code migrate_trainee_chat_cnt})
 */
public record GroupStats(long newChats, long chats, long chatsWithMessages, long newMembers, long members, long activeMembers,
                         long messages, long migratedTraineeChats) {
    public GroupStats {
        Checks.nonNegative(newChats, "newChats");
        Checks.nonNegative(chats, "chats");
        Checks.nonNegative(chatsWithMessages, "chatsWithMessages");
        Checks.nonNegative(newMembers, "newMembers");
        Checks.nonNegative(members, "members");
        Checks.nonNegative(activeMembers, "activeMembers");
        Checks.nonNegative(messages, "messages");
        Checks.nonNegative(migratedTraineeChats, "migratedTraineeChats");
    }

    /** One day's statistics of the groups of the owners asked about. */
    public record Day(LocalDate day, GroupStats stats) {
        public Day {
            Checks.notNull(day, "day");
            Checks.notNull(stats, "stats");
        }
    }

    /** One owner's statistics over the days asked about. */
    public record Owner(String owner, GroupStats stats) {
        public Owner {
            Checks.notBlank(owner, "owner");
            Checks.notNull(stats, "stats");
        }
    }
}
