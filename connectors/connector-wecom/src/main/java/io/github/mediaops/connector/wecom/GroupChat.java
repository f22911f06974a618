package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A customer group chat (客户群) with its members ({@code externalcontact/groupchat/get}).
 *
 * @param chatId    WeCom's id of the group
 * @param name      the group's name, or empty
 * @param owner     the member who owns it
 * @param createdAt when it was created
 * @param members   its members, employees and customers
 */
public record GroupChat(String chatId, Optional<String> name, String owner, Instant createdAt, List<Member> members) {
    public GroupChat {
        Checks.notBlank(chatId, "chatId");
        Checks.notNull(name, "name");
        Checks.notBlank(owner, "owner");
        Checks.notNull(createdAt, "createdAt");
        members = Checks.listOf(members, "members");
    }

    /**
     * One member of the group.
     *
     * @param userId    a member's userid or a customer's external userid
     * @param customer  whether a customer (type 2) rather than a member of the corp (type 1)
     * @param joinedAt  when they joined
     * @param joinScene 1 invited directly, 2 invited by link, 3 scanned the group QR code
     * @param state     the {@code state} of the 「加入群聊」 way they joined by, or empty: which content brought them
     * @param invitor   who invited them, or empty
     */
    public record Member(String userId, boolean customer, Instant joinedAt, int joinScene, Optional<String> state,
                         Optional<String> invitor) {
        public Member {
            Checks.notBlank(userId, "userId");
            Checks.notNull(joinedAt, "joinedAt");
            Checks.notNull(state, "state");
            Checks.notNull(invitor, "invitor");
        }
    }

    /**
     * A group in a listing ({@code groupchat/list}).
     *
     * @param chatId the group
     * @param status 0 normal, 1 owner left (to be inherited), 2 inheritance in progress, 3 inherited
     */
    public record Ref(String chatId, int status) {
        public Ref {
            Checks.notBlank(chatId, "chatId");
        }
    }
}
