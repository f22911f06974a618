package io.github.mediaops.analytics.planning.fission;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A user joining a fission (裂变) or referral campaign, either as a seed (no referrer: reached by the
 * brand directly) or through another user's invite. The user and the referrer are both ids, so a
 * referred join is given by name:
 *
 * <pre>{@code
 * JoinEvent seed = JoinEvent.seed("u1", Instant.parse("2026-11-01T10:00:00Z"));
 * JoinEvent joined = JoinEvent.user("u2").referredBy("u1", Instant.parse("2026-11-01T11:30:00Z"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JoinEvent {
    private final String userId;
    private final String referrerId;
    private final Instant joinedAt;

    private JoinEvent(String userId, String referrerId, Instant joinedAt) {
        Checks.notBlank(userId, "userId");
        Checks.blankToNullRejected(referrerId, "referrerId");
        Checks.notNull(joinedAt, "joinedAt");
        if (userId.equals(referrerId)) {
            throw new InvalidValueException("referrerId", "user " + Checks.show(userId) + " cannot refer themselves");
        }
        this.userId = userId;
        this.referrerId = referrerId;
        this.joinedAt = joinedAt;
    }

    /** @return the user who joined */
    public String userId() {
        return userId;
    }

    /** @return the user whose invite brought them, or {@code null} for a seed */
    public String referrerId() {
        return referrerId;
    }

    /** @return when they joined */
    public Instant joinedAt() {
        return joinedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JoinEvent o && java.util.Objects.equals(userId, o.userId) && java.util.Objects.equals(referrerId, o.referrerId) && java.util.Objects.equals(joinedAt, o.joinedAt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(userId, referrerId, joinedAt);
    }

    @Override
    public String toString() {
        return "JoinEvent[" + "userId=" + userId + ", " + "referrerId=" + referrerId + ", " + "joinedAt=" + joinedAt + "]";
    }

    

    /**
     * A seed user reached directly.
     *
     * @param userId   the user who joined
     * @param joinedAt when they joined
     * @return the event
     */
    public static JoinEvent seed(String userId, Instant joinedAt) {
        return new JoinEvent(userId, null, joinedAt);
    }

    /**
     * Starts the join of a user brought in by an invite; {@link ByUser#referredBy(String, Instant)} completes it.
     *
     * @param userId the user who joined
     * @return the next step
     */
    public static ByUser user(String userId) {
        return new ByUser(Checks.notBlank(userId, "userId"));
    }

    /** A join with its user given; the referrer and the instant complete it. */
    public static final class ByUser {
        private final String userId;

        private ByUser(String userId) {
            this.userId = userId;
        }

        /**
         * The user whose invite brought them, and when they joined.
         *
         * @param referrerId the referrer; not blank, not the user
         * @param joinedAt   when they joined
         * @return the event
         */
        public JoinEvent referredBy(String referrerId, Instant joinedAt) {
            return new JoinEvent(userId, Checks.notBlank(referrerId, "referrerId"), joinedAt);
        }
    }

    /** @return the referrer; empty for a seed */
    public Optional<String> referrer() {
        return Optional.ofNullable(referrerId);
    }
}
