package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Exact one-sided tests for "more negative comments than expected".
 *
 * <ul>
 *   <li>{@link #binomialUpper}: {@code P(X ≥ k)} for {@code X ~ Binomial(n, p0)}: is the negative
 *       <em>share</em> of n comments above the baseline share p0?</li>
 *   <li>{@link #poissonUpper}: {@code P(X ≥ k)} for {@code X ~ Poisson(μ)}: is the negative
 *       <em>volume</em> above the baseline mean μ?</li>
 * </ul>
 * Computed with Apache Commons Statistics' survival functions (no normal approximation).
 */
public final class CountTests {
    private CountTests() {
    }

    /** {@code P(X ≥ k)}, X ~ Binomial(n, p0). */
    public static double binomialUpper(long k, long n, double p0) {
        Checks.nonNegative(k, "k");
        Checks.nonNegative(n, "n");
        Checks.fraction(p0, "p0");
        if (k > n) {
            throw new InvalidValueException("k", "k must be <= n (was " + k + " > " + n + ")");
        }
        if (k == 0) {
            return 1;
        }
        if (n > Integer.MAX_VALUE) {
            throw new InvalidValueException("n", "n is too large for the exact test (was " + n + ")");
        }
        return BinomialDistribution.of((int) n, p0).survivalProbability((int) k - 1);
    }

    /** {@code P(X ≥ k)}, X ~ Poisson(μ); 1 for k = 0, and for μ = 0 and k &gt; 0 it is 0. */
    public static double poissonUpper(long k, double mu) {
        Checks.nonNegative(k, "k");
        Checks.nonNegative(mu, "mu");
        if (k == 0) {
            return 1;
        }
        if (mu == 0) {
            return 0;
        }
        if (k > Integer.MAX_VALUE) {
            return 0;
        }
        return PoissonDistribution.of(mu).survivalProbability((int) k - 1);
    }
}
