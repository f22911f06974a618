package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Numerical helpers shared by the engines: the standard normal, Gauss-Legendre quadrature and root
 * finding. Stateless; the constants are immutable.
 *
 * @since 0.1.0
 */
@Internal
public final class Numerics {
    /** The standard normal distribution (immutable). */
    public static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private static final double INV_SQRT_2PI = 0.3989422804014327;
    /** Upper-tail probabilities whose quantiles are precomputed (exactly the values computed on demand). */
    private static final double[] COMMON_TAILS = {0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1};
    private static final double[] COMMON_QUANTILES = new double[COMMON_TAILS.length];
    private static final int GL_POINTS = 20;
    private static final double[] GL_X = new double[GL_POINTS];
    private static final double[] GL_W = new double[GL_POINTS];

    static {
        for (int i = 0; i < COMMON_TAILS.length; i++) {
            COMMON_QUANTILES[i] = STANDARD_NORMAL.inverseSurvivalProbability(COMMON_TAILS[i]);
        }
        double[][] gl = gaussLegendre(GL_POINTS);
        System.arraycopy(gl[0], 0, GL_X, 0, GL_POINTS);
        System.arraycopy(gl[1], 0, GL_W, 0, GL_POINTS);
    }

    /**
     * Nodes ({@code [0]}) and weights ({@code [1]}) of n-point Gauss-Legendre quadrature on [-1, 1] by Newton
     * iteration on P_n (Press et al., Numerical Recipes, 3rd ed., §4.6.1).
     */
    public static double[][] gaussLegendre(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            for (int iter = 0; iter < 100; iter++) {
                double[] p = legendre(n, z);
                double z1 = z;
                z = z1 - p[0] / p[1];
                if (Math.abs(z - z1) < 1e-15) {
                    break;
                }
            }
            // the derivative at the converged node
            double pp = legendre(n, z)[1];
            x[i] = z;
            w[i] = 2.0 / ((1.0 - z * z) * pp * pp);
        }
        return new double[][] {x, w};
    }

    private Numerics() {
    }

    /** Number of Gauss-Legendre nodes per panel used by {@link #integrate}. */
    public static int gaussLegendrePoints() {
        return GL_POINTS;
    }

    /** Gauss-Legendre nodes on [-1, 1], ascending order not guaranteed (a copy). */
    public static double[] gaussLegendreNodes() {
        return GL_X.clone();
    }

    /** Gauss-Legendre weights matching {@link #gaussLegendreNodes()} (a copy). */
    public static double[] gaussLegendreWeights() {
        return GL_W.clone();
    }

    /**
     * Spectral integration matrix of the Gauss-Legendre nodes, row-major {@code S[i * n + m]}: for a
     * polynomial f of degree below n, {@code ∫_{-1}^{x_i} f = Σ_m S[i][m] f(x_m)}. From the Lagrange basis
     * {@code ℓ_m(t) = w_m Σ_k (k + 1/2) P_k(x_m) P_k(t)} and {@code ∫_{-1}^x P_k = (P_{k+1}(x) - P_{k-1}(x)) / (2k + 1)}.
     */
    public static double[] gaussLegendreIntegrationMatrix() {
        int n = GL_POINTS;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = legendreAll(n, GL_X[i]);
        }
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < n; m++) {
                double sum = 0.5 * (GL_X[i] + 1); // k = 0
                for (int k = 1; k < n; k++) {
                    sum += 0.5 * p[m][k] * (p[i][k + 1] - p[i][k - 1]);
                }
                s[i * n + m] = GL_W[m] * sum;
            }
        }
        return s;
    }

    /** {P_0(z), ..., P_n(z)} by the three-term recurrence. */
    private static double[] legendreAll(int n, double z) {
        double[] p = new double[n + 1];
        p[0] = 1;
        p[1] = z;
        for (int k = 1; k < n; k++) {
            p[k + 1] = ((2.0 * k + 1.0) * z * p[k] - k * p[k - 1]) / (k + 1);
        }
        return p;
    }

    /** Standard normal density. */
    public static double phi(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** Standard normal CDF. */
    public static double cdf(double z) {
        return STANDARD_NORMAL.cumulativeProbability(z);
    }

    /** Standard normal survival function {@code 1 - Φ(z)}, accurate in the upper tail. */
    public static double sf(double z) {
        return STANDARD_NORMAL.survivalProbability(z);
    }

    /** Standard normal quantile of p. */
    public static double quantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Upper quantile: z with {@code 1 - Φ(z) = q}, accurate for small q. */
    public static double upperQuantile(double q) {
        for (int i = 0; i < COMMON_TAILS.length; i++) {
            if (COMMON_TAILS[i] == q) {
                return COMMON_QUANTILES[i];
            }
        }
        return STANDARD_NORMAL.inverseSurvivalProbability(q);
    }

    /**
     * Integral of f over {@code range} by composite 20-point Gauss-Legendre quadrature on {@code panels}
     * equal panels.
     */
    public static double integrate(DoubleUnaryOperator f, Range range, int panels) {
        double a = range.lower();
        double h = range.width() / panels;
        double sum = 0;
        for (int p = 0; p < panels; p++) {
            double mid = a + (p + 0.5) * h;
            double half = 0.5 * h;
            double s = 0;
            for (int i = 0; i < GL_POINTS; i++) {
                s += GL_W[i] * f.applyAsDouble(mid + half * GL_X[i]);
            }
            sum += s * half;
        }
        return sum;
    }

    /**
     * The nodes of {@link #integrate} on [a, b] with {@code panels} panels. Package-private: only
     * {@link ProbabilityBest} uses it, with limits it computes itself.
     */
    static double[] nodes(double a, double b, int panels) {
        double h = (b - a) / panels;
        double[] x = new double[panels * GL_POINTS];
        for (int p = 0; p < panels; p++) {
            double mid = a + (p + 0.5) * h;
            for (int i = 0; i < GL_POINTS; i++) {
                x[p * GL_POINTS + i] = mid + 0.5 * h * GL_X[i];
            }
        }
        return x;
    }

    /** The weights matching {@link #nodes}; package-private like it. */
    static double[] weights(double a, double b, int panels) {
        double h = (b - a) / panels;
        double[] w = new double[panels * GL_POINTS];
        for (int p = 0; p < panels; p++) {
            for (int i = 0; i < GL_POINTS; i++) {
                w[p * GL_POINTS + i] = 0.5 * h * GL_W[i];
            }
        }
        return w;
    }

    /** A root of f in {@code bracket} (f must change sign over it) by Brent's method, to about 1e-14 relative. */
    public static double root(DoubleUnaryOperator f, Range bracket) {
        return new BrentSolver(1e-14, 1e-15, 0).findRoot(f, bracket.lower(), bracket.upper());
    }

    /** {P_n(z), P_n'(z)} by the three-term recurrence (Numerical Recipes, 3rd ed., §4.6.1). */
    private static double[] legendre(int n, double z) {
        double p1 = 1.0;
        double p2 = 0.0;
        for (int j = 0; j < n; j++) {
            double p3 = p2;
            p2 = p1;
            p1 = ((2.0 * j + 1.0) * z * p2 - j * p3) / (j + 1);
        }
        return new double[] {p1, n * (z * p1 - p2) / (z * z - 1.0)};
    }
}
