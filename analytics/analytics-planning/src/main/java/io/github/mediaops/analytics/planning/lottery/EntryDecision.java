package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * The outcome for one entry of the frozen list.
 *
 * @param index  position in the frozen list (0-based)
 * @param userId the entrant
 * @param reason why the entry cannot win, or {@code null} when eligible
 * @param score  lower-case hex HMAC-SHA256 rank score (lower ranks first); computed for every entry
 */
public record EntryDecision(int index, String userId, Ineligibility reason, String score) {
    public EntryDecision {
        Checks.nonNegative(index, "index");
        Checks.notBlank(userId, "userId");
        Checks.notBlank(score, "score");
    }

    public boolean eligible() {
        return reason == null;
    }

    public Optional<Ineligibility> ineligibility() {
        return Optional.ofNullable(reason);
    }
}
