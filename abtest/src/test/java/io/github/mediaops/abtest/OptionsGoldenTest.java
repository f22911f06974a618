package io.github.mediaops.abtest;

import static io.github.mediaops.abtest.Golden.arr;
import static io.github.mediaops.abtest.Golden.close;
import static io.github.mediaops.abtest.Golden.d;
import static io.github.mediaops.abtest.Golden.i;
import static io.github.mediaops.abtest.Golden.l;
import static io.github.mediaops.abtest.Golden.s;
import static io.github.mediaops.abtest.Golden.stats;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.abtest.sequential.ConfidenceSequence;
import io.github.mediaops.abtest.sequential.Msprt;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The convention options (Welch df, relative inference, weights, relative power) against scipy textbook values. */
class OptionsGoldenTest {
    private static final double CLOSED = 1e-9;

    private static void checkWelch(String k, TestResult abs, TestResult rel) {
        close(abs.degreesOfFreedom(), d(k + ".df"), CLOSED, k + " df");
        close(abs.statistic(), d(k + ".statistic"), CLOSED, k + " statistic");
        close(abs.pValue(), d(k + ".p"), CLOSED, k + " p");
        close(abs.absolute().interval().lower(), d(k + ".absLower"), CLOSED, k + " abs lower");
        close(abs.absolute().interval().upper(), d(k + ".absUpper"), CLOSED, k + " abs upper");
        close(rel.statistic(), d(k + ".relStatistic"), CLOSED, k + " rel statistic");
        close(rel.pValue(), d(k + ".relP"), CLOSED, k + " rel p");
        close(rel.relative().orElseThrow().interval().lower(), d(k + ".relLower"), CLOSED, k + " rel lower");
        close(rel.relative().orElseThrow().interval().upper(), d(k + ".relUpper"), CLOSED, k + " rel upper");
        // both p-values are always reported; the inference option only picks the headline one
        assertThat(abs.relative().orElseThrow().pValue()).isEqualTo(rel.pValue());
        assertThat(rel.absolute().pValue()).isEqualTo(abs.pValue());
    }

    @Test
    void welch_t_for_proportions_with_absolute_and_relative_inference_matches_scipy() {
        for (int c = 0; c < i("welchprop.cases"); c++) {
            String k = "welchprop." + c;
            TestOptions o = TestOptions.defaults().withAlpha(d(k + ".alpha"))
                    .withAlternative(Alternative.valueOf(s(k + ".alternative")))
                    .withDegreesOfFreedom(DegreesOfFreedom.WELCH_SATTERTHWAITE);
            TestResult abs = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(l(k + ".nA"), l(k + ".xA")))
                    .treatment(SufficientStats.ofProportion(l(k + ".nB"), l(k + ".xB"))), o);
            TestResult rel = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(l(k + ".nA"), l(k + ".xA")))
                    .treatment(SufficientStats.ofProportion(l(k + ".nB"), l(k + ".xB"))),
                    o.withInference(Planning.Scale.RELATIVE));
            assertThat(abs.method()).isEqualTo("two-proportion-welch-t");
            assertThat(abs.controlN()).isEqualTo(l(k + ".nA"));
            assertThat(abs.treatmentN()).isEqualTo(l(k + ".nB"));
            checkWelch(k, abs, rel);
        }
    }

    @Test
    void welch_t_for_a_ratio_metric_matches_scipy() {
        TestOptions o = TestOptions.defaults().withDegreesOfFreedom(DegreesOfFreedom.WELCH_SATTERTHWAITE);
        SufficientStats a = stats("ratio.0.A");
        SufficientStats b = stats("ratio.0.B");
        checkWelch("welchratio", FrequentistTests.ratio(Arms.control(a).treatment(b), o),
                FrequentistTests.ratio(Arms.control(a).treatment(b), o.withInference(Planning.Scale.RELATIVE)));
    }

    @Test
    void z_and_welch_agree_on_estimates_and_differ_only_in_the_reference_distribution() {
        TestResult z = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(40, 9))
                .treatment(SufficientStats.ofProportion(35, 4)), TestOptions.defaults());
        TestResult t = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(40, 9))
                .treatment(SufficientStats.ofProportion(35, 4)),
                TestOptions.defaults().withDegreesOfFreedom(DegreesOfFreedom.WELCH_SATTERTHWAITE));
        assertThat(t.statistic()).isEqualTo(z.statistic());
        assertThat(z.degreesOfFreedom()).isInfinite();
        assertThat(t.pValue()).isGreaterThan(z.pValue());
        assertThat(t.absolute().interval().width()).isGreaterThan(z.absolute().interval().width());
    }

    @Test
    void srm_weights_on_any_positive_scale_match_scipy_chisquare_of_the_normalised_split() {
        for (int c = 0; c < i("srmw.cases"); c++) {
            String k = "srmw." + c;
            long[] obs = Arrays.stream(arr(k + ".observed")).mapToLong(x -> (long) x).toArray();
            SampleRatioMismatch.Result r = SampleRatioMismatch.test(obs, arr(k + ".weights"));
            close(r.chiSquare(), d(k + ".chi"), CLOSED, k + " chi");
            close(r.pValue(), d(k + ".p"), CLOSED, k + " p");
        }
        // 1:1:1 is the same split as thirds
        long[] obs = {3300, 3350, 3420};
        assertThat(SampleRatioMismatch.test(obs, new double[] {1, 1, 1}).chiSquare())
                .isCloseTo(SampleRatioMismatch.test(obs, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}).chiSquare(),
                        org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void relative_power_and_mde_through_the_delta_method_match_scipy() {
        for (int c = 0; c < i("relpower.cases"); c++) {
            String k = "relpower." + c;
            PowerAnalysis pa = PowerAnalysis.proportion(d(k + ".rate")).variations(i(k + ".variations"))
                    .alpha(d(k + ".alpha")).alternative(Alternative.valueOf(s(k + ".alternative")))
                    .scale(Planning.Scale.valueOf(s(k + ".scale"))).build();
            close(pa.totalUnits(d(k + ".n")).power(d(k + ".effect")), d(k + ".power"), CLOSED, k + " power");
            close(pa.totalUnits(d(k + ".n")).mde(0.8), d(k + ".mde80"), 1e-9, k + " mde");
        }
    }

    @Test
    void relative_power_is_below_the_power_of_treating_the_relative_goal_as_absolute() {
        // baseline 4%, +10% relative, 60,000 units: the absolute shortcut ignores the treatment's larger mean
        PowerAnalysis relative = PowerAnalysis.proportion(0.04).build();
        PowerAnalysis absolute = PowerAnalysis.proportion(0.04).scale(Planning.Scale.ABSOLUTE).build();
        assertThat(relative.totalUnits(60000).power(0.10)).isLessThan(absolute.totalUnits(60000).power(0.004));
    }

    @Test
    void sample_size_is_the_smallest_multiple_of_the_variations_that_reaches_the_power() {
        PowerAnalysis pa = PowerAnalysis.proportion(0.04).variations(3).build();
        long n = pa.effect(0.10).sampleSize(0.8);
        assertThat(n % 3).isZero();
        assertThat(pa.totalUnits(n).power(0.10)).isGreaterThanOrEqualTo(0.8);
        assertThat(pa.totalUnits(n - 3).power(0.10)).isLessThan(0.8);
        PowerAnalysis seq = PowerAnalysis.proportion(0.04).variations(3).sequential(5000).build();
        assertThat(seq.effect(0.10).sampleSize(0.8)).isGreaterThan(n);
    }

    @Test
    void sequential_evaluators_take_the_relative_effect_and_the_units_from_the_result() {
        TestResult r = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(3000, 1396))
                .treatment(SufficientStats.ofProportion(3461, 2422)), TestOptions.defaults());
        Effect rel = r.relative().orElseThrow();
        ConfidenceSequence.Look cs = ConfidenceSequence.evaluate(r, Planning.Scale.RELATIVE, 5000,
                ConfidenceSequence.PValue.SMALLEST_ALPHA);
        ConfidenceSequence.Look manual = ConfidenceSequence.of(rel.estimate())
                .variance(rel.standardError() * rel.standardError()).totalUnits(6461).alpha(0.05).tuning(5000).evaluate();
        assertThat(r.totalUnits()).isEqualTo(6461);
        assertThat(cs).isEqualTo(manual);
        Msprt.Look m = Msprt.evaluate(r, Planning.Scale.RELATIVE, 0.01);
        assertThat(m).isEqualTo(Msprt.of(rel.estimate()).variance(rel.standardError() * rel.standardError()).tau2(0.01).alpha(0.05).evaluate());
    }

    @Test
    void confidence_sequence_intervals_are_nested_in_alpha_and_the_smallest_alpha_p_is_dual_to_them() {
        double est = 0.012;
        double v = 2.5e-5;
        long n = 20000;
        double[] alphas = {0.001, 0.01, 0.05, 0.1, 0.2, 0.5};
        ConfidenceSequence.Look prev = null;
        for (double a : alphas) {
            ConfidenceSequence.Look look = ConfidenceSequence.of(est).variance(v).totalUnits(n).alpha(a).tuning(5000).evaluate();
            if (prev != null) { // a larger alpha gives an interval inside the previous one
                assertThat(look.interval().lower()).isGreaterThanOrEqualTo(prev.interval().lower());
                assertThat(look.interval().upper()).isLessThanOrEqualTo(prev.interval().upper());
            }
            assertThat(look.pValue() < a).isEqualTo(look.interval().excludesZero());
            prev = look;
        }
        // GrowthBook's e-value p tunes rho at the test's alpha, so it is a different number
        double pe = ConfidenceSequence.of(est).variance(v).totalUnits(n).pValue(ConfidenceSequence.PValue.E_VALUE).evaluate().pValue();
        double ps = ConfidenceSequence.of(est).variance(v).totalUnits(n).evaluate().pValue();
        assertThat(pe).isBetween(0.0, 1.0).isNotEqualTo(ps);
    }

    @Test
    void one_sided_confidence_sequence_bounds_are_nested_in_alpha_and_the_smallest_alpha_p_is_dual_to_them() {
        double est = 0.012;
        double v = 2.5e-5;
        long n = 20000;
        double[] alphas = {0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4};
        for (Alternative alt : new Alternative[] {Alternative.GREATER, Alternative.LESS}) {
            double signed = alt == Alternative.GREATER ? est : -est;
            ConfidenceSequence.Look prev = null;
            for (double a : alphas) {
                ConfidenceSequence.Look look = ConfidenceSequence.of(signed).variance(v).totalUnits(n).alpha(a)
                        .alternative(alt).evaluate();
                if (prev != null) { // a larger alpha gives a tighter bound
                    assertThat(look.interval().lower()).isGreaterThanOrEqualTo(prev.interval().lower());
                    assertThat(look.interval().upper()).isLessThanOrEqualTo(prev.interval().upper());
                }
                assertThat(look.pValue() < a).as(alt + " at " + a).isEqualTo(look.interval().excludesZero());
                prev = look;
            }
            // the same estimate in the other direction is never significant
            assertThat(ConfidenceSequence.of(-signed).variance(v).totalUnits(n).alternative(alt).evaluate().pValue())
                    .isEqualTo(1.0);
        }
    }
}
