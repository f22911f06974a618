package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Who may win, published with the commitment so anyone can re-apply the rules.
 *
 * @since 0.1.0
 */
public final class EligibilityRules {
    private final boolean onePerUser;
    private final boolean mustFollow;
    private final String requiredKeyword;
    private final Set<String> excludedUsers;
    private final Duration minAccountAge;

    private EligibilityRules(boolean onePerUser, boolean mustFollow, String requiredKeyword, Set<String> excludedUsers, Duration minAccountAge) {
        Checks.blankToNullRejected(requiredKeyword, "requiredKeyword");
        excludedUsers = Checks.setOf(excludedUsers, "excludedUsers");
        Checks.notNull(minAccountAge, "minAccountAge");
        if (minAccountAge.isNegative()) {
            throw new InvalidValueException("minAccountAge", "minAccountAge must not be negative (was " + minAccountAge + ")");
        }
        this.onePerUser = onePerUser;
        this.mustFollow = mustFollow;
        this.requiredKeyword = requiredKeyword;
        this.excludedUsers = excludedUsers;
        this.minAccountAge = minAccountAge;
    }

    /** @return only a user's first eligible entry counts */
    public boolean onePerUser() {
        return onePerUser;
    }

    /** @return the user must follow the account at close */
    public boolean mustFollow() {
        return mustFollow;
    }

    /** @return text that must appear in the entry (case-insensitive), or {@code null} */
    public String requiredKeyword() {
        return requiredKeyword;
    }

    /** @return user ids that never win (staff, blacklist) */
    public Set<String> excludedUsers() {
        return excludedUsers;
    }

    /** @return least account age at close; {@link Duration#ZERO} for no check. Entries whose account age is unknown fail a non-zero minimum. */
    public Duration minAccountAge() {
        return minAccountAge;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EligibilityRules o && onePerUser == o.onePerUser && mustFollow == o.mustFollow && java.util.Objects.equals(requiredKeyword, o.requiredKeyword) && java.util.Objects.equals(excludedUsers, o.excludedUsers) && java.util.Objects.equals(minAccountAge, o.minAccountAge);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(onePerUser, mustFollow, requiredKeyword, excludedUsers, minAccountAge);
    }

    @Override
    public String toString() {
        return "EligibilityRules[" + "onePerUser=" + onePerUser + ", " + "mustFollow=" + mustFollow + ", " + "requiredKeyword=" + requiredKeyword + ", " + "excludedUsers=" + excludedUsers + ", " + "minAccountAge=" + minAccountAge + "]";
    }

    /**
     * One entry per user, nothing else.
     *
     * @return the rules
     */
    public static EligibilityRules oneEntryPerUser() {
        return new EligibilityRules(true, false, null, Set.of(), Duration.ZERO);
    }

    /**
     * Every eligible entry counts, several per user included (for draws where each purchase is a ticket).
     *
     * @return the rules
     */
    public static EligibilityRules everyEntry() {
        return new EligibilityRules(false, false, null, Set.of(), Duration.ZERO);
    }

    /**
     * A copy that does or does not require entrants to follow the account.
     *
     * @param required whether following is required
     * @return the copy
     */
    public EligibilityRules requireFollow(boolean required) {
        return new EligibilityRules(onePerUser, required, requiredKeyword, excludedUsers, minAccountAge);
    }

    /**
     * A copy that requires a keyword in the entry text (case-insensitive).
     *
     * @param keyword the keyword, or null for none
     * @return the copy
     */
    public EligibilityRules keyword(String keyword) {
        return new EligibilityRules(onePerUser, mustFollow, keyword, excludedUsers, minAccountAge);
    }

    /**
     * A copy that never lets these users win.
     *
     * @param users user ids (staff, blacklist)
     * @return the copy
     */
    public EligibilityRules excluding(Set<String> users) {
        return new EligibilityRules(onePerUser, mustFollow, requiredKeyword, users, minAccountAge);
    }

    /**
     * A copy with a least account age at close.
     *
     * @param age not negative; {@link Duration#ZERO} for no check
     * @return the copy
     */
    public EligibilityRules minAccountAge(Duration age) {
        return new EligibilityRules(onePerUser, mustFollow, requiredKeyword, excludedUsers, age);
    }

    /** @return the required keyword, if any */
    public Optional<String> keyword() {
        return Optional.ofNullable(requiredKeyword);
    }
}
