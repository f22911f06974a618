package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.Effect;
import io.github.mediaops.abtest.Interval;
import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.validate.Required;

/**
 * Mixture sequential probability ratio test (mSPRT) with a normal mixture, for an effect estimate
 * {@code θ̂ ~ N(θ, V)} at each look (Johari, Koomen, Pekelis, Walsh 2017/2022, "Always Valid Inference:
 * Continuous Monitoring of A/B Tests", Operations Research 70(3), the paper behind Optimizely's Stats Engine;
 * checked against scipy evaluations of the paper's formulas, not against Optimizely's output).
 *
 * <p>With mixing distribution {@code θ ~ N(0, τ²)} under the alternative, the likelihood ratio against
 * {@code H0: θ = 0} is {@code Λ = sqrt(V / (V + τ²)) · exp(τ² θ̂² / (2 V (V + τ²)))}. The always-valid
 * p-value is the running minimum of {@code min(1, 1/Λ)} over the looks, and
 * {@code θ̂ ± sqrt(V (V + τ²) / τ² · (ln((V + τ²)/V) - 2 ln α))} is a two-sided (1 - α) confidence
 * sequence; both stay valid under continuous peeking. Choose τ² near the square of the effect you
 * expect (in the units of θ). Use {@link SequentialMonitor} to carry the running values across looks.
 *
 * @since 0.1.0
 */
public final class Msprt {

    private Msprt() {
    }

    /**
     * One look.
     *
     * @param estimate        θ̂
     * @param variance        V, the variance of θ̂ at this look
     * @param likelihoodRatio Λ
     * @param pValue          {@code min(1, 1/Λ)} at this look (take the running minimum across looks)
     * @param interval        the confidence-sequence interval at this look
     */
    public record Look(double estimate, double variance, double likelihoodRatio, double pValue, Interval interval) {
    }

    /** Evaluates one look of the absolute effect of a two-sample test result. */
    public static Look evaluate(TestResult result, double tau2) {
        Checks.notNull(result, "result");
        double se = result.absolute().standardError();
        return evaluate(result.absolute().estimate(), se * se, tau2, result.options().alpha());
    }

    /** Evaluates one look of the absolute or relative effect of a two-sample test result (τ² on that scale). */
    public static Look evaluate(TestResult result, Planning.Scale scale, double tau2) {
        Checks.notNull(result, "result");
        Checks.notNull(scale, "scale");
        Effect e = result.effect(scale);
        double se = e.standardError();
        return evaluate(e.estimate(), se * se, tau2, result.options().alpha());
    }

    /**
     * Starts the evaluation of one look of an estimate θ̂: set {@link Builder#variance} and {@link Builder#tau2}
     * (required); alpha defaults to 0.05. {@code Msprt.of(0.02).variance(1e-4).tau2(1e-4).evaluate()}.
     */
    public static Builder of(double estimate) {
        return new Builder(estimate);
    }

    /** Named inputs of one look; every setter names its quantity, so no two can be swapped silently. */
    public static final class Builder {
        private final double estimate;
        private Double variance;
        private Double tau2;
        private double alpha = 0.05;

        private Builder(double estimate) {
            this.estimate = estimate;
        }

        /** V, the variance of the estimate at this look (a standard error squared), positive. */
        public Builder variance(double v) {
            this.variance = v;
            return this;
        }

        /** τ², the variance of the normal mixing distribution (near the square of the expected effect), positive. */
        public Builder tau2(double t) {
            this.tau2 = t;
            return this;
        }

        /** The level: intervals at 1 - alpha; default 0.05. */
        public Builder alpha(double a) {
            this.alpha = a;
            return this;
        }

        /**
         * The look.
         *
         * @throws InvalidValueException naming every missing part (variance, tau2) at once, or a bad value
         */
        public Look evaluate() {
            Required.of("mSPRT look").given("variance", variance).given("tau2", tau2).orThrow();
            return Msprt.evaluate(estimate, variance, tau2, alpha);
        }
    }

    private static Look evaluate(double estimate, double variance, double tau2, double alpha) {
        Checks.finite(estimate, "estimate");
        positive(variance, "variance");
        positive(tau2, "tau2");
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidValueException("alpha", "alpha must be in (0, 1) (was " + alpha + ")");
        }
        double sum = variance + tau2;
        double logLr = 0.5 * Math.log(variance / sum) + tau2 * estimate * estimate / (2 * variance * sum);
        double lr = Math.exp(logLr);
        double p = Math.min(1.0, Math.exp(-logLr));
        double half = Math.sqrt(variance * sum / tau2 * (Math.log(sum / variance) - 2 * Math.log(alpha)));
        return new Look(estimate, variance, lr, p, new Interval(estimate - half, estimate + half));
    }

    private static void positive(double v, String field) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidValueException(field, field + " must be a positive finite number (was " + v + ")");
        }
    }
}
