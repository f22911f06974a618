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
 * <p>{@link #ofNormal}: fixed-node quadrature on panels fitted to the arms, described there.
 *
 * <p>{@link #ofBeta} (the fast Beta path): the grid covers the union of
 * {@code mean ± 10 sd} in panels of at most 7 of the smallest sd, and the CDFs are not evaluated but
 * accumulated from the densities: on each panel the density is integrated from the panel's start to
 * every node by the Gauss-Legendre spectral integration matrix (exact for polynomials of degree 19), so
 * each arm costs one {@code exp} per node (Beta: plus two shared logarithms per node).
 *
 * <pre>{@code
 * double[] pBest = ProbabilityBest.ofNormal(new double[] {0.050, 0.054, 0.052}, new double[] {0.002, 0.002, 0.003});
 * }</pre>
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
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double NORMAL_WINDOW = 6;
    private static final double NORMAL_PANEL = 6;
    private static final int NORMAL_NODES = 16;
    private static final double[] NX = Numerics.gaussLegendre(NORMAL_NODES)[0];
    private static final double[] NW = Numerics.gaussLegendre(NORMAL_NODES)[1];

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
        return spectral(p1, p2, logBeta, Math.max(0, lo), Math.min(1, hi), minSd);
    }

    /**
     * P(best) of normal posteriors {@code N(mean[k], sd[k]²)}: {@code P_k = ∫ f_k(x) Π_{j≠k} F_j(x) dx} by
     * fixed-node composite Gauss-Legendre quadrature ({@value #NORMAL_NODES} nodes per panel) on panels fitted to
     * the arms. Each arm's window is {@code mean ± }{@value #NORMAL_WINDOW}{@code  sd}; the range runs from the
     * highest window start (below it every product has a CDF under {@code Φ(-6) ≈ 1e-9}) to the highest window
     * end, and every panel is at most {@value #NORMAL_PANEL} times the smallest sd among the windows it starts in,
     * cut where a narrower arm's window begins — so a very narrow posterior beside a wide one gets nodes only
     * where its density and CDF step are. At each node every arm costs one {@code exp} (its density) and a
     * Mills-ratio polynomial (its CDF, {@link MillsRatio}); the products {@code Π_{j≠k}} come from prefix and
     * suffix products. Absolute error below 1e-8 (against scipy's adaptive {@code quad}:
     * {@code src/test/python/probability_best.py}).
     */
    public static double[] ofNormal(double[] mean, double[] sd) {
        int k = mean.length;
        double[] lo = new double[k];
        double[] hi = new double[k];
        double[] inv = new double[k];
        double start = Double.NEGATIVE_INFINITY;
        double stop = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            lo[j] = mean[j] - NORMAL_WINDOW * sd[j];
            hi[j] = mean[j] + NORMAL_WINDOW * sd[j];
            inv[j] = 1 / sd[j];
            start = Math.max(start, lo[j]);
            stop = Math.max(stop, hi[j]);
        }
        double[] out = new double[k];
        double[] f = new double[k];
        double[] cdf = new double[k];
        double[] prefix = new double[k];
        int panels = 0;
        int maxPanels = 8 * k + 8;
        double x = start;
        while (x < stop) {
            double s = Double.POSITIVE_INFINITY;
            double nextStart = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (lo[j] <= x && x < hi[j]) {
                    s = Math.min(s, sd[j]);
                } else if (lo[j] > x) {
                    nextStart = Math.min(nextStart, lo[j]);
                }
            }
            if (s == Double.POSITIVE_INFINITY) { // a gap no window covers: every density is negligible there
                x = nextStart;
                continue;
            }
            double w = NORMAL_PANEL * s;
            for (int j = 0; j < k; j++) {
                if (lo[j] > x && sd[j] < s) {
                    w = Math.min(w, lo[j] - x);
                }
            }
            double end = Math.min(x + w, stop);
            if (!(end > x) || ++panels > maxPanels) {
                // no representable progress (means huge against sds) or a pathological layout: general path
                return normalByDistributions(mean, sd);
            }
            double half = 0.5 * (end - x);
            double mid = x + half;
            for (int i = 0; i < NORMAL_NODES; i++) {
                double node = mid + half * NX[i];
                double weight = half * NW[i];
                double product = 1;
                for (int j = 0; j < k; j++) {
                    double z = (node - mean[j]) * inv[j];
                    double t = Math.abs(z);
                    double c;
                    if (t < MillsRatio.LIMIT) {
                        double phi = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
                        double lower = phi * MillsRatio.of(t);
                        c = z < 0 ? lower : 1 - lower;
                        f[j] = phi * inv[j];
                    } else {
                        c = z < 0 ? 0 : 1;
                        f[j] = 0;
                    }
                    cdf[j] = c;
                    prefix[j] = product;
                    product *= c;
                }
                double suffix = weight;
                for (int j = k - 1; j >= 0; j--) {
                    out[j] += f[j] * prefix[j] * suffix;
                    suffix *= cdf[j];
                }
            }
            x = end;
        }
        return out;
    }

    private static double[] normalByDistributions(double[] mean, double[] sd) {
        ContinuousDistribution[] d = new ContinuousDistribution[mean.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = org.apache.commons.statistics.distribution.NormalDistribution.of(mean[j], sd[j]);
        }
        return of(d);
    }

    /**
     * The fast Beta path: density {@code exp(p1 ln x + p2 ln(1-x) - p3)}. A panel where at most one arm has a CDF above 1e-17 at its
     * end adds below 1e-17 to every P(best), so only the CDFs are carried across it.
     */
    private static double[] spectral(double[] p1, double[] p2, double[] p3, double lo, double hi,
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
                double lx = Math.log(x);
                double l1x = Math.log(1 - x);
                for (int j = 0; j < k; j++) {
                    f[j * N + i] = Math.exp(p1[j] * lx + p2[j] * l1x - p3[j]);
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

    /**
     * @param posteriors each arm's posterior of its mean (at least two)
     * @return each arm's probability of having the highest mean; the values sum to 1
     */
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
