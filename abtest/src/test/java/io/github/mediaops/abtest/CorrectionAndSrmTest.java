package io.github.mediaops.abtest;

import static io.github.mediaops.abtest.Golden.arr;
import static io.github.mediaops.abtest.Golden.close;
import static io.github.mediaops.abtest.Golden.d;
import static io.github.mediaops.abtest.Golden.i;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionAndSrmTest {

    @Test
    void corrections_match_r_p_adjust_definitions() {
        double[] p = arr("adjust.p");
        assertClose(Correction.BONFERRONI.adjust(p), arr("adjust.bonferroni"));
        assertClose(Correction.HOLM.adjust(p), arr("adjust.holm"));
        assertClose(Correction.BENJAMINI_HOCHBERG.adjust(p), arr("adjust.bh"));
        assertThat(Correction.NONE.adjust(p)).containsExactly(p);
    }

    @Test
    void corrections_never_lower_a_p_value_and_holm_is_at_most_bonferroni() {
        double[] p = arr("adjust.p");
        double[] bon = Correction.BONFERRONI.adjust(p);
        double[] holm = Correction.HOLM.adjust(p);
        double[] bh = Correction.BENJAMINI_HOCHBERG.adjust(p);
        for (int k = 0; k < p.length; k++) {
            assertThat(holm[k]).isGreaterThanOrEqualTo(p[k]).isLessThanOrEqualTo(bon[k]);
            assertThat(bh[k]).isGreaterThanOrEqualTo(p[k]).isLessThanOrEqualTo(holm[k]);
        }
    }

    @Test
    void rejects_p_values_outside_zero_one() {
        assertThatThrownBy(() -> Correction.HOLM.adjust(0.1, Double.NaN)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("pValues[1]");
        assertThatThrownBy(() -> Correction.HOLM.adjust(1.2)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void srm_chi_square_matches_scipy_chisquare() {
        int n = i("srm.cases");
        for (int c = 0; c < n; c++) {
            String k = "srm." + c;
            long[] obs = Arrays.stream(arr(k + ".observed")).mapToLong(x -> (long) x).toArray();
            SampleRatioMismatch.Result r = SampleRatioMismatch.test(obs, arr(k + ".weights"));
            close(r.chiSquare(), d(k + ".chi"), 1e-9, k + " chi");
            close(r.pValue(), d(k + ".p"), 1e-9, k + " p");
            assertThat(r.degreesOfFreedom()).isEqualTo(obs.length - 1);
            assertThat(r.mismatch()).isEqualTo(d(k + ".p") < SampleRatioMismatch.DEFAULT_THRESHOLD);
        }
    }

    @Test
    void srm_uses_the_configured_split_not_fifty_fifty() {
        // 80/20 split observed exactly: no mismatch, although it is far from 50/50
        assertThat(SampleRatioMismatch.test(new long[] {8000, 2000}, new double[] {0.8, 0.2}).mismatch()).isFalse();
        assertThat(SampleRatioMismatch.test(new long[] {8000, 2000}, new double[] {0.5, 0.5}).mismatch()).isTrue();
    }

    @Test
    void srm_rejects_non_positive_weights_and_negative_counts() {
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {10, 10}, new double[] {0.5, 0}))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("weights[1] must be a positive finite number (was 0.0)");
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {10, 10}, new double[] {Double.POSITIVE_INFINITY, 1}))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("weights[0]");
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {10, -1}, new double[] {0.5, 0.5}))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("observed[1]");
        assertThatThrownBy(() -> SampleRatioMismatch.test(new long[] {0, 0}, new double[] {0.5, 0.5}))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void multi_arm_all_vs_control_adjusts_over_the_family() {
        List<SufficientStats> arms = List.of(SufficientStats.ofProportion(5000, 500), SufficientStats.ofProportion(5000, 540),
                SufficientStats.ofProportion(5000, 575), SufficientStats.ofProportion(5000, 490));
        List<MultiArmTests.Comparison> raw = MultiArmTests.allVsControl(arms, 0, MetricKind.PROPORTION,
                TestOptions.defaults(), Correction.NONE);
        List<MultiArmTests.Comparison> holm = MultiArmTests.allVsControl(arms, 0, MetricKind.PROPORTION,
                TestOptions.defaults(), Correction.HOLM);
        assertThat(raw).hasSize(3).extracting(MultiArmTests.Comparison::treatment).containsExactly(1, 2, 3);
        double[] p = raw.stream().mapToDouble(c -> c.result().pValue()).toArray();
        double[] expected = Correction.HOLM.adjust(p);
        for (int k = 0; k < 3; k++) {
            assertThat(holm.get(k).adjustedPValue()).isEqualTo(expected[k]);
            assertThat(holm.get(k).result().pValue()).isEqualTo(p[k]);
        }
        assertThat(MultiArmTests.pairwise(arms, MetricKind.PROPORTION, TestOptions.defaults(), Correction.BONFERRONI)).hasSize(6);
    }

    @Test
    void multi_arm_intervals_are_adjusted_for_multiplicity_as_scipy_computes_them() {
        double[] n = arr("multiint.n");
        double[] x = arr("multiint.x");
        List<SufficientStats> arms = new java.util.ArrayList<>();
        for (int k = 0; k < n.length; k++) {
            arms.add(SufficientStats.ofProportion((long) n[k], (long) x[k]));
        }
        for (String name : new String[] {"bonferroni", "bh"}) {
            Correction correction = name.equals("bh") ? Correction.BENJAMINI_HOCHBERG : Correction.BONFERRONI;
            List<MultiArmTests.Comparison> family = MultiArmTests.allVsControl(arms, 0, MetricKind.PROPORTION,
                    TestOptions.defaults(), correction);
            double[] lower = arr("multiint." + name + ".lower");
            double[] upper = arr("multiint." + name + ".upper");
            for (int k = 0; k < family.size(); k++) {
                MultiArmTests.Comparison c = family.get(k);
                close(c.adjustedLevel(), d("multiint." + name + ".level"), 1e-12, name + " level");
                close(c.adjusted().absolute().interval().lower(), lower[k], 1e-9, name + " lower " + k);
                close(c.adjusted().absolute().interval().upper(), upper[k], 1e-9, name + " upper " + k);
                // the adjusted interval is never shorter than the per-comparison one
                assertThat(c.adjusted().absolute().interval().width())
                        .isGreaterThanOrEqualTo(c.result().absolute().interval().width());
            }
        }
        MultiArmTests.Comparison none = MultiArmTests.allVsControl(arms, 0, MetricKind.PROPORTION, TestOptions.defaults(),
                Correction.NONE).get(0);
        assertThat(none.adjusted()).isSameAs(none.result());
    }

    private static void assertClose(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < actual.length; k++) {
            close(actual[k], expected[k], 1e-12, "index " + k);
        }
    }
}
