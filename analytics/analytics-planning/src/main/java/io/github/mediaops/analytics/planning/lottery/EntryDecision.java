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
 *
 * @since 0.1.0
 */
public record EntryDecision(int index, String userId, Ineligibility reason, String score) {
    /** Validates the components; bad values fail with the field named. */
    public EntryDecision {
        Checks.nonNegative(index, "index");
        Checks.notBlank(userId, "userId");
        Checks.notBlank(score, "score");
    }

    /** @return whether the entry could win */
    public boolean eligible() {
        return reason == null;
    }

    /** @return why the entry could not win; empty when eligible */
    public Optional<Ineligibility> ineligibility() {
        return Optional.ofNullable(reason);
    }
}
