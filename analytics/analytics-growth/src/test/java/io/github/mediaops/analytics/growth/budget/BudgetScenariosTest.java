package io.github.mediaops.analytics.growth.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scenarios Robyn and Meridian users expect, against Meridian's own test numbers and against
 * {@code src/test/python/budget_scenarios_golden.py} (scipy, written from the two projects' published
 * definitions; output in {@code golden/budget_scenarios.txt}).
 */
class BudgetScenariosTest {
    private static final Golden G = Golden.load("budget_scenarios.txt");

    private static Money cny(double v) {
        return Money.of(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN), "CNY");
    }

    private static HillCurve hill(double beta, double alpha, double k) {
        return HillCurve.builder().saturation(beta).shape(alpha).halfSaturation(k).build();
    }

    // --- Meridian's adstock ------------------------------------------------------------------------

    @Test
    void binomial_and_geometric_weights_match_meridians_own_test_cases() {
        // google/meridian meridian/model/adstock_hill_test.py (commit 8ca83f6): max_lag 4, window 5, weights
        // listed from lag 4 down to lag 0; ours are in lag order, so reversed here
        double[][] binomial = {
            {0.0, 0.0, 0.0, 0.0, 1.0},
            {0.008, 0.064, 0.216, 0.512, 1.0},
            {0.2, 0.4, 0.6, 0.8, 1.0},
            {Math.sqrt(0.2), Math.sqrt(0.4), Math.sqrt(0.6), Math.sqrt(0.8), 1.0},
            {1.0, 1.0, 1.0, 1.0, 1.0}};
        double[] alphas = {0.0, 0.25, 0.5, 2.0 / 3.0, 1.0};
        for (int k = 0; k < alphas.length; k++) {
            double[] w = new MeridianAdstock(MeridianAdstock.Decay.BINOMIAL, alphas[k], 4).weights(5);
            for (int l = 0; l < 5; l++) {
                assertThat(w[l]).as("binomial alpha %s lag %d", alphas[k], l).isCloseTo(binomial[k][4 - l], within(1e-5));
            }
        }
        double[] geo = new MeridianAdstock(MeridianAdstock.Decay.GEOMETRIC, 0.5, 4).weights(5);
        assertThat(geo).containsExactly(1.0, 0.5, 0.25, 0.125, 0.0625);
        double[] none = new MeridianAdstock(MeridianAdstock.Decay.GEOMETRIC, 0.0, 4).weights(5);
        assertThat(none).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void meridian_adstock_series_match_scipy() {
        double[] x = G.get("series");
        assertClose(new MeridianAdstock(MeridianAdstock.Decay.BINOMIAL, 0.3, 3).apply(x), G.get("meridian_binomial_0.3_lag3"));
        assertClose(new MeridianAdstock(MeridianAdstock.Decay.BINOMIAL, 0.8, 6).apply(x), G.get("meridian_binomial_0.8_lag6"));
        // a series shorter than the window: Meridian normalises over the periods it has
        double[] shortSeries = {x[0], x[1], x[2]};
        assertClose(Adstock.meridianGeometric(shortSeries, 0.6, 5), G.get("meridian_geometric_0.6_lag5_short"));
    }

    @Test
    void hill_before_or_after_adstock_match_scipy_and_differ() {
        double[] x = G.get("series");
        MeridianAdstock ad = new MeridianAdstock(MeridianAdstock.Decay.BINOMIAL, 0.5, 3);
        HillCurve c = hill(900, 2.2, 110);
        double[] after = ad.response(x, c, MeridianAdstock.Order.ADSTOCK_THEN_HILL);
        double[] before = ad.response(x, c, MeridianAdstock.Order.HILL_THEN_ADSTOCK);
        assertClose(after, G.get("meridian_adstock_then_hill"));
        assertClose(before, G.get("meridian_hill_then_adstock"));
        assertThat(before[3]).isNotCloseTo(after[3], within(1.0));
        assertThatThrownBy(() -> ad.response(x, c.withMeanCarryover(10), MeridianAdstock.Order.ADSTOCK_THEN_HILL))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("carry-over");
    }

    // --- Robyn's carry-over ------------------------------------------------------------------------

    @Test
    void immediate_and_carryover_split_matches_robyns_definition() {
        double[] x = G.get("series");
        double[] ad = Adstock.geometric(x, 0.5);
        assertClose(ad, G.get("robyn_split_adstocked"));
        double k = Hill.robynInflexion(ad, 0.5, Hill.RobynInflexion.MAX);
        assertThat(k).isCloseTo(G.scalar("robyn_split_inflexion"), within(1e-12));
        Adstock.ResponseSplit split = Adstock.immediateAndCarryover(x, ad, hill(1000, 2, k));
        assertClose(split.carryover(), G.get("robyn_split_carryover"));
        assertClose(split.immediate(), G.get("robyn_split_immediate"));
        assertThatThrownBy(() -> Adstock.immediateAndCarryover(ad, x, hill(1000, 2, k)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not an adstock");
    }

    @Test
    void allocation_with_mean_carryover_matches_robyns_objective_under_scipy() {
        double[][] ch = {{5000, 1.0, 8000, 3000, 1000, 30000}, {4000, 0.8, 5000, 500, 0, 20000}, {3000, 1.3, 6000, 4000, 0, 25000}};
        List<Channel> cs = new java.util.ArrayList<>();
        for (int i = 0; i < ch.length; i++) {
            HillCurve c = hill(ch[i][0], ch[i][1], ch[i][2]).withMeanCarryover(ch[i][3]);
            cs.add(new Channel("ch" + i, c, cny(ch[i][4]), cny(ch[i][5])));
        }
        BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(G.scalar("carryover_budget")), cs);
        double[] spend = G.get("carryover_spend");
        double[] carry = G.get("carryover_carryover_response");
        double robynTotal = 0;
        for (int i = 0; i < ch.length; i++) {
            ChannelAllocation c = a.channels().get(i);
            // whole fen: within one minor unit of scipy's exact optimum
            assertThat(c.spend().amount().doubleValue()).as("ch%d", i).isCloseTo(spend[i], within(0.01));
            assertThat(c.carryoverResponse()).as("ch%d carry-over response", i).isCloseTo(carry[i], within(1e-9));
            robynTotal += c.totalResponse();
        }
        assertThat(robynTotal).isCloseTo(G.scalar("carryover_total_response"), within(1e-6));
        assertThat(a.totalResponse()).as("response excludes the carry-over").isCloseTo(robynTotal - sum(carry), within(1e-6));
        assertThat(a.optimalityGap()).isLessThan(1e-9);
    }

    @Test
    void carryover_lowers_the_marginal_return_as_robyns_x_plus_c_does() {
        HillCurve c = hill(1000, 2, 500);
        HillCurve carried = c.withMeanCarryover(300);
        assertThat(carried.response(0)).isZero();
        assertThat(carried.totalResponse(200)).isCloseTo(c.response(500), within(1e-12));
        assertThat(carried.response(200)).isCloseTo(c.response(500) - c.response(300), within(1e-12));
        assertThat(carried.marginal(200)).isCloseTo(c.marginal(500), within(1e-12));
        assertThat(carried.inflection()).isCloseTo(Math.max(0, c.inflection() - 300), within(1e-12));
    }

    // --- Bounds around the current spend -----------------------------------------------------------

    @Test
    void bounds_around_current_spend_follow_robyns_multipliers() {
        Channel c = Channel.aroundCurrent("feed", hill(1000, 1, 500), Money.cny("12000.05"), SpendRange.ofCurrent(0.7, 1.5));
        // 0.7 × 12000.05 = 8400.035 → up to 8400.04; 1.5 × 12000.05 = 18000.075 → down to 18000.07
        assertThat(c.min()).isEqualTo(Money.cny("8400.04"));
        assertThat(c.max()).isEqualTo(Money.cny("18000.07"));
        assertThatThrownBy(() -> SpendRange.ofCurrent(1.5, 0.7)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lower");
        assertThatThrownBy(() -> SpendRange.ofCurrent(0.7, 0.9)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("upper");
    }

    // --- Efficiency targets ------------------------------------------------------------------------

    @Test
    void marginal_roi_target_spends_each_channel_until_its_marginal_falls_to_the_target() {
        double[][] ch = {{5000, 0.9, 6000, 0, 40000}, {8000, 2.5, 9000, 0, 40000}, {2000, 1.0, 3000, 500, 40000},
            {600, 3.0, 20000, 0, 40000}};
        List<Channel> cs = new java.util.ArrayList<>();
        for (int i = 0; i < ch.length; i++) {
            cs.add(new Channel("ch" + i, hill(ch[i][0], ch[i][1], ch[i][2]), cny(ch[i][3]), cny(ch[i][4])));
        }
        double target = G.scalar("mroi_target");
        EfficiencyPlan plan = BudgetAllocator.atTarget(EfficiencyTarget.marginalRoi(target), cs);
        BudgetAllocation a = plan.allocation().orElseThrow();
        double[] ref = G.get("mroi_spend");
        double total = 0;
        for (int i = 0; i < ch.length; i++) {
            double s = a.channels().get(i).spend().amount().doubleValue();
            assertThat(s).as("ch%d", i).isCloseTo(ref[i], within(1e-4 * Math.max(1, ref[i])));
            total += s;
            if (s > ch[i][3] + 1e-6) {
                assertThat(a.channels().get(i).marginalRoi()).as("funded ch%d at the target", i).isCloseTo(target, within(1e-6));
            }
        }
        assertThat(a.budget().amount().doubleValue()).isCloseTo(total, within(1e-6));
        assertThat(a.channels().get(3).position()).isEqualTo(ChannelAllocation.Position.AT_MIN_BELOW_INFLECTION);
    }

    @Test
    void an_infeasible_target_reports_the_best_efficiency_within_the_bounds() {
        List<Channel> cs = List.of(Channel.upTo("a", hill(1.0, 3.0, 1.0), cny(6)), Channel.upTo("b", hill(1.5, 2.5, 2.0), cny(6)));
        double best = G.scalar("best_efficiency");
        EfficiencyPlan plan = BudgetAllocator.atTarget(EfficiencyTarget.roas(best * 1.01), cs);
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.bestEfficiency().orElseThrow()).isCloseTo(best, within(1e-6 * best));
        assertThat(plan.explanation()).contains(String.format(java.util.Locale.ROOT, "%.6g", plan.bestEfficiency().orElseThrow()));
        // and just below the best it is feasible, at about the budget that reaches it
        EfficiencyPlan ok = BudgetAllocator.atTarget(EfficiencyTarget.roas(best * 0.999), cs);
        assertThat(ok.feasible()).isTrue();
        assertThat(ok.allocation().orElseThrow().roas()).isGreaterThanOrEqualTo(best * 0.999 * (1 - 1e-9));
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static void assertClose(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("[%d]", i).isCloseTo(expected[i], within(1e-9 * Math.max(1, Math.abs(expected[i]))));
        }
    }
}
