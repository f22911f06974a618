package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Whether a member may claim a perk now, and why (or why not).
 *
 * @param perk     the perk
 * @param tier     the lowest tier that gives it
 * @param eligible true when the member's tier is at least {@code tier} and they have the points it costs
 * @param reasons  one sentence per condition, met or not, e.g. {@code "requires tier gold, member is silver"}
 *
 * @since 0.1.0
 */
public record PerkEligibility(Perk perk, String tier, boolean eligible, List<String> reasons) {
    /** Validates the components; bad values fail with the field named. */
    public PerkEligibility {
        Objects.requireNonNull(perk, "perk");
        Checks.notBlank(tier, "tier");
        reasons = Checks.listOf(reasons, "reasons");
    }
}
