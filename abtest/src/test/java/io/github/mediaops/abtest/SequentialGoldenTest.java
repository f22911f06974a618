package io.github.mediaops.abtest;

import static io.github.mediaops.abtest.Golden.arr;
import static io.github.mediaops.abtest.Golden.close;
import static io.github.mediaops.abtest.Golden.closeAbs;
import static io.github.mediaops.abtest.Golden.d;
import static io.github.mediaops.abtest.Golden.i;
import static io.github.mediaops.abtest.Golden.l;
import static io.github.mediaops.abtest.Golden.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.abtest.sequential.ConfidenceSequence;
import io.github.mediaops.abtest.sequential.GroupSequentialDesign;
import io.github.mediaops.abtest.sequential.InformationFraction;
import io.github.mediaops.abtest.sequential.Msprt;
import io.github.mediaops.abtest.sequential.SequentialMonitor;
import io.github.mediaops.abtest.sequential.SpendingFunction;
import io.github.mediaops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SequentialGoldenTest {

    @Test
    void msprt_and_confidence_sequence_match_reference_formulas() {
        int n = i("seq.cases");
        for (int c = 0; c < n; c++) {
            String k = "seq." + c;
            double est = d(k + ".estimate");
            double v = d(k + ".variance");
            double alpha = d(k + ".alpha");
            Msprt.Look m = Msprt.of(est).variance(v).tau2(d(k + ".tau2")).alpha(alpha).evaluate();
            close(m.likelihoodRatio(), d(k + ".msprtLr"), 1e-6, k + " lr");
            close(m.pValue(), d(k + ".msprtP"), 1e-6, k + " p");
            close(m.interval().lower(), d(k + ".msprtLower"), 1e-6, k + " lower");
            close(m.interval().upper(), d(k + ".msprtUpper"), 1e-6, k + " upper");
            ConfidenceSequence.Look cs = ConfidenceSequence.of(est).variance(v).totalUnits(l(k + ".n")).alpha(alpha).evaluate();
            close(cs.interval().lower(), d(k + ".csLower"), 1e-6, k + " cs lower");
            close(cs.interval().upper(), d(k + ".csUpper"), 1e-6, k + " cs upper");
            close(cs.pValue(), d(k + ".csP"), 1e-6, k + " cs p");
            assertThat(cs.pValue() < alpha).isEqualTo(cs.interval().excludesZero());
        }
    }

    @Test
    void group_sequential_boundaries_match_adaptive_quadrature() {
        int n = i("gsd.cases");
        for (int c = 0; c < n; c++) {
            String k = "gsd." + c;
            SpendingFunction f;
            switch (s(k + ".spending")) {
                case "OBF":
                    f = SpendingFunction.obrienFleming();
                    break;
                case "POCOCK":
                    f = SpendingFunction.pocock();
                    break;
                default:
                    f = SpendingFunction.power(3);
            }
            GroupSequentialDesign g = GroupSequentialDesign.of(f, d(k + ".alpha"), arr(k + ".t"));
            double[] expected = arr(k + ".c");
            double[] actual = g.boundaries();
            for (int j = 0; j < expected.length; j++) {
                close(actual[j], expected[j], 1e-6, k + " c" + j);
            }
        }
    }

    @Test
    void group_sequential_power_matches_adaptive_quadrature() {
        GroupSequentialDesign g = GroupSequentialDesign.of(SpendingFunction.obrienFleming(), 0.05, 0.5, 1.0);
        close(g.upperCrossingProbability(d("gsdpower.theta")), d("gsdpower.p"), 1e-6, "power");
        close(g.inflationFactor(0.8), d("gsdpower.inflation80"), 1e-6, "inflation factor");
    }

    @Test
    void obrien_fleming_five_looks_match_the_published_lan_demets_boundaries() {
        // Jennison & Turnbull (2000) Table 7.6 / gsDesign: two-sided 0.05, K = 5 equally spaced,
        // Lan-DeMets O'Brien-Fleming boundaries 4.877, 3.357, 2.680, 2.290, 2.031
        double[] c = GroupSequentialDesign.equallySpaced(SpendingFunction.obrienFleming(), 0.05, 5).boundaries();
        double[] published = {4.877, 3.357, 2.680, 2.290, 2.031};
        for (int j = 0; j < 5; j++) {
            closeAbs(c[j], published[j], 0.0015, "look " + j);
        }
    }

    @Test
    void one_look_is_the_fixed_design_and_inflation_is_one() {
        GroupSequentialDesign g = GroupSequentialDesign.equallySpaced(SpendingFunction.pocock(), 0.05, 1);
        closeAbs(g.boundaries()[0], 1.959963984540054, 1e-12, "z");
        closeAbs(g.inflationFactor(0.8), 1.0, 1e-8, "inflation");
    }

    @Test
    void pocock_costs_more_sample_than_obrien_fleming() {
        double obf = GroupSequentialDesign.equallySpaced(SpendingFunction.obrienFleming(), 0.05, 4).inflationFactor(0.9);
        double poc = GroupSequentialDesign.equallySpaced(SpendingFunction.pocock(), 0.05, 4).inflationFactor(0.9);
        assertThat(obf).isGreaterThan(1.0).isLessThan(poc);
    }

    @Test
    void monitor_keeps_the_running_minimum_p_value_and_intersects_intervals() {
        SequentialMonitor m = SequentialMonitor.start()
                .observe(Msprt.of(0.02).variance(1e-4).tau2(1e-4).alpha(0.05).evaluate())
                .observe(Msprt.of(0.001).variance(5e-5).tau2(1e-4).alpha(0.05).evaluate());
        assertThat(m.looks()).isEqualTo(2);
        assertThat(m.pValue()).isEqualTo(Math.min(Msprt.of(0.02).variance(1e-4).tau2(1e-4).alpha(0.05).evaluate().pValue(),
                Msprt.of(0.001).variance(5e-5).tau2(1e-4).alpha(0.05).evaluate().pValue()));
        assertThat(m.interval().width()).isLessThanOrEqualTo(Msprt.of(0.001).variance(5e-5).tau2(1e-4).alpha(0.05).evaluate().interval().width());
    }

    @Test
    void rejects_bad_designs() {
        assertThatThrownBy(() -> GroupSequentialDesign.of(SpendingFunction.pocock(), 0.05, 0.5, 0.4, 1.0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("increase");
        assertThatThrownBy(() -> GroupSequentialDesign.of(SpendingFunction.pocock(), 0.05, 0.5, 0.9))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("last fraction");
        assertThatThrownBy(() -> Msprt.of(0.1).variance(0).tau2(1).alpha(0.05).evaluate()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("variance");
        assertThatThrownBy(() -> Msprt.of(0.1).evaluate()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("missing variance, tau2");
    }

    @Test
    void non_binding_futility_boundaries_from_beta_spending_match_scipy_quadrature() {
        GroupSequentialDesign two = GroupSequentialDesign.of(SpendingFunction.obrienFleming(), 0.05, 0.5, 1.0);
        double[] b = two.futilityBoundaries(SpendingFunction.power(2), 0.8);
        closeAbs(b[0], d("futility2.b1"), 1e-6, "two looks, futility 1");
        closeAbs(b[1], d("futility2.b2"), 1e-6, "two looks, last = efficacy");
        GroupSequentialDesign three = GroupSequentialDesign.equallySpaced(SpendingFunction.obrienFleming(), 0.05, 3);
        double[] b3 = three.atDrift(d("futility3.drift")).futilityBoundaries(SpendingFunction.power(2), d("futility3.beta"));
        double[] expected = arr("futility3.b");
        for (int k = 0; k < 3; k++) {
            closeAbs(b3[k], expected[k], 1e-6, "three looks, futility " + (k + 1));
            assertThat(b3[k]).isLessThanOrEqualTo(three.boundaries()[k]);
        }
        assertThat(b3[0]).isLessThan(b3[1]);
        assertThatThrownBy(() -> three.futilityBoundaries(SpendingFunction.power(2), 0.4))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("power");
    }

    @Test
    void a_spending_function_takes_a_typed_information_fraction_that_refuses_values_outside_zero_one() {
        // scipy: 4 * norm.sf(norm.isf(0.05 / 4) / sqrt(0.5)) = 0.0030506455159778224
        assertThat(SpendingFunction.obrienFleming().spent(InformationFraction.of(0.5), 0.05))
                .isCloseTo(0.0030506455159778224, within(1e-12));
        assertThat(SpendingFunction.pocock().spent(InformationFraction.FULL, 0.05)).isEqualTo(0.05);
        assertThat(SpendingFunction.power(2).spent(InformationFraction.NONE, 0.05)).isEqualTo(0.0);
        assertThatThrownBy(() -> InformationFraction.of(1.5)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("informationFraction").hasMessageContaining("1.5");
        assertThatThrownBy(() -> InformationFraction.of(Double.NaN)).isInstanceOf(InvalidValueException.class);
        // a host's own function (linear spending, the power family with rho = 1) gives the same design
        SpendingFunction linear = new SpendingFunction() {
            @Override
            public double spent(InformationFraction t, double alpha) {
                return alpha * t.value();
            }

            @Override
            public String name() {
                return "linear";
            }
        };
        assertThat(GroupSequentialDesign.equallySpaced(linear, 0.05, 3).boundaries())
                .containsExactly(GroupSequentialDesign.equallySpaced(SpendingFunction.power(1), 0.05, 3).boundaries());
    }
}
