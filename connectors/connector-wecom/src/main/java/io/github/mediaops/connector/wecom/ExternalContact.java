package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A customer (外部联系人) and the members who added them.
 *
 * @param externalUserId WeCom's id of the customer for this corp
 * @param name           the customer's name (WeChat nickname), or empty
 * @param kind           a WeChat user or a WeCom user of another corp
 * @param unionId        the WeChat unionid (when the corp has a bound Official Account or mini-program), or empty
 * @param follows        the members who have the customer as a contact; from {@code batch/get_by_user}, the one
 *                       member asked about
 */
public record ExternalContact(String externalUserId, Optional<String> name, Kind kind, Optional<String> unionId,
                              List<Follow> follows) {
    public ExternalContact {
        Checks.notBlank(externalUserId, "externalUserId");
        Checks.notNull(name, "name");
        Checks.notNull(kind, "kind");
        Checks.notNull(unionId, "unionId");
        follows = Checks.listOf(follows, "follows");
    }

    /** WeCom's {@code type}. */
    public enum Kind {
        /** 1: a WeChat user. */
        WECHAT,
        /** 2: a WeCom user (of another corp). */
        WECOM,
        /** Any other or missing value. */
        UNKNOWN
    }

    /**
     * One member's side of the relationship.
     *
     * @param userId  the member
     * @param addedAt when the member added the customer
     * @param state   the lead-tracking state of the contact way or link the customer came through, or empty
     * @param addWay  WeCom's {@code add_way} (1 QR code, 2 phone search, 3 card share, ... 10 Channels, 16 acquisition link, ...)
     * @param remark  the member's note on the customer, or empty
     * @param tagIds  the corp tags the member gave the customer
     */
    public record Follow(String userId, Instant addedAt, Optional<String> state, int addWay, Optional<String> remark,
                         List<String> tagIds) {
        public Follow {
            Checks.notBlank(userId, "userId");
            Checks.notNull(addedAt, "addedAt");
            Checks.notNull(state, "state");
            Checks.notNull(remark, "remark");
            tagIds = Checks.listOf(tagIds, "tagIds");
        }
    }
}
