package io.github.mediaops.analytics.measure.funnel;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A funnel's result, one entry per step in order.
 *
 * @param funnel the funnel
 * @param steps  per-step users, conversion, drop-off and time to convert
 */
public record FunnelResult(Funnel funnel, List<StepResult> steps) {
    public FunnelResult {
        Checks.notNull(funnel, "funnel");
        steps = Checks.listOf(steps, "steps");
    }

    /** Users who entered (reached the first step). */
    public long entered() {
        return steps.get(0).users();
    }

    /** Users who completed every step. */
    public long completed() {
        return steps.get(steps.size() - 1).users();
    }

    /** completed / entered; empty when nobody entered. */
    public OptionalDouble overallConversion() {
        return steps.get(steps.size() - 1).conversionFromStart();
    }
}
