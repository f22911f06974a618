package io.github.mediaops.analytics.budget;

/**
 * Maximises Σ f_i(x_i) subject to Σ x_i = B and lo_i ≤ x_i ≤ hi_i (with Σ lo ≤ B &lt; Σ hi), for
 * non-decreasing curves that are concave or S-shaped.
 *
 * <p>Method: each curve is replaced by its concave envelope on [lo, hi] (for an S-shaped curve, the
 * tangent from (lo, f(lo)) to the concave branch, touching at t). For concave objectives the KKT
 * conditions say every interior channel has the same marginal return λ; the demand
 * {@code x_i(λ)} is non-increasing in λ, so λ is found by bisection on ln λ until
 * {@code Σ x_i(λ) = B}. On the envelope at most one channel may sit on a linear (tangent) segment;
 * where a channel does, the true curve is below the envelope there, so it is set either to its
 * minimum or to its tangent point t and the rest is re-solved; the better of the two is kept
 * (greedy, one channel at a time). This is exact for concave curves and the standard
 * envelope heuristic for S-shaped ones (cf. the "marginal analysis" of Ghosh &amp; Lyengar; budget
 * allocation with sigmoid response, Udell &amp; Boyd, "Maximizing a sum of sigmoids", 2013).
 */
final class Solver {
    private final ResponseCurve[] f;
    private final double[] lo0;
    private final double[] hi0;

    Solver(ResponseCurve[] f, double[] lo, double[] hi) {
        this.f = f;
        this.lo0 = lo;
        this.hi0 = hi;
    }

    /** The optimal spends; requires Σ lo ≤ budget. */
    double[] solve(double budget) {
        int n = f.length;
        double sumHi = 0;
        for (double h : hi0) {
            sumHi += h;
        }
        if (budget >= sumHi) {
            return hi0.clone();
        }
        double[] lo = lo0.clone();
        double[] hi = hi0.clone();
        boolean[] fixed = new boolean[n];
        double[] x = envelopeSolve(lo, hi, budget);
        for (int round = 0; round < n; round++) {
            int frac = -1;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && onLinearSegment(i, lo[i], hi[i], x[i])) {
                    frac = i;
                    break;
                }
            }
            if (frac < 0) {
                return x;
            }
            fixed[frac] = true;
            double t = tangentPoint(frac, lo[frac], hi[frac]);
            // option A: hold at its minimum
            double[] loA = lo.clone();
            double[] hiA = hi.clone();
            hiA[frac] = lo[frac];
            double[] xa = envelopeSolveOrNull(loA, hiA, budget);
            // option B: at least its tangent point
            double[] loB = lo.clone();
            double[] hiB = hi.clone();
            loB[frac] = t;
            double[] xb = envelopeSolveOrNull(loB, hiB, budget);
            if (xb != null && (xa == null || total(xb) > total(xa))) {
                lo = loB;
                hi = hiB;
                x = xb;
            } else if (xa != null) {
                lo = loA;
                hi = hiA;
                x = xa;
            } else {
                return x;
            }
        }
        return x;
    }

    double total(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += f[i].response(x[i]);
        }
        return s;
    }

    private double[] envelopeSolveOrNull(double[] lo, double[] hi, double budget) {
        double sl = 0;
        double sh = 0;
        for (int i = 0; i < lo.length; i++) {
            sl += lo[i];
            sh += hi[i];
        }
        if (sl > budget * (1 + 1e-15)) {
            return null;
        }
        if (sh <= budget) {
            return hi.clone();
        }
        return envelopeSolve(lo, hi, budget);
    }

    private boolean onLinearSegment(int i, double lo, double hi, double x) {
        if (f[i].inflection() <= lo) {
            return false;
        }
        double t = tangentPoint(i, lo, hi);
        double tol = 1e-12 * Math.max(1, hi);
        return x > lo + tol && x < t - tol;
    }

    /** The point where the tangent from (lo, f(lo)) touches the curve, or hi if it does not. */
    double tangentPoint(int i, double lo, double hi) {
        ResponseCurve c = f[i];
        double infl = c.inflection();
        if (infl <= lo) {
            return lo;
        }
        double flo = c.response(lo);
        if (infl >= hi || h(c, hi, lo, flo) >= 0) {
            return hi;
        }
        double a = infl;
        double b = hi;
        for (int k = 0; k < 200 && b - a > 1e-15 * b; k++) {
            double m = 0.5 * (a + b);
            if (h(c, m, lo, flo) >= 0) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    private static double h(ResponseCurve c, double t, double lo, double flo) {
        return c.marginal(t) * (t - lo) - (c.response(t) - flo);
    }

    private double[] envelopeSolve(double[] lo, double[] hi, double budget) {
        int n = f.length;
        double[] t = new double[n];
        double[] slope = new double[n];
        double lmax = 0;
        double lmin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (hi[i] <= lo[i]) {
                t[i] = lo[i];
                slope[i] = Double.NaN;
                continue;
            }
            t[i] = tangentPoint(i, lo[i], hi[i]);
            if (t[i] > lo[i]) {
                slope[i] = (f[i].response(t[i]) - f[i].response(lo[i])) / (t[i] - lo[i]);
                lmax = Math.max(lmax, slope[i]);
            } else {
                slope[i] = Double.NaN;
                double m0 = f[i].marginal(lo[i]);
                if (!Double.isFinite(m0)) {
                    m0 = f[i].marginal(lo[i] + 1e-12 * (hi[i] - lo[i]));
                }
                lmax = Math.max(lmax, Math.min(m0, 1e300));
            }
            lmin = Math.min(lmin, f[i].marginal(hi[i]));
        }
        double a = Math.log(Math.max(lmin, 1e-300)) - 1; // low λ: everyone spends more
        double b = Math.log(Math.max(lmax, 1e-300)) + 1; // high λ: everyone at minimum
        for (int k = 0; k < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); k++) {
            double m = 0.5 * (a + b);
            if (demand(Math.exp(m), lo, hi, t, slope, null, false) > budget) {
                a = m;
            } else {
                b = m;
            }
        }
        double lambda = Math.exp(b);
        double[] x = new double[n];
        demand(lambda, lo, hi, t, slope, x, false);
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double rest = budget - sum;
        // Give the remainder to a channel whose linear segment starts at this λ (a jump in the
        // demand), otherwise to interior channels; the remainder is then within rounding.
        if (rest > 0) {
            for (int i = 0; i < n && rest > 0; i++) {
                if (!Double.isNaN(slope[i]) && Math.abs(Math.log(slope[i]) - b) <= 1e-9 && x[i] < t[i]) {
                    double add = Math.min(rest, t[i] - x[i]);
                    x[i] += add;
                    rest -= add;
                }
            }
            for (int i = 0; i < n && rest > 0; i++) {
                double add = Math.min(rest, hi[i] - x[i]);
                if (add > 0 && x[i] > lo[i]) {
                    x[i] += add;
                    rest -= add;
                }
            }
            for (int i = 0; i < n && rest > 0; i++) {
                double add = Math.min(rest, hi[i] - x[i]);
                x[i] += add;
                rest -= add;
            }
        }
        return x;
    }

    private double demand(double lambda, double[] lo, double[] hi, double[] t, double[] slope, double[] out,
                          boolean upper) {
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            double x;
            if (hi[i] <= lo[i]) {
                x = lo[i];
            } else if (!Double.isNaN(slope[i])) {
                if (lambda > slope[i] || (lambda == slope[i] && !upper)) {
                    x = lo[i];
                } else {
                    x = t[i] >= hi[i] ? hi[i] : inverse(i, lambda, t[i], hi[i]);
                }
            } else {
                x = inverse(i, lambda, lo[i], hi[i]);
            }
            if (out != null) {
                out[i] = x;
            }
            sum += x;
        }
        return sum;
    }

    /** The spend in [a, b] on the concave branch with marginal λ, clamped to the interval. */
    private double inverse(int i, double lambda, double a, double b) {
        ResponseCurve c = f[i];
        if (c.marginal(a) <= lambda) {
            return a;
        }
        if (c.marginal(b) >= lambda) {
            return b;
        }
        if (c instanceof HillCurve hc) {
            double x = hc.inverseMarginal(lambda);
            return Math.min(b, Math.max(a, x));
        }
        double lo = a;
        double hi = b;
        for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
            double m = 0.5 * (lo + hi);
            if (c.marginal(m) > lambda) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return 0.5 * (lo + hi);
    }
}
