package io.github.mediaops.analytics.measure.campaign;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.kpi.KpiDefinition;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One goal against its actual value: the goal-vs-actual line of a campaign post-mortem (复盘).
 *
 * <p>The status follows the KPI's {@link io.github.mediaops.core.kpi.Direction}: a search rank of 4
 * against a target of 3 is {@link Status#MISSED} (lower is better). A goal whose KPI could not be
 * measured (the platform did not report a metric, or nothing was supplied) is {@link
 * Status#NOT_MEASURED} with the reason, never a silent zero.
 *
 * @param kpi    the KPI's definition
 * @param goal   the goal (target and period)
 * @param actual the actual value over the goal's period, when measured
 * @param reason why it was not measured; empty when measured
 * @since 0.1.0
 */
public record GoalResult(KpiDefinition kpi, KpiTarget goal, Optional<KpiActual> actual, Optional<String> reason) {

    /** Whether the goal was reached. */
    public enum Status {
        /** The actual value meets the target in the KPI's direction. */
        MET,
        /** The actual value does not meet the target. */
        MISSED,
        /** No actual value: see {@link GoalResult#reason()}. */
        NOT_MEASURED
    }

    /** Validates that the goal is for the KPI and that exactly one of actual and reason is present. */
    public GoalResult {
        Checks.notNull(kpi, "kpi");
        Checks.notNull(goal, "goal");
        Checks.notNull(actual, "actual");
        Checks.notNull(reason, "reason");
        if (!goal.kpiId().equals(kpi.id())) {
            throw new InvalidValueException("goal", "goal is for " + goal.kpiId() + ", not " + kpi.id());
        }
        if (actual.isPresent() == reason.isPresent()) {
            throw new InvalidValueException("reason", "a goal result has either an actual value or a reason it is missing");
        }
        actual.ifPresent(a -> {
            if (!a.kpiId().equals(kpi.id())) {
                throw new InvalidValueException("actual", "actual is for " + a.kpiId() + ", not " + kpi.id());
            }
        });
        reason.ifPresent(r -> Checks.notBlank(r, "reason"));
    }

    /**
     * A measured goal.
     *
     * @param kpi    the KPI
     * @param goal   the goal
     * @param actual the actual value
     * @return the result
     */
    public static GoalResult measured(KpiDefinition kpi, KpiTarget goal, KpiActual actual) {
        return new GoalResult(kpi, goal, Optional.of(Checks.notNull(actual, "actual")), Optional.empty());
    }

    /**
     * A goal that could not be measured.
     *
     * @param kpi    the KPI
     * @param goal   the goal
     * @param reason why, e.g. {@code "no snapshot reported completion_rate"}
     * @return the result
     */
    public static GoalResult notMeasured(KpiDefinition kpi, KpiTarget goal, String reason) {
        return new GoalResult(kpi, goal, Optional.empty(), Optional.of(Checks.notBlank(reason, "reason")));
    }

    /** @return met, missed or not measured */
    public Status status() {
        if (actual.isEmpty()) {
            return Status.NOT_MEASURED;
        }
        return goal.metBy(actual.get().value(), kpi.direction()) ? Status.MET : Status.MISSED;
    }

    /** @return actual − target in the KPI's unit; empty when not measured */
    public OptionalDouble variance() {
        return actual.map(a -> OptionalDouble.of(a.value() - goal.target())).orElse(OptionalDouble.empty());
    }

    /** @return (actual − target) / |target|; empty when not measured or the target is 0 */
    public OptionalDouble relativeVariance() {
        if (actual.isEmpty() || goal.target() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((actual.get().value() - goal.target()) / Math.abs(goal.target()));
    }
}
