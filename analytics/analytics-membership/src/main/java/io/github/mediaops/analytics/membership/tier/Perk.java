package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.core.validate.Checks;

/**
 * A benefit a tier gives (and every tier above it), possibly for points.
 *
 * @param id         the perk, e.g. {@code "birthday-gift"}
 * @param pointsCost points a claim takes; 0 for a free perk
 *
 * @since 0.1.0
 */
public record Perk(String id, long pointsCost) {
    /** Validates the components; bad values fail with the field named. */
    public Perk {
        Checks.notBlank(id, "id");
        Checks.nonNegative(pointsCost, "pointsCost");
    }

    /** A free perk. */
    public static Perk free(String id) {
        return new Perk(id, 0);
    }
}
