package io.github.mediaops.analytics.growth.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The allocator against an independent brute-force search on S-shaped (Hill, shape &gt; 1) curves.
 *
 * <p>The brute force knows nothing of envelopes, KKT conditions or branch and bound: it evaluates
 * every allocation on a grid of the budget (exhaustively, by dynamic programming over channels, which
 * is the same as enumerating all grid allocations), then polishes the best grid point by moving
 * money between pairs of channels with a golden-section search, and gives any unspent money to the
 * channel where it adds most. Its result is a feasible allocation, so it can only be below the true
 * optimum. The allocator's certified upper bound on the exact optimum must be at least the brute force and
 * within 2e-6 of it; the allocation a host receives, in whole fen, may fall below by at most one minor unit
 * of response ({@link #oneMinorUnitOfResponse}).
 */
class SCurveGlobalOptimumTest {

    private static final int GRID = 600;

    private static Money cny(double v) {
        return Money.of(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN), "CNY");
    }

    /**
     * Floating-point slack of the exact (unrounded) optimum against the brute force, as before rounding: the
     * allocator's certified upper bound is never below the brute force and at most 2e-6 above it, so the exact
     * optimum it rounds is pinned from both sides.
     */
    private static final double EXACT = 1e-7;

    /**
     * What a host receives is in whole fen (CNY has 2 decimals): each spend is within one minor unit of the exact
     * optimum, so the reported total may be below it by at most 0.01 × Σ max marginal ROI of the channels over
     * their bounds. These test problems have budgets of a few CNY, where that is a real loss; with budgets in the
     * thousands it is negligible (see BudgetAllocatorTest).
     */
    static double oneMinorUnitOfResponse(List<Channel> cs) {
        double sum = 0;
        for (Channel c : cs) {
            double lo = c.min().amount().doubleValue();
            double hi = c.max().amount().doubleValue();
            double most = 0;
            for (int k = 0; k <= 2000; k++) {
                most = Math.max(most, c.curve().marginal(lo + (hi - lo) * k / 2000));
            }
            sum += most;
        }
        return 0.01 * sum;
    }

    /** The checks every problem gets: bound on the exact optimum, the rounded allocation within one unit of it. */
    private static void assertOptimal(BudgetAllocation a, List<Channel> cs, double bf, int p) {
        double unit = oneMinorUnitOfResponse(cs);
        assertThat(a.responseUpperBound()).as("problem %d: the bound holds", p).isGreaterThanOrEqualTo(bf * (1 - 1e-12))
                .as("problem %d: the exact optimum is the brute force's (within 2e-6)", p).isLessThanOrEqualTo(bf * (1 + 2e-6));
        assertThat(a.totalResponse()).as("problem %d: allocator (whole fen) vs brute force %s", p, bf)
                .isGreaterThanOrEqualTo(bf * (1 - EXACT) - unit)
                .isLessThanOrEqualTo(a.responseUpperBound());
        assertThat(a.optimalityGap()).as("problem %d", p).isLessThan(2e-6 + unit / a.responseUpperBound());
        for (ChannelAllocation ch : a.channels()) {
            assertThat(ch.spend().amount().stripTrailingZeros().scale()).as("problem %d: %s in whole fen", p, ch.channel())
                    .isLessThanOrEqualTo(2);
        }
    }

    @Test
    void three_identical_s_curves_share_the_budget_evenly() {
        HillCurve c = HillCurve.builder().saturation(1).shape(3).halfSaturation(1).build();
        List<Channel> cs = List.of(Channel.upTo("a", c, cny(10)), Channel.upTo("b", c, cny(10)),
                Channel.upTo("c", c, cny(10)));
        BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(3.6), cs);
        double even = 3 * c.response(1.2);
        assertThat(even).as("the even split beats all-in-one by far").isGreaterThan(1.9 * c.response(3.6));
        for (ChannelAllocation ch : a.channels()) {
            assertThat(ch.spend().amount().doubleValue()).as(ch.channel()).isCloseTo(1.2, within(1e-6));
        }
        assertThat(a.totalResponse()).isCloseTo(even, within(1e-9 * even));
        assertThat(a.totalResponse()).isGreaterThanOrEqualTo(bruteForce(cs, 3.6) * (1 - 1e-12));
        assertThat(a.optimalityGap()).isLessThan(1e-6);
        assertThat(a.spent().amount()).isEqualByComparingTo("3.60");
    }

    @Test
    void equals_brute_force_on_200_random_s_curve_problems() {
        SplittableRandom rnd = new SplittableRandom(20261206L);
        for (int p = 0; p < 200; p++) {
            RandomProblem rp = RandomProblem.draw(rnd, 1.2, 2.8);
            List<Channel> cs = rp.channels();
            int n = cs.size();
            double budget = rp.budget();
            BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(budget), cs);
            double bf = bruteForce(cs, budget);
            assertThat(a.spent().amount()).as("problem %d", p).isLessThanOrEqualTo(cny(budget).amount());
            double own = 0;
            for (int i = 0; i < n; i++) {
                double s = a.channels().get(i).spend().amount().doubleValue();
                assertThat(s).isBetween(cs.get(i).min().amount().doubleValue(), cs.get(i).max().amount().doubleValue());
                own += cs.get(i).curve().response(s);
            }
            assertThat(a.totalResponse()).as("problem %d: reported total", p).isCloseTo(own, within(1e-12 * own));
            assertOptimal(a, cs, bf, p);
        }
    }

    @Test
    void twelve_channels_match_brute_force_and_the_bound_certifies_the_optimum() {
        SplittableRandom rnd = new SplittableRandom(12L);
        for (int p = 0; p < 12; p++) {
            List<Channel> cs = new ArrayList<>();
            double sumHi = 0;
            for (int i = 0; i < 12; i++) {
                // problem 0: twelve identical curves, the case with the most symmetric optima
                HillCurve c = p == 0 ? HillCurve.builder().saturation(1).shape(3).halfSaturation(1).build()
                        : HillCurve.builder().saturation(1 + 4 * rnd.nextDouble()).shape(1.2 + 2.8 * rnd.nextDouble()).halfSaturation(1 + 4 * rnd.nextDouble()).build();
                double hi = round2(2 + 8 * rnd.nextDouble());
                sumHi += hi;
                cs.add(Channel.upTo("ch" + i, c, cny(hi)));
            }
            // small budgets, where only some channels are worth funding and the choice is hard
            double budget = p == 0 ? 4.2 : round2((0.02 + 0.2 * rnd.nextDouble()) * sumHi);
            BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(budget), cs);
            double bf = bruteForce(cs, budget);
            assertOptimal(a, cs, bf, p);
        }
    }

    @Test
    void equals_brute_force_on_200_random_s_curve_problems_with_group_caps() {
        SplittableRandom rnd = new SplittableRandom(70L);
        int binding = 0;
        for (int p = 0; p < 200; p++) {
            // shapes from 0.6 (concave) to 4 (strongly S-shaped)
            RandomProblem rp = RandomProblem.draw(rnd, 0.6, 3.4);
            List<Channel> cs = rp.channels();
            int n = cs.size();
            double budget = rp.budget();
            // one or two disjoint groups ("paid", "kol") over a random split of the channels
            List<int[]> groups = new ArrayList<>();
            List<SpendGroup> spendGroups = new ArrayList<>();
            List<Double> capList = new ArrayList<>();
            int g1 = 1 + rnd.nextInt(n);
            int g2 = n - g1 >= 1 && rnd.nextBoolean() ? 1 + rnd.nextInt(n - g1) : 0;
            int[][] parts = g2 > 0 ? new int[][] {range(0, g1), range(g1, g1 + g2)} : new int[][] {range(0, g1)};
            for (int g = 0; g < parts.length; g++) {
                double mins = 0;
                for (int i : parts[g]) {
                    mins += cs.get(i).min().amount().doubleValue();
                }
                double share = round2(0.3 + 0.6 * rnd.nextDouble());
                Money cap = SpendGroup.atMostShare("g" + g, names(parts[g]), share).capFor(cny(budget));
                if (cap.amount().doubleValue() < mins) {
                    cap = cny(mins);
                }
                groups.add(parts[g]);
                capList.add(cap.amount().doubleValue());
                spendGroups.add(SpendGroup.atMost("g" + g, names(parts[g]), cap));
            }
            double[] caps = capList.stream().mapToDouble(Double::doubleValue).toArray();
            BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(budget), cs, spendGroups);
            double bf = bruteForce(cs, budget, groups, caps);
            for (int g = 0; g < groups.size(); g++) {
                BigDecimal sg = BigDecimal.ZERO;
                double free = 0;
                for (int i : groups.get(g)) {
                    sg = sg.add(a.channels().get(i).spend().amount());
                }
                assertThat(sg).as("problem %d group %d within its cap", p, g).isLessThanOrEqualTo(BigDecimal.valueOf(caps[g]));
                if (sg.doubleValue() >= caps[g] - 1e-6) {
                    binding++;
                }
            }
            assertThat(a.spent().amount()).as("problem %d", p).isLessThanOrEqualTo(cny(budget).amount());
            assertOptimal(a, cs, bf, p);
        }
        assertThat(binding).as("the caps bind in many problems, so they are really tested").isGreaterThan(100);
    }

    @Test
    void a_group_cap_moves_money_to_the_channels_outside_it() {
        HillCurve c = HillCurve.builder().saturation(10).shape(1).halfSaturation(5).build();
        HillCurve weak = HillCurve.builder().saturation(2).shape(1).halfSaturation(5).build();
        List<Channel> cs = List.of(Channel.upTo("feed", c, cny(100)), Channel.upTo("search", c, cny(100)),
                Channel.upTo("organic", weak, cny(100)));
        BudgetAllocation free = BudgetAllocator.maximiseResponse(cny(20), cs);
        assertThat(free.channel("feed").spend().amount().add(free.channel("search").spend().amount()).doubleValue())
                .as("unconstrained, the paid channels take more than 70 %%").isGreaterThan(14.5);
        BudgetAllocation capped = BudgetAllocator.maximiseResponse(cny(20), cs,
                List.of(SpendGroup.atMostShare("paid", java.util.Set.of("feed", "search"), 0.70)));
        BigDecimal paid = capped.channel("feed").spend().amount().add(capped.channel("search").spend().amount());
        assertThat(paid).isEqualByComparingTo("14.00");
        assertThat(capped.spent().amount()).isEqualByComparingTo("20.00");
        assertThat(capped.optimalityGap()).isLessThan(1e-9);
        // by symmetry the two paid channels split the cap evenly, the rest goes to organic
        assertThat(capped.channel("feed").spend().amount().doubleValue()).isCloseTo(7, within(1e-6));
    }

    @Test
    void groups_that_overlap_or_name_unknown_channels_or_cannot_hold_their_minimums_are_refused() {
        HillCurve c = HillCurve.builder().saturation(10).shape(1).halfSaturation(5).build();
        List<Channel> cs = List.of(new Channel("a", c, cny(5), cny(10)), Channel.upTo("b", c, cny(10)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(cny(10), cs,
                        List.of(SpendGroup.atMostShare("x", java.util.Set.of("a"), 0.5), SpendGroup.atMostShare("y", java.util.Set.of("a", "b"), 0.5))))
                .hasMessageContaining("\"a\"").hasMessageContaining("must not overlap");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(cny(10), cs,
                        List.of(SpendGroup.atMostShare("x", java.util.Set.of("c"), 0.5))))
                .hasMessageContaining("\"c\"").hasMessageContaining("not among the channels");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(cny(10), cs,
                        List.of(SpendGroup.atMostShare("x", java.util.Set.of("a"), 0.4))))
                .hasMessageContaining("exceed its cap 4.00 CNY");
    }

    /** A random problem of 2–6 Hill channels, some with minimums, and a budget between the sums of the bounds. */
    private record RandomProblem(List<Channel> channels, double budget) {
        static RandomProblem draw(SplittableRandom rnd, double minShape, double shapeSpan) {
            int n = 2 + rnd.nextInt(5);
            List<Channel> cs = new ArrayList<>();
            double sumLo = 0;
            double sumHi = 0;
            for (int i = 0; i < n; i++) {
                HillCurve c = HillCurve.builder().saturation(1 + 4 * rnd.nextDouble()).shape(minShape + shapeSpan * rnd.nextDouble())
                        .halfSaturation(1 + 4 * rnd.nextDouble()).build();
                double lo = rnd.nextDouble() < 0.3 ? round2(rnd.nextDouble()) : 0;
                double hi = round2(lo + 2 + 8 * rnd.nextDouble());
                sumLo += lo;
                sumHi += hi;
                cs.add(new Channel("ch" + i, c, cny(lo), cny(hi)));
            }
            return new RandomProblem(cs, round2(sumLo + (0.05 + 0.9 * rnd.nextDouble()) * (sumHi - sumLo)));
        }
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    private static java.util.Set<String> names(int[] idx) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (int i : idx) {
            s.add("ch" + i);
        }
        return s;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Exhaustive grid search (dynamic programming over channels), then local polish. */
    static double bruteForce(List<Channel> cs, double budget) {
        return bruteForce(cs, budget, List.of(), new double[0]);
    }

    /**
     * Exhaustive grid search with group caps, then local polish. Each group is a block whose best
     * response for every number of grid steps (up to its cap) comes from a dynamic programme over its
     * channels; ungrouped channels are blocks of one; a dynamic programme over blocks then spends the
     * budget. The polish moves money between pairs of channels without breaking a cap.
     */
    static double bruteForce(List<Channel> cs, double budget, List<int[]> groups, double[] caps) {
        int n = cs.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double free = budget;
        for (int i = 0; i < n; i++) {
            lo[i] = cs.get(i).min().amount().doubleValue();
            hi[i] = cs.get(i).max().amount().doubleValue();
            free -= lo[i];
        }
        double h = free / GRID;
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        List<int[]> blocks = new ArrayList<>();
        List<Integer> blockCap = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double gFree = caps[g];
            for (int i : groups.get(g)) {
                groupOf[i] = g;
                gFree -= lo[i];
            }
            blocks.add(groups.get(g));
            blockCap.add((int) Math.min(GRID, Math.floor(gFree / h + 1e-9)));
        }
        for (int i = 0; i < n; i++) {
            if (groupOf[i] < 0) {
                blocks.add(new int[] {i});
                blockCap.add(GRID);
            }
        }
        // within each block: value[k] for k steps and the per-channel steps that reach it
        int nb = blocks.size();
        double[][] value = new double[nb][];
        int[][][] steps = new int[nb][][];
        for (int bi = 0; bi < nb; bi++) {
            int[] m = blocks.get(bi);
            int cap = blockCap.get(bi);
            double[][] best = new double[m.length + 1][cap + 1];
            int[][] choice = new int[m.length][cap + 1];
            for (int c = m.length - 1; c >= 0; c--) {
                int i = m[c];
                int kmax = (int) Math.min(cap, Math.floor((hi[i] - lo[i]) / h));
                double[] v = new double[kmax + 1];
                for (int k = 0; k <= kmax; k++) {
                    v[k] = cs.get(i).curve().response(lo[i] + k * h);
                }
                for (int b = 0; b <= cap; b++) {
                    double mx = Double.NEGATIVE_INFINITY;
                    int arg = 0;
                    for (int k = 0; k <= Math.min(b, kmax); k++) {
                        double t = v[k] + best[c + 1][b - k];
                        if (t > mx) {
                            mx = t;
                            arg = k;
                        }
                    }
                    best[c][b] = mx;
                    choice[c][b] = arg;
                }
            }
            value[bi] = best[0];
            steps[bi] = new int[cap + 1][];
            for (int b = 0; b <= cap; b++) {
                int[] st = new int[m.length];
                int left = b;
                for (int c = 0; c < m.length; c++) {
                    st[c] = choice[c][left];
                    left -= st[c];
                }
                steps[bi][b] = st;
            }
        }
        double[][] comb = new double[nb + 1][GRID + 1];
        int[][] pick = new int[nb][GRID + 1];
        for (int bi = nb - 1; bi >= 0; bi--) {
            for (int b = 0; b <= GRID; b++) {
                double mx = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int k = 0; k <= Math.min(b, blockCap.get(bi)); k++) {
                    double t = value[bi][k] + comb[bi + 1][b - k];
                    if (t > mx) {
                        mx = t;
                        arg = k;
                    }
                }
                comb[bi][b] = mx;
                pick[bi][b] = arg;
            }
        }
        double[] x = lo.clone();
        int b = GRID;
        for (int bi = 0; bi < nb; bi++) {
            int k = pick[bi][b];
            int[] m = blocks.get(bi);
            for (int c = 0; c < m.length; c++) {
                x[m[c]] = lo[m[c]] + steps[bi][k][c] * h;
            }
            b -= k;
        }
        for (int round = 0; round < 200; round++) {
            double before = total(cs, x);
            // unspent money to the channel where it adds most
            double rest = budget - sum(x);
            if (rest > 0) {
                int arg = -1;
                double gain = 0;
                for (int i = 0; i < n; i++) {
                    double add = Math.min(rest, room(x, hi, i, groupOf, groups, caps));
                    double g = cs.get(i).curve().response(x[i] + add) - cs.get(i).curve().response(x[i]);
                    if (add > 0 && g > gain) {
                        gain = g;
                        arg = i;
                    }
                }
                if (arg >= 0) {
                    x[arg] += Math.min(rest, room(x, hi, arg, groupOf, groups, caps));
                }
            }
            double radius = 2 * h;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        double r = groupOf[i] >= 0 && groupOf[i] != groupOf[j]
                                ? Math.min(radius, room(x, hi, i, groupOf, groups, caps)) : radius;
                        transfer(cs, x, lo, hi, i, j, r);
                    }
                }
            }
            if (total(cs, x) <= before * (1 + 1e-15)) {
                break;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            double sg = 0;
            for (int i : groups.get(g)) {
                sg += x[i];
            }
            assertThat(sg).as("the brute force keeps group %d within its cap", g).isLessThanOrEqualTo(caps[g] * (1 + 1e-12));
        }
        return total(cs, x);
    }

    private static double room(double[] x, double[] hi, int i, int[] groupOf, List<int[]> groups, double[] caps) {
        double r = hi[i] - x[i];
        if (groupOf[i] >= 0) {
            double s = 0;
            for (int j : groups.get(groupOf[i])) {
                s += x[j];
            }
            r = Math.min(r, caps[groupOf[i]] - s);
        }
        return Math.max(0, r);
    }

    /** Moves d ∈ [0, radius] from channel j to channel i where it helps most (golden section). */
    private static void transfer(List<Channel> cs, double[] x, double[] lo, double[] hi, int i, int j, double radius) {
        double dmax = Math.min(radius, Math.min(hi[i] - x[i], x[j] - lo[j]));
        if (dmax <= 0) {
            return;
        }
        ResponseCurve fi = cs.get(i).curve();
        ResponseCurve fj = cs.get(j).curve();
        double base = fi.response(x[i]) + fj.response(x[j]);
        double a = 0;
        double c = dmax;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 100; k++) {
            double m1 = c - g * (c - a);
            double m2 = a + g * (c - a);
            double v1 = fi.response(x[i] + m1) + fj.response(x[j] - m1);
            double v2 = fi.response(x[i] + m2) + fj.response(x[j] - m2);
            if (v1 >= v2) {
                c = m2;
            } else {
                a = m1;
            }
        }
        double d = 0.5 * (a + c);
        double[] candidates = {d, dmax};
        for (double cand : candidates) {
            double v = fi.response(x[i] + cand) + fj.response(x[j] - cand);
            if (v > base) {
                base = v;
                x[i] += cand;
                x[j] -= cand;
                // keep within bounds after rounding
                x[i] = Math.min(x[i], hi[i]);
                x[j] = Math.max(x[j], lo[j]);
                return;
            }
        }
    }

    private static double total(List<Channel> cs, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += cs.get(i).curve().response(x[i]);
        }
        return s;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
