package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.ProbabilityBest;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Bayesian Gaussian model of an effect, GrowthBook's Bayesian engine
 * (https://docs.growthbook.io/statistics/details; checked against the cases of its own test suite): the
 * estimate {@code d̂} (absolute {@code mB - mA}, or relative {@code mB/mA - 1} by the delta method) is
 * {@code N(d, V)} with {@code V = vA + vB}, {@code vX} the variance of arm X's mean: {@code s²/n} for means,
 * {@code p(1-p)/n} for proportions, the delta-method variance for ratio metrics, the adjusted variance for
 * CUPED (delta-method for relative effects). {@link #posterior} starts from any effect moments. With a proper prior
 * {@code N(μ0, τ²)} the posterior is {@code N(μ, σ²)}, {@code 1/σ² = 1/V + 1/τ²},
 * {@code μ = σ² (d̂/V + μ0/τ²)}; with no prior (flat) {@code μ = d̂, σ² = V}.
 *
 * <p>Chance to win {@code Φ(μ/σ)}; equal-tailed credible interval; risk (expected loss) of shipping
 * the treatment {@code E[max(-d, 0)] = σ φ(μ/σ) - μ Φ(-μ/σ)} and of keeping the control
 * {@code E[max(d, 0)] = σ φ(μ/σ) + μ Φ(μ/σ)} (in the units of the effect).
 *
 * @since 0.1.0
 */
public final class GaussianModel {
    /** Field names of the first arms, so a valid call builds no strings. */
    private static final String[] ARM_FIELDS = java.util.stream.IntStream.range(0, 16).mapToObj(i -> "arms[" + i + "]")
            .toArray(String[]::new);

    private GaussianModel() {
    }

    /**
     * A proper normal prior {@code N(mean, variance)} on the effect (in the effect's units, or as a fraction for
     * relative effects), named at the call site: {@code Prior.mean(0.1).variance(0.1)}.
     */
    public static final class Prior {
        private final double mean;
        private final double variance;

        private Prior(double mean, double variance) {
            this.mean = mean;
            this.variance = variance;
        }

        /** Starts a prior with its mean (finite); name the variance next. */
        public static WithMean mean(double mean) {
            Checks.finite(mean, "mean");
            return new WithMean(mean);
        }

        /** The prior mean. */
        public double mean() {
            return mean;
        }

        /** The prior variance, positive. */
        public double variance() {
            return variance;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prior p && Double.compare(p.mean, mean) == 0 && Double.compare(p.variance, variance) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(mean) * 31 + Double.hashCode(variance);
        }

        @Override
        public String toString() {
            return "Prior[mean=" + mean + ", variance=" + variance + "]";
        }

        /** A prior whose mean is named; {@link #variance} completes it. */
        public static final class WithMean {
            private final double mean;

            private WithMean(double mean) {
                this.mean = mean;
            }

            /** Completes the prior with its variance (positive, finite). */
            public Prior variance(double variance) {
                if (!(variance > 0) || Double.isInfinite(variance)) {
                    throw new InvalidValueException("variance", "variance must be a positive finite number (was " + variance + ")");
                }
                return new Prior(mean, variance);
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

    /**
     * Posterior of the effect of treatment over control for a metric of means, with the unbiased
     * ({@code n - 1}) variance of each arm. For a binary metric use {@link #compare(MetricKind, Arms,
     * Planning.Scale, Optional, double)} with {@link MetricKind#PROPORTION}, which uses {@code p(1-p)} as the
     * frequentist test and GrowthBook do.
     */
    public static Result compare(Arms arms, Planning.Scale scale, Optional<Prior> prior, double credibleLevel) {
        return compare(MetricKind.MEAN, arms, scale, prior, credibleLevel);
    }

    /**
     * Posterior of the effect for any metric kind: the effect moments (estimate and standard error) of
     * {@code kind}'s frequentist test with default options (unpooled variances; {@code p(1-p)/n} per arm
     * for proportions, delta method for ratio metrics, CUPED-adjusted for CUPED), then
     * {@link #posterior}.
     */
    public static Result compare(MetricKind kind, Arms arms, Planning.Scale scale, Optional<Prior> prior,
                                 double credibleLevel) {
        Checks.notNull(kind, "kind");
        Checks.notNull(arms, "arms");
        if (kind != MetricKind.PROPORTION) {
            FrequentistTests.requireAtLeastTwo(arms.control(), "control");
            FrequentistTests.requireAtLeastTwo(arms.treatment(), "treatment");
        }
        return compare(kind.test(arms, TestOptions.defaults()), scale, prior, credibleLevel);
    }

    /** Posterior of the effect from the moments of a frequentist result (any metric kind, including CUPED). */
    public static Result compare(TestResult result, Planning.Scale scale, Optional<Prior> prior, double credibleLevel) {
        Checks.notNull(result, "result");
        Checks.notNull(scale, "scale");
        Effect e = result.effect(scale);
        if (!(e.standardError() > 0)) {
            throw new InvalidValueException("control.sumX2", "both arms have zero variance: the posterior is degenerate");
        }
        return posterior(Normal.mean(e.estimate()).standardDeviation(e.standardError()), scale, prior, credibleLevel);
    }

    /**
     * Posterior from effect moments: an estimate {@code d̂} with standard error {@code se} (from any
     * method: a ratio metric, CUPED, a regression, another system) is the likelihood
     * {@code N(d, se²)}, given as {@code Normal.mean(d̂).standardDeviation(se)}.
     *
     * @param likelihood    the estimate (mean) and its standard error (standard deviation)
     * @param scale         the effect's scale, recorded in the result (a prior must be on the same scale)
     * @param prior         a proper normal prior, or empty for a flat prior
     * @param credibleLevel level of the equal-tailed credible interval, in (0, 1)
     */
    public static Result posterior(Normal likelihood, Planning.Scale scale, Optional<Prior> prior, double credibleLevel) {
        Checks.notNull(likelihood, "likelihood");
        Checks.notNull(scale, "scale");
        Checks.notNull(prior, "prior");
        BetaBinomial.checkLevel(credibleLevel);
        double estimate = likelihood.mean();
        double v = likelihood.standardDeviation() * likelihood.standardDeviation();
        double mu = estimate;
        double var = v;
        if (prior.isPresent()) {
            Prior p = prior.get();
            double prec = 1 / v + 1 / p.variance();
            var = 1 / prec;
            mu = var * (estimate / v + p.mean() / p.variance());
        }
        double sd = Math.sqrt(var);
        double zq = Numerics.upperQuantile((1 - credibleLevel) / 2);
        return new Result(scale, mu, sd, Numerics.cdf(mu / sd), new Interval(mu - zq * sd, mu + zq * sd),
                riskTreatment(mu, sd), riskControl(mu, sd));
    }

    /** Chance to win {@code P(d > 0) = Φ(μ/σ)} of a normal posterior {@code N(μ, σ²)} of the effect d. */
    public static double chanceToWin(Normal posterior) {
        Checks.notNull(posterior, "posterior");
        return Numerics.cdf(posterior.mean() / posterior.standardDeviation());
    }

    /**
     * Risk of shipping the treatment, the expected loss {@code E[max(-d, 0)] = σ φ(μ/σ) - μ Φ(-μ/σ)} of a
     * normal posterior {@code N(μ, σ²)} (GrowthBook's {@code risk[1]}, "risk of choosing the variation").
     */
    public static double riskOfTreatment(Normal posterior) {
        Checks.notNull(posterior, "posterior");
        return riskTreatment(posterior.mean(), posterior.standardDeviation());
    }

    /**
     * Risk of keeping the control, {@code E[max(d, 0)] = σ φ(μ/σ) + μ Φ(μ/σ)} (GrowthBook's {@code risk[0]}).
     */
    public static double riskOfControl(Normal posterior) {
        Checks.notNull(posterior, "posterior");
        return riskControl(posterior.mean(), posterior.standardDeviation());
    }

    private static double riskTreatment(double mean, double standardDeviation) {
        double z = mean / standardDeviation;
        return Math.max(0, standardDeviation * Numerics.phi(z) - mean * Numerics.cdf(-z));
    }

    private static double riskControl(double mean, double standardDeviation) {
        double z = mean / standardDeviation;
        return Math.max(0, standardDeviation * Numerics.phi(z) + mean * Numerics.cdf(z));
    }

    /**
     * P(arm k has the highest mean) with flat priors, each mean's posterior {@code N(x̄, s²/n)} (unbiased
     * variance; for binary metrics use {@link #probabilityBest(List, MetricKind)}).
     */
    public static double[] probabilityBest(List<SufficientStats> arms) {
        return probabilityBest(arms, MetricKind.MEAN);
    }

    /**
     * P(arm k has the highest mean) with flat priors, each arm's posterior normal with the variance of its
     * mean for {@code kind}: {@code s²/n} for {@code MEAN}, {@code p(1-p)/n} for {@code PROPORTION}, the
     * delta-method variance of {@code Σx/Σy} for {@code RATIO}. {@code CUPED} has no per-arm posterior
     * (θ is shared): use {@link #probabilityBestOfNormals(List)} with adjusted means.
     */
    public static double[] probabilityBest(List<SufficientStats> arms, MetricKind kind) {
        Checks.listOf(arms, "arms");
        Checks.notNull(kind, "kind");
        if (kind == MetricKind.CUPED) {
            throw new InvalidValueException("kind", "CUPED has no per-arm posterior; pass adjusted means and standard errors");
        }
        if (arms.size() < 2) {
            throw new InvalidValueException("arms", "need at least 2 arms (was " + arms.size() + ")");
        }
        double[] means = new double[arms.size()];
        double[] se = new double[arms.size()];
        for (int i = 0; i < means.length; i++) {
            SufficientStats s = arms.get(i);
            String arm = i < ARM_FIELDS.length ? ARM_FIELDS[i] : "arms[" + i + "]";
            if (kind == MetricKind.PROPORTION) {
                FrequentistTests.requireProportion(s, arm);
                double p = s.mean();
                means[i] = p;
                se[i] = Math.sqrt(p * (1 - p) / s.n());
            } else {
                FrequentistTests.requireAtLeastTwo(s, arm);
                if (kind == MetricKind.RATIO) {
                    double r = FrequentistTests.ratioOf(s, arm);
                    means[i] = r;
                    se[i] = Math.sqrt(FrequentistTests.ratioVariance(s, r));
                } else {
                    means[i] = s.mean();
                    se[i] = Math.sqrt(s.variance() / s.n());
                }
            }
            if (!(se[i] > 0)) {
                throw new InvalidValueException(arm + ".sumX2", arm + " has zero variance");
            }
        }
        return probabilityBestOf(means, se);
    }

    /**
     * P(arm k has the highest mean) for independent normal posteriors {@code posteriors.get(k)}, e.g.
     * {@code Normal.mean(m).standardDeviation(se)} per arm (at least 2), by
     * fixed-node quadrature of {@code ∫ f_k Π_{j≠k} F_j} (absolute error below 1e-8 against scipy's {@code quad}).
     *
     * <p>GrowthBook's multi-arm Bayesian A/B result is different: each variation's chance to win against the
     * control ({@link #compare}, pairwise, the parity option); its bandits estimate best-arm probabilities of
     * the same normal posteriors by 10,000 Monte Carlo draws ({@code gbstats/bayesian/bandits.py}), so they agree
     * with this exact value only to Monte Carlo error (about 0.005).
     */
    public static double[] probabilityBestOfNormals(List<Normal> posteriors) {
        Checks.listOf(posteriors, "posteriors");
        if (posteriors.size() < 2) {
            throw new InvalidValueException("posteriors", "need at least 2 arms (was " + posteriors.size() + ")");
        }
        double[] means = new double[posteriors.size()];
        double[] standardErrors = new double[posteriors.size()];
        for (int i = 0; i < means.length; i++) {
            means[i] = posteriors.get(i).mean();
            standardErrors[i] = posteriors.get(i).standardDeviation();
        }
        return ProbabilityBest.ofNormalMeans(means).standardDeviations(standardErrors);
    }

    private static double[] probabilityBestOf(double[] means, double[] standardErrors) {
        if (means.length < 2) {
            throw new InvalidValueException("means", "need at least 2 arms (was " + means.length + ")");
        }
        for (int i = 0; i < means.length; i++) {
            if (!Double.isFinite(means[i])) {
                Checks.finite(means[i], "means[" + i + "]");
            }
            if (!(standardErrors[i] > 0) || Double.isInfinite(standardErrors[i])) {
                throw new InvalidValueException("standardErrors[" + i + "]", "standardErrors[" + i
                        + "] must be a positive finite number (was " + standardErrors[i] + ")");
            }
        }
        return ProbabilityBest.ofNormalMeans(means.clone()).standardDeviations(standardErrors.clone());
    }
}
