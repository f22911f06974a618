package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sufficient statistics that no data can produce are a typed error naming the arm and the field. */
class ImpossibleStatisticsTest {
    private static final SufficientStats OK = SufficientStats.ofValues(1, 2, 3, 4, 5);

    @Test
    void a_negative_variance_is_refused_naming_the_arm_and_sumX2() {
        SufficientStats bad = SufficientStats.units(10).sumX(50).sumX2(200); // (Σx)²/n = 250 > Σx² = 200
        InconsistentStatisticsException e = catchThrowableOfType(
                () -> FrequentistTests.means(Arms.control(OK)
                        .treatment(bad), TestOptions.defaults()), InconsistentStatisticsException.class);
        assertThat(e.arm()).isEqualTo("treatment");
        assertThat(e.field()).isEqualTo("treatment.sumX2");
        assertThat(e.getMessage()).contains("sumX2=200.0").contains("250.0");
        assertThatThrownBy(() -> FrequentistTests.ratio(Arms.control(SufficientStats.builder().x(1).y(2).x(2).y(3).build())
                .treatment(SufficientStats.ofSums().n(3).sumX(3).sumX2(5).sumY(6).sumY2(1).sumXY(7).build()), TestOptions.defaults()))
                .isInstanceOf(InconsistentStatisticsException.class).hasMessageContaining("treatment.sumY2");
        assertThatThrownBy(() -> GaussianModel.compare(Arms.control(bad)
                .treatment(OK), Planning.Scale.ABSOLUTE, Optional.empty(), 0.95))
                .isInstanceOf(InconsistentStatisticsException.class).hasMessageContaining("control.sumX2");
        assertThatThrownBy(() -> MultiArmTests.allVsControl(List.of(OK, OK, bad), 0, MetricKind.MEAN, TestOptions.defaults(),
                Correction.HOLM)).isInstanceOf(InconsistentStatisticsException.class).hasMessageContaining("treatment.sumX2");
        assertThatThrownBy(() -> GaussianModel.probabilityBest(List.of(OK, bad)))
                .isInstanceOf(InconsistentStatisticsException.class).hasMessageContaining("arms[1].sumX2");
    }

    @Test
    void a_correlation_beyond_one_is_refused_naming_sumXY() {
        SufficientStats pairs = SufficientStats.pairsOfX(new double[] {1, 2, 3, 4}).y(new double[] {2, 1, 4, 3});
        SufficientStats bad = SufficientStats.ofSums().n(pairs.n()).sumX(pairs.sumX()).sumX2(pairs.sumX2())
                .sumY(pairs.sumY()).sumY2(pairs.sumY2()).sumXY(pairs.sumXY() + 10).build();
        assertThatThrownBy(() -> FrequentistTests.cuped(Arms.control(bad).treatment(pairs), TestOptions.defaults()))
                .isInstanceOf(InconsistentStatisticsException.class).hasMessageContaining("control.sumXY");
    }

    @Test
    void binary_sums_beyond_n_or_not_zero_one_are_refused() {
        assertThatThrownBy(() -> FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(10, 2))
                .treatment(SufficientStats.units(10).sumX(12).sumX2(12)),
                TestOptions.defaults())).isInstanceOf(InconsistentStatisticsException.class)
                .hasMessageContaining("treatment.sumX").hasMessageContaining("sumX=12.0 with n=10");
        InconsistentStatisticsException e = catchThrowableOfType(() -> FrequentistTests.proportions(Arms.control(SufficientStats.units(10).sumX(3).sumX2(5))
                .treatment(SufficientStats.ofProportion(10, 2)), TestOptions.defaults()),
                InconsistentStatisticsException.class);
        assertThat(e.field()).isEqualTo("control.sumX2");
        assertThatThrownBy(() -> GaussianModel.probabilityBest(List.of(SufficientStats.ofProportion(10, 2),
                SufficientStats.units(10).sumX(11).sumX2(11)), MetricKind.PROPORTION)).isInstanceOf(InconsistentStatisticsException.class)
                .hasMessageContaining("arms[1].sumX");
    }

    @Test
    void rounding_noise_in_real_sums_is_accepted() {
        // a constant metric: Σx² - (Σx)²/n is 0 up to rounding, sometimes a few ulps below 0
        SufficientStats.Builder b = SufficientStats.builder();
        for (int k = 0; k < 100_000; k++) {
            b.add(0.1);
        }
        SufficientStats constant = b.build();
        assertThat(constant.requireConsistent("control")).isSameAs(constant);
        assertThat(constant.variance()).isGreaterThanOrEqualTo(0.0);
        SufficientStats exactBoundary = SufficientStats.units(4).sumX(2).sumX2(1); // x = 0.5 four times: variance 0
        assertThat(exactBoundary.requireConsistent("control").variance()).isEqualTo(0.0);
    }

    @Test
    void named_sums_report_every_missing_required_part_at_once_and_compare_as_values() {
        assertThatThrownBy(() -> SufficientStats.ofSums().sumY(2).build())
                .isInstanceOf(io.github.mediaops.core.InvalidValueException.class)
                .hasMessageContaining("missing n, sumX, sumX2");
        assertThatThrownBy(() -> SufficientStats.ofSums().n(0).sumX(1).sumX2(1).build())
                .isInstanceOf(io.github.mediaops.core.InvalidValueException.class).hasMessageContaining("n is 0");
        assertThatThrownBy(() -> SufficientStats.ofSums().n(3).sumX(1).sumX2(-1))
                .isInstanceOf(io.github.mediaops.core.InvalidValueException.class).hasMessageContaining("sumX2");
        SufficientStats named = SufficientStats.ofSums().n(2).sumX(3).sumX2(5).sumY(5).sumY2(13).sumXY(8).build();
        SufficientStats observed = SufficientStats.builder().x(1).y(2).x(2).y(3).build();
        assertThat(named).isEqualTo(observed).hasSameHashCodeAs(observed);
        assertThat(named.toString()).isEqualTo("SufficientStats[n=2, sumX=3.0, sumX2=5.0, sumY=5.0, sumY2=13.0, sumXY=8.0]");
        assertThat(SufficientStats.units(2).sumX(3).sumX2(5)).isNotEqualTo(named);
    }
}
