package io.github.mediaops.analytics.measure.funnel;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A funnel's result, one entry per step in order.
 *
 * @param funnel the funnel
 * @param steps  per-step users, conversion, drop-off and time to convert
 *
 * @since 0.1.0
 */
public record FunnelResult(Funnel funnel, List<StepResult> steps) {
    /** Validates the components; bad values fail with the field named. */
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
