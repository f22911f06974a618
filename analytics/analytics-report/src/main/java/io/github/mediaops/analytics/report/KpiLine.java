package io.github.mediaops.analytics.report;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.kpi.KpiDefinition;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One KPI's result over the report period, with its target.
 *
 * <p>Variance to target = actual − target (in the KPI's unit); relative variance = (actual − target) /
 * |target| (empty when the target is 0); whether the target is met follows the KPI's
 * {@link io.github.mediaops.core.kpi.Direction} (for "lower is better" KPIs such as search rank, being
 * under the target meets it).
 *
 * @param kpi    the KPI's definition (name, unit, direction)
 * @param actual the achieved value, in the KPI's unit
 * @param target the target, or empty when none was set
 */
public record KpiLine(KpiDefinition kpi, double actual, OptionalDouble target) {
    public KpiLine {
        Checks.notNull(kpi, "kpi");
        Checks.finite(actual, "actual");
        Checks.notNull(target, "target");
        if (target.isPresent()) {
            Checks.finite(target.getAsDouble(), "target");
        }
    }

    public static KpiLine of(KpiDefinition kpi, double actual, double target) {
        return new KpiLine(kpi, actual, OptionalDouble.of(target));
    }

    public static KpiLine untargeted(KpiDefinition kpi, double actual) {
        return new KpiLine(kpi, actual, OptionalDouble.empty());
    }

    public OptionalDouble variance() {
        return target.isPresent() ? OptionalDouble.of(actual - target.getAsDouble()) : OptionalDouble.empty();
    }

    public OptionalDouble relativeVariance() {
        if (target.isEmpty() || target.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((actual - target.getAsDouble()) / Math.abs(target.getAsDouble()));
    }

    /** Whether the target is met; empty without a target. */
    public Optional<Boolean> met() {
        return target.isPresent() ? Optional.of(kpi.direction().meets(actual, target.getAsDouble())) : Optional.empty();
    }
}
