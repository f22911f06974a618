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
                Planning.SampleSize size = Planning.proportionSampleSize(baseline, mde, scale, alpha, power, alt, f);
                close(size.exact(), d(kf + ".n"), 1e-9, kf + " n");
                assertThat(size.perArm()).isEqualTo((long) Math.ceil(d(kf + ".n")));
                assertThat(size.total()).isEqualTo(2 * size.perArm());
                close(Planning.proportionPower(baseline, mde, scale, 1500, alpha, alt, f), d(kf + ".powerAt1500"), 1e-9, kf + " power");
                // the MDE is found by root finding: numerical tolerance
                close(Planning.proportionMde(baseline, 1500, alpha, power, alt, f), d(kf + ".mdeAt1500"), 1e-6, kf + " mde");
            }
        }
    }

    @Test
    void mean_planning_matches_closed_form() {
        double sd = d("planmean.sd");
        double mde = d("planmean.mde");
        double alpha = d("planmean.alpha");
        double power = d("planmean.power");
        close(Planning.meanSampleSize(sd, mde, alpha, power, Alternative.TWO_SIDED).exact(), d("planmean.n"), 1e-9, "n");
        close(Planning.meanPower(sd, mde, 2000, alpha, Alternative.TWO_SIDED), d("planmean.powerAt2000"), 1e-9, "power");
        close(Planning.meanMde(sd, 2000, alpha, power, Alternative.TWO_SIDED), d("planmean.mdeAt2000"), 1e-9, "mde");
    }

    @Test
    void relative_mean_mde_is_a_fraction_of_the_baseline_and_sequential_plans_inflate() {
        assertThat(Planning.meanSampleSize(50, 12.5, 0.02, Planning.Scale.RELATIVE, 0.05, 0.8, Alternative.TWO_SIDED))
                .isEqualTo(Planning.meanSampleSize(12.5, 1.0, 0.05, 0.8, Alternative.TWO_SIDED));
        Planning.SampleSize fixed = Planning.meanSampleSize(12.5, 1.0, 0.05, 0.8, Alternative.TWO_SIDED);
        io.github.mediaops.abtest.sequential.GroupSequentialDesign gsd = io.github.mediaops.abtest.sequential.GroupSequentialDesign
                .of(io.github.mediaops.abtest.sequential.SpendingFunction.obrienFleming(), 0.05, 0.5, 1.0);
        assertThat(gsd.maxSampleSizePerArm(fixed, 0.8)).isEqualTo((long) Math.ceil(fixed.exact() * d("gsdpower.inflation80")));
    }

    @Test
    void power_at_the_planned_sample_is_the_target_power() {
        Planning.SampleSize size = Planning.proportionSampleSize(0.08, 0.1, Planning.Scale.RELATIVE, 0.05, 0.8,
                Alternative.TWO_SIDED, ProportionFormula.R_POWER_PROP_TEST);
        close(Planning.proportionPower(0.08, 0.1, Planning.Scale.RELATIVE, size.exact(), 0.05, Alternative.TWO_SIDED,
                ProportionFormula.R_POWER_PROP_TEST), 0.8, 1e-12, "power at n");
    }

    @Test
    void duration_rounds_up_to_whole_days() {
        assertThat(Planning.durationDays(30_000, 4_000, 0.5)).isEqualTo(15);
        assertThat(Planning.durationDays(30_001, 4_000, 0.5)).isEqualTo(16);
    }

    @Test
    void rejects_impossible_plans() {
        assertThatThrownBy(() -> Planning.proportionSampleSize(0.9, 0.2, Planning.Scale.ABSOLUTE, 0.05, 0.8,
                Alternative.TWO_SIDED, ProportionFormula.EVAN_MILLER)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside (0, 1)");
        assertThatThrownBy(() -> Planning.proportionSampleSize(0.1, 0.0, Planning.Scale.ABSOLUTE, 0.05, 0.8,
                Alternative.TWO_SIDED, ProportionFormula.EVAN_MILLER)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Planning.meanSampleSize(1, 1, 0.05, 1.0, Alternative.TWO_SIDED))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("power");
        assertThatThrownBy(() -> Planning.durationDays(10, 0, 0.5)).isInstanceOf(InvalidValueException.class);
    }
}
