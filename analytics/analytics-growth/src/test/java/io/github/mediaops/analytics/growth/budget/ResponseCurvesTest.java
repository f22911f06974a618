package io.github.mediaops.analytics.growth.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ResponseCurvesTest {
    private static final Golden G = Golden.load("budget.txt");

    @Test
    void geometric_adstock_matches_robyns_documented_example() {
        double[] y = Adstock.geometric(new double[] {100, 100, 100, 100, 100}, 0.5);
        assertThat(y).containsExactly(100, 150, 175, 187.5, 193.75);
        assertThat(y).containsExactly(G.get("geometric_five_100_theta_0.5"));
    }

    @Test
    void weibull_adstock_matches_independent_scipy_computation() {
        double[] x = G.get("series");
        Object[][] cases = {{0.5, 0.5, Adstock.WeibullType.CDF}, {2.0, 0.3, Adstock.WeibullType.CDF},
                {0.5, 0.5, Adstock.WeibullType.PDF}, {3.0, 0.2, Adstock.WeibullType.PDF}};
        for (Object[] c : cases) {
            double shape = (double) c[0];
            double scale = (double) c[1];
            Adstock.WeibullType type = (Adstock.WeibullType) c[2];
            String key = "weibull_" + type + "_" + shape + "_" + scale;
            assertClose(Adstock.weibull(type).shape(shape).scale(scale).decay(x.length), G.get(key + "_decay"), 1e-12);
            assertClose(Adstock.weibull(type).shape(shape).scale(scale).apply(x), G.get(key + "_adstocked"), 1e-12);
            double sum = 0;
            for (double w : G.get(key + "_decay")) {
                sum += w;
            }
            assertThat(Adstock.weibull(type).shape(shape).scale(scale).steadyState(x.length)).isCloseTo(sum, within(1e-12));
        }
    }

    /**
     * Robyn since 2022 (facebookexperimental/Robyn commit 8210dbd, "enabling 0 adstock for weibull
     * #580", {@code adstock_weibull} in {@code R/R/transformation.R}): shape 0 or scale 0 returns
     * {@code x_decayed = x}, i.e. no carry-over. The expected values are the input itself.
     */
    @Test
    void weibull_with_shape_or_scale_zero_is_no_adstock_as_in_robyn() {
        double[] x = G.get("series");
        double[][] params = {{0, 0.5}, {2.0, 0}, {0, 0}, {0.5, 0}};
        for (double[] p : params) {
            for (Adstock.WeibullType type : Adstock.WeibullType.values()) {
                assertThat(Adstock.weibull(type).shape(p[0]).scale(p[1]).apply(x))
                        .as("shape %s scale %s %s", p[0], p[1], type)
                        .containsExactly(x);
                assertThat(Adstock.weibull(type).shape(p[0]).scale(p[1]).steadyState(x.length))
                        .as("steady-state multiplier, shape %s scale %s %s", p[0], p[1], type)
                        .isEqualTo(1.0);
                double[] identity = new double[x.length];
                identity[0] = 1;
                assertThat(Adstock.weibull(type).shape(p[0]).scale(p[1]).decay(x.length)).containsExactly(identity);
            }
        }
    }

    @Test
    void meridian_geometric_adstock_normalises_weights() {
        assertClose(Adstock.meridianGeometric(G.get("series"), 0.6, 3), G.get("meridian_geometric_0.6_lag3"), 1e-12);
        // a steady input keeps its level once the window is full
        double[] steady = Adstock.meridianGeometric(new double[] {10, 10, 10, 10, 10}, 0.6, 3);
        assertThat(steady[4]).isCloseTo(10, within(1e-12));
    }

    @Test
    void hill_robyn_documented_example_under_both_inflexion_conventions() {
        double[] x = {100, 150, 170, 190, 200};
        assertThat(Hill.robynInflexion(x, 0.5, Hill.RobynInflexion.RANGE)).isEqualTo(150);
        assertThat(Hill.robynInflexion(x, 0.5, Hill.RobynInflexion.MAX)).isEqualTo(100);
        assertClose(Hill.robyn(x).alpha(3).gamma(0.5, Hill.RobynInflexion.RANGE), G.get("hill_robyn_doc_example_RANGE"), 1e-14);
        assertClose(Hill.robyn(x).alpha(3).gamma(0.5, Hill.RobynInflexion.MAX), G.get("hill_robyn_doc_example_MAX"), 1e-14);
        // at the inflexion point the Hill value is one half under either convention
        assertThat(Hill.robyn(x).alpha(3).gamma(0.5, Hill.RobynInflexion.RANGE)[1]).isEqualTo(0.5);
        assertThat(Hill.robyn(x).alpha(3).gamma(0.5, Hill.RobynInflexion.MAX)[0]).isEqualTo(0.5);
    }

    @Test
    void hill_curve_derivative_matches_finite_difference_and_inflection_formula() {
        HillCurve c = HillCurve.builder().saturation(1000).shape(2.5).halfSaturation(400).build();
        for (double s : new double[] {10, 150, 400, 900, 3000}) {
            double h = 1e-4 * s;
            double fd = (c.response(s + h) - c.response(s - h)) / (2 * h);
            assertThat(c.marginal(s)).isCloseTo(fd, within(1e-6 * Math.max(1, fd)));
        }
        double infl = c.inflection();
        double h = 1e-3;
        double secondLeft = c.marginal(infl) - c.marginal(infl - h);
        double secondRight = c.marginal(infl + h) - c.marginal(infl);
        assertThat(secondLeft).isPositive();
        assertThat(secondRight).isNegative();
        assertThat(HillCurve.builder().saturation(1).shape(0.8).halfSaturation(1).build().inflection()).isZero();
    }

    @Test
    void robyn_and_meridian_curves_convert_to_spend_units() {
        double[] adstocked = {0, 50, 100, 200};
        HillCurve robyn = HillCurve.builder().saturation(3000).shape(2)
                .halfSaturationFromRobyn(adstocked, 0.5, Hill.RobynInflexion.MAX, Adstock.geometricSteadyState(0.5)).build();
        assertThat(robyn.halfSaturation()).isCloseTo(50, within(1e-12)); // K = 0.5*200 adstocked = 100, /2
        HillCurve meridian = HillCurve.builder().saturation(500).shape(1.0).halfSaturationFromMeridian(1.2, 250).build();
        assertThat(meridian.halfSaturation()).isCloseTo(300, within(1e-12));
        assertThat(meridian.response(300)).isCloseTo(250, within(1e-9));
        // a multiplier below 1 is not a steady-state adstock level: γ and the multiplier cannot be swapped silently
        assertThatThrownBy(() -> HillCurve.builder().halfSaturationFromRobyn(adstocked, 2.0, Hill.RobynInflexion.MAX, 0.5))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("carryoverMultiplier");
    }

    @Test
    void fitter_matches_scipy_bounded_least_squares() {
        double[] spend = G.get("fit_spend");
        double[] outcome = G.get("fit_outcome");
        double[] ref = G.get("fit_beta_alpha_k_sse_r2");
        CurveFit fit = CurveFitter.fitHill(SpendHistory.spend(spend).outcome(outcome));
        assertThat(fit.sse()).isCloseTo(ref[3], within(1e-7 * ref[3]));
        assertThat(fit.curve().beta()).isCloseTo(ref[0], within(1e-4 * ref[0]));
        assertThat(fit.curve().alpha()).isCloseTo(ref[1], within(1e-4 * ref[1]));
        assertThat(fit.curve().halfSaturation()).isCloseTo(ref[2], within(1e-4 * ref[2]));
        assertThat(fit.rSquared()).isCloseTo(ref[4], within(1e-9));
        assertThat(fit.atBound()).isEmpty();
        assertThat(fit.n()).isEqualTo(spend.length);
    }

    @Test
    void fitter_bounds_are_named_and_swapped_bounds_are_refused() {
        CurveFitter f = CurveFitter.defaultsFor(new double[] {100, 200, 300});
        assertThat(f.alphaMin()).isEqualTo(0.3);
        assertThat(f.kMin()).isCloseTo(1, within(1e-12));   // 1 % of the smallest spend
        assertThat(f.kMax()).isEqualTo(3000);               // 10 times the largest
        CurveFitter narrow = f.withShapeBetween(1, 3).withHalfSaturationBetween(50, 500);
        assertThat(narrow.alphaMax()).isEqualTo(3);
        assertThat(narrow.kMax()).isEqualTo(500);
        assertThatThrownBy(() -> f.withShapeBetween(3, 1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("alphaMin");
        assertThatThrownBy(() -> f.withHalfSaturationBetween(500, 50)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("kMin");
    }

    @Test
    void fitter_rejects_all_zero_spend() {
        assertThatThrownBy(() -> CurveFitter.fitHill(SpendHistory.spend(new double[] {0, 0, 0, 0}).outcome(new double[] {1, 2, 3, 4})))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no positive spend");
    }

    @Test
    void fitter_rejects_negative_spend() {
        assertThatThrownBy(() -> CurveFitter.fitHill(SpendHistory.spend(new double[] {10, -5, 20}).outcome(new double[] {1, 2, 3})))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("spend[1]").hasMessageContaining("-5.0");
    }

    @Test
    void fitter_rejects_a_single_data_point() {
        assertThatThrownBy(() -> CurveFitter.fitHill(SpendHistory.spend(new double[] {10}).outcome(new double[] {1})))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 3 points");
    }

    @Test
    void fitter_rejects_mismatched_lengths() {
        assertThatThrownBy(() -> CurveFitter.fitHill(SpendHistory.spend(new double[] {10, 20, 30}).outcome(new double[] {1, 2})))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("outcome has 2 points");
    }

    @Test
    void fitter_reports_parameters_stuck_on_bounds() {
        // a straight line: the best Hill curve pushes K to its upper bound
        double[] s = {100, 200, 300, 400, 500, 600};
        double[] y = {10, 20, 30, 40, 50, 60};
        CurveFit fit = CurveFitter.fitHill(SpendHistory.spend(s).outcome(y));
        assertThat(fit.atBound()).contains("halfSaturation");
    }

    @Test
    void rejects_bad_adstock_parameters() {
        assertThatThrownBy(() -> Adstock.geometric(new double[] {1}, 1.0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("theta");
        assertThatThrownBy(() -> Adstock.geometric(new double[0], 0.5)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> HillCurve.builder().saturation(1).shape(0).halfSaturation(1).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("alpha");
    }

    static void assertClose(double[] actual, double[] expected, double rel) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], within(rel * Math.max(1, Math.abs(expected[i]))));
        }
    }
}
