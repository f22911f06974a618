package io.github.mediaops.analytics.growth.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.campaign.CampaignType;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetAllocatorTest {
    private static final Golden G = Golden.load("budget.txt");

    /** An amount in whole fen (CNY has 2 decimals), as the allocator takes it. */
    private static Money cny(double v) {
        return Money.of(BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_EVEN), "CNY");
    }

    private static List<Channel> goldenChannels() {
        List<Channel> cs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double[] c = G.get("alloc_channel_" + i);
            cs.add(new Channel("ch" + i, HillCurve.builder().saturation(c[0]).shape(c[1]).halfSaturation(c[2]).build(), cny(c[3]), cny(c[4])));
        }
        return cs;
    }

    @Test
    void three_channel_allocation_matches_scipy_slsqp_to_1e6_relative() {
        BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(G.scalar("alloc_budget")), goldenChannels());
        double[] ref = G.get("alloc_slsqp_spend");
        for (int i = 0; i < 3; i++) {
            // the host receives whole fen: each spend within one minor unit (0.01 CNY) of scipy's exact optimum
            double spend = a.channels().get(i).spend().amount().doubleValue();
            assertThat(spend).as("channel %d", i).isCloseTo(ref[i], within(0.01));
            assertThat(a.channels().get(i).spend().amount().scale()).isLessThanOrEqualTo(2);
        }
        // rounding moves money between channels with equal marginal ROI: the total changes only to second order
        assertThat(a.totalResponse()).isCloseTo(G.scalar("alloc_slsqp_total"), within(1e-9 * G.scalar("alloc_slsqp_total")));
        double[] mroi = G.get("alloc_slsqp_marginal");
        for (int i = 0; i < 3; i++) {
            assertThat(a.channels().get(i).marginalRoi()).isCloseTo(mroi[i], within(oneFenOfMarginal(a, i)));
            assertThat(a.channels().get(i).position()).isEqualTo(ChannelAllocation.Position.INTERIOR);
        }
        assertThat(a.marginalRoi()).isCloseTo(mroi[0], within(1e-6));
        assertThat(a.unallocated().signum()).isZero();
        assertThat(a.spent()).isEqualTo(cny(15000));
    }

    /** How much the marginal ROI of channel i changes over one fen either side of its spend. */
    private static double oneFenOfMarginal(BudgetAllocation a, int i) {
        double s = a.channels().get(i).spend().amount().doubleValue();
        ResponseCurve c = goldenChannels().get(i).curve();
        return Math.abs(c.marginal(s - 0.01) - c.marginal(s + 0.01)) + 1e-12;
    }

    @Test
    void amounts_are_whole_minor_units_and_add_up_to_the_budget_exactly() {
        // three equal channels and 100.00 CNY: the exact optimum is 33.333... each; the host gets 33.34, 33.33, 33.33
        HillCurve c = HillCurve.builder().saturation(100).shape(0.8).halfSaturation(50).build();
        List<Channel> cs = List.of(Channel.upTo("a", c, cny(1000)), Channel.upTo("b", c, cny(1000)),
                Channel.upTo("c", c, cny(1000)));
        BudgetAllocation a = BudgetAllocator.maximiseResponse(Money.cny("100"), cs);
        List<BigDecimal> spends = a.channels().stream().map(ch -> ch.spend().amount()).sorted().toList();
        assertThat(spends).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
        assertThat(a.spent()).isEqualTo(Money.cny("100"));
        assertThat(a.unallocated().signum()).isZero();
        // JPY has no minor unit: whole yen, still exactly the budget
        List<Channel> yen = List.of(Channel.upTo("a", c, Money.of(1000, "JPY")), Channel.upTo("b", c, Money.of(1000, "JPY")),
                Channel.upTo("c", c, Money.of(1000, "JPY")));
        BudgetAllocation y = BudgetAllocator.maximiseResponse(Money.of(100, "JPY"), yen);
        assertThat(y.channels()).allSatisfy(ch -> assertThat(ch.spend().amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        assertThat(y.channels().stream().map(ch -> ch.spend().amount().intValueExact()).sorted().toList()).containsExactly(33, 33, 34);
        assertThat(y.spent()).isEqualTo(Money.of(100, "JPY"));
    }

    @Test
    void budgets_and_bounds_finer_than_the_minor_unit_are_refused() {
        HillCurve c = HillCurve.builder().saturation(100).shape(0.8).halfSaturation(50).build();
        List<Channel> cs = List.of(Channel.upTo("a", c, cny(1000)));
        Money sub = Money.computed(new BigDecimal("100.005"), java.util.Currency.getInstance("CNY"));
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(sub, cs)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("budget").hasMessageContaining("100.005").hasMessageContaining("CNY allows (2)");
        assertThatThrownBy(() -> Channel.upTo("a", c, sub)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("max spend of channel a").hasMessageContaining("whole minor units");
        assertThatThrownBy(() -> Money.cny("1.005")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(Money.computed(new BigDecimal("100.5"), java.util.Currency.getInstance("JPY")), List.of(Channel.upTo("a", c,
                Money.of(1000, "JPY"))))).isInstanceOf(InvalidValueException.class);
    }

    private static Campaign campaign(String spend) {
        return Campaign.builder("d11", "Double 11", CampaignType.KOL_COLLABORATION)
                .period(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11)))
                .channel(Platform.DOUYIN).channel(Platform.XIAOHONGSHU).channel(Platform.WEIBO)
                .budget(Money.cny("20000")).spend(Money.cny(spend)).build();
    }

    private static List<Channel> platformChannels(String... names) {
        List<Channel> golden = goldenChannels();
        List<Channel> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Channel c = golden.get(i);
            out.add(new Channel(names[i], c.curve(), c.min(), c.max()));
        }
        return out;
    }

    @Test
    void a_campaign_allocates_what_is_left_of_its_budget_over_its_own_platforms() {
        List<Channel> cs = platformChannels("douyin", "xiaohongshu", "weibo");
        BudgetAllocation a = BudgetAllocator.maximiseResponse(campaign("5000"), cs);
        BudgetAllocation same = BudgetAllocator.maximiseResponse(Money.cny("15000"), cs);   // 20,000 - 5,000
        assertThat(a.budget()).isEqualTo(Money.cny("15000"));
        assertThat(a).isEqualTo(same);
    }

    @Test
    void an_overspent_campaign_or_a_foreign_channel_is_refused_by_name() {
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(campaign("20500"), platformChannels("douyin")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("overspent by 500.00 CNY");
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(campaign("0"), platformChannels("douyin", "bilibili", "tiktok")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("[bilibili, tiktok] are not platforms");
    }

    @Test
    void locked_channel_keeps_its_spend_and_others_share_the_rest() {
        List<Channel> cs = new ArrayList<>(goldenChannels());
        Channel c1 = cs.get(1);
        cs.set(1, Channel.locked(c1.name(), c1.curve(), cny(1000)));
        BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(15000), cs);
        assertThat(a.channel("ch1").spend()).isEqualTo(cny(1000));
        assertThat(a.channel("ch1").position()).isEqualTo(ChannelAllocation.Position.LOCKED);
        // equal up to what one fen of spend changes a marginal ROI (the spends are whole fen)
        assertThat(a.channel("ch0").marginalRoi()).isCloseTo(a.channel("ch2").marginalRoi(),
                within(oneFenOfMarginal(a, 0) + oneFenOfMarginal(a, 2)));
        assertThat(a.spent()).isEqualTo(cny(15000));
    }

    @Test
    void max_bound_caps_a_channel_and_min_bound_floors_one() {
        List<Channel> cs = List.of(
                new Channel("cheap", HillCurve.builder().saturation(10000).shape(0.7).halfSaturation(1000).build(), cny(0), cny(2000)),
                new Channel("weak", HillCurve.builder().saturation(100).shape(1.0).halfSaturation(5000).build(), cny(3000), cny(10000)),
                new Channel("mid", HillCurve.builder().saturation(8000).shape(1.0).halfSaturation(4000).build(), cny(0), cny(50000)));
        BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(12000), cs);
        assertThat(a.channel("cheap").position()).isEqualTo(ChannelAllocation.Position.AT_MAX);
        assertThat(a.channel("weak").position()).isEqualTo(ChannelAllocation.Position.AT_MIN);
        assertThat(a.channel("weak").spend()).isEqualTo(cny(3000));
        assertThat(a.channel("mid").spend().amount().doubleValue()).isCloseTo(7000, within(1e-6));
        // at max, marginal ROI is above the common level; at min, below
        assertThat(a.channel("cheap").marginalRoi()).isGreaterThan(a.channel("mid").marginalRoi());
        assertThat(a.channel("weak").marginalRoi()).isLessThan(a.channel("mid").marginalRoi());
    }

    @Test
    void s_shaped_channel_is_left_at_minimum_when_budget_is_too_small_to_pass_its_inflection() {
        HillCurve sShaped = HillCurve.builder().saturation(50000).shape(3).halfSaturation(20000).build(); // needs a large spend to pay
        HillCurve concave = HillCurve.builder().saturation(5000).shape(0.9).halfSaturation(2000).build();
        List<Channel> cs = List.of(Channel.upTo("launch", sShaped, cny(100000)), Channel.upTo("feed", concave, cny(100000)));
        BudgetAllocation small = BudgetAllocator.maximiseResponse(cny(3000), cs);
        assertThat(small.channel("launch").position()).isEqualTo(ChannelAllocation.Position.AT_MIN_BELOW_INFLECTION);
        assertThat(small.channel("feed").spend()).isEqualTo(cny(3000));
        // with a large budget it pays to cross the inflection
        BudgetAllocation large = BudgetAllocator.maximiseResponse(cny(60000), cs);
        assertThat(large.channel("launch").spend().amount().doubleValue()).isGreaterThan(sShaped.inflection());
        // and the result beats a brute-force grid search over the split
        double best = 0;
        for (int k = 0; k <= 60000; k += 10) {
            best = Math.max(best, sShaped.response(k) + concave.response(60000 - k));
        }
        assertThat(large.totalResponse()).isGreaterThanOrEqualTo(best - 1e-6);
        double bestSmall = 0;
        for (int k = 0; k <= 3000; k += 1) {
            bestSmall = Math.max(bestSmall, sShaped.response(k) + concave.response(3000 - k));
        }
        assertThat(small.totalResponse()).isGreaterThanOrEqualTo(bestSmall - 1e-6);
    }

    @Test
    void budget_above_all_maximums_leaves_the_rest_unallocated() {
        List<Channel> cs = List.of(Channel.upTo("a", HillCurve.builder().saturation(100).shape(1).halfSaturation(10).build(), cny(50)),
                Channel.upTo("b", HillCurve.builder().saturation(100).shape(1).halfSaturation(10).build(), cny(70)));
        BudgetAllocation a = BudgetAllocator.maximiseResponse(cny(500), cs);
        assertThat(a.spent()).isEqualTo(cny(120));
        assertThat(a.unallocated()).isEqualTo(cny(380));
        assertThat(a.marginalRoi()).isNaN();
    }

    @Test
    void rejects_infeasible_bounds_with_a_clear_message() {
        List<Channel> cs = List.of(new Channel("a", HillCurve.builder().saturation(100).shape(1).halfSaturation(10).build(), cny(600), cny(1000)),
                new Channel("b", HillCurve.builder().saturation(100).shape(1).halfSaturation(10).build(), cny(500), cny(1000)));
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(cny(1000), cs))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("below the sum of channel minimums 1100")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("budget");
    }

    @Test
    void rejects_min_above_max_duplicate_names_negative_budget_and_mixed_currencies() {
        HillCurve c = HillCurve.builder().saturation(100).shape(1).halfSaturation(10).build();
        assertThatThrownBy(() -> new Channel("a", c, cny(10), cny(5))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("below its min");
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(cny(10), List.of(Channel.upTo("a", c, cny(5)),
                Channel.upTo("a", c, cny(5))))).isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(cny(-1), List.of(Channel.upTo("a", c, cny(5)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(Money.of(10, "USD"), List.of(Channel.upTo("a", c, cny(5)))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> BudgetAllocator.maximiseResponse(cny(10), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("empty");
    }

    @Test
    void target_roas_returns_the_largest_budget_meeting_it() {
        List<Channel> cs = goldenChannels();
        EfficiencyPlan plan = BudgetAllocator.atTarget(EfficiencyTarget.roas(1.0), cs);
        assertThat(plan.feasible()).isTrue();
        BudgetAllocation a = plan.allocation().orElseThrow();
        assertThat(a.roas()).isCloseTo(1.0, within(1e-6));
        assertThat(a.budget().amount().scale()).as("the plan's budget is whole fen").isLessThanOrEqualTo(2);
        assertThat(a.spent()).isEqualTo(a.budget());
        // a slightly larger budget falls below the target
        double b = a.spent().amount().doubleValue();
        BudgetAllocation more = BudgetAllocator.maximiseResponse(cny(b * 1.01), cs);
        assertThat(more.roas()).isLessThan(1.0);
    }

    @Test
    void target_cpa_is_the_reciprocal_efficiency() {
        List<Channel> cs = List.of(Channel.upTo("a", HillCurve.builder().saturation(400).shape(1).halfSaturation(1000).build(), cny(100000)),
                Channel.upTo("b", HillCurve.builder().saturation(300).shape(0.8).halfSaturation(800).build(), cny(100000)));
        EfficiencyPlan plan = BudgetAllocator.atTarget(EfficiencyTarget.cpa(cny(5)), cs);
        BudgetAllocation a = plan.allocation().orElseThrow();
        double cpa = a.spent().amount().doubleValue() / a.totalResponse();
        assertThat(cpa).isCloseTo(5, within(1e-5));
    }

    @Test
    void unreachable_efficiency_target_is_reported_infeasible() {
        EfficiencyPlan plan = BudgetAllocator.atTarget(EfficiencyTarget.roas(1e6), goldenChannels());
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.allocation()).isEmpty();
        assertThat(plan.explanation()).contains("no budget").contains("ROAS 1000000.0");
    }

    @Test
    void cheapest_budget_reaching_a_response_target() {
        List<Channel> cs = goldenChannels();
        // scipy's optimum spends alloc_budget for alloc_slsqp_total: reaching that total costs exactly the budget
        EfficiencyPlan plan = BudgetAllocator.cheapestFor(G.scalar("alloc_slsqp_total"), cs);
        BudgetAllocation a = plan.allocation().orElseThrow();
        // the least budget in whole fen: within one fen of scipy's
        assertThat(a.spent().amount().doubleValue()).isCloseTo(G.scalar("alloc_budget"), within(0.01));
        assertThat(a.budget().amount().scale()).isLessThanOrEqualTo(2);
        EfficiencyPlan impossible = BudgetAllocator.cheapestFor(1e9, cs);
        assertThat(impossible.feasible()).isFalse();
        assertThat(impossible.explanation()).contains("exceeds the most the channels can return");
    }
}
