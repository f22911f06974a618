package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * P(arm k has the largest value) for independent continuous posteriors:
 * {@code P_k = ∫ f_k(x) Π_{j≠k} F_j(x) dx}.
 *
 * <p>{@link #of(ContinuousDistribution[])} (any distribution): all arms share one grid over the union of
 * {@code mean ± 20 sd} (clipped to the support), split into panels no wider than 6 of the smallest
 * sd, each integrated by 20-point Gauss-Legendre; every density and CDF is evaluated once per node.
 *
 * <p>{@link #ofNormalMeans}: fixed-node quadrature on panels fitted to the arms, described there.
 *
 * <p>{@link #ofBetaAlphas} (the fast Beta path, when every parameter is at least {@value #FAST_MIN_PARAMETER}): one grid over
 * the union of the arms' windows, cut into panels as for normals, and the CDFs are not evaluated but accumulated
 * from the densities: on each panel the density is integrated from the panel's start to every node by the
 * Gauss-Legendre spectral integration matrix (exact for polynomials of degree 19), starting from the CDF carried
 * from the previous panel. So each arm costs one {@code exp} per node of the panels that meet its window, plus two
 * logarithms per node shared by all arms; the same pass also gives each arm's {@code P(X_j > X_0)} and the overlap
 * integral of the expected losses against arm 0. Checked against scipy's adaptive {@code quad} on the incomplete
 * beta function ({@code src/test/python/probability_best_beta.py}).
 *
 * <pre>{@code
 * double[] pBest = ProbabilityBest.ofNormalMeans(new double[] {0.050, 0.054, 0.052})
 *         .standardDeviations(new double[] {0.002, 0.002, 0.003});
 * }</pre>
 *
 * @since 0.1.0
 */
@Internal
public final class ProbabilityBest {
    private static final double HALF_WIDTH_SD = 20;
    private static final double PANEL_SD = 6;
    private static final int MAX_PANELS = 2000;

    private static final double BETA_LIGHT_SD = 7;
    private static final double BETA_HEAVY_SD = 8;
    private static final double BETA_SKEW_SD = 8;
    private static final double BETA_PANEL_SD = 6.5;
    private static final double FAST_MIN_PARAMETER = 20;
    private static final int N = Numerics.gaussLegendrePoints();
    private static final double[] X = Numerics.gaussLegendreNodes();
    private static final double[] W = Numerics.gaussLegendreWeights();
    private static final int H = N / 2;
    private static final double[] SA = half(Numerics.gaussLegendreIntegrationMatrix(), 1);
    private static final double[] SB = half(Numerics.gaussLegendreIntegrationMatrix(), -1);
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double HALF_LN_2PI = 0.9189385332046728;
    private static final double NORMAL_WINDOW = 6;
    private static final double NORMAL_PANEL = 6;
    private static final int NORMAL_NODES = 16;
    private static final double[] NX = Numerics.gaussLegendre(NORMAL_NODES)[0];
    private static final double[] NW = Numerics.gaussLegendre(NORMAL_NODES)[1];

    private ProbabilityBest() {
    }

    /**
     * Starts P(best) of Beta posteriors with these alphas; {@link BetaArms#betas(double[])} gives the betas and
     * computes it (the two parameter arrays are named, so they cannot be passed the wrong way round).
     *
     * @param alpha each arm's {@code a}; read, not copied, by the computation
     * @return the first stage
     */
    public static BetaArms ofBetaAlphas(double[] alpha) {
        return new BetaArms(alpha);
    }

    /**
     * Starts P(best) of normal posteriors with these means; {@link NormalArms#standardDeviations(double[])} gives
     * the standard deviations and computes it.
     *
     * @param mean each arm's posterior mean; read, not copied, by the computation
     * @return the first stage
     */
    public static NormalArms ofNormalMeans(double[] mean) {
        return new NormalArms(mean);
    }

    /**
     * Beta posteriors with their alphas given; see {@link #ofBetaAlphas(double[])}.
     *
     * @since 0.1.0
     */
    public static final class BetaArms {
        private final double[] alpha;

        private BetaArms(double[] alpha) {
            this.alpha = alpha;
        }

        /**
         * P(best) of Beta({@code alpha[k]}, {@code beta[k]}) posteriors, and against arm 0 what a comparison with it
         * needs: the result layout is described at {@code beta(a, b)} in {@link ProbabilityBest}'s source (3k
         * entries on the fast path, k otherwise).
         *
         * @param beta each arm's {@code b}, as many as the alphas
         * @return P(best) (and, on the fast path, the comparisons with arm 0)
         */
        public double[] betas(double[] beta) {
            return beta(alpha, beta);
        }
    }

    /**
     * Normal posteriors with their means given; see {@link #ofNormalMeans(double[])}.
     *
     * @since 0.1.0
     */
    public static final class NormalArms {
        private final double[] mean;

        private NormalArms(double[] mean) {
            this.mean = mean;
        }

        /**
         * P(best) of normal posteriors {@code N(mean[k], sd[k]²)} by fixed-node quadrature (absolute error below
         * 1e-8 against scipy).
         *
         * @param sd each arm's posterior standard deviation, as many as the means
         * @return P(best) per arm
         */
        public double[] standardDeviations(double[] sd) {
            return normal(mean, sd);
        }
    }

    /**
     * P(best) of Beta(a[k], b[k]) posteriors, and against arm 0 what a comparison with it needs. When every
     * parameter is at least {@value #FAST_MIN_PARAMETER} the result has {@code 3k} entries: {@code [0, k)} P(best),
     * {@code [k + j]} {@code P(X_j > X_0) = ∫ f_j F_0} and {@code [2k + j]} {@code K_0j = ∫ x(1-x) f_0 f_j dx
     * = B(a_0+a_j, b_0+b_j) / (B(a_0, b_0) B(a_j, b_j))} (entries {@code k} and {@code 2k} unused), all from one
     * pass of the fast Beta path described in the class comment. Otherwise it has {@code k} entries, P(best) by
     * {@link #of(ContinuousDistribution[])}, and a caller needing the comparisons computes them exactly.
     */
    private static double[] beta(double[] a, double[] b) {
        int k = a.length;
        boolean fast = true;
        for (int j = 0; j < k; j++) {
            fast &= a[j] >= FAST_MIN_PARAMETER && b[j] >= FAST_MIN_PARAMETER;
        }
        double[] out = fast ? betaGrid(a, b) : null;
        if (out == null) {
            ContinuousDistribution[] d = new ContinuousDistribution[k];
            for (int j = 0; j < k; j++) {
                d[j] = org.apache.commons.statistics.distribution.BetaDistribution.of(a[j], b[j]);
            }
            return of(d);
        }
        return out;
    }

    /**
     * The fast Beta path, or null when the panels cannot make representable progress or would be too many.
     * Each arm's window is {@code mean - }{@value #BETA_LIGHT_SD}{@code  sd} to {@code mean + (}{@value #BETA_HEAVY_SD}
     * {@code  + }{@value #BETA_SKEW_SD}{@code |skewness|) sd} on the side of its longer tail (clipped to [0, 1]); beyond
     * it a Beta with both parameters at least 20 has below 1e-12 of its mass. The range is the union of the windows,
     * cut into panels as in {@link #ofNormal} ({@value #BETA_PANEL_SD} times the smallest sd among the windows a panel
     * starts in); an arm computes its density only on the panels that meet its window, and its CDF there from its
     * density by the spectral integration matrix, starting from the value carried from the previous panel.
     */
    private static double[] betaGrid(double[] a, double[] b) {
        int k = a.length;
        double[] lo = new double[k];
        double[] hi = new double[k];
        double[] sd = new double[k];
        double[] logBeta = new double[k];
        double x = Double.POSITIVE_INFINITY;
        double stop = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double s = a[j] + b[j];
            double m = a[j] / s;
            sd[j] = Math.sqrt(a[j] * b[j] / (s * s * (s + 1)));
            logBeta[j] = logBetaStirling(a[j], b[j]);
            double skew = 2 * (b[j] - a[j]) * Math.sqrt(s + 1) / ((s + 2) * Math.sqrt(a[j] * b[j]));
            double heavy = BETA_HEAVY_SD + BETA_SKEW_SD * Math.abs(skew);
            lo[j] = Math.max(0, m - (skew >= 0 ? BETA_LIGHT_SD : heavy) * sd[j]);
            hi[j] = Math.min(1, m + (skew >= 0 ? heavy : BETA_LIGHT_SD) * sd[j]);
            x = Math.min(x, lo[j]);
            stop = Math.max(stop, hi[j]);
        }
        double[] out = new double[3 * k];
        double[] f = new double[k * N];   // arm-major: f[j * N + i]
        double[] cdf = new double[k * N];
        double[] carried = new double[k]; // each arm's CDF at the current panel's start
        boolean[] active = new boolean[k];
        double[] prefix = new double[N];
        double[] suffix = new double[N];
        double[] after = new double[k * N]; // weight times the product of the CDFs of the arms after j
        double[] even = new double[H];
        double[] odd = new double[H];
        double[] lx = new double[N];
        double[] l1x = new double[N];
        int panels = 0;
        int maxPanels = 8 * k + 8;
        while (x < stop) {
            double covered = coveredFrom(x, lo, hi);
            if (covered > x) { // a gap no window covers: densities negligible, CDFs carried
                x = covered;
                continue;
            }
            double end = panelEnd(x, stop, lo, hi, sd, BETA_PANEL_SD);
            if (!(end > x) || ++panels > maxPanels) {
                return null;
            }
            double half = 0.5 * (end - x);
            double mid = x + half;
            for (int j = 0; j < k; j++) {
                active[j] = lo[j] < end && hi[j] > x;
            }
            for (int i = 0; i < N; i++) {
                double node = mid + half * X[i];
                lx[i] = Math.log(node);
                l1x[i] = Math.log(1 - node);
            }
            for (int j = 0; j < k; j++) {
                int off = j * N;
                double c0 = carried[j];
                if (!active[j]) {
                    Arrays.fill(f, off, off + N, 0);
                    Arrays.fill(cdf, off, off + N, c0);
                    continue;
                }
                double p1 = a[j] - 1;
                double p2 = b[j] - 1;
                double p3 = logBeta[j];
                for (int i = 0; i < N; i++) {
                    f[off + i] = Math.exp(p1 * lx[i] + p2 * l1x[i] - p3);
                }
                carried[j] = Math.min(1, c0 + half * integrate(f, off, cdf, c0, half, even, odd));
            }
            // P(best): Σ_i w_i f_j(x_i) Π_{l<j} F_l(x_i) Π_{l>j} F_l(x_i), the two products as running arrays over
            // the nodes (prefix before arm j, suffix after it) so that every loop runs over independent nodes
            Arrays.fill(suffix, half);
            for (int i = 0; i < N; i++) {
                suffix[i] *= W[i];
            }
            for (int j = k - 1; j >= 0; j--) {
                int off = j * N;
                System.arraycopy(suffix, 0, after, off, N);
                for (int i = 0; i < N; i++) {
                    suffix[i] *= cdf[off + i];
                }
            }
            Arrays.fill(prefix, 1);
            for (int j = 0; j < k; j++) {
                int off = j * N;
                double sum = 0;
                for (int i = 0; i < N; i++) {
                    sum += f[off + i] * prefix[i] * after[off + i];
                    prefix[i] *= cdf[off + i];
                }
                out[j] += sum;
            }
            // against arm 0: Σ w_i f_j(x_i) F_0(x_i) and Σ w_i x_i (1 - x_i) f_0(x_i) f_j(x_i)
            for (int i = 0; i < N; i++) {
                double node = mid + half * X[i];
                double weight = half * W[i];
                prefix[i] = weight * cdf[i];
                suffix[i] = weight * node * (1 - node) * f[i];
            }
            for (int j = 1; j < k; j++) {
                int off = j * N;
                double above = 0;
                double overlap = 0;
                for (int i = 0; i < N; i++) {
                    above += prefix[i] * f[off + i];
                    overlap += suffix[i] * f[off + i];
                }
                out[k + j] += above;
                out[2 * k + j] += overlap;
            }
            x = end;
        }
        return out;
    }

    /**
     * P(best) of normal posteriors {@code N(mean[k], sd[k]²)}: {@code P_k = ∫ f_k(x) Π_{j≠k} F_j(x) dx} by
     * fixed-node composite Gauss-Legendre quadrature ({@value #NORMAL_NODES} nodes per panel) on panels fitted to
     * the arms. Each arm's window is {@code mean ± }{@value #NORMAL_WINDOW}{@code  sd}; the range runs from the
     * highest window start (below it every product has a CDF under {@code Φ(-6) ≈ 1e-9}) to the highest window
     * end, and every panel is at most {@value #NORMAL_PANEL} times the smallest sd among the windows it starts in,
     * cut where a narrower arm's window begins (or taking it in at its own width when the cut would leave a
     * sliver) — so a very narrow posterior beside a wide one gets nodes only where its density and CDF step are. At each node every arm costs one {@code exp} (its density) and a
     * Mills-ratio polynomial (its CDF, {@link MillsRatio}); the products {@code Π_{j≠k}} come from prefix and
     * suffix products. Absolute error below 1e-8 (against scipy's adaptive {@code quad}:
     * {@code src/test/python/probability_best.py}).
     */
    private static double[] normal(double[] mean, double[] sd) {
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
            double covered = coveredFrom(x, lo, hi);
            if (covered > x) { // a gap no window covers: every density is negligible there
                x = covered;
                continue;
            }
            double end = panelEnd(x, stop, lo, hi, sd, NORMAL_PANEL);
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

    /** {@code x} when some arm's window {@code [lo, hi)} covers it, else the next window start (+∞ if none). */
    private static double coveredFrom(double x, double[] lo, double[] hi) {
        double next = Double.POSITIVE_INFINITY;
        for (int j = 0; j < lo.length; j++) {
            if (lo[j] <= x && x < hi[j]) {
                return x;
            } else if (lo[j] > x) {
                next = Math.min(next, lo[j]);
            }
        }
        return next;
    }

    /**
     * The end of the panel that starts at {@code x} (covered by some window): at most {@code panelSd} times the
     * smallest sd among the windows covering {@code x}; where a narrower arm's window starts inside, the panel ends
     * there, or, if that would leave a sliver, takes it in at {@code panelSd} of that arm's sd; otherwise the rest of
     * the range up to {@code stop} is cut into equal panels instead of leaving a partial last one.
     */
    private static double panelEnd(double x, double stop, double[] lo, double[] hi, double[] sd, double panelSd) {
        double s = Double.POSITIVE_INFINITY;
        for (int j = 0; j < lo.length; j++) {
            if (lo[j] <= x && x < hi[j]) {
                s = Math.min(s, sd[j]);
            }
        }
        double w = panelSd * s;
        boolean cut = false;
        for (int j = 0; j < lo.length; j++) {
            if (lo[j] > x && lo[j] < x + w && sd[j] < s) {
                w = Math.min(w, Math.max(lo[j] - x, panelSd * sd[j]));
                cut = true;
            }
        }
        if (!cut) {
            double rest = stop - x;
            w = rest / Math.ceil(rest / w);
        }
        return Math.min(x + w, stop);
    }

    private static double[] normalByDistributions(double[] mean, double[] sd) {
        ContinuousDistribution[] d = new ContinuousDistribution[mean.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = org.apache.commons.statistics.distribution.NormalDistribution.of(mean[j], sd[j]);
        }
        return of(d);
    }

    /**
     * {@code cdf[off + i] = clamp(c0 + half Σ_m S[i][m] f[off + m])} with half the multiplications: the nodes come in
     * pairs {@code x_{i'} = -x_i} ({@code i' = N-1-i}), so with {@code e_m = f_m + f_{m'}}, {@code o_m = f_m - f_{m'}}
     * ({@code m < N/2}), {@code A = (S[i][m] + S[i][m'])/2} and {@code B = (S[i][m] - S[i][m'])/2}, the integral to
     * {@code x_i} is {@code E_i + O_i} and to {@code x_{i'}} is {@code mass - E_i + O_i} (from
     * {@code S[i'][m] = w_m - S[i][m']}), where {@code E_i = Σ A e}, {@code O_i = Σ B o} and
     * {@code mass = Σ_{m<N/2} w_m e_m}. Five output pairs at a time in independent accumulators.
     *
     * @return the panel's mass {@code Σ w_m f_m}
     */
    private static double integrate(double[] f, int off, double[] cdf, double c0, double half, double[] e,
                                    double[] o) {
        double mass = 0;
        for (int m = 0; m < H; m++) {
            double fm = f[off + m];
            double fr = f[off + N - 1 - m];
            e[m] = fm + fr;
            o[m] = fm - fr;
            mass += W[m] * e[m];
        }
        for (int i0 = 0; i0 < H; i0 += 5) {
            double e0 = 0;
            double e1 = 0;
            double e2 = 0;
            double e3 = 0;
            double e4 = 0;
            double o0 = 0;
            double o1 = 0;
            double o2 = 0;
            double o3 = 0;
            double o4 = 0;
            for (int m = 0; m < H; m++) {
                double em = e[m];
                double om = o[m];
                int r = m * H + i0;
                e0 += SA[r] * em;
                o0 += SB[r] * om;
                e1 += SA[r + 1] * em;
                o1 += SB[r + 1] * om;
                e2 += SA[r + 2] * em;
                o2 += SB[r + 2] * om;
                e3 += SA[r + 3] * em;
                o3 += SB[r + 3] * om;
                e4 += SA[r + 4] * em;
                o4 += SB[r + 4] * om;
            }
            pair(cdf, off, i0, e0, o0, mass, c0, half);
            pair(cdf, off, i0 + 1, e1, o1, mass, c0, half);
            pair(cdf, off, i0 + 2, e2, o2, mass, c0, half);
            pair(cdf, off, i0 + 3, e3, o3, mass, c0, half);
            pair(cdf, off, i0 + 4, e4, o4, mass, c0, half);
        }
        return mass;
    }

    private static void pair(double[] cdf, int off, int i, double e, double o, double mass, double c0, double half) {
        cdf[off + i] = clamp01(c0 + half * (e + o));
        cdf[off + N - 1 - i] = clamp01(c0 + half * (mass - e + o));
    }

    /**
     * {@code ln B(a, b)} for {@code a, b ≥ 20} by Stirling's series written without cancellation:
     * {@code (a-½) ln(a/s) + (b-½) ln(b/s) - ½ ln s + ½ ln 2π + ω(a) + ω(b) - ω(s)}, {@code s = a + b},
     * {@code ω(x) = 1/(12x) - 1/(360x³) + 1/(1260x⁵) - 1/(1680x⁷)} (the next term is below 2e-15 at 20).
     */
    private static double logBetaStirling(double a, double b) {
        double s = a + b;
        double la = a < b ? Math.log(a / s) : Math.log1p(-b / s);
        double lb = a < b ? Math.log1p(-a / s) : Math.log(b / s);
        return (a - 0.5) * la + (b - 0.5) * lb - 0.5 * Math.log(s) + HALF_LN_2PI + omega(a) + omega(b) - omega(s);
    }

    private static double omega(double x) {
        double r = 1 / x;
        double r2 = r * r;
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 / 1680)));
    }

    private static double clamp01(double c) {
        return c < 0 ? 0 : c > 1 ? 1 : c;
    }

    /**
     * The halves of the spectral integration matrix {@code S} used by {@link #integrate}, stored
     * {@code [m * H + i]}: {@code sign = +1} gives {@code A = (S[i][m] + S[i][m'])/2}, {@code -1} gives {@code B}.
     * Checks that the nodes come in pairs {@code x_{N-1-i} = -x_i}.
     */
    private static double[] half(double[] s, double sign) {
        double[] t = new double[H * H];
        for (int i = 0; i < H; i++) {
            if (Math.abs(X[i] + X[N - 1 - i]) > 1e-14 || N % 10 != 0) {
                throw new IllegalStateException("Gauss-Legendre nodes not in mirrored pairs");
            }
            for (int m = 0; m < H; m++) {
                t[m * H + i] = 0.5 * (s[i * N + m] + sign * s[i * N + N - 1 - m]);
            }
        }
        return t;
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
