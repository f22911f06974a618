package io.github.mediaops.analytics.report;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.kpi.KpiDefinition;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One KPI's result over the report period, with its target, or the reason it could not be measured.
 *
 * <p>Variance to target = actual − target (in the KPI's unit); relative variance = (actual − target) /
 * |target| (empty when the target is 0); whether the target is met follows the KPI's
 * {@link io.github.mediaops.core.kpi.Direction} (for "lower is better" KPIs such as search rank, being
 * under the target meets it). A line that was not measured (no platform reported the metric) has no
 * actual value, no variance and no verdict, and says why.
 *
 * @param kpi                the KPI's definition (name, unit, direction)
 * @param actual             the achieved value, in the KPI's unit; empty when not measured
 * @param target             the target, or empty when none was set
 * @param notMeasuredBecause why there is no actual value; present exactly when {@code actual} is empty
 * @since 0.1.0
 */
public record KpiLine(KpiDefinition kpi, OptionalDouble actual, OptionalDouble target, Optional<String> notMeasuredBecause) {
    /** Validates the parts: finite numbers, and a reason exactly when the actual value is missing. */
    public KpiLine {
        Checks.notNull(kpi, "kpi");
        Checks.notNull(actual, "actual");
        Checks.notNull(target, "target");
        Checks.notNull(notMeasuredBecause, "notMeasuredBecause");
        if (actual.isPresent()) {
            Checks.finite(actual.getAsDouble(), "actual");
        }
        if (target.isPresent()) {
            Checks.finite(target.getAsDouble(), "target");
        }
        if (actual.isPresent() == notMeasuredBecause.isPresent()) {
            throw new InvalidValueException("notMeasuredBecause", "notMeasuredBecause must be given exactly when "
                    + "there is no actual value (actual " + (actual.isPresent() ? "present" : "absent") + ", reason "
                    + notMeasuredBecause.map(Checks::show).orElse("absent") + ")");
        }
        notMeasuredBecause.ifPresent(r -> Checks.notBlank(r, "notMeasuredBecause"));
    }

    /**
     * A measured KPI, without a target until {@link #against(double)} gives one:
     * {@code KpiLine.measured(KpiCatalog.ENGAGEMENT_RATE, 0.046).against(0.04)}.
     *
     * @param kpi    the KPI
     * @param actual the achieved value, in the KPI's unit
     */
    public static KpiLine measured(KpiDefinition kpi, double actual) {
        return new KpiLine(kpi, OptionalDouble.of(actual), OptionalDouble.empty(), Optional.empty());
    }

    /**
     * A KPI that could not be measured, e.g. because no platform reported the metric; give its target
     * with {@link #against(double)}.
     *
     * @param kpi    the KPI
     * @param reason why, shown in the report (e.g. {@code "no snapshot reported completion_rate"})
     */
    public static KpiLine notMeasured(KpiDefinition kpi, String reason) {
        return new KpiLine(kpi, OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.of(Checks.notBlank(reason, "reason")));
    }

    /** This line with a target, in the KPI's unit. */
    public KpiLine against(double target) {
        return new KpiLine(kpi, actual, OptionalDouble.of(target), notMeasuredBecause);
    }

    /** Whether there is an actual value. */
    public boolean measured() {
        return actual.isPresent();
    }

    /** Actual − target; empty without either. */
    public OptionalDouble variance() {
        return actual.isPresent() && target.isPresent() ? OptionalDouble.of(actual.getAsDouble() - target.getAsDouble())
                : OptionalDouble.empty();
    }

    /** (Actual − target) / |target|; empty without either or when the target is 0. */
    public OptionalDouble relativeVariance() {
        if (actual.isEmpty() || target.isEmpty() || target.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((actual.getAsDouble() - target.getAsDouble()) / Math.abs(target.getAsDouble()));
    }

    /** Whether the target is met; empty without a target or an actual value. */
    public Optional<Boolean> met() {
        return actual.isPresent() && target.isPresent()
                ? Optional.of(kpi.direction().meets(actual.getAsDouble(), target.getAsDouble())) : Optional.empty();
    }
}
