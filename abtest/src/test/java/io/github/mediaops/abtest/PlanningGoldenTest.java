package io.github.mediaops.abtest;

import static io.github.mediaops.abtest.Golden.close;
import static io.github.mediaops.abtest.Golden.d;
import static io.github.mediaops.abtest.Golden.i;
import static io.github.mediaops.abtest.Golden.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PlanningGoldenTest {

    @Test
    void proportion_sample_size_power_and_mde_match_scipy_for_every_formula() {
        int n = i("plan.cases");
        for (int c = 0; c < n; c++) {
            String k = "plan." + c;
            double baseline = d(k + ".baseline");
            double mde = d(k + ".mde");
            Planning.Scale scale = Planning.Scale.valueOf(s(k + ".scale"));
            double alpha = d(k + ".alpha");
            double power = d(k + ".power");
            Alternative alt = Alternative.valueOf(s(k + ".alternative"));
            for (ProportionFormula f : ProportionFormula.values()) {
                String kf = k + "." + f.name();
                Planning.SampleSize size = Planning.proportion(baseline).mde(mde, scale).alpha(alpha).power(power).alternative(alt).formula(f).sampleSize();
                close(size.exact(), d(kf + ".n"), 1e-9, kf + " n");
                assertThat(size.perArm()).isEqualTo((long) Math.ceil(d(kf + ".n")));
                assertThat(size.total()).isEqualTo(2 * size.perArm());
                close(Planning.proportion(baseline).mde(mde, scale).perArm(1500).alpha(alpha).alternative(alt).formula(f).achievedPower(), d(kf + ".powerAt1500"), 1e-9, kf + " power");
                // the MDE is found by root finding: numerical tolerance
                close(Planning.proportion(baseline).perArm(1500).alpha(alpha).power(power).alternative(alt).formula(f).minimumDetectableEffect(), d(kf + ".mdeAt1500"), 1e-6, kf + " mde");
            }
        }
    }

    @Test
    void mean_planning_matches_closed_form() {
        double sd = d("planmean.sd");
        double mde = d("planmean.mde");
        double alpha = d("planmean.alpha");
        double power = d("planmean.power");
        close(Planning.meanWithStandardDeviation(sd).mde(mde, Planning.Scale.ABSOLUTE).alpha(alpha).power(power).alternative(Alternative.TWO_SIDED).sampleSize().exact(), d("planmean.n"), 1e-9, "n");
        close(Planning.meanWithStandardDeviation(sd).mde(mde, Planning.Scale.ABSOLUTE).perArm(2000).alpha(alpha).alternative(Alternative.TWO_SIDED).achievedPower(), d("planmean.powerAt2000"), 1e-9, "power");
        close(Planning.meanWithStandardDeviation(sd).perArm(2000).alpha(alpha).power(power).alternative(Alternative.TWO_SIDED).minimumDetectableEffect(), d("planmean.mdeAt2000"), 1e-9, "mde");
    }

    @Test
    void relative_mean_mde_is_a_fraction_of_the_baseline_and_sequential_plans_inflate() {
        assertThat(Planning.meanWithStandardDeviation(12.5).baselineMean(50).mde(0.02, Planning.Scale.RELATIVE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).sampleSize())
                .isEqualTo(Planning.meanWithStandardDeviation(12.5).mde(1.0, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).sampleSize());
        Planning.SampleSize fixed = Planning.meanWithStandardDeviation(12.5).mde(1.0, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).sampleSize();
        io.github.mediaops.abtest.sequential.GroupSequentialDesign gsd = io.github.mediaops.abtest.sequential.GroupSequentialDesign
                .of(io.github.mediaops.abtest.sequential.SpendingFunction.obrienFleming(), 0.05, 0.5, 1.0);
        assertThat(gsd.maxSampleSizePerArm(fixed, 0.8)).isEqualTo((long) Math.ceil(fixed.exact() * d("gsdpower.inflation80")));
    }

    @Test
    void power_at_the_planned_sample_is_the_target_power() {
        Planning.SampleSize size = Planning.proportion(0.08).mde(0.1, Planning.Scale.RELATIVE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.R_POWER_PROP_TEST).sampleSize();
        close(Planning.proportion(0.08).mde(0.1, Planning.Scale.RELATIVE).perArm(size.exact()).alpha(0.05)
                .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.R_POWER_PROP_TEST).achievedPower(), 0.8, 1e-12, "power at n");
    }

    @Test
    void duration_rounds_up_to_whole_days() {
        assertThat(Planning.enrolment(30_000).dailyUnits(4_000).exposedFraction(0.5).days()).isEqualTo(15);
        assertThat(Planning.enrolment(30_001).dailyUnits(4_000).exposedFraction(0.5).days()).isEqualTo(16);
    }

    @Test
    void a_plan_names_every_missing_input_at_once() {
        assertThatThrownBy(() -> Planning.proportion(0.04).mde(0.1, Planning.Scale.RELATIVE).sampleSize())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("missing alpha, alternative, power, formula");
        assertThatThrownBy(() -> Planning.meanWithStandardDeviation(2).alpha(0.05).alternative(Alternative.GREATER).achievedPower())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("missing mde, perArm");
        assertThatThrownBy(() -> Planning.meanWithStandardDeviation(2).mde(0.1, Planning.Scale.RELATIVE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).sampleSize()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("baselineMean");
        assertThatThrownBy(() -> Planning.enrolment(10).days()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("missing dailyUnits, exposedFraction");
    }

    @Test
    void rejects_impossible_plans() {
        assertThatThrownBy(() -> Planning.proportion(0.9).mde(0.2, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.EVAN_MILLER).sampleSize()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside (0, 1)");
        assertThatThrownBy(() -> Planning.proportion(0.1).mde(0.0, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.EVAN_MILLER).sampleSize()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Planning.meanWithStandardDeviation(1).mde(1, Planning.Scale.ABSOLUTE).alpha(0.05).power(1.0)
                .alternative(Alternative.TWO_SIDED).sampleSize())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("power");
        assertThatThrownBy(() -> Planning.enrolment(10).dailyUnits(0).exposedFraction(0.5).days()).isInstanceOf(InvalidValueException.class);
    }
}
