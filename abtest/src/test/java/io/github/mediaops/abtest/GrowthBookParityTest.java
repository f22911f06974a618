package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.abtest.sequential.ConfidenceSequence;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * GrowthBook's conventions against the numbers of GrowthBook's own test suite
 * ({@code src/test/resources/golden/growthbook.properties}, transcribed with repository, path and commit).
 */
class GrowthBookParityTest {
    private static final Golden.Fixture GB = new Golden.Fixture("/golden/growthbook.properties");
    private static final double ROUNDED = 1e-5;

    private static String s(String key) {
        return GB.s(key);
    }

    private static double d(String key) {
        return GB.d(key);
    }

    private static double[] arr(String key) {
        return GB.arr(key);
    }

    private static SufficientStats arm(String key) {
        double[] a = arr(key);
        return SufficientStats.units((long) a[0]).sumX(a[1]).sumX2(a[2]);
    }

    private static void near(double actual, double expected, String what) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        assertThat(Math.abs(actual - expected)).as(what + ": actual " + actual + ", GrowthBook " + expected)
                .isLessThanOrEqualTo(ROUNDED);
    }

    private static void exact(double actual, double expected, String what) {
        if (Double.isInfinite(expected)) {
            return;
        }
        assertThat(Math.abs(actual - expected)).as(what + ": actual " + actual + ", GrowthBook " + expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(expected));
    }

    private static TestResult run(String k, TestOptions options) {
        SufficientStats a = arm(k + ".a");
        SufficientStats b = arm(k + ".b");
        return Boolean.parseBoolean(s(k + ".binary")) ? FrequentistTests.proportions(Arms.control(a)
                .treatment(b), options)
                : FrequentistTests.means(Arms.control(a).treatment(b), options);
    }

    @Test
    void welch_t_tests_on_the_absolute_and_the_relative_effect_match_growthbook() {
        for (int c = 0; c < (int) d("freq.cases"); c++) {
            String k = "freq." + c;
            Planning.Scale scale = Planning.Scale.valueOf(s(k + ".scale"));
            TestOptions options = TestOptions.growthBook().withInference(scale)
                    .withAlternative(Alternative.valueOf(s(k + ".alternative")));
            TestResult r = run(k, options);
            assertThat(r.degreesOfFreedom()).as(k + " Welch df").isFinite();
            Effect e = r.effect(scale);
            boolean full = Boolean.parseBoolean(GB.s(k + ".fullPrecision", "false"));
            String[] names = {"expected", "ciLower", "ciUpper", "stddev", "p"};
            double[] actual = {e.estimate(), e.interval().lower(), e.interval().upper(), e.standardError(), r.pValue()};
            for (int i = 0; i < names.length; i++) {
                near(actual[i], d(k + "." + names[i]), k + " " + names[i]);
                if (full) {
                    exact(actual[i], d(k + "." + names[i]), k + " " + names[i]);
                }
            }
            assertThat(e.pValue()).isEqualTo(r.pValue());
        }
    }

    @Test
    void sequential_confidence_sequence_and_e_value_p_match_growthbook() {
        for (int c = 0; c < (int) d("seq.cases"); c++) {
            String k = "seq." + c;
            TestResult r = run(k, TestOptions.growthBook());
            ConfidenceSequence.Look look = ConfidenceSequence.evaluate(r, Planning.Scale.RELATIVE, d(k + ".tuning"),
                    ConfidenceSequence.PValue.E_VALUE);
            near(look.estimate(), d(k + ".expected"), k + " expected");
            near(look.interval().lower(), d(k + ".ciLower"), k + " ci lower");
            near(look.interval().upper(), d(k + ".ciUpper"), k + " ci upper");
            near(r.relative().orElseThrow().standardError(), d(k + ".stddev"), k + " stddev");
            near(look.pValue(), d(k + ".p"), k + " p");
        }
    }

    @Test
    void sequential_interval_is_tightest_when_tuned_near_the_sample_size_as_growthbook_asserts() {
        double[] tunings = arr("seqTuning.values");
        TestResult r = run("seq.0", TestOptions.growthBook());
        ConfidenceSequence.Look below = ConfidenceSequence.evaluate(r, Planning.Scale.RELATIVE, tunings[0],
                ConfidenceSequence.PValue.E_VALUE);
        ConfidenceSequence.Look near = ConfidenceSequence.evaluate(r, Planning.Scale.RELATIVE, tunings[1],
                ConfidenceSequence.PValue.E_VALUE);
        ConfidenceSequence.Look above = ConfidenceSequence.evaluate(r, Planning.Scale.RELATIVE, tunings[2],
                ConfidenceSequence.PValue.E_VALUE);
        assertThat(below.interval().lower()).isLessThan(above.interval().lower());
        assertThat(below.interval().upper()).isGreaterThan(above.interval().upper());
        assertThat(below.interval().lower()).isLessThan(near.interval().lower());
        assertThat(below.interval().upper()).isGreaterThan(near.interval().upper());
        assertThat(above.interval().lower()).isLessThan(near.interval().lower());
        assertThat(above.interval().upper()).isGreaterThan(near.interval().upper());
    }

    @Test
    void bayesian_effect_posterior_matches_growthbook_including_binary_p_one_minus_p() {
        for (int c = 0; c < (int) d("bayes.cases"); c++) {
            String k = "bayes." + c;
            MetricKind kind = Boolean.parseBoolean(s(k + ".binary")) ? MetricKind.PROPORTION : MetricKind.MEAN;
            Optional<GaussianModel.Prior> prior = s(k + ".prior").equals("flat") ? Optional.empty()
                    : Optional.of(GaussianModel.Prior.mean(arr(k + ".prior")[0]).variance(arr(k + ".prior")[1]));
            GaussianModel.Result r = GaussianModel.compare(kind, Arms.control(arm(k + ".a"))
                    .treatment(arm(k + ".b")), Planning.Scale.RELATIVE, prior, 0.95);
            near(r.mean(), d(k + ".expected"), k + " expected");
            near(r.credibleInterval().lower(), d(k + ".ciLower"), k + " ci lower");
            near(r.credibleInterval().upper(), d(k + ".ciUpper"), k + " ci upper");
            near(r.standardDeviation(), d(k + ".stddev"), k + " stddev");
            near(r.chanceToWin(), d(k + ".chanceToWin"), k + " chance to win");
            near(r.riskControl(), d(k + ".riskControl"), k + " risk control");
            near(r.riskTreatment(), d(k + ".riskTreatment"), k + " risk treatment");
        }
    }

    @Test
    void standalone_risk_matches_growthbook_get_risk() {
        for (int c = 0; c < (int) d("risk.cases"); c++) {
            String k = "risk." + c;
            double mu = d(k + ".mu");
            double sigma = d(k + ".sigma");
            assertThat(Math.abs(GaussianModel.riskOfControl(Normal.mean(mu).standardDeviation(sigma)) - d(k + ".control"))).as(k + " control")
                    .isLessThanOrEqualTo(1e-10);
            assertThat(Math.abs(GaussianModel.riskOfTreatment(Normal.mean(mu).standardDeviation(sigma)) - d(k + ".treatment"))).as(k + " treatment")
                    .isLessThanOrEqualTo(1e-10);
        }
    }

    @Test
    void relative_power_and_mde_with_variations_and_sequential_match_growthbook_calculator() {
        PowerAnalysis fixed = PowerAnalysis.mean(d("power.mean.mean")).standardDeviation(Math.sqrt(d("power.mean.variance")))
                .variations((int) d("power.mean.variations")).build();
        PowerAnalysis sequential = PowerAnalysis.mean(d("power.mean.mean")).standardDeviation(Math.sqrt(d("power.mean.variance")))
                .variations((int) d("power.mean.variations")).sequential(d("power.mean.tuning")).build();
        double n = d("power.mean.n");
        double effect = d("power.mean.effect");
        near(fixed.totalUnits(n).power(effect), d("power.mean.power"), "power");
        near(fixed.totalUnits(n).mde(0.8), d("power.mean.mde80"), "mde");
        near(sequential.totalUnits(n).power(effect), d("power.mean.sequentialPower"), "sequential power");
        near(sequential.totalUnits(n).mde(0.8), d("power.mean.sequentialMde80"), "sequential mde");
    }

    @Test
    void weekly_power_and_mde_of_a_rate_and_a_mean_over_three_variations_match_growthbook() {
        int variations = (int) d("weeks.variations");
        PowerAnalysis ctr = PowerAnalysis.proportion(d("weeks.ctr.rate")).variations(variations).build();
        PowerAnalysis revenue = PowerAnalysis.mean(d("weeks.revenue.mean")).standardDeviation(Math.sqrt(d("weeks.revenue.variance")))
                .variations(variations).build();
        double[] power = arr("weeks.power");
        double[] mde = arr("weeks.mde80");
        for (int w = 0; w < power.length / 2; w++) {
            double n = d("weeks.usersPerWeek") * (w + 1);
            near(ctr.totalUnits(n).power(d("weeks.ctr.effect")), power[2 * w], "week " + (w + 1) + " ctr power");
            near(revenue.totalUnits(n).power(d("weeks.revenue.effect")), power[2 * w + 1], "week " + (w + 1) + " revenue power");
            near(ctr.totalUnits(n).mde(0.8), mde[2 * w], "week " + (w + 1) + " ctr mde");
            near(revenue.totalUnits(n).mde(0.8), mde[2 * w + 1], "week " + (w + 1) + " revenue mde");
        }
    }

    @Test
    void one_sided_sequential_bounds_and_bisection_p_values_match_growthbook() {
        SufficientStats a = arm("seq1.a");
        SufficientStats b = arm("seq1.b");
        for (int c = 0; c < (int) d("seq1.cases"); c++) {
            String k = "seq1." + c;
            Planning.Scale scale = Planning.Scale.valueOf(s(k + ".scale"));
            TestOptions options = TestOptions.growthBook().withInference(scale)
                    .withAlternative(Alternative.valueOf(s(k + ".alternative")));
            TestResult r = FrequentistTests.means(Arms.control(a).treatment(b), options);
            ConfidenceSequence.Look look = ConfidenceSequence.evaluate(r, scale, ConfidenceSequence.DEFAULT_TUNING,
                    ConfidenceSequence.PValue.GROWTHBOOK);
            String[] names = {"expected", "ciLower", "ciUpper", "stddev", "p"};
            double[] actual = {look.estimate(), look.interval().lower(), look.interval().upper(),
                r.effect(scale).standardError(), look.pValue()};
            for (int i = 0; i < names.length; i++) {
                near(actual[i], d(k + "." + names[i]), k + " " + names[i]);
                exact(actual[i], d(k + "." + names[i]), k + " " + names[i]);
            }
        }
    }

    private static SufficientStats cupedArm(String key) {
        double[] v = arr(key);
        return SufficientStats.ofSums().n((long) v[0]).sumX(v[1]).sumX2(v[2]).sumY(v[3]).sumY2(v[4]).sumXY(v[5]).build();
    }

    @Test
    void relative_cuped_matches_growthbook_fixed_horizon_to_9_decimals() {
        TestResult r = FrequentistTests.cuped(Arms.control(cupedArm("cuped.0.a"))
                .treatment(cupedArm("cuped.0.b")), TestOptions.growthBook());
        Effect rel = r.relative().orElseThrow();
        assertThat(Math.abs(rel.estimate() - d("cuped.0.expected"))).as("relative CUPED lift " + rel.estimate())
                .isLessThanOrEqualTo(1e-9);
        assertThat(Math.abs(r.pValue() - d("cuped.0.p"))).as("relative CUPED p " + r.pValue()).isLessThanOrEqualTo(1e-9);
        // the default (ratio of adjusted means) is a different, documented convention
        Effect ours = FrequentistTests.cuped(Arms.control(cupedArm("cuped.0.a"))
                .treatment(cupedArm("cuped.0.b")), TestOptions.defaults())
                .relative().orElseThrow();
        assertThat(Math.abs(ours.estimate() - d("cuped.0.expected"))).isGreaterThan(1e-3);
    }

    @Test
    void relative_cuped_in_a_sequential_test_matches_growthbook() {
        TestResult r = FrequentistTests.cuped(Arms.control(cupedArm("cuped.1.a"))
                .treatment(cupedArm("cuped.1.b")), TestOptions.growthBook());
        ConfidenceSequence.Look look = ConfidenceSequence.evaluate(r, Planning.Scale.RELATIVE,
                ConfidenceSequence.DEFAULT_TUNING, ConfidenceSequence.PValue.GROWTHBOOK);
        near(look.estimate(), d("cuped.1.expected"), "expected");
        near(look.interval().lower(), d("cuped.1.ciLower"), "ci lower");
        near(look.interval().upper(), d("cuped.1.ciUpper"), "ci upper");
        near(r.relative().orElseThrow().standardError(), d("cuped.1.stddev"), "stddev");
        near(look.pValue(), d("cuped.1.p"), "p");
    }
}
