package io.github.mediaops.analytics.planning.besttime;

import io.github.mediaops.core.validate.Checks;

/**
 * A recommended slot and why.
 *
 * @param score  the slot's score
 * @param reason {@link Reason#EXPLOIT} for a slot with enough data and a high score,
 *               {@link Reason#EXPLORE} for a thin slot tried for its high upper bound
 */
public record Recommendation(SlotScore score, Reason reason) {
    /** Why a slot is recommended. */
    public enum Reason { EXPLOIT, EXPLORE }

    public Recommendation {
        Checks.notNull(score, "score");
        Checks.notNull(reason, "reason");
    }
}
