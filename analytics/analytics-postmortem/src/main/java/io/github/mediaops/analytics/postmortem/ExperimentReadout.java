package io.github.mediaops.analytics.postmortem;

import io.github.mediaops.abtest.Decision;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;

/**
 * An A/B test as a post-mortem shows it: the verdict with its reasons and explanation, and the test's
 * numbers, taken from the abtest engine's {@link TestResult} and {@link Decision} without re-keying.
 *
 * @param name     what was tested, e.g. {@code "cover: product vs. people"}
 * @param result   the test's result (absolute effect with its interval, relative lift, p-value)
 * @param decision the decision read from it
 * @since 0.1.0
 */
public record ExperimentReadout(String name, TestResult result, Decision decision) {

    /** Validates the parts. */
    public ExperimentReadout {
        Checks.notBlank(name, "name");
        Checks.notNull(result, "result");
        Checks.notNull(decision, "decision");
    }

    /** @return winner, loser, inconclusive or invalid */
    public Decision.Verdict verdict() {
        return decision.verdict();
    }

    /** @return why, most important first (including {@code POWER_UNKNOWN} when no plan was given) */
    public List<Decision.Reason> reasons() {
        return decision.reasons();
    }

    /** @return treatment − control in the metric's unit */
    public double absoluteEffect() {
        return result.absolute().estimate();
    }

    /** @return the relative lift as a fraction (0.15 = +15 %), when the test computes one */
    public Optional<Double> relativeLift() {
        return result.relative().map(e -> e.estimate());
    }
}
