package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecisionTest {
    private final TestResult winner = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(20000, 1000))
            .treatment(SufficientStats.ofProportion(20000, 1150)), TestOptions.defaults());
    private final TestResult flat = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(20000, 1000))
            .treatment(SufficientStats.ofProportion(20000, 1010)), TestOptions.defaults());

    @Test
    void significant_improvement_at_the_planned_sample_is_a_winner() {
        Decision d = Decision.builder(winner).plannedPerArm(20000).observedPerArm(20000).metricName("click-through rate").build();
        assertThat(d.verdict()).isEqualTo(Decision.Verdict.WINNER);
        assertThat(d.reasons()).containsExactly(Decision.Reason.SIGNIFICANT);
        assertThat(d.summary()).startsWith("WINNER: click-through rate changed by +0.0075").contains("+15.00% relative");
    }

    @Test
    void a_significant_drop_in_a_lower_is_better_metric_is_a_winner_and_a_rise_is_a_loser() {
        assertThat(Decision.builder(winner).higherIsBetter(false).plannedPerArm(20000).observedPerArm(20000).build().verdict())
                .isEqualTo(Decision.Verdict.LOSER);
    }

    @Test
    void sample_ratio_mismatch_invalidates_everything() {
        SampleRatioMismatch.Result srm = SampleRatioMismatch.test(new long[] {20000, 21000}, new double[] {0.5, 0.5});
        Decision d = Decision.builder(winner).srm(srm).build();
        assertThat(d.verdict()).isEqualTo(Decision.Verdict.INVALID);
        assertThat(d.reasons()).containsExactly(Decision.Reason.SRM_FAILED);
    }

    @Test
    void a_significant_peek_at_a_fixed_horizon_test_is_too_early_but_sequential_may_stop() {
        Decision fixed = Decision.builder(winner).plannedPerArm(50000).observedPerArm(20000).build();
        assertThat(fixed.verdict()).isEqualTo(Decision.Verdict.INCONCLUSIVE);
        assertThat(fixed.reasons()).startsWith(Decision.Reason.TOO_EARLY);
        Decision seq = Decision.builder(winner).plannedPerArm(50000).observedPerArm(20000).sequential(true).build();
        assertThat(seq.verdict()).isEqualTo(Decision.Verdict.WINNER);
    }

    @Test
    void not_significant_is_underpowered_before_the_plan_and_no_effect_after() {
        assertThat(Decision.builder(flat).plannedPerArm(50000).observedPerArm(20000).build().reasons()).containsExactly(Decision.Reason.UNDERPOWERED);
        assertThat(Decision.builder(flat).plannedPerArm(50000).observedPerArm(20000).sequential(true).build().reasons())
                .containsExactly(Decision.Reason.TOO_EARLY);
        assertThat(Decision.builder(flat).plannedPerArm(20000).observedPerArm(20000).build().reasons()).containsExactly(Decision.Reason.NO_EFFECT_DETECTED);
        assertThat(Decision.builder(flat).build().reasons())
                .containsExactly(Decision.Reason.NOT_SIGNIFICANT, Decision.Reason.POWER_UNKNOWN);
    }

    @Test
    void a_significant_result_without_a_plan_says_power_is_unknown_instead_of_ship() {
        // the same result that is TOO_EARLY with a plan of 50,000 per arm must not become a winner without one
        Decision d = Decision.builder(winner).metricName("click-through rate").build();
        assertThat(d.verdict()).isEqualTo(Decision.Verdict.INCONCLUSIVE);
        assertThat(d.reasons()).containsExactly(Decision.Reason.POWER_UNKNOWN, Decision.Reason.SIGNIFICANT);
        assertThat(d.summary()).startsWith("INCONCLUSIVE (power unknown): click-through rate changed by +0.0075")
                .contains("no planned sample").doesNotContain("Ship");
        // an always-valid result needs no plan
        assertThat(Decision.builder(winner).sequential(true).build().verdict()).isEqualTo(Decision.Verdict.WINNER);
    }

    @Test
    void a_plan_without_the_observed_sample_is_refused_by_name() {
        assertThatThrownBy(() -> Decision.builder(winner).plannedPerArm(20000).build())
                .isInstanceOf(io.github.mediaops.core.InvalidValueException.class).hasMessageContaining("observedPerArm");
        assertThatThrownBy(() -> Decision.builder(winner).observedPerArm(20000).build())
                .isInstanceOf(io.github.mediaops.core.InvalidValueException.class).hasMessageContaining("plannedPerArm");
    }
}
