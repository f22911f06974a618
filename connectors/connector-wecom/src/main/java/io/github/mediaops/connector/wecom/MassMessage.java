package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A mass-message task (群发, {@code externalcontact/add_msg_template}; developer.work.weixin.qq.com/document/path/92135).
 * WeCom only creates the task: nothing reaches a customer until the sending member confirms it in the WeCom
 * client, so a created task is {@link Status#PENDING}, never sent; read the deliveries with
 * {@link WeComMessages#massMessageStatus}.
 *
 * @param target         to customers one by one ({@code single}) or to customer groups ({@code group})
 * @param externalUserIds the customers (single), may be empty when {@code sender} is set (all the sender's customers)
 * @param chatIds        the groups (group; at most 2000)
 * @param sender         the member who sends (required for groups), or empty
 * @param text           the text
 * @param idempotencyKey the key that makes creating the task once safe to repeat
 */
public record MassMessage(Target target, List<String> externalUserIds, List<String> chatIds, Optional<String> sender, String text,
                          String idempotencyKey) {
    public MassMessage {
        Checks.notNull(target, "target");
        externalUserIds = Checks.notBlankEach(externalUserIds, "externalUserIds");
        chatIds = Checks.notBlankEach(chatIds, "chatIds");
        Checks.notNull(sender, "sender");
        Checks.notBlank(text, "text");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        if (target == Target.GROUP && (sender.isEmpty() || chatIds.size() > 2000)) {
            throw new InvalidValueException(sender.isEmpty() ? "sender" : "chatIds",
                    "a group mass message needs a sender and at most 2000 groups");
        }
        if (target == Target.SINGLE && externalUserIds.isEmpty() && sender.isEmpty()) {
            throw new InvalidValueException("externalUserIds", "a mass message to customers needs customers or a sender");
        }
    }

    /** To the given customers of {@code sender}. */
    public static MassMessage toCustomers(String sender, List<String> externalUserIds, String text, String idempotencyKey) {
        return new MassMessage(Target.SINGLE, externalUserIds, List.of(), Optional.of(Checks.notBlank(sender, "sender")), text,
                idempotencyKey);
    }

    /** To the given groups of {@code sender}. */
    public static MassMessage toGroups(String sender, List<String> chatIds, String text, String idempotencyKey) {
        return new MassMessage(Target.GROUP, List.of(), chatIds, Optional.of(Checks.notBlank(sender, "sender")), text, idempotencyKey);
    }

    /** WeCom's {@code chat_type}. */
    public enum Target {
        SINGLE("single"), GROUP("group");

        private final String wire;

        Target(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }
    }

    /** Where a task stands. */
    public enum Status {
        /** Created; no delivery made yet (the member has not confirmed). */
        PENDING,
        /** Some deliveries made, some still waiting. */
        PARTLY_SENT,
        /** Every delivery settled (sent, or refused for a customer who is no longer a contact or reached the cap). */
        SENT
    }

    /** One recipient's state ({@code get_groupmsg_send_result} {@code status}). */
    public enum DeliveryStatus {
        /** 0: not sent yet. */
        PENDING,
        /** 1: sent. */
        SENT,
        /** 2: not sent, the customer is no longer a contact. */
        NOT_A_CONTACT,
        /** 3: not sent, the customer already received the most mass messages allowed. */
        RECEIVE_LIMIT_REACHED
    }

    /**
     * A created task.
     *
     * @param msgId                   WeCom's id of the task
     * @param unreachedExternalUserIds customers WeCom could not add to the task ({@code fail_list})
     * @param status                  {@link Status#PENDING}: created, waiting for the member
     */
    public record Task(String msgId, List<String> unreachedExternalUserIds, Status status) {
        public Task {
            Checks.notBlank(msgId, "msgId");
            unreachedExternalUserIds = Checks.listOf(unreachedExternalUserIds, "unreachedExternalUserIds");
            Checks.notNull(status, "status");
        }
    }

    /** One recipient of a task. */
    public record Delivery(Optional<String> externalUserId, Optional<String> chatId, String sender, DeliveryStatus status,
                           Optional<Instant> sentAt) {
        public Delivery {
            Checks.notNull(externalUserId, "externalUserId");
            Checks.notNull(chatId, "chatId");
            Checks.notBlank(sender, "sender");
            Checks.notNull(status, "status");
            Checks.notNull(sentAt, "sentAt");
        }
    }

    /** What a task reached: its deliveries and the resulting status. */
    public record Report(String msgId, Status status, List<Delivery> deliveries) {
        public Report {
            Checks.notBlank(msgId, "msgId");
            Checks.notNull(status, "status");
            deliveries = Checks.listOf(deliveries, "deliveries");
        }
    }

    /** A task in the corp's list ({@code get_groupmsg_list_v2}). */
    public record Summary(String msgId, String creator, Instant createdAt, Optional<String> text) {
        public Summary {
            Checks.notBlank(msgId, "msgId");
            Checks.notBlank(creator, "creator");
            Checks.notNull(createdAt, "createdAt");
            Checks.notNull(text, "text");
        }
    }
}
