package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.Range;
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
 * error is α (the convention of gsDesign's {@code test.type = 2} and rpact's two-sided designs; only the
 * O'Brien–Fleming boundaries are checked against published values, Jennison and Turnbull's Table 7.6, the rest
 * against an independent scipy recursion, not against either package's output).
 * Optional non-binding futility boundaries come from a β-spending function ({@link #futilityBoundaries}).
 *
 * <p><b>Method.</b> The Armitage–McPherson–Rowe recursion (Armitage et al. 1969, JRSS A 132;
 * Jennison and Turnbull 2000, ch. 19): the score {@code S_k = Z_k √t_k} has independent normal
 * increments; the sub-density of {@code S_k} on the continuation region is propagated by numerical
 * integration (composite Simpson on 2·m + 1 points) and each {@code c_k} is found by Brent's method.
 * Accuracy is about 1e-8 on the boundaries.
 *
 * <pre>{@code
 * GroupSequentialDesign design = GroupSequentialDesign.equallySpaced(SpendingFunction.obrienFleming(), 0.05, 4);
 * boolean stop = design.crossed(1, zAtSecondLook);   // looks are numbered from 0
 * }</pre>
 *
 * @since 0.1.0
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
            cum[i] = spending.spent(InformationFraction.of(t[i]), alpha);
        }
        double[] c = new Recursion(t, 0.0).boundaries(cum);
        return new GroupSequentialDesign(spending, alpha, t, c, cum);
    }

    /** @return the alpha-spending function */
    public SpendingFunction spending() {
        return spending;
    }

    /** @return the overall significance level */
    public double alpha() {
        return alpha;
    }

    /** @return the number of planned analyses */
    public int looks() {
        return fractions.length;
    }

    /** @return the information fraction of each look, increasing to 1 (a copy) */
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
        double drift = drift(power);
        return (drift / fixed) * (drift / fixed);
    }

    /** The drift θ (E[Z_K]) at which this design crosses the upper boundary with probability {@code power}. */
    private double drift(double power) {
        double fixed = Numerics.upperQuantile(alpha / 2) + Numerics.quantile(power);
        return Numerics.root(th -> upperCrossingProbability(th) - power, Range.from(0.5 * fixed).to(2 * fixed));
    }

    /**
     * Non-binding futility boundaries {@code b_k} on the Z scale from a β-spending function: at look k the
     * trial may stop for futility when {@code Z_k < b_k} (Z oriented so that benefit is positive).
     *
     * <p><b>Convention.</b> Under the drift θ at which this design has the given {@code power} (the drift of
     * {@link #inflationFactor}), the probability of first stopping for futility at look k, continuing
     * ({@code b_j <= Z_j < c_j}) at every earlier look, is {@code β(t_k) - β(t_{k-1})} with
     * {@code β(t) = betaSpending.spent(t, 1 - power)} ({@link SpendingFunction#spent}); the last boundary equals the last efficacy boundary.
     * Non-binding: the efficacy boundaries, the type I error and the power ignore the futility rule, so
     * ignoring a futility signal never inflates α (Jennison and Turnbull 2000, §7.3; Pampallona, Tsiatis and
     * Kim 2001 for β-spending). A look whose spending is 0 gets {@code -∞} (no futility stop). The maximum
     * sample size is not re-solved, unlike gsDesign's designs with futility.
     *
     * @throws InvalidValueException when power is not in (0.5, 1)
     */
    public double[] futilityBoundaries(SpendingFunction betaSpending, double power) {
        Checks.notNull(betaSpending, "betaSpending");
        if (!(power > 0.5 && power < 1)) {
            throw new InvalidValueException("power", "power must be in (0.5, 1) (was " + power + ")");
        }
        return futilityBoundaries(betaSpending, 1 - power, drift(power));
    }

    /**
     * This design under a drift of your choice, {@code E[Z_K] = drift} (finite), for futility boundaries:
     * {@code design.atDrift(2.8).futilityBoundaries(betaSpending, beta)}.
     */
    public AtDrift atDrift(double drift) {
        return new AtDrift(Checks.finite(drift, "drift"));
    }

    /** A design whose drift is named; from {@link GroupSequentialDesign#atDrift}. */
    public final class AtDrift {
        private final double drift;

        private AtDrift(double drift) {
            this.drift = drift;
        }

        /**
         * Non-binding futility boundaries at this drift: as {@link GroupSequentialDesign#futilityBoundaries(
         * SpendingFunction, double)} with the β-spending {@code betaSpending.spent(t, beta)}, beta in (0, 1).
         */
        public double[] futilityBoundaries(SpendingFunction betaSpending, double beta) {
            return GroupSequentialDesign.this.futilityBoundaries(betaSpending, beta, drift);
        }
    }

    private double[] futilityBoundaries(SpendingFunction betaSpending, double beta, double drift) {
        Checks.notNull(betaSpending, "betaSpending");
        if (!(beta > 0 && beta < 1)) {
            throw new InvalidValueException("beta", "beta must be in (0, 1) (was " + beta + ")");
        }
        double theta = Checks.finite(drift, "drift");
        Recursion r = new Recursion(fractions, theta);
        int k = fractions.length;
        double[] b = new double[k];
        b[k - 1] = boundaries[k - 1];
        double spentBefore = 0;
        double[] grid = null;
        double[] dens = null;
        for (int i = 0; i < k - 1; i++) {
            double sq = Math.sqrt(fractions[i]);
            double spent = betaSpending.spent(InformationFraction.of(fractions[i]), beta);
            double target = spent - spentBefore;
            double upper = Math.min(boundaries[i], 40);
            if (i == 0) {
                b[0] = target <= 0 ? Double.NEGATIVE_INFINITY
                        : Math.min(upper, theta * sq + Numerics.quantile(Math.min(target, 1 - 1e-16)));
            } else if (target <= 0) {
                b[i] = Double.NEGATIVE_INFINITY;
            } else {
                double dt = fractions[i] - fractions[i - 1];
                double[] g = grid;
                double[] f = dens;
                java.util.function.DoubleUnaryOperator below = bi -> Recursion.integrate(g, f,
                        s -> Numerics.cdf((bi * sq - s - theta * dt) / Math.sqrt(dt)));
                b[i] = below.applyAsDouble(upper) <= target ? upper
                        : Numerics.root(bi -> below.applyAsDouble(bi) - target, Range.from(-40).to(upper));
            }
            spentBefore = spent;
            double lo = Math.max(b[i], -40) * sq;
            double hi = upper * sq;
            double[] next = Recursion.grid(lo, hi);
            dens = i == 0 ? r.firstDensity(next) : r.propagate(grid, dens, next, fractions[i] - fractions[i - 1]);
            grid = next;
        }
        return b;
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
                        c[i] = Numerics.root(ci -> crossing(g, f, ci * sq, dt) - target, Range.from(0).to(40));
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
            return grid(-b, b);
        }

        private static double[] grid(double lo, double hi) {
            int n = 2 * HALF_POINTS + 1;
            double[] g = new double[n];
            for (int j = 0; j < n; j++) {
                g[j] = lo + (hi - lo) * j / (n - 1);
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
