package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry to a lottery as collected from a platform (a comment, a repost, a form), with the facts
 * the eligibility rules need, frozen at close.
 *
 * @param userId           the platform's user id; no tab, CR or LF (it is part of the hashed list)
 * @param enteredAt        when the entry was made (committed at millisecond precision)
 * @param text             the comment or form text; may be empty
 * @param follows          whether the user followed the account at close
 * @param accountCreatedAt when the user's account was created, or {@code null} when unknown
 */
public record LotteryEntry(String userId, Instant enteredAt, String text, boolean follows, Instant accountCreatedAt) {
    public LotteryEntry {
        Checks.notBlank(userId, "userId");
        if (userId.indexOf('\t') >= 0 || userId.indexOf('\n') >= 0 || userId.indexOf('\r') >= 0) {
            throw new InvalidValueException("userId", "userId must not contain tab or line breaks (was " + Checks.show(userId) + ")");
        }
        Checks.notNull(enteredAt, "enteredAt");
        Checks.notNull(text, "text");
    }

    public Optional<Instant> accountCreated() {
        return Optional.ofNullable(accountCreatedAt);
    }
}
