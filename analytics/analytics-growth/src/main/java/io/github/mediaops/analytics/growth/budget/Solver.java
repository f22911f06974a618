package io.github.mediaops.analytics.growth.budget;

/**
 * Maximises Σ f_i(x_i) subject to Σ x_i = B and lo_i ≤ x_i ≤ hi_i (with Σ lo ≤ B &lt; Σ hi), for
 * non-decreasing curves that are concave or S-shaped.
 *
 * <p>Method: each curve is replaced by its concave envelope on [lo, hi] (for an S-shaped curve, the
 * tangent from (lo, f(lo)) to the concave branch, touching at t). For concave objectives the KKT
 * conditions say every interior channel has the same marginal return λ; the demand
 * {@code x_i(λ)} is non-increasing in λ, so λ is found by the Illinois variant of regula falsi on
 * ln λ (with a bisection step every third iteration, so that a jump in the demand at an S-shaped
 * channel cannot stall it) until {@code Σ x_i(λ) = B}. On the envelope at most one channel may sit on a linear (tangent) segment;
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

    private final double[] cacheLo;
    private final double[] cacheHi;
    private final double[] cacheT;
    private final double[] warm;

    Solver(ResponseCurve[] f, double[] lo, double[] hi) {
        this.f = f;
        this.lo0 = lo;
        this.hi0 = hi;
        int n = f.length;
        this.cacheLo = new double[n];
        this.cacheHi = new double[n];
        this.cacheT = new double[n];
        java.util.Arrays.fill(cacheLo, Double.NaN);
        this.warm = new double[n];
        java.util.Arrays.fill(warm, Double.NaN);
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
                return fillLeftover(x, budget);
            }
            fixed[frac] = true;
            double t = tangentPoint(frac, lo[frac], hi[frac]);
            // option A: hold at its minimum
            double[] loA = lo.clone();
            double[] hiA = hi.clone();
            hiA[frac] = lo[frac];
            double[] xa = envelopeSolveOrNull(loA, hiA, budget);
            if (xa != null) {
                // if the others are all at their maximum, what is left still goes to this channel
                double left = budget - sum(xa);
                if (left > 0) {
                    xa[frac] += Math.min(left, hi[frac] - xa[frac]);
                }
            }
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
                return fillLeftover(x, budget);
            }
        }
        return fillLeftover(x, budget);
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    /**
     * Responses never fall with spend, so budget left over while some channel still has room (a
     * rare corner after holding a channel at its minimum) is given, piece by piece, to the channel
     * where it adds the most response.
     */
    private double[] fillLeftover(double[] x, double budget) {
        double rest = budget - sum(x);
        for (int round = 0; round < x.length && rest > 1e-12 * Math.max(1, budget); round++) {
            int best = -1;
            double gain = -1;
            for (int i = 0; i < x.length; i++) {
                double add = Math.min(rest, hi0[i] - x[i]);
                if (add > 0) {
                    double g = f[i].response(x[i] + add) - f[i].response(x[i]);
                    if (g > gain) {
                        gain = g;
                        best = i;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            double add = Math.min(rest, hi0[best] - x[best]);
            x[best] += add;
            rest -= add;
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
        if (cacheLo[i] == lo && cacheHi[i] == hi) {
            return cacheT[i];
        }
        double t = computeTangent(i, lo, hi);
        cacheLo[i] = lo;
        cacheHi[i] = hi;
        cacheT[i] = t;
        return t;
    }

    private double computeTangent(int i, double lo, double hi) {
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
        double[] left = new double[n];   // start of the concave search interval
        double[] mLeft = new double[n];  // marginal at its start
        double[] mRight = new double[n]; // marginal at hi
        double lmax = 0;
        double lmin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (hi[i] <= lo[i]) {
                t[i] = lo[i];
                slope[i] = Double.NaN;
                left[i] = lo[i];
                continue;
            }
            t[i] = tangentPoint(i, lo[i], hi[i]);
            mRight[i] = f[i].marginal(hi[i]);
            if (t[i] > lo[i]) {
                slope[i] = (f[i].response(t[i]) - f[i].response(lo[i])) / (t[i] - lo[i]);
                lmax = Math.max(lmax, slope[i]);
                left[i] = t[i];
                mLeft[i] = f[i].marginal(t[i]);
            } else {
                slope[i] = Double.NaN;
                left[i] = lo[i];
                double m0 = f[i].marginal(lo[i]);
                mLeft[i] = m0;
                if (!Double.isFinite(m0)) {
                    m0 = f[i].marginal(lo[i] + 1e-12 * (hi[i] - lo[i]));
                }
                lmax = Math.max(lmax, Math.min(m0, 1e300));
            }
            lmin = Math.min(lmin, mRight[i]);
        }
        Demand d = new Demand(lo, hi, t, slope, left, mLeft, mRight);
        // Illinois (modified regula falsi) on h(u) = Σ x_i(e^u) - budget, decreasing in u
        double a = Math.log(Math.max(lmin, 1e-300)) - 1; // low λ: everyone spends more, h(a) > 0
        double b = Math.log(Math.max(lmax, 1e-300)) + 1; // high λ: everyone at minimum, h(b) <= 0
        double ha = d.total(Math.exp(a), null) - budget;
        double hb = d.total(Math.exp(b), null) - budget;
        int side = 0;
        double tol = 1e-13 * Math.max(1, budget);
        for (int k = 0; k < 300 && ha > 0 && hb < -tol && b - a > 1e-12 * Math.max(1, Math.abs(a)); k++) {
            double m = (k % 3 == 2) ? 0.5 * (a + b) : b - hb * (b - a) / (hb - ha);
            if (!(m > a && m < b)) {
                m = 0.5 * (a + b);
            }
            double hm = d.total(Math.exp(m), null) - budget;
            if (hm > 0) {
                a = m;
                ha = hm;
                if (side == -1) {
                    hb *= 0.5;
                }
                side = -1;
            } else {
                b = m;
                hb = hm;
                if (side == 1) {
                    ha *= 0.5;
                }
                side = 1;
            }
        }
        double[] x = new double[n];
        d.total(Math.exp(b), x);
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

    /** The envelope demand x_i(λ) with everything that does not depend on λ precomputed. */
    private final class Demand {
        final double[] lo;
        final double[] hi;
        final double[] t;
        final double[] slope;
        final double[] left;
        final double[] mLeft;
        final double[] mRight;

        Demand(double[] lo, double[] hi, double[] t, double[] slope, double[] left, double[] mLeft, double[] mRight) {
            this.lo = lo;
            this.hi = hi;
            this.t = t;
            this.slope = slope;
            this.left = left;
            this.mLeft = mLeft;
            this.mRight = mRight;
        }

        double total(double lambda, double[] out) {
            double sum = 0;
            for (int i = 0; i < f.length; i++) {
                double x;
                if (hi[i] <= lo[i]) {
                    x = lo[i];
                } else if (!Double.isNaN(slope[i]) && lambda >= slope[i]) {
                    x = lo[i];
                } else if (!Double.isNaN(slope[i]) && t[i] >= hi[i]) {
                    x = hi[i];
                } else if (mLeft[i] <= lambda) {
                    x = left[i];
                } else if (mRight[i] >= lambda) {
                    x = hi[i];
                } else {
                    x = inverse(i, lambda, left[i], hi[i]);
                }
                if (out != null) {
                    out[i] = x;
                }
                sum += x;
            }
            return sum;
        }
    }

    /** The spend in (a, b) on the concave branch with marginal λ; the caller has checked f'(a) > λ > f'(b). */
    private double inverse(int i, double lambda, double a, double b) {
        ResponseCurve c = f[i];
        if (c instanceof HillCurve hc) {
            double x = hc.inverseMarginal(lambda, warm[i]);
            warm[i] = x;
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
