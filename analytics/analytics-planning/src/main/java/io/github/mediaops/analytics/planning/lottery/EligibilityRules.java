package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Who may win, published with the commitment so anyone can re-apply the rules.
 *
 * @param onePerUser      only a user's first eligible entry counts
 * @param mustFollow      the user must follow the account at close
 * @param requiredKeyword text that must appear in the entry (case-insensitive), or {@code null}
 * @param excludedUsers   user ids that never win (staff, blacklist)
 * @param minAccountAge   least account age at close; {@link Duration#ZERO} for no check. Entries whose
 *                        account age is unknown fail a non-zero minimum.
 */
public record EligibilityRules(boolean onePerUser, boolean mustFollow, String requiredKeyword, Set<String> excludedUsers,
                               Duration minAccountAge) {
    public EligibilityRules {
        Checks.blankToNullRejected(requiredKeyword, "requiredKeyword");
        excludedUsers = Checks.setOf(excludedUsers, "excludedUsers");
        Checks.notNull(minAccountAge, "minAccountAge");
        if (minAccountAge.isNegative()) {
            throw new InvalidValueException("minAccountAge", "minAccountAge must not be negative (was " + minAccountAge + ")");
        }
    }

    /** One entry per user, nothing else. */
    public static EligibilityRules oneEntryPerUser() {
        return new EligibilityRules(true, false, null, Set.of(), Duration.ZERO);
    }

    public EligibilityRules requireFollow(boolean required) {
        return new EligibilityRules(onePerUser, required, requiredKeyword, excludedUsers, minAccountAge);
    }

    public EligibilityRules keyword(String keyword) {
        return new EligibilityRules(onePerUser, mustFollow, keyword, excludedUsers, minAccountAge);
    }

    public EligibilityRules excluding(Set<String> users) {
        return new EligibilityRules(onePerUser, mustFollow, requiredKeyword, users, minAccountAge);
    }

    public EligibilityRules minAccountAge(Duration age) {
        return new EligibilityRules(onePerUser, mustFollow, requiredKeyword, excludedUsers, age);
    }

    public Optional<String> keyword() {
        return Optional.ofNullable(requiredKeyword);
    }
}
