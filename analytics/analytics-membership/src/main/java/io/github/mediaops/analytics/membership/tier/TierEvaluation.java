package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's tier at an instant, with the reasons.
 *
 * @param memberId   the member
 * @param asOf       the instant
 * @param tier       the highest tier with a rule met (the entry tier if none)
 * @param qualifying the checks of {@code tier}'s rules (empty for the entry tier): which one qualified
 * @param next       the tier above, if any
 * @param toNext     the checks of {@code next}'s rules: what is missing to reach it
 *
 * @since 0.1.0
 */
public record TierEvaluation(String memberId, Instant asOf, Tier tier, List<RuleCheck> qualifying, Optional<Tier> next,
        List<RuleCheck> toNext) {
    /** Validates the components; bad values fail with the field named. */
    public TierEvaluation {
        Checks.notBlank(memberId, "memberId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(tier, "tier");
        qualifying = Checks.listOf(qualifying, "qualifying");
        Objects.requireNonNull(next, "next");
        toNext = Checks.listOf(toNext, "toNext");
    }
}
