package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * P(arm k has the largest value) for independent continuous posteriors:
 * {@code P_k = ∫ f_k(x) Π_{j≠k} F_j(x) dx}.
 *
 * <p>{@link #of(ContinuousDistribution[])} (any distribution): all arms share one grid over the union of
 * {@code mean ± 20 sd} (clipped to the support), split into panels no wider than 6 of the smallest
 * sd, each integrated by 20-point Gauss-Legendre; every density and CDF is evaluated once per node.
 *
 * <p>{@link #ofBeta} and {@link #ofNormal} (the fast paths): the grid covers the union of
 * {@code mean ± 10 sd} in panels of at most 7 of the smallest sd, and the CDFs are not evaluated but
 * accumulated from the densities: on each panel the density is integrated from the panel's start to
 * every node by the Gauss-Legendre spectral integration matrix (exact for polynomials of degree 19), so
 * each arm costs one {@code exp} per node (Beta: plus two shared logarithms per node).
 *
 * @since 0.1.0
 */
@Internal
public final class ProbabilityBest {
    private static final double HALF_WIDTH_SD = 20;
    private static final double PANEL_SD = 6;
    private static final int MAX_PANELS = 2000;

    private static final double FAST_HALF_WIDTH_SD = 10;
    private static final double FAST_PANEL_SD = 7;
    private static final double FAST_MIN_PARAMETER = 20;
    private static final int N = Numerics.gaussLegendrePoints();
    private static final double[] X = Numerics.gaussLegendreNodes();
    private static final double[] W = Numerics.gaussLegendreWeights();
    private static final double[] S = Numerics.gaussLegendreIntegrationMatrix();
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private ProbabilityBest() {
    }

    /**
     * P(best) of Beta(a[k], b[k]) posteriors. Uses the fast path when every parameter is at least
     * {@value #FAST_MIN_PARAMETER} (the tails beyond 10 sd are then below 1e-10), otherwise
     * {@link #of(ContinuousDistribution[])}.
     *
     * @param logBeta {@code ln B(a[k], b[k])} of each arm
     */
    public static double[] ofBeta(double[] a, double[] b, double[] logBeta) {
        int k = a.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double minSd = Double.POSITIVE_INFINITY;
        boolean fast = true;
        double[] p1 = new double[k];
        double[] p2 = new double[k];
        for (int j = 0; j < k; j++) {
            double s = a[j] + b[j];
            double m = a[j] / s;
            double sd = Math.sqrt(a[j] * b[j] / (s * s * (s + 1)));
            lo = Math.min(lo, m - FAST_HALF_WIDTH_SD * sd);
            hi = Math.max(hi, m + FAST_HALF_WIDTH_SD * sd);
            minSd = Math.min(minSd, sd);
            fast &= a[j] >= FAST_MIN_PARAMETER && b[j] >= FAST_MIN_PARAMETER;
            p1[j] = a[j] - 1;
            p2[j] = b[j] - 1;
        }
        if (!fast) {
            ContinuousDistribution[] d = new ContinuousDistribution[k];
            for (int j = 0; j < k; j++) {
                d[j] = org.apache.commons.statistics.distribution.BetaDistribution.of(a[j], b[j]);
            }
            return of(d);
        }
        return spectral(true, p1, p2, logBeta, Math.max(0, lo), Math.min(1, hi), minSd);
    }

    /** P(best) of normal posteriors N(mean[k], sd[k]²) by the fast path. */
    public static double[] ofNormal(double[] mean, double[] sd) {
        int k = mean.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double minSd = Double.POSITIVE_INFINITY;
        double[] inv = new double[k];
        double[] logNorm = new double[k];
        for (int j = 0; j < k; j++) {
            lo = Math.min(lo, mean[j] - FAST_HALF_WIDTH_SD * sd[j]);
            hi = Math.max(hi, mean[j] + FAST_HALF_WIDTH_SD * sd[j]);
            minSd = Math.min(minSd, sd[j]);
            inv[j] = 1 / sd[j];
            logNorm[j] = Math.log(sd[j]) + LOG_SQRT_2PI;
        }
        return spectral(false, mean, inv, logNorm, lo, hi, minSd);
    }

    /**
     * The fast path. Beta: density {@code exp(p1 ln x + p2 ln(1-x) - p3)}; normal:
     * {@code exp(-((x - p1) p2)²/2 - p3)}. A panel where at most one arm has a CDF above 1e-17 at its
     * end adds below 1e-17 to every P(best), so only the CDFs are carried across it.
     */
    private static double[] spectral(boolean beta, double[] p1, double[] p2, double[] p3, double lo, double hi,
                                     double minSd) {
        int k = p1.length;
        int panels = (int) Math.min(MAX_PANELS, Math.max(1, Math.ceil((hi - lo) / (FAST_PANEL_SD * minSd))));
        double h = (hi - lo) / panels;
        double half = 0.5 * h;
        double[] start = new double[k];
        double[] end = new double[k];
        double[] f = new double[k * N];   // arm-major: f[j * N + i]
        double[] cdf = new double[k * N];
        double[] out = new double[k];
        for (int p = 0; p < panels; p++) {
            double mid = lo + (p + 0.5) * h;
            for (int i = 0; i < N; i++) {
                double x = mid + half * X[i];
                if (beta) {
                    double lx = Math.log(x);
                    double l1x = Math.log(1 - x);
                    for (int j = 0; j < k; j++) {
                        f[j * N + i] = Math.exp(p1[j] * lx + p2[j] * l1x - p3[j]);
                    }
                } else {
                    for (int j = 0; j < k; j++) {
                        double z = (x - p1[j]) * p2[j];
                        f[j * N + i] = Math.exp(-0.5 * z * z - p3[j]);
                    }
                }
            }
            int above = 0;
            for (int j = 0; j < k; j++) {
                end[j] = start[j] + half * dot(W, 0, f, j * N);
                if (end[j] > 1e-17) {
                    above++;
                }
            }
            if (above >= 2) {
                for (int j = 0; j < k; j++) {
                    int off = j * N;
                    for (int i = 0; i < N; i++) {
                        double c = start[j] + half * dot(S, i * N, f, off);
                        cdf[off + i] = c < 0 ? 0 : c > 1 ? 1 : c;
                    }
                }
                for (int i = 0; i < N; i++) {
                    double w = half * W[i];
                    for (int a = 0; a < k; a++) {
                        double v = w * f[a * N + i];
                        for (int b = 0; b < k && v != 0; b++) {
                            if (b != a) {
                                v *= cdf[b * N + i];
                            }
                        }
                        out[a] += v;
                    }
                }
            }
            double[] swap = start;
            start = end;
            end = swap;
        }
        return out;
    }

    /** {@code Σ_m u[uOff + m] v[vOff + m]} over N terms with four independent accumulators. */
    private static double dot(double[] u, int uOff, double[] v, int vOff) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int m = 0; m < N; m += 4) {
            s0 += u[uOff + m] * v[vOff + m];
            s1 += u[uOff + m + 1] * v[vOff + m + 1];
            s2 += u[uOff + m + 2] * v[vOff + m + 2];
            s3 += u[uOff + m + 3] * v[vOff + m + 3];
        }
        return (s0 + s1) + (s2 + s3);
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
