package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Arrays;

/**
 * A two-sided group-sequential design with symmetric efficacy boundaries from a Lan–DeMets
 * {@link SpendingFunction}.
 *
 * <p><b>Convention.</b> At look k (information fraction {@code t_k}, the last being 1) the test stops
 * and rejects {@code H0: θ = 0} when {@code |Z_k| >= c_k}; the boundaries satisfy
 * {@code P0(|Z_j| < c_j for j < k, |Z_k| >= c_k) = α(t_k) - α(t_{k-1})}, so the total two-sided type I
 * error is α (gsDesign's {@code test.type = 2}; rpact's two-sided {@code typeOfDesign = "asOF"/"asP"/"asKD"}).
 * No futility boundary.
 *
 * <p><b>Method.</b> The Armitage–McPherson–Rowe recursion (Armitage et al. 1969, JRSS A 132;
 * Jennison and Turnbull 2000, ch. 19): the score {@code S_k = Z_k √t_k} has independent normal
 * increments; the sub-density of {@code S_k} on the continuation region is propagated by numerical
 * integration (composite Simpson on 2·m + 1 points) and each {@code c_k} is found by Brent's method.
 * Accuracy is about 1e-8 on the boundaries.
 */
public final class GroupSequentialDesign {
    private static final int HALF_POINTS = 600;

    private final SpendingFunction spending;
    private final double alpha;
    private final double[] fractions;
    private final double[] boundaries;
    private final double[] cumulativeAlpha;

    private GroupSequentialDesign(SpendingFunction spending, double alpha, double[] fractions, double[] boundaries,
                                  double[] cumulativeAlpha) {
        this.spending = spending;
        this.alpha = alpha;
        this.fractions = fractions;
        this.boundaries = boundaries;
        this.cumulativeAlpha = cumulativeAlpha;
    }

    /** Equally spaced looks: fractions 1/K, 2/K, ..., 1. */
    public static GroupSequentialDesign equallySpaced(SpendingFunction spending, double alpha, int looks) {
        Checks.positive(looks, "looks");
        double[] t = new double[looks];
        for (int k = 0; k < looks; k++) {
            t[k] = (k + 1) / (double) looks;
        }
        return of(spending, alpha, t);
    }

    /** Looks at the given increasing information fractions in (0, 1], the last equal to 1. */
    public static GroupSequentialDesign of(SpendingFunction spending, double alpha, double... fractions) {
        Checks.notNull(spending, "spending");
        Checks.notNull(fractions, "fractions");
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidValueException("alpha", "alpha must be in (0, 1) (was " + alpha + ")");
        }
        if (fractions.length < 1) {
            throw new InvalidValueException("fractions", "need at least one look");
        }
        double prev = 0;
        for (int k = 0; k < fractions.length; k++) {
            if (!(fractions[k] > prev) || fractions[k] > 1) {
                throw new InvalidValueException("fractions[" + k + "]", "fractions must increase within (0, 1] (was "
                        + Arrays.toString(fractions) + ")");
            }
            prev = fractions[k];
        }
        if (fractions[fractions.length - 1] != 1.0) {
            throw new InvalidValueException("fractions", "the last fraction must be 1 (was " + prev + ")");
        }
        double[] t = fractions.clone();
        int k = t.length;
        double[] cum = new double[k];
        for (int i = 0; i < k; i++) {
            cum[i] = spending.spent(t[i], alpha);
        }
        double[] c = new Recursion(t, 0.0).boundaries(cum);
        return new GroupSequentialDesign(spending, alpha, t, c, cum);
    }

    public SpendingFunction spending() {
        return spending;
    }

    public double alpha() {
        return alpha;
    }

    public int looks() {
        return fractions.length;
    }

    public double[] fractions() {
        return fractions.clone();
    }

    /** Critical values {@code c_k} on the Z scale. */
    public double[] boundaries() {
        return boundaries.clone();
    }

    /** Cumulative two-sided alpha spent at each look. */
    public double[] cumulativeAlpha() {
        return cumulativeAlpha.clone();
    }

    /** Nominal two-sided p-value thresholds {@code 2(1 - Φ(c_k))}. */
    public double[] nominalPValues() {
        double[] p = new double[boundaries.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 2 * Numerics.sf(boundaries[i]);
        }
        return p;
    }

    /** True when the z statistic at look {@code look} (0-based) crosses the boundary. */
    public boolean crossed(int look, double z) {
        if (look < 0 || look >= boundaries.length) {
            throw new InvalidValueException("look", "look must be in [0, " + boundaries.length + ") (was " + look + ")");
        }
        Checks.finite(z, "z");
        return Math.abs(z) >= boundaries[look];
    }

    /**
     * Probability of crossing the upper boundary at some look when the drift is {@code theta}, i.e.
     * {@code E[Z_K] = θ} at full information.
     */
    public double upperCrossingProbability(double theta) {
        Checks.finite(theta, "theta");
        return new Recursion(fractions, theta).upperCrossing(boundaries);
    }

    /**
     * Ratio of this design's maximum sample size to the fixed-horizon sample size with the same
     * two-sided alpha and {@code power} (power counted as crossing the upper boundary):
     * {@code (θ_GS / (z_{1-α/2} + z_{power}))²}, θ_GS solving {@link #upperCrossingProbability} = power.
     */
    public double inflationFactor(double power) {
        if (!(power > 0.5 && power < 1)) {
            throw new InvalidValueException("power", "power must be in (0.5, 1) (was " + power + ")");
        }
        double fixed = Numerics.upperQuantile(alpha / 2) + Numerics.quantile(power);
        double drift = Numerics.root(th -> upperCrossingProbability(th) - power, 0.5 * fixed, 2 * fixed);
        return (drift / fixed) * (drift / fixed);
    }

    /**
     * Maximum units per arm of this design: the fixed-horizon plan (same alpha and power, two-sided)
     * times {@link #inflationFactor(double)}, rounded up.
     */
    public long maxSampleSizePerArm(Planning.SampleSize fixed, double power) {
        Checks.notNull(fixed, "fixed");
        return (long) Math.ceil(fixed.exact() * inflationFactor(power) - 1e-9);
    }

    @Override
    public String toString() {
        return "GroupSequentialDesign[" + spending.name() + ", alpha=" + alpha + ", t=" + Arrays.toString(fractions)
                + ", c=" + Arrays.toString(boundaries) + "]";
    }

    /** The numerical recursion on the score scale. */
    private static final class Recursion {
        private final double[] t;
        private final double theta;

        Recursion(double[] t, double theta) {
            this.t = t;
            this.theta = theta;
        }

        double[] boundaries(double[] cum) {
            int k = t.length;
            double[] c = new double[k];
            c[0] = Numerics.upperQuantile(cum[0] / 2);
            double[] grid = grid(c[0] * Math.sqrt(t[0]));
            double[] dens = firstDensity(grid);
            for (int i = 1; i < k; i++) {
                double target = cum[i] - cum[i - 1];
                double dt = t[i] - t[i - 1];
                double sq = Math.sqrt(t[i]);
                double[] g = grid;
                double[] f = dens;
                if (target <= 0) {
                    c[i] = Double.POSITIVE_INFINITY;
                } else {
                    double total = integrate(g, f, x -> 1.0);
                    if (target >= total) {
                        c[i] = 0;
                    } else {
                        c[i] = Numerics.root(ci -> crossing(g, f, ci * sq, dt) - target, 0, 40);
                    }
                }
                if (i < k - 1) {
                    double b = Math.min(c[i], 40) * sq;
                    grid = grid(b);
                    dens = propagate(g, f, grid, dt);
                }
            }
            return c;
        }

        double upperCrossing(double[] c) {
            double b0 = c[0] * Math.sqrt(t[0]);
            double p = Numerics.sf((b0 - theta * t[0]) / Math.sqrt(t[0]));
            double[] grid = grid(Math.min(b0, 40 * Math.sqrt(t[0])));
            double[] dens = firstDensity(grid);
            for (int i = 1; i < t.length; i++) {
                double dt = t[i] - t[i - 1];
                double b = Math.min(c[i], 40) * Math.sqrt(t[i]);
                double sdt = Math.sqrt(dt);
                double mu = theta * dt;
                p += integrate(grid, dens, s -> Numerics.sf((b - s - mu) / sdt));
                if (i < t.length - 1) {
                    double[] next = grid(b);
                    dens = propagate(grid, dens, next, dt);
                    grid = next;
                }
            }
            return p;
        }

        private double[] firstDensity(double[] grid) {
            double sd = Math.sqrt(t[0]);
            double[] f = new double[grid.length];
            for (int j = 0; j < grid.length; j++) {
                f[j] = Numerics.phi((grid[j] - theta * t[0]) / sd) / sd;
            }
            return f;
        }

        private double crossing(double[] grid, double[] dens, double b, double dt) {
            double sdt = Math.sqrt(dt);
            double mu = theta * dt;
            return integrate(grid, dens, s -> Numerics.sf((b - s - mu) / sdt) + Numerics.cdf((-b - s - mu) / sdt));
        }

        private double[] propagate(double[] from, double[] dens, double[] to, double dt) {
            double sdt = Math.sqrt(dt);
            double mu = theta * dt;
            double[] w = simpsonWeights(from);
            double[] out = new double[to.length];
            for (int i = 0; i < to.length; i++) {
                double s = 0;
                for (int j = 0; j < from.length; j++) {
                    s += w[j] * dens[j] * Numerics.phi((to[i] - from[j] - mu) / sdt);
                }
                out[i] = s / sdt;
            }
            return out;
        }

        private static double integrate(double[] grid, double[] dens, java.util.function.DoubleUnaryOperator g) {
            double[] w = simpsonWeights(grid);
            double s = 0;
            for (int j = 0; j < grid.length; j++) {
                s += w[j] * dens[j] * g.applyAsDouble(grid[j]);
            }
            return s;
        }

        private static double[] grid(double b) {
            int n = 2 * HALF_POINTS + 1;
            double[] g = new double[n];
            for (int j = 0; j < n; j++) {
                g[j] = -b + 2 * b * j / (n - 1);
            }
            return g;
        }

        private static double[] simpsonWeights(double[] grid) {
            int n = grid.length;
            double h = (grid[n - 1] - grid[0]) / (n - 1);
            double[] w = new double[n];
            for (int j = 0; j < n; j++) {
                w[j] = (j == 0 || j == n - 1 ? 1 : (j % 2 == 1 ? 4 : 2)) * h / 3;
            }
            return w;
        }
    }
}
