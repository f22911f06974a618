package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * A membership tier: a member qualifies when any one of its rules is met; it gives its perks.
 *
 * @param name  the tier, e.g. {@code "gold"}
 * @param anyOf the qualifying rules; empty only for a program's entry tier, which every member has
 * @param perks what the tier gives (higher tiers give their own and every lower tier's)
 *
 * @since 0.1.0
 */
public record Tier(String name, List<QualifyingRule> anyOf, List<Perk> perks) {
    /** Validates the components; bad values fail with the field named. */
    public Tier {
        Checks.notBlank(name, "name");
        anyOf = Checks.listOf(anyOf, "anyOf");
        perks = Checks.listOf(perks, "perks");
    }
}
