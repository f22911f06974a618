package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * P(arm k has the largest value) for independent continuous posteriors:
 * {@code P_k = ∫ f_k(x) Π_{j≠k} F_j(x) dx}. All arms share one grid over the union of
 * {@code mean ± 20 sd} (clipped to the support), split into panels no wider than 6 of the smallest
 * sd, each integrated by 20-point Gauss-Legendre; every density and CDF is evaluated once per node.
 *
 * @since 0.1.0
 */
@Internal
public final class ProbabilityBest {
    private static final double HALF_WIDTH_SD = 20;
    private static final double PANEL_SD = 6;
    private static final int MAX_PANELS = 2000;

    private ProbabilityBest() {
    }

    public static double[] of(ContinuousDistribution[] posteriors) {
        int k = posteriors.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double minSd = Double.POSITIVE_INFINITY;
        for (ContinuousDistribution d : posteriors) {
            double m = d.getMean();
            double sd = Math.sqrt(d.getVariance());
            lo = Math.min(lo, Math.max(d.getSupportLowerBound(), m - HALF_WIDTH_SD * sd));
            hi = Math.max(hi, Math.min(d.getSupportUpperBound(), m + HALF_WIDTH_SD * sd));
            minSd = Math.min(minSd, sd);
        }
        int panels = (int) Math.min(MAX_PANELS, Math.max(8, Math.ceil((hi - lo) / (PANEL_SD * minSd))));
        double[] x = Numerics.nodes(lo, hi, panels);
        double[] w = Numerics.weights(lo, hi, panels);
        int n = x.length;
        double[][] dens = new double[k][n];
        double[][] cdf = new double[k][n];
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < n; j++) {
                dens[a][j] = posteriors[a].density(x[j]);
                cdf[a][j] = posteriors[a].cumulativeProbability(x[j]);
            }
        }
        double[] out = new double[k];
        for (int a = 0; a < k; a++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                double v = w[j] * dens[a][j];
                for (int b = 0; b < k && v != 0; b++) {
                    if (b != a) {
                        v *= cdf[b][j];
                    }
                }
                s += v;
            }
            out[a] = s;
        }
        return out;
    }
}
