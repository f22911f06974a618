package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.abtest.internal.MillsRatio;
import io.github.mediaops.abtest.internal.Numerics;
import org.junit.jupiter.api.Test;

/**
 * P(best) of normal posteriors against scipy's adaptive quadrature ({@code src/test/python/probability_best.py},
 * output {@code golden/probability_best.properties}): typical rates, exact and near ties, very unequal standard
 * errors (ratios up to 1e6), a narrow arm inside a wide one, two to eight arms, a large offset and random cases.
 */
class ProbabilityBestGoldenTest {
    private static final Golden.Fixture REF = new Golden.Fixture("/golden/probability_best.properties");

    private static java.util.List<Normal> normals(double[] mean, double[] sd) {
        java.util.List<Normal> out = new java.util.ArrayList<>();
        for (int j = 0; j < mean.length; j++) {
            out.add(Normal.mean(mean[j]).standardDeviation(sd[j]));
        }
        return out;
    }

    @Test
    void probability_best_of_normal_posteriors_agrees_with_scipy_quad_to_1e_8() {
        int cases = (int) REF.d("cases");
        assertThat(cases).isGreaterThanOrEqualTo(20);
        for (int c = 0; c < cases; c++) {
            double[] mean = REF.arr("case." + c + ".mean");
            double[] sd = REF.arr("case." + c + ".sd");
            double[] expected = REF.arr("case." + c + ".pBest");
            double[] actual = GaussianModel.probabilityBestOfNormals(normals(mean, sd));
            for (int j = 0; j < mean.length; j++) {
                Golden.closeAbs(actual[j], expected[j], 1e-8, "case " + c + " arm " + j);
            }
        }
    }

    @Test
    void two_arms_equal_the_closed_form_phi_of_the_standardised_difference_to_1e_8() {
        double[][] cases = {{0.1, 0.01, 0.12, 0.02}, {0, 1, 0, 1e-5}, {3, 0.5, 2, 4}, {0, 1e-3, 5e-3, 1e-3}};
        for (double[] c : cases) {
            double[] p = GaussianModel.probabilityBestOfNormals(
                    java.util.List.of(Normal.mean(c[0]).standardDeviation(c[1]), Normal.mean(c[2]).standardDeviation(c[3])));
            double second = Numerics.cdf((c[2] - c[0]) / Math.hypot(c[1], c[3]));
            Golden.closeAbs(p[1], second, 1e-8, "P(second best) " + java.util.Arrays.toString(c));
            Golden.closeAbs(p[0], 1 - second, 1e-8, "P(first best) " + java.util.Arrays.toString(c));
        }
    }

    @Test
    void mills_ratio_cdf_agrees_with_commons_statistics_to_1e_14() {
        for (int i = -100_000; i <= 100_000; i++) {
            double z = i * 1e-4;
            assertThat(Math.abs(MillsRatio.cdf(z) - Numerics.cdf(z))).as("z = " + z).isLessThanOrEqualTo(1e-14);
        }
    }
}
