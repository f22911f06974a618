package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class DegenerateInputTest {

    @Test
    void zero_conversions_in_both_arms_gives_p_one_and_no_relative_effect() {
        TestResult r = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(1000, 0))
                .treatment(SufficientStats.ofProportion(1000, 0)), TestOptions.defaults());
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.statistic()).isEqualTo(0.0);
        assertThat(r.absolute().interval()).isEqualTo(new Interval(0, 0));
        assertThat(r.relative()).isEmpty();
    }

    @Test
    void zero_variance_with_a_difference_is_infinitely_significant() {
        TestResult r = FrequentistTests.means(Arms.control(SufficientStats.ofValues(1, 1, 1))
                .treatment(SufficientStats.ofValues(2, 2, 2)), TestOptions.defaults());
        assertThat(r.statistic()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(r.pValue()).isEqualTo(0.0);
        TestResult same = FrequentistTests.means(Arms.control(SufficientStats.ofValues(3, 3))
                .treatment(SufficientStats.ofValues(3, 3, 3)), TestOptions.defaults());
        assertThat(same.pValue()).isEqualTo(1.0);
    }

    @Test
    void all_conversions_in_one_arm_still_has_a_finite_result() {
        TestResult r = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(50, 50))
                .treatment(SufficientStats.ofProportion(50, 40)), TestOptions.defaults());
        assertThat(r.pValue()).isBetween(0.0, 1.0);
        assertThat(r.absolute().estimate()).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void rejects_fewer_than_two_units_for_a_variance() {
        assertThatThrownBy(() -> FrequentistTests.means(Arms.control(SufficientStats.ofValues(1))
                .treatment(SufficientStats.ofValues(1, 2)),
                TestOptions.defaults())).isInstanceOf(InvalidValueException.class).hasMessageContaining("control.n must be >= 2");
        assertThatThrownBy(() -> FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(0, 0))
                .treatment(SufficientStats.ofProportion(10, 1)), TestOptions.defaults()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control.n");
    }

    @Test
    void rejects_nan_negative_counts_and_impossible_sums() {
        assertThatThrownBy(() -> SufficientStats.units(10).sumX(Double.NaN).sumX2(1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("sumX must be a finite number (was NaN)");
        assertThatThrownBy(() -> SufficientStats.units(-1).sumX(0).sumX2(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("n must be >= 0 (was -1)");
        assertThatThrownBy(() -> SufficientStats.units(0).sumX(1).sumX2(1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SufficientStats.ofProportion(10, 11)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("conversions must be <= n");
        assertThatThrownBy(() -> SufficientStats.builder().add(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("x must be a finite number");
        assertThatThrownBy(() -> FrequentistTests.proportions(Arms.control(SufficientStats.ofValues(0.5, 0.2))
                .treatment(SufficientStats.ofProportion(10, 2)),
                TestOptions.defaults())).isInstanceOf(InconsistentStatisticsException.class).hasMessageContaining("control.sumX")
                .hasMessageContaining("binary metric");
    }

    @Test
    void rejects_bad_options_and_a_zero_ratio_denominator() {
        assertThatThrownBy(() -> TestOptions.defaults().withAlpha(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("alpha");
        assertThatThrownBy(() -> TestOptions.defaults().withAlpha(Double.NaN)).isInstanceOf(InvalidValueException.class);
        SufficientStats noDenominator = SufficientStats.ofValues(1, 2, 3);
        assertThatThrownBy(() -> FrequentistTests.ratio(Arms.control(noDenominator)
                .treatment(noDenominator), TestOptions.defaults()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("denominator");
    }

    @Test
    void fieller_interval_is_unbounded_when_the_control_mean_is_not_significantly_nonzero() {
        TestResult r = FrequentistTests.means(Arms.control(SufficientStats.ofValues(-1, 1, 0.2, -0.1))
                .treatment(SufficientStats.ofValues(1, 2, 3)),
                TestOptions.defaults().withRelativeInterval(RelativeInterval.FIELLER));
        assertThat(r.relative().orElseThrow().interval()).isEqualTo(Interval.unbounded());
    }

    @Test
    void sufficient_stats_compute_unbiased_moments() {
        SufficientStats s = SufficientStats.pairsOfX(new double[] {1, 2, 3, 4}).y(new double[] {2, 4, 5, 9});
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.variance()).isEqualTo(5.0 / 3);
        assertThat(s.covarianceXY()).isEqualTo((1 * 2 + 2 * 4 + 3 * 5 + 4 * 9 - 10 * 20 / 4.0) / 3);
        assertThat(SufficientStats.ofValues(7).variance()).isNaN();
    }
}
