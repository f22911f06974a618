package io.github.mediaops.analytics.growth.budget;

/**
 * Maximises Σ f_i(x_i) subject to Σ x_i ≤ B and lo_i ≤ x_i ≤ hi_i (with Σ lo ≤ B), for
 * non-decreasing curves that are concave or S-shaped.
 *
 * <p>Concave curves: the KKT conditions say every interior channel has the same marginal return λ;
 * the demand {@code x_i(λ)} is non-increasing in λ, so λ is found by the Illinois variant of regula
 * falsi on ln λ (with a bisection step every third iteration) until {@code Σ x_i(λ) = B}. This is
 * exact, and it is all that runs when every curve is concave (no branching, linear work per λ).
 *
 * <p>S-shaped curves: spatial branch and bound on the concave envelopes (Udell &amp; Boyd,
 * "Maximizing a sum of sigmoids", 2013). On a box of spend intervals each curve is replaced by its
 * concave envelope (for an S-shaped curve, the chord/tangent from (lo, f(lo)) to the concave branch);
 * the concave problem on the envelopes, solved as above, gives an upper bound on the box, and the true
 * response at its solution (a feasible allocation) a lower bound. The box with the highest upper bound
 * is split at the spend of the channel whose envelope is furthest above its curve, until the best open
 * upper bound is within {@link #REL_GAP} (relative) of the best allocation found, so the result is the
 * global optimum to that tolerance and {@link Solution#upperBound()} certifies it. The search is
 * started from the greedy envelope heuristic (each channel on a linear segment held at its minimum or
 * raised to its tangent point, the better kept). It stops after {@link #MAX_NODES} boxes; the result is
 * then the best allocation found with a certified bound that may be above it by more than the
 * tolerance (reported, never hidden).
 */
final class Solver {
    private final ResponseCurve[] f;
    private final double[] lo0;
    private final double[] hi0;

    private final double[] cacheLo;
    private final double[] cacheHi;
    private final double[] cacheT;
    private final double[] warm;
    /** The multiplier λ and the demand x(λ) of the last envelope solve (before the remainder is placed). */
    private double lastLambda;
    private double[] lastDemand;
    /** The group multipliers μ_g of the last envelope solve (0 where the group's cap does not bind). */
    private double[] lastMu;
    /** The group of each channel, -1 for none; groups are disjoint. */
    private final int[] groupOf;
    /** The members of each group. */
    private final int[][] members;
    /** The spend cap of each group. */
    private final double[] caps;

    Solver(ResponseCurve[] f, double[] lo, double[] hi) {
        this(f, lo, hi, new int[0][], new double[0]);
    }

    /**
     * A solver with group caps: Σ_{i ∈ members[g]} x_i ≤ caps[g] for each g, the groups disjoint and
     * Σ_{i ∈ g} lo_i ≤ caps[g].
     */
    Solver(ResponseCurve[] f, double[] lo, double[] hi, int[][] members, double[] caps) {
        this.f = f;
        this.lo0 = lo;
        this.hi0 = hi;
        int n = f.length;
        this.members = members;
        this.caps = caps;
        this.groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int g = 0; g < members.length; g++) {
            for (int i : members[g]) {
                groupOf[i] = g;
            }
        }
        this.lastMu = new double[caps.length];
        this.cacheLo = new double[n];
        this.cacheHi = new double[n];
        this.cacheT = new double[n];
        java.util.Arrays.fill(cacheLo, Double.NaN);
        this.warm = new double[n];
        java.util.Arrays.fill(warm, Double.NaN);
    }

    /** Relative optimality gap at which branch and bound stops. */
    static final double REL_GAP = 1e-9;
    /** Boxes examined at most by one branch and bound. */
    static final int MAX_NODES = 200_000;

    /**
     * An allocation and a certified upper bound on the optimal total response.
     *
     * @param x          the spends
     * @param value      Σ f_i(x_i)
     * @param upperBound no allocation has a higher total response (up to rounding)
     * @param nodes      boxes examined by branch and bound (0 when all curves are concave)
     */
    record Solution(double[] x, double value, double upperBound, int nodes) {
    }

    /** The optimal spends; requires Σ lo ≤ budget. */
    double[] solve(double budget) {
        return solveCertified(budget).x();
    }

    /** The optimal spends with a certified bound; requires Σ lo ≤ budget. */
    Solution solveCertified(double budget) {
        double[] x0 = heuristic(budget);
        double v0 = total(x0);
        boolean concave = true;
        for (int i = 0; i < f.length; i++) {
            if (f[i].inflection() > lo0[i]) {
                concave = false;
                break;
            }
        }
        if (concave || (sum(hi0) <= budget && withinCaps(hi0))) {
            Node root = evaluate(lo0.clone(), hi0.clone(), budget);
            return new Solution(x0, v0, Math.max(v0, root == null ? v0 : root.ub()), 0);
        }
        return branchAndBound(budget, x0, v0);
    }

    private record Node(double[] lo, double[] hi, double[] x, double ub, int branch) {
    }

    private Solution branchAndBound(double budget, double[] x0, double v0) {
        double[] best = x0;
        double bestValue = v0;
        java.util.PriorityQueue<Node> open = new java.util.PriorityQueue<>((a, b) -> Double.compare(b.ub(), a.ub()));
        int nodes = 0;
        java.util.ArrayDeque<double[][]> boxes = new java.util.ArrayDeque<>();
        boxes.add(new double[][] {lo0.clone(), hi0.clone()});
        double bound;
        double pruned = Double.NEGATIVE_INFINITY;
        while (true) {
            while (!boxes.isEmpty()) {
                double[][] box = boxes.poll();
                Node c = evaluate(box[0], box[1], budget);
                nodes++;
                if (c == null) {
                    continue;
                }
                double vc = total(c.x());
                if (vc > bestValue) {
                    best = c.x();
                    bestValue = vc;
                }
                if (c.branch() >= 0 && c.ub() > bestValue + REL_GAP * Math.abs(bestValue)) {
                    open.add(c);
                } else {
                    pruned = Math.max(pruned, c.ub()); // a box given up still bounds the optimum
                }
            }
            Node node = open.poll();
            if (node == null) {
                bound = Math.max(bestValue, pruned);
                break;
            }
            if (node.ub() <= bestValue + REL_GAP * Math.abs(bestValue) || nodes >= MAX_NODES) {
                // the open box with the highest bound bounds every other open box
                bound = Math.max(Math.max(bestValue, pruned), node.ub());
                break;
            }
            int i = node.branch();
            double at = node.x()[i];
            double[] hiL = node.hi().clone();
            hiL[i] = at;
            double[] loR = node.lo().clone();
            loR[i] = at;
            boxes.add(new double[][] {node.lo(), hiL});
            boxes.add(new double[][] {loR, node.hi()});
        }
        double[] x = fillLeftover(best.clone(), budget);
        double value = total(x);
        return new Solution(x, value, Math.max(bound, value), nodes);
    }

    /**
     * The envelope bound of a box: null if the box is infeasible; branch -1 if the envelope equals
     * the curves at its solution (the box's optimum is then exact).
     */
    private Node evaluate(double[] lo, double[] hi, double budget) {
        double[] x = envelopeSolveOrNull(lo, hi, budget);
        if (x == null) {
            return null;
        }
        // Lagrangian dual bound at the multiplier λ of the solve: for any λ ≥ 0,
        // max Σ env_i(x_i) s.t. Σ x_i ≤ B is at most λ·B + Σ max_x (env_i(x) − λ·x), and the inner
        // maximum is at the demand x_i(λ). Valid however accurately λ was found.
        double lambda = lastLambda;
        double ub = lambda * budget;
        for (int g = 0; g < caps.length; g++) {
            ub += lastMu[g] * caps[g];
        }
        int branch = -1;
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double xd = lastDemand[i];
            double li = groupOf[i] < 0 ? lambda : lambda + lastMu[groupOf[i]];
            ub += envelope(i, lo[i], hi[i], xd) - li * xd;
            double fx = f[i].response(x[i]);
            double env = envelope(i, lo[i], hi[i], x[i]);
            double gap = env - fx;
            double width = 1e-12 * Math.max(1, hi[i]);
            if (gap > worst && x[i] > lo[i] + width && x[i] < hi[i] - width) {
                worst = gap;
                branch = i;
            }
        }
        return new Node(lo, hi, x, ub, branch);
    }

    /** The concave envelope of curve i on [lo, hi] at x. */
    private double envelope(int i, double lo, double hi, double x) {
        double fx = f[i].response(x);
        if (hi > lo) {
            double t = tangentPoint(i, lo, hi);
            if (t > lo && x < t) {
                double flo = f[i].response(lo);
                return Math.max(fx, flo + (f[i].response(t) - flo) / (t - lo) * (x - lo));
            }
        }
        return fx;
    }

    /** The greedy envelope heuristic: exact for concave curves, a starting point otherwise. */
    private double[] heuristic(double budget) {
        int n = f.length;
        double sumHi = 0;
        for (double h : hi0) {
            sumHi += h;
        }
        if (budget >= sumHi && withinCaps(hi0)) {
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
                    xa[frac] += Math.max(0, Math.min(left, room(xa, hi, frac)));
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

    /** True when x respects every group cap. */
    private boolean withinCaps(double[] x) {
        for (int g = 0; g < caps.length; g++) {
            double s = 0;
            for (int i : members[g]) {
                s += x[i];
            }
            if (s > caps[g]) {
                return false;
            }
        }
        return true;
    }

    /** How much channel i may still rise: to its maximum, and within its group's cap. */
    private double room(double[] x, double[] hi, int i) {
        double r = hi[i] - x[i];
        int g = groupOf[i];
        if (g >= 0) {
            double s = 0;
            for (int j : members[g]) {
                s += x[j];
            }
            r = Math.min(r, caps[g] - s);
        }
        return r;
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
                double add = Math.min(rest, room(x, hi0, i));
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
            double add = Math.min(rest, room(x, hi0, best));
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
        for (int g = 0; g < caps.length; g++) {
            double s = 0;
            for (int i : members[g]) {
                s += lo[i];
            }
            if (s > caps[g] * (1 + 1e-15)) {
                return null;
            }
        }
        if (sh <= budget && withinCaps(hi)) {
            lastLambda = 0;
            java.util.Arrays.fill(lastMu, 0);
            lastDemand = hi.clone();
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
            if (!Double.isNaN(slope[i])) {
                // a chord to hi (convex on the whole box) has f'(hi) above its slope: below the
                // slope the channel jumps to hi, so the bracket must reach below the slope too
                lmin = Math.min(lmin, slope[i]);
            }
        }
        Demand d = new Demand(lo, hi, t, slope, left, mLeft, mRight, Math.log(Math.max(lmax, 1e-300)) + 1);
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
        if (ha <= 0 && caps.length > 0) {
            // the group caps, not the budget, bind even when every channel is offered money for free
            b = Double.NEGATIVE_INFINITY;
        }
        double[] x = new double[n];
        d.total(Math.exp(b), x);
        lastLambda = Math.exp(b);
        System.arraycopy(d.mu, 0, lastMu, 0, caps.length);
        lastDemand = x.clone();
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double rest = budget - sum;
        // Give the remainder to a channel whose linear segment starts at this λ (a jump in the
        // demand), otherwise to interior channels; the remainder is then within rounding.
        if (rest > 0) {
            for (int i = 0; i < n && rest > 0; i++) {
                double li = groupOf[i] < 0 ? lastLambda : lastLambda + lastMu[groupOf[i]];
                if (!Double.isNaN(slope[i]) && Math.abs(Math.log(slope[i]) - Math.log(li)) <= 1e-9 && x[i] < t[i]) {
                    double add = Math.max(0, Math.min(rest, Math.min(t[i] - x[i], room(x, hi, i))));
                    x[i] += add;
                    rest -= add;
                }
            }
            for (int i = 0; i < n && rest > 0; i++) {
                double add = Math.min(rest, room(x, hi, i));
                if (add > 0 && x[i] > lo[i]) {
                    x[i] += add;
                    rest -= add;
                }
            }
            for (int i = 0; i < n && rest > 0; i++) {
                double add = Math.min(rest, room(x, hi, i));
                if (add > 0) {
                    x[i] += add;
                    rest -= add;
                }
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
        /** ln of a multiplier at which every channel is at its minimum. */
        final double uMax;
        /** The group multipliers of the last {@link #total} call. */
        final double[] mu = new double[caps.length];

        Demand(double[] lo, double[] hi, double[] t, double[] slope, double[] left, double[] mLeft, double[] mRight,
               double uMax) {
            this.uMax = uMax;
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
                if (groupOf[i] >= 0) {
                    continue;
                }
                double x = x(i, lambda);
                if (out != null) {
                    out[i] = x;
                }
                sum += x;
            }
            for (int g = 0; g < caps.length; g++) {
                double sg = groupTotal(g, lambda, null);
                mu[g] = 0;
                if (sg > caps[g]) {
                    // the cap binds: the group's own multiplier λ + μ_g spends it (bisection on ln(λ + μ_g))
                    double a = Math.log(Math.max(lambda, 1e-300));
                    double b = Math.max(uMax, a + 1);
                    for (int k = 0; k < 200 && b - a > 1e-14 * Math.max(1, Math.abs(a)); k++) {
                        double m = 0.5 * (a + b);
                        if (groupTotal(g, Math.exp(m), null) > caps[g]) {
                            a = m;
                        } else {
                            b = m;
                        }
                    }
                    mu[g] = Math.max(0, Math.exp(b) - lambda);
                    sum += fillGroup(g, Math.exp(b), out);
                } else {
                    sum += groupTotal(g, lambda, out);
                }
            }
            return sum;
        }

        /**
         * The demand of a group whose cap binds at multiplier ℓ: where a member's demand jumps at ℓ (a
         * linear segment of its envelope, any point of which is optimal), the group spends its cap,
         * first along such segments, then on members already above their minimum.
         */
        private double fillGroup(int g, double ell, double[] out) {
            int[] m = members[g];
            double[] x = new double[m.length];
            double s = 0;
            for (int k = 0; k < m.length; k++) {
                x[k] = x(m[k], ell);
                s += x[k];
            }
            double rest = caps[g] - s;
            for (int pass = 0; pass < 2 && rest > 0; pass++) {
                for (int k = 0; k < m.length && rest > 0; k++) {
                    int i = m[k];
                    double add;
                    if (pass == 0) {
                        boolean jump = !Double.isNaN(slope[i]) && Math.abs(Math.log(slope[i]) - Math.log(ell)) <= 1e-9;
                        add = jump ? Math.min(rest, Math.min(t[i], hi[i]) - x[k]) : 0;
                    } else {
                        add = x[k] > lo[i] ? Math.min(rest, hi[i] - x[k]) : 0;
                    }
                    if (add > 0) {
                        x[k] += add;
                        s += add;
                        rest -= add;
                    }
                }
            }
            if (out != null) {
                for (int k = 0; k < m.length; k++) {
                    out[m[k]] = x[k];
                }
            }
            return s;
        }

        private double groupTotal(int g, double lambda, double[] out) {
            double s = 0;
            for (int i : members[g]) {
                double x = x(i, lambda);
                if (out != null) {
                    out[i] = x;
                }
                s += x;
            }
            return s;
        }

        /** The envelope demand of channel i at multiplier λ: the maximiser of env_i(x) − λx on [lo, hi]. */
        double x(int i, double lambda) {
            if (hi[i] <= lo[i]) {
                return lo[i];
            } else if (!Double.isNaN(slope[i]) && lambda >= slope[i]) {
                return lo[i];
            } else if (!Double.isNaN(slope[i]) && t[i] >= hi[i]) {
                return hi[i];
            } else if (mLeft[i] <= lambda) {
                return left[i];
            } else if (mRight[i] >= lambda) {
                return hi[i];
            }
            return inverse(i, lambda, left[i], hi[i]);
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
