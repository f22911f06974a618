package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a per-period budget between channels to maximise total expected response, or finds the
 * spend that meets an efficiency target.
 *
 * <p><b>Maximise response</b> ({@link #maximiseResponse}): maximise Σ response_i(spend_i) subject to
 * Σ spend_i ≤ budget and min_i ≤ spend_i ≤ max_i. With concave curves the optimum equalises the
 * marginal ROI of every channel strictly inside its bounds (the KKT conditions); channels at a
 * bound have a lower (at min) or higher (at max) marginal ROI; this is solved exactly, with no
 * combinatorial work. S-shaped curves (Hill shape &gt; 1, convex below their inflection) make the problem
 * non-convex: the greedy envelope rule alone can fund one channel where splitting pays far more (three
 * identical S-curves: all in one channel, against an even split worth about twice as much). The
 * allocator therefore runs a branch and bound on the curves' concave envelopes (Udell &amp; Boyd,
 * "Maximizing a sum of sigmoids", 2013) with a Lagrangian dual upper bound, until the allocation is
 * within 1e-9 (relative) of a certified upper bound: the result is the <em>global</em> optimum to that
 * tolerance. Tested against an independent exhaustive grid search on 200 random problems of 2–6
 * channels and on twelve-channel problems. The search is exponential in the worst case (many identical
 * S-curves with a small budget are the hardest); it stops after {@code 200 000} boxes and then returns
 * the best allocation found, which is a heuristic: {@link BudgetAllocation#responseUpperBound()} and
 * {@link BudgetAllocation#optimalityGap()} always report how far from the optimum it can be. A channel
 * left at its minimum below its inflection is reported as
 * {@link ChannelAllocation.Position#AT_MIN_BELOW_INFLECTION}. The whole budget is spent unless every
 * channel reaches its maximum.
 *
 * <p><b>Efficiency targets</b>: {@link #atTarget} with a ROAS or CPA target finds the largest
 * budget whose optimal allocation still meets the target (the most response at that efficiency: the
 * question of Robyn's "target efficiency" scenario, solved exactly and checked against scipy, not against
 * Robyn's output, which Robyn does not publish for given inputs); {@link #cheapestFor} finds the least budget whose optimal
 * allocation reaches a response target. Both say {@link EfficiencyPlan#feasible() infeasible}, with
 * the reason, when the target cannot be met within the channels' bounds.
 *
 * <p>Money comes in and goes out as {@link Money} in whole minor units of the currency (CNY: 2 decimals, JPY:
 * none): the budget and the channels' bounds must be whole units (a budget such as 100.005 CNY is refused), and
 * every amount a host receives (spends, total, unallocated, a plan's budget) is one. The optimisation runs in
 * double precision (relative error about 1e-12); its spends are then rounded to the unit by the
 * largest-remainder method, so the channels' spends add up exactly to the budget (unless every channel is at
 * its maximum or cap) and the result is within one minor unit per channel of the exact optimum.
 * {@link BudgetAllocation#optimalityGap()} includes what that rounding costs. Pure: no state, safe to share.
 *
 * @since 0.1.0
 */
public final class BudgetAllocator {

    private BudgetAllocator() {
    }

    /** Decimals of the currency's minor unit: 2 for CNY, 0 for JPY. */
    static int minorDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /**
     * The allocation of {@code budget} that maximises total response.
     *
     * @throws InvalidValueException if the budget is negative, names repeat, or the budget is below
     *                               the sum of the channels' minimums
     */
    public static BudgetAllocation maximiseResponse(Money budget, List<Channel> channels) {
        return maximiseResponse(budget, channels, List.of());
    }

    /**
     * The allocation of {@code budget} that maximises total response with group caps, e.g. paid channels
     * at most 70 % of the budget ({@link SpendGroup#atMostShare}). The result is the global optimum with
     * the same certificate as without groups ({@link BudgetAllocation#responseUpperBound()}); channels in
     * a binding group have a common marginal ROI of their own, above the others'.
     *
     * <pre>{@code
     * BudgetAllocation a = BudgetAllocator.maximiseResponse(Money.cny("50000"), channels,
     *         List.of(SpendGroup.atMostShare("paid", Set.of("feed-ads", "search-ads"), 0.70)));
     * }</pre>
     *
     * @throws InvalidValueException if the budget is negative, names repeat, a group names an unknown
     *                               channel or shares one with another group, or the minimums exceed the
     *                               budget or a group's cap
     */
    public static BudgetAllocation maximiseResponse(Money budget, List<Channel> channels, List<SpendGroup> groups) {
        Checks.notNull(budget, "budget");
        Problem p = Problem.of(channels, budget.currency()).withGroups(groups, budget);
        if (budget.signum() < 0) {
            throw new InvalidValueException("budget", "budget must be >= 0 (was " + budget + ")");
        }
        if (budget.amount().stripTrailingZeros().scale() > minorDigits(budget.currency())) {
            throw new InvalidValueException("budget", "budget " + budget + " has more decimals than "
                    + budget.currency().getCurrencyCode() + " allows (" + minorDigits(budget.currency())
                    + "); spend is allocated in whole minor units: pass budget.rounded() or round it down");
        }
        BigDecimal sumMin = p.sumMin();
        if (budget.amount().compareTo(sumMin) < 0) {
            throw new InvalidValueException("budget", "budget " + budget + " is below the sum of channel minimums "
                    + sumMin.toPlainString() + " " + budget.currency().getCurrencyCode() + ": the bounds are infeasible");
        }
        return p.certified(budget, p.solver().solveCertified(budget.amount().doubleValue()));
    }

    /**
     * The allocation of what is left of a campaign's budget (budget − spend so far) over channels named
     * after the campaign's platforms, e.g. {@code Channel.upTo("douyin", curve, max)} for a campaign on
     * Douyin. An overspent campaign has nothing left: that is refused with the overspend named, never
     * allocated as a negative budget.
     *
     * <pre>{@code
     * BudgetAllocation next = BudgetAllocator.maximiseResponse(campaign, List.of(
     *         Channel.upTo("douyin", douyinCurve, Money.cny("30000")),
     *         Channel.upTo("xiaohongshu", xhsCurve, Money.cny("20000"))));
     * }</pre>
     *
     * @param campaign the campaign; its remaining budget is allocated
     * @param channels one channel per platform to spend on, each named by a platform id of the campaign
     * @return the allocation of the remaining budget
     * @throws InvalidValueException if the campaign is overspent, or a channel is not one of its platforms
     *                               (every such channel is named)
     */
    public static BudgetAllocation maximiseResponse(Campaign campaign, List<Channel> channels) {
        Checks.notNull(campaign, "campaign");
        Checks.listOf(channels, "channels");
        List<String> foreign = new ArrayList<>();
        for (Channel c : channels) {
            if (campaign.channels().stream().noneMatch(p -> p.id().equals(c.name()))) {
                foreign.add(c.name());
            }
        }
        if (!foreign.isEmpty()) {
            throw new InvalidValueException("channels", "channels " + foreign + " are not platforms of campaign "
                    + campaign.id() + " " + campaign.channels().stream().map(p -> p.id()).sorted().toList());
        }
        if (campaign.overspent()) {
            throw new InvalidValueException("campaign", "campaign " + campaign.id() + " is overspent by "
                    + campaign.overspend().rounded() + " (budget " + campaign.budget() + ", spent " + campaign.spend()
                    + "): there is no budget left to allocate");
        }
        return maximiseResponse(campaign.remainingBudget().rounded(), channels);
    }

    /**
     * The allocation that meets an efficiency target:
     * <ul>
     *   <li>{@link EfficiencyTarget#roas}: the most response whose blended ROAS (Σ response / Σ spend,
     *       response in the channels' currency) is at least the target;</li>
     *   <li>{@link EfficiencyTarget#cpa}: the most conversions (response = conversions) whose cost per
     *       acquisition (Σ spend / Σ response) is at most the target;</li>
     *   <li>{@link EfficiencyTarget#marginalRoi}: every channel funded until what one more currency unit
     *       returns falls to the target (or it reaches its maximum); a channel whose curve never pays the
     *       target over its minimum stays there. Each channel maximises response − target × spend on its
     *       own bounds, which is exact for S-curves too; the budget is what that spends.</li>
     * </ul>
     * The blended targets find the largest budget whose optimal allocation still meets them (the question of
     * Robyn's "target efficiency" scenario; checked against scipy, not against Robyn's output). When no budget within the channels' bounds meets a blended target,
     * the plan is infeasible and says the best efficiency any allocation within the bounds reaches, and
     * at which budget.
     *
     * <pre>{@code
     * EfficiencyPlan plan = BudgetAllocator.atTarget(EfficiencyTarget.roas(3.0), channels);
     * }</pre>
     */
    public static EfficiencyPlan atTarget(EfficiencyTarget target, List<Channel> channels) {
        Checks.notNull(target, "target");
        Checks.listOf(channels, "channels");
        if (channels.isEmpty()) {
            throw new InvalidValueException("channels", "channels must not be empty");
        }
        if (target instanceof EfficiencyTarget.Roas r) {
            Problem p = Problem.of(channels, channels.get(0).min().currency());
            return p.atEfficiency(r.value(), "ROAS " + r.value());
        }
        if (target instanceof EfficiencyTarget.Cpa c) {
            Problem p = Problem.of(channels, c.value().currency());
            return p.atEfficiency(1 / c.value().amount().doubleValue(), "CPA " + c.value());
        }
        EfficiencyTarget.MarginalRoi m = (EfficiencyTarget.MarginalRoi) target;
        Problem p = Problem.of(channels, channels.get(0).min().currency());
        return p.atMarginal(m.value());
    }

    /** The least budget whose optimal allocation reaches {@code targetResponse}. */
    public static EfficiencyPlan cheapestFor(double targetResponse, List<Channel> channels) {
        Checks.finite(targetResponse, "targetResponse");
        if (targetResponse <= 0) {
            throw new InvalidValueException("targetResponse", "targetResponse must be > 0 (was " + targetResponse + ")");
        }
        Checks.listOf(channels, "channels");
        if (channels.isEmpty()) {
            throw new InvalidValueException("channels", "channels must not be empty");
        }
        Problem p = Problem.of(channels, channels.get(0).min().currency());
        return p.cheapest(targetResponse);
    }

    /** The validated problem in doubles. */
    private record Problem(List<Channel> channels, Currency currency, ResponseCurve[] f, double[] lo, double[] hi,
                           int[][] members, double[] caps, BigDecimal[] capAmounts, int[] groupOf) {

        static Problem of(List<Channel> channels, Currency currency) {
            List<Channel> cs = Checks.listOf(channels, "channels");
            if (cs.isEmpty()) {
                throw new InvalidValueException("channels", "channels must not be empty");
            }
            int n = cs.size();
            ResponseCurve[] f = new ResponseCurve[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            Set<String> names = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Channel c = cs.get(i);
                if (!names.add(c.name())) {
                    throw new InvalidValueException("channels", "channel name " + Checks.show(c.name()) + " appears twice");
                }
                if (!c.min().currency().equals(currency)) {
                    throw new CurrencyMismatchException("channels[" + i + "].min", currency, c.min().currency());
                }
                f[i] = c.curve();
                lo[i] = c.min().amount().doubleValue();
                hi[i] = c.max().amount().doubleValue();
            }
            int[] groupOf = new int[n];
            java.util.Arrays.fill(groupOf, -1);
            return new Problem(cs, currency, f, lo, hi, new int[0][], new double[0], new BigDecimal[0], groupOf);
        }

        Problem withGroups(List<SpendGroup> groups, Money budget) {
            List<SpendGroup> gs = Checks.listOf(groups, "groups");
            int n = channels.size();
            int[] groupOf = new int[n];
            java.util.Arrays.fill(groupOf, -1);
            int[][] members = new int[gs.size()][];
            double[] caps = new double[gs.size()];
            BigDecimal[] amounts = new BigDecimal[gs.size()];
            for (int g = 0; g < gs.size(); g++) {
                SpendGroup group = gs.get(g);
                List<Integer> idx = new ArrayList<>();
                BigDecimal mins = BigDecimal.ZERO;
                for (String name : group.channels().stream().sorted().toList()) {
                    int i = indexOf(name);
                    if (i < 0) {
                        throw new InvalidValueException("groups", "spend group " + group.name() + " names channel "
                                + Checks.show(name) + ", which is not among the channels");
                    }
                    if (groupOf[i] >= 0) {
                        throw new InvalidValueException("groups", "channel " + Checks.show(name) + " is in spend groups "
                                + gs.get(groupOf[i]).name() + " and " + group.name() + "; groups must not overlap");
                    }
                    groupOf[i] = g;
                    idx.add(i);
                    mins = mins.add(channels.get(i).min().amount());
                }
                Money cap = group.capFor(budget);
                if (mins.compareTo(cap.amount()) > 0) {
                    throw new InvalidValueException("groups", "the minimums of spend group " + group.name() + " ("
                            + mins.toPlainString() + ") exceed its cap " + cap + ": the bounds are infeasible");
                }
                members[g] = idx.stream().mapToInt(Integer::intValue).toArray();
                BigDecimal whole = cap.amount().setScale(minorDigits(budget.currency()), java.math.RoundingMode.FLOOR);
                caps[g] = whole.doubleValue();
                amounts[g] = whole;
            }
            return new Problem(channels, currency, f, lo, hi, members, caps, amounts, groupOf);
        }

        private int indexOf(String name) {
            for (int i = 0; i < channels.size(); i++) {
                if (channels.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        Solver solver() {
            return new Solver(f, lo, hi, members, caps);
        }

        /** What channel i may still receive: to its maximum and within its group's cap. */
        private BigDecimal room(BigDecimal[] spend, int i) {
            BigDecimal r = channels.get(i).max().amount().subtract(spend[i]);
            int g = groupOf[i];
            if (g >= 0) {
                BigDecimal s = BigDecimal.ZERO;
                for (int j : members[g]) {
                    s = s.add(spend[j]);
                }
                r = r.min(capAmounts[g].subtract(s));
            }
            return r;
        }

        BigDecimal sumMin() {
            BigDecimal s = BigDecimal.ZERO;
            for (Channel c : channels) {
                s = s.add(c.min().amount());
            }
            return s;
        }

        double sumLo() {
            double s = 0;
            for (double v : lo) {
                s += v;
            }
            return s;
        }

        double sumHi() {
            double s = 0;
            for (double v : hi) {
                s += v;
            }
            return s;
        }

        /** The currency's minor unit, e.g. 0.01 for CNY and 1 for JPY. */
        private BigDecimal minorUnit() {
            return BigDecimal.ONE.movePointLeft(minorDigits(currency));
        }

        /**
         * The optimiser's spends {@code x} (doubles) as amounts of the currency's minor unit: each floored to the
         * unit within its bounds, then the units that takes away handed back one at a time to the channels with
         * the largest remainders (largest-remainder rounding) while their maximum and group cap allow, so the
         * total is exactly the budget whenever the optimiser spent all of it (to floating-point accuracy), and
         * otherwise the optimiser's total rounded to the unit. Never above the budget, a maximum or a group cap.
         */
        BudgetAllocation result(Money budget, double[] x) {
            int n = x.length;
            int digits = minorDigits(currency);
            BigDecimal unit = minorUnit();
            BigDecimal[] spend = new BigDecimal[n];
            double[] remainder = new double[n];
            BigDecimal sum = BigDecimal.ZERO;
            double exactSum = 0;
            for (int i = 0; i < n; i++) {
                BigDecimal min = channels.get(i).min().amount();
                BigDecimal max = channels.get(i).max().amount();
                BigDecimal exact = BigDecimal.valueOf(x[i]).max(min).min(max);
                exactSum += exact.doubleValue();
                BigDecimal v = exact.setScale(digits, java.math.RoundingMode.FLOOR);   // min and max are whole units
                spend[i] = v;
                remainder[i] = exact.subtract(v).doubleValue();
                sum = sum.add(v);
            }
            // Floating-point overshoot (about 1e-12 of the budget): never report more than a group's cap or the
            // budget; take the excess from the channels with the most room above their minimum.
            for (int g = 0; g < members.length; g++) {
                BigDecimal sg = BigDecimal.ZERO;
                for (int i : members[g]) {
                    sg = sg.add(spend[i]);
                }
                sum = sum.subtract(trim(spend, members[g], sg.subtract(capAmounts[g])));
            }
            int[] all = java.util.stream.IntStream.range(0, n).toArray();
            sum = sum.subtract(trim(spend, all, sum.subtract(budget.amount())));
            double b = budget.amount().doubleValue();
            BigDecimal target = b - exactSum <= 1e-9 * Math.max(1, b) ? budget.amount()
                    : BigDecimal.valueOf(exactSum).setScale(digits, java.math.RoundingMode.HALF_EVEN).min(budget.amount());
            BigDecimal deficit = target.subtract(sum);
            // largest remainder first, one unit each
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (p, q) -> Double.compare(remainder[q], remainder[p]));
            for (int k = 0; k < n && deficit.compareTo(unit) >= 0; k++) {
                int i = order[k];
                if (remainder[i] > 0 && room(spend, i).compareTo(unit) >= 0) {
                    spend[i] = spend[i].add(unit);
                    sum = sum.add(unit);
                    deficit = deficit.subtract(unit);
                }
            }
            // what is left (floating-point shortfall of a very large budget): to the funded channels with the
            // most room below their maximum, as many as it takes
            sum = sum.add(shift(spend, all, deficit, true));
            List<ChannelAllocation> out = new ArrayList<>(n);
            double total = 0;
            double common = Double.NaN;
            for (int i = 0; i < n; i++) {
                double s = spend[i].doubleValue();
                double r = f[i].response(s);
                double m = f[i].marginal(s);
                total += r;
                ChannelAllocation.Position pos;
                double tol = 1e-9 * Math.max(1, hi[i]);
                if (channels.get(i).locked()) {
                    pos = ChannelAllocation.Position.LOCKED;
                } else if (s <= lo[i] + tol) {
                    pos = f[i].inflection() > s ? ChannelAllocation.Position.AT_MIN_BELOW_INFLECTION
                            : ChannelAllocation.Position.AT_MIN;
                } else if (s >= hi[i] - tol) {
                    pos = ChannelAllocation.Position.AT_MAX;
                } else {
                    pos = ChannelAllocation.Position.INTERIOR;
                    if (groupOf[i] < 0 || Double.isNaN(common)) {
                        common = m;
                    }
                }
                double carry = f[i] instanceof HillCurve h ? h.carryoverResponse() : 0;
                out.add(new ChannelAllocation(channels.get(i).name(), Money.computed(spend[i], currency), r, m,
                        s == 0 ? 0 : r / s, pos, carry));
            }
            Money spent = Money.computed(sum, currency);
            return new BudgetAllocation(budget, out, total, spent, budget.minus(spent), common);
        }

        /** Takes {@code excess} (if positive) from the given channels, see {@link #shift}; returns what was taken. */
        private BigDecimal trim(BigDecimal[] spend, int[] from, BigDecimal excess) {
            return shift(spend, from, excess, false);
        }

        /**
         * Moves {@code amount} (if positive) out of ({@code give} false) the given channels, those with the most
         * room above their minimum first, or into them ({@code give} true), funded channels with the most room
         * below their maximum and group cap first, as many as it takes; returns what was moved (less than the
         * amount only when no channel has room left).
         */
        private BigDecimal shift(BigDecimal[] spend, int[] among, BigDecimal amount, boolean give) {
            BigDecimal moved = BigDecimal.ZERO;
            while (amount.signum() > 0) {
                int best = -1;
                BigDecimal most = BigDecimal.ZERO;
                for (int i : among) {
                    BigDecimal aboveMin = spend[i].subtract(channels.get(i).min().amount());
                    BigDecimal r = !give ? aboveMin : aboveMin.signum() > 0 ? room(spend, i) : BigDecimal.ZERO;
                    if (r.compareTo(most) > 0) {
                        most = r;
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                BigDecimal step = amount.min(most);
                spend[best] = give ? spend[best].add(step) : spend[best].subtract(step);
                moved = moved.add(step);
                amount = amount.subtract(step);
            }
            return moved;
        }

        BudgetAllocation certified(Money budget, Solver.Solution s) {
            BudgetAllocation a = result(budget, s.x());
            // The bound holds for every allocation within the bounds and the budget, the rounded one included;
            // the gap it reports includes what rounding to the minor unit costs.
            return a.withResponseUpperBound(Math.max(s.upperBound(), s.value()));
        }

        double optimum(double budget) {
            Solver s = solver();
            return s.total(s.solve(budget));
        }

        EfficiencyPlan atEfficiency(double ratio, String target) {
            double a0 = sumLo();
            double b0 = sumHi();
            int grid = 64;
            double best = -1;
            int bestIdx = -1;
            double step = (b0 - a0) / grid;
            double[] eff = new double[grid + 1];
            for (int k = grid; k >= 0; k--) {
                double budget = budgetAt(k, a0, b0, step);
                eff[k] = optimum(budget) / budget;
                if (eff[k] >= ratio) {
                    best = budget;
                    bestIdx = k;
                    break;
                }
            }
            if (best < 0) {
                // the efficiency of the optimal allocation is not monotone in the budget for S-curves: refine
                // around the best grid point by golden-section search
                int arg = 0;
                for (int k = 1; k <= grid; k++) {
                    if (eff[k] > eff[arg]) {
                        arg = k;
                    }
                }
                double lo = budgetAt(Math.max(0, arg - 1), a0, b0, step);
                double hi = budgetAt(Math.min(grid, arg + 1), a0, b0, step);
                double bestBudget = budgetAt(arg, a0, b0, step);
                double bestEff = eff[arg];
                double gr = (Math.sqrt(5) - 1) / 2;
                double c = hi - gr * (hi - lo);
                double d = lo + gr * (hi - lo);
                double fc = optimum(c) / c;
                double fd = optimum(d) / d;
                for (int k = 0; k < 100 && hi - lo > 1e-12 * Math.max(1, hi); k++) {
                    if (fc >= fd) {
                        hi = d;
                        d = c;
                        fd = fc;
                        c = hi - gr * (hi - lo);
                        fc = optimum(c) / c;
                    } else {
                        lo = c;
                        c = d;
                        fc = fd;
                        d = lo + gr * (hi - lo);
                        fd = optimum(d) / d;
                    }
                }
                if (Math.max(fc, fd) > bestEff) {
                    bestEff = Math.max(fc, fd);
                    bestBudget = fc >= fd ? c : d;
                }
                if (bestEff >= ratio) {
                    // the peak between two grid points meets the target: the largest budget meeting it lies
                    // between the peak and the next grid point, which does not
                    double lo2 = largestMeeting(ratio, bestBudget, budgetAt(Math.min(grid, arg + 1), a0, b0, step));
                    Money budget = wholeUnits(lo2, java.math.RoundingMode.FLOOR);
                    return EfficiencyPlan.feasible("largest budget meeting " + target,
                            certified(budget, solver().solveCertified(budget.amount().doubleValue())));
                }
                return EfficiencyPlan.infeasible("no budget between the sum of minimums and the sum of maximums reaches "
                        + target + "; the best efficiency within the bounds is " + fmt(bestEff)
                        + " (outcome per currency unit), at a budget of " + fmt(bestBudget), bestEff);
            }
            if (bestIdx < grid) {
                best = largestMeeting(ratio, best, a0 + (bestIdx + 1) * step);
            }
            Money budget = wholeUnits(best, java.math.RoundingMode.FLOOR);
            return EfficiencyPlan.feasible("largest budget meeting " + target,
                    certified(budget, solver().solveCertified(budget.amount().doubleValue())));
        }

        /** Bisection for the largest budget in [lo, hi] meeting the ratio, given that lo meets it and hi does not. */
        private double largestMeeting(double ratio, double lo, double hi) {
            for (int k = 0; k < 100 && hi - lo > 1e-12 * hi; k++) {
                double m = 0.5 * (lo + hi);
                if (optimum(m) / m >= ratio) {
                    lo = m;
                } else {
                    hi = m;
                }
            }
            return lo;
        }

        private static double budgetAt(int k, double a0, double b0, double step) {
            return k == 0 ? Math.max(a0, 1e-9 * Math.max(1, b0)) : a0 + k * step;
        }

        /** Each channel maximises f(x) − target·x on its own bounds (exact, also for S-curves). */
        EfficiencyPlan atMarginal(double target) {
            int n = f.length;
            double[] x = new double[n];
            double budget = 0;
            for (int i = 0; i < n; i++) {
                x[i] = bestNet(i, target);
                budget += x[i];
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (double v : x) {
                sum = sum.add(BigDecimal.valueOf(v));
            }
            Money b = wholeUnits(sum.doubleValue(), java.math.RoundingMode.HALF_EVEN);
            BudgetAllocation a = result(b, x);
            return EfficiencyPlan.feasible("spend until every channel's marginal ROI falls to " + fmt(target)
                    + " (or its bounds stop it): budget " + fmt(budget), a);
        }

        private double bestNet(int i, double target) {
            ResponseCurve c = f[i];
            double l = lo[i];
            double h = hi[i];
            if (h <= l) {
                return l;
            }
            double[] candidates = {l, h, Double.NaN};
            double from = Math.max(l, c.inflection());
            if (from < h && c.marginal(from) > target && c.marginal(h) < target) {
                double a = from;
                double b = h;
                for (int k = 0; k < 200 && b - a > 1e-15 * b; k++) {
                    double m = 0.5 * (a + b);
                    if (c.marginal(m) > target) {
                        a = m;
                    } else {
                        b = m;
                    }
                }
                candidates[2] = 0.5 * (a + b);
            }
            double best = l;
            double bestNet = c.response(l) - target * l;
            for (double v : candidates) {
                if (!Double.isNaN(v)) {
                    double net = c.response(v) - target * v;
                    if (net > bestNet + 1e-15 * Math.abs(bestNet)) {
                        best = v;
                        bestNet = net;
                    }
                }
            }
            return best;
        }

        EfficiencyPlan cheapest(double targetResponse) {
            double a0 = sumLo();
            double b0 = sumHi();
            double maxResp = optimum(b0);
            if (maxResp < targetResponse) {
                return EfficiencyPlan.infeasible("target response " + fmt(targetResponse)
                        + " exceeds the most the channels can return within their maximums (" + fmt(maxResp) + ")");
            }
            double lo = a0;
            double hi = b0;
            if (optimum(a0) >= targetResponse) {
                hi = a0;
            }
            for (int k = 0; k < 200 && hi - lo > 1e-12 * Math.max(1, hi); k++) {
                double m = 0.5 * (lo + hi);
                if (optimum(m) >= targetResponse) {
                    hi = m;
                } else {
                    lo = m;
                }
            }
            Money budget = wholeUnits(Math.min(hi, b0), java.math.RoundingMode.CEILING);
            return EfficiencyPlan.feasible("least budget reaching response " + fmt(targetResponse),
                    certified(budget, solver().solveCertified(budget.amount().doubleValue())));
        }

        /**
         * A budget the optimiser found, in whole minor units, rounded as {@code mode} says but kept within the sums
         * of the channels' minimums and maximums (both whole units).
         */
        private Money wholeUnits(double amount, java.math.RoundingMode mode) {
            BigDecimal v = BigDecimal.valueOf(amount).setScale(minorDigits(currency), mode)
                    .max(sumMin()).min(sumMax());
            return new Money(v, currency);
        }

        BigDecimal sumMax() {
            BigDecimal s = BigDecimal.ZERO;
            for (Channel c : channels) {
                s = s.add(c.max().amount());
            }
            return s;
        }

        private static String fmt(double v) {
            return String.format(java.util.Locale.ROOT, "%.6g", v);
        }
    }
}
