package io.github.mediaops.analytics.planning.fission;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A user joining a fission (裂变) or referral campaign, either as a seed (no referrer: reached by the
 * brand directly) or through another user's invite.
 *
 * @param userId     the user who joined
 * @param referrerId the user whose invite brought them, or {@code null} for a seed
 * @param joinedAt   when they joined
 */
public record JoinEvent(String userId, String referrerId, Instant joinedAt) {
    public JoinEvent {
        Checks.notBlank(userId, "userId");
        Checks.blankToNullRejected(referrerId, "referrerId");
        Checks.notNull(joinedAt, "joinedAt");
        if (userId.equals(referrerId)) {
            throw new InvalidValueException("referrerId", "user " + Checks.show(userId) + " cannot refer themselves");
        }
    }

    /** A seed user reached directly. */
    public static JoinEvent seed(String userId, Instant joinedAt) {
        return new JoinEvent(userId, null, joinedAt);
    }

    /** A user brought in by {@code referrerId}. */
    public static JoinEvent referred(String userId, String referrerId, Instant joinedAt) {
        return new JoinEvent(userId, Checks.notBlank(referrerId, "referrerId"), joinedAt);
    }

    public Optional<String> referrer() {
        return Optional.ofNullable(referrerId);
    }
}
