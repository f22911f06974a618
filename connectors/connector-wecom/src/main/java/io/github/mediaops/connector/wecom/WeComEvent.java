package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A WeCom callback event, decrypted and verified ({@link WeComCallbacks#receive}): WeCom's customer-change
 * ({@code change_external_contact}) and customer-group ({@code change_external_chat}) events, which only actions in
 * the WeCom client or admin console emit, not API calls (developer.work.weixin.qq.com/document/path/96361;
 * {@code platform-apis-2.md} §1.3).
 */
public sealed interface WeComEvent {

    /** The id the callback is de-duplicated by. */
    String eventId();

    /** When WeCom says it happened ({@code CreateTime}). */
    Instant at();

    /**
     * {@code change_external_contact} / {@code add_external_contact}: a member added a customer, through a
     * contact way or link whose state is {@link #state()}.
     *
     * @param userId         the member
     * @param externalUserId the customer
     * @param state          the contact way's {@code state} or the link's {@code customer_channel}, or empty
     * @param welcomeCode    the code for one welcome message within 20 s, or empty
     */
    record ContactAdded(String eventId, Instant at, String userId, String externalUserId, Optional<String> state,
                        Optional<WelcomeCode> welcomeCode) implements WeComEvent {
        public ContactAdded {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(at, "at");
            Checks.notBlank(userId, "userId");
            Checks.notBlank(externalUserId, "externalUserId");
            Checks.notNull(state, "state");
            Checks.notNull(welcomeCode, "welcomeCode");
        }

        /** The lead: the customer's external userid, {@link LeadAction#ADD_CONTACT}, the state as its tracking value. */
        public LeadEvent lead() {
            return new LeadEvent(externalUserId, LeadAction.ADD_CONTACT, at, state.orElse(null));
        }
    }

    /**
     * Another {@code change_external_contact}: {@code del_external_contact} (the member deleted the customer),
     * {@code del_follow_user} (the customer deleted the member: churn), {@code edit_external_contact},
     * {@code add_half_external_contact}, {@code transfer_fail}.
     */
    record ContactChanged(String eventId, Instant at, String changeType, String userId, String externalUserId)
            implements WeComEvent {
        public ContactChanged {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(at, "at");
            Checks.notBlank(changeType, "changeType");
            Checks.notNull(userId, "userId");
            Checks.notBlank(externalUserId, "externalUserId");
        }

        /** Whether the relationship ended ({@code del_external_contact} or {@code del_follow_user}). */
        public boolean lost() {
            return changeType.equals("del_external_contact") || changeType.equals("del_follow_user");
        }
    }

    /**
     * {@code change_external_chat}: a customer group was created, updated ({@code updateDetail}
     * {@code add_member}, {@code del_member}, {@code change_name}, ...) or dismissed.
     *
     * @param chatId             the group
     * @param changeType         {@code create}, {@code update} or {@code dismiss}
     * @param updateDetail       what an update changed, or empty
     * @param joinScene          how members joined (add_member): 0 invited by a member, 3 via QR code, ...
     * @param quitScene          how members left (del_member): 0 left themselves, 1 removed
     * @param memberChangeCount  how many members joined or left
     * @param memberIds          who joined or left, as far as WeCom lists them
     */
    record GroupChatChanged(String eventId, Instant at, String chatId, String changeType, Optional<String> updateDetail,
                            int joinScene, int quitScene, int memberChangeCount, List<String> memberIds) implements WeComEvent {
        public GroupChatChanged {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(at, "at");
            Checks.notBlank(chatId, "chatId");
            Checks.notBlank(changeType, "changeType");
            Checks.notNull(updateDetail, "updateDetail");
            memberIds = Checks.listOf(memberIds, "memberIds");
        }
    }

    /** A verified callback of another kind (tags, messages, app events). */
    record Other(String eventId, Instant at, String type) implements WeComEvent {
        public Other {
            Checks.notBlank(eventId, "eventId");
            Checks.notNull(at, "at");
            Checks.notBlank(type, "type");
        }
    }
}
