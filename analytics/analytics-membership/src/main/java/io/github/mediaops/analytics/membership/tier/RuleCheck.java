package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a member measured against one qualifying rule.
 *
 * @param rule     the rule
 * @param measured points earned, or money spent in the rule's currency, in the window
 * @param required the rule's minimum, in the same unit
 * @param met      whether {@code measured >= required}
 * @param reason   a sentence saying so, e.g. {@code "1200 of 1000 points earned in P12M: met"}
 *
 * @since 0.1.0
 */
public record RuleCheck(QualifyingRule rule, BigDecimal measured, BigDecimal required, boolean met, String reason) {
    /** Validates the components; bad values fail with the field named. */
    public RuleCheck {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(required, "required");
        Checks.notBlank(reason, "reason");
    }

    /** What is still missing to meet the rule: {@code max(0, required − measured)}. */
    public BigDecimal missing() {
        return required.subtract(measured).max(BigDecimal.ZERO);
    }
}
