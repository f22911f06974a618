package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.ProbabilityBest;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Bayesian Gaussian model of an effect on a mean (or a rate, treated as a mean of 0/1 values), as in
 * GrowthBook's Bayesian engine (https://docs.growthbook.io/statistics/details): the estimate
 * {@code d̂} (absolute {@code mB - mA}, or relative {@code mB/mA - 1} by the delta method) is
 * {@code N(d, V)} with {@code V = s²A/nA + s²B/nB} (delta-method for relative). With a proper prior
 * {@code N(μ0, τ²)} the posterior is {@code N(μ, σ²)}, {@code 1/σ² = 1/V + 1/τ²},
 * {@code μ = σ² (d̂/V + μ0/τ²)}; with no prior (flat) {@code μ = d̂, σ² = V}.
 *
 * <p>Chance to win {@code Φ(μ/σ)}; equal-tailed credible interval; risk (expected loss) of shipping
 * the treatment {@code E[max(-d, 0)] = σ φ(μ/σ) - μ Φ(-μ/σ)} and of keeping the control
 * {@code E[max(d, 0)] = σ φ(μ/σ) + μ Φ(μ/σ)} (in the units of the effect).
 */
public final class GaussianModel {

    private GaussianModel() {
    }

    /** A proper normal prior on the effect (in the effect's units or as a fraction for relative). */
    public record Prior(double mean, double variance) {
        public Prior {
            Checks.finite(mean, "mean");
            if (!(variance > 0) || Double.isInfinite(variance)) {
                throw new InvalidValueException("variance", "variance must be a positive finite number (was " + variance + ")");
            }
        }
    }

    /**
     * Posterior of the effect.
     *
     * @param scale               absolute or relative effect
     * @param mean                posterior mean μ
     * @param standardDeviation   posterior sd σ
     * @param chanceToWin         {@code P(d > 0)}
     * @param credibleInterval    equal-tailed interval at the requested level
     * @param riskTreatment       {@code E[max(-d, 0)]}
     * @param riskControl         {@code E[max(d, 0)]}
     */
    public record Result(Planning.Scale scale, double mean, double standardDeviation, double chanceToWin,
                         Interval credibleInterval, double riskTreatment, double riskControl) {
    }

    /** Posterior of the effect of treatment over control. */
    public static Result compare(SufficientStats control, SufficientStats treatment, Planning.Scale scale,
                                 Optional<Prior> prior, double credibleLevel) {
        FrequentistTests.requireAtLeastTwo(control, "control");
        FrequentistTests.requireAtLeastTwo(treatment, "treatment");
        Checks.notNull(scale, "scale");
        Checks.notNull(prior, "prior");
        BetaBinomial.checkLevel(credibleLevel);
        double mA = control.mean();
        double mB = treatment.mean();
        double vA = control.variance() / control.n();
        double vB = treatment.variance() / treatment.n();
        double est;
        double v;
        if (scale == Planning.Scale.RELATIVE) {
            if (mA == 0) {
                throw new InvalidValueException("control.sumX", "a relative effect needs a non-zero control mean");
            }
            est = mB / mA - 1;
            v = vB / (mA * mA) + mB * mB * vA / (mA * mA * mA * mA);
        } else {
            est = mB - mA;
            v = vA + vB;
        }
        if (!(v > 0)) {
            throw new InvalidValueException("control.sumX2", "both arms have zero variance: the posterior is degenerate");
        }
        double mu = est;
        double var = v;
        if (prior.isPresent()) {
            Prior p = prior.get();
            double prec = 1 / v + 1 / p.variance();
            var = 1 / prec;
            mu = var * (est / v + p.mean() / p.variance());
        }
        double sd = Math.sqrt(var);
        double z = mu / sd;
        double zq = Numerics.upperQuantile((1 - credibleLevel) / 2);
        double dens = Numerics.phi(z);
        double riskTreatment = sd * dens - mu * Numerics.cdf(-z);
        double riskControl = sd * dens + mu * Numerics.cdf(z);
        return new Result(scale, mu, sd, Numerics.cdf(z), new Interval(mu - zq * sd, mu + zq * sd),
                Math.max(0, riskTreatment), Math.max(0, riskControl));
    }

    /**
     * P(arm k has the highest mean) with flat priors, each mean's posterior {@code N(x̄, s²/n)}.
     */
    public static double[] probabilityBest(List<SufficientStats> arms) {
        Checks.listOf(arms, "arms");
        if (arms.size() < 2) {
            throw new InvalidValueException("arms", "need at least 2 arms (was " + arms.size() + ")");
        }
        ContinuousDistribution[] d = new ContinuousDistribution[arms.size()];
        for (int i = 0; i < d.length; i++) {
            SufficientStats s = arms.get(i);
            FrequentistTests.requireAtLeastTwo(s, "arms[" + i + "]");
            double sd = Math.sqrt(s.variance() / s.n());
            if (!(sd > 0)) {
                throw new InvalidValueException("arms[" + i + "].sumX2", "arms[" + i + "] has zero variance");
            }
            d[i] = NormalDistribution.of(s.mean(), sd);
        }
        return ProbabilityBest.of(d);
    }
}
