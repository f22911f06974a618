package io.github.mediaops.core.kpi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;

/**
 * A goal for one KPI over a period, e.g. "engagement_rate ≥ 0.04 in November". Whether it is met
 * depends on the KPI's {@link Direction}.
 *
 * @param kpiId  the id of a {@link KpiDefinition}
 * @param target the target value in the KPI's unit (a fraction for rates, an amount for money)
 * @param period the days the target covers
 */
public record KpiTarget(String kpiId, @JsonProperty(required = true) double target, DateRange period) {
    public KpiTarget {
        Checks.notBlank(kpiId, "kpiId");
        Checks.finite(target, "target");
        Checks.notNull(period, "period");
    }

    /** Whether {@code actual} meets this target for a KPI that goes in {@code direction}. */
    public boolean metBy(double actual, Direction direction) {
        return direction.meets(Checks.finite(actual, "actual"), target);
    }
}
