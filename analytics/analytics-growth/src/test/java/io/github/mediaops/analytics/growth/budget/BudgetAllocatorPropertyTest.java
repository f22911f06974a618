package io.github.mediaops.analytics.growth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class BudgetAllocatorPropertyTest {

    /** An amount in whole fen (CNY has 2 decimals), as the allocator takes it. */
    private static Money cny(double v) {
        return Money.of(BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_EVEN), "CNY");
    }

    @Provide
    Arbitrary<List<Channel>> concaveChannels() {
        Arbitrary<Channel> ch = Combinators.combine(
                Arbitraries.doubles().between(100, 1e5),
                Arbitraries.doubles().between(0.3, 1.0),
                Arbitraries.doubles().between(10, 1e4),
                Arbitraries.doubles().between(0, 500),
                Arbitraries.doubles().between(1, 2e4)).as((b, a, k, lo, width) ->
                new Channel("c", HillCurve.builder().saturation(b).shape(a).halfSaturation(k).build(), cny(lo), cny(lo + width)));
        return ch.list().ofMinSize(1).ofMaxSize(8).map(BudgetAllocatorPropertyTest::rename);
    }

    @Provide
    Arbitrary<List<Channel>> anyChannels() {
        Arbitrary<Channel> ch = Combinators.combine(
                Arbitraries.doubles().between(100, 1e5),
                Arbitraries.doubles().between(0.3, 4.0),
                Arbitraries.doubles().between(10, 1e4),
                Arbitraries.doubles().between(0, 500),
                Arbitraries.doubles().between(1, 2e4)).as((b, a, k, lo, width) ->
                new Channel("c", HillCurve.builder().saturation(b).shape(a).halfSaturation(k).build(), cny(lo), cny(lo + width)));
        return ch.list().ofMinSize(1).ofMaxSize(8).map(BudgetAllocatorPropertyTest::rename);
    }

    private static List<Channel> rename(List<Channel> cs) {
        List<Channel> out = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            Channel c = cs.get(i);
            out.add(new Channel("c" + i, c.curve(), c.min(), c.max()));
        }
        return out;
    }

    /** The exact sum of the minimums (a double sum can round below it and make the bounds infeasible). */
    private static BigDecimal sumMin(List<Channel> cs) {
        return cs.stream().map(c -> c.min().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Money plus(BigDecimal base, double extra) {
        return Money.of(base.add(BigDecimal.valueOf(extra)).setScale(2, java.math.RoundingMode.FLOOR), "CNY");
    }

    @Property(tries = 200)
    void allocation_never_exceeds_budget_and_respects_bounds(@ForAll("anyChannels") List<Channel> cs,
                                                             @ForAll @DoubleRange(min = 0, max = 1e5) double extra) {
        Money budget = plus(sumMin(cs), extra);
        BudgetAllocation a = BudgetAllocator.maximiseResponse(budget, cs);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < cs.size(); i++) {
            Money s = a.channels().get(i).spend();
            assertThat(s.compareTo(cs.get(i).min())).isGreaterThanOrEqualTo(0);
            assertThat(s.compareTo(cs.get(i).max())).isLessThanOrEqualTo(0);
            assertThat(s.amount().stripTrailingZeros().scale()).as("whole fen").isLessThanOrEqualTo(2);
            total = total.add(s.amount());
        }
        assertThat(total).isLessThanOrEqualTo(budget.amount());
        assertThat(a.spent().amount()).isEqualByComparingTo(total);
        BigDecimal sumMax = cs.stream().map(c -> c.max().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sumMax.compareTo(budget.amount()) >= 0) {
            // the whole budget is spent, to the fen, when the channels can take it
            assertThat(total).isEqualByComparingTo(budget.amount());
        }
    }

    @Property(tries = 200)
    void more_budget_never_lowers_optimal_response_for_concave_curves(@ForAll("concaveChannels") List<Channel> cs,
                                                                       @ForAll @DoubleRange(min = 0, max = 5e4) double extra,
                                                                       @ForAll @DoubleRange(min = 0, max = 5e4) double more) {
        BudgetAllocation a = BudgetAllocator.maximiseResponse(plus(sumMin(cs), extra), cs);
        BudgetAllocation b = BudgetAllocator.maximiseResponse(plus(sumMin(cs), extra + more), cs);
        assertThat(b.totalResponse()).isGreaterThanOrEqualTo(a.totalResponse() - 1e-9 * Math.max(1, a.totalResponse()));
    }

    /** How much a concave curve's marginal ROI varies within two fen either side of {@code s}. */
    private static double marginalSpread(ResponseCurve c, double s) {
        return Math.abs(c.marginal(Math.max(0, s - 0.02)) - c.marginal(s + 0.02));
    }

    @Property(tries = 100)
    void concave_optimum_is_not_beaten_by_moving_budget_between_two_channels(@ForAll("concaveChannels") List<Channel> cs,
                                                                            @ForAll @DoubleRange(min = 1, max = 5e4) double extra) {
        BudgetAllocation a = BudgetAllocator.maximiseResponse(plus(sumMin(cs), extra), cs);
        int n = cs.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double si = a.channels().get(i).spend().amount().doubleValue();
                double sj = a.channels().get(j).spend().amount().doubleValue();
                double delta = Math.min(0.01 * Math.max(si, 1), Math.min(si - cs.get(i).min().amount().doubleValue(),
                        cs.get(j).max().amount().doubleValue() - sj));
                if (delta <= 0) {
                    continue;
                }
                double before = cs.get(i).curve().response(si) + cs.get(j).curve().response(sj);
                double after = cs.get(i).curve().response(si - delta) + cs.get(j).curve().response(sj + delta);
                // The spends are whole fen, each within one fen (u) of the exact optimum x*, where no transfer
                // pays: f_j'(x*_j) <= f_i'(x*_i). By concavity the transfer gains at most
                // delta * (f_j'(s_j) - f_i'(s_i)), and with |s - x*| <= u that is at most delta times how much the
                // two marginal ROIs vary within 2u of the spends.
                double slack = delta * (marginalSpread(cs.get(i).curve(), si) + marginalSpread(cs.get(j).curve(), sj));
                assertThat(after).isLessThanOrEqualTo(before + slack + 1e-9 * Math.max(1, before));
            }
        }
    }
}
