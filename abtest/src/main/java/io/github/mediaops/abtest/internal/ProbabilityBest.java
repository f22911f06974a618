package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * P(arm k has the largest value) for independent continuous posteriors:
 * {@code P_k = ∫ f_k(x) Π_{j≠k} F_j(x) dx}, integrated over the central {@code 1 - 2e-15} mass of
 * arm k by composite Gauss-Legendre quadrature.
 */
@Internal
public final class ProbabilityBest {
    private static final double TAIL = 1e-15;
    private static final int PANELS = 12;

    private ProbabilityBest() {
    }

    public static double[] of(ContinuousDistribution[] posteriors) {
        int k = posteriors.length;
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            ContinuousDistribution fi = posteriors[i];
            double lo = Math.max(fi.getSupportLowerBound(), fi.inverseCumulativeProbability(TAIL));
            double hi = Math.min(fi.getSupportUpperBound(), fi.inverseSurvivalProbability(TAIL));
            final int self = i;
            out[i] = Numerics.integrate(x -> {
                double v = fi.density(x);
                for (int j = 0; j < k && v != 0; j++) {
                    if (j != self) {
                        v *= posteriors[j].cumulativeProbability(x);
                    }
                }
                return v;
            }, lo, hi, PANELS);
        }
        return out;
    }
}
