package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.abtest.internal.ProbabilityBest;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.LogBeta;
import org.junit.jupiter.api.Test;

/**
 * The multi-arm Beta-binomial analysis ({@code BetaBinomial.control(c).treatments(t)}, one quadrature grid) against
 * scipy's adaptive quadrature and {@code scipy.special.betaln} ({@code src/test/python/probability_best_beta.py},
 * output {@code golden/probability_best_beta.properties}): typical rates, a tie, skewed posteriors with 20
 * conversions, sd ratios of about 30, a control far below every treatment, rates near one half and near 97%,
 * two to eight arms and random cases.
 */
class BetaMultiArmGoldenTest {
    private static final Golden.Fixture REF = new Golden.Fixture("/golden/probability_best_beta.properties");

    private static List<BetaBinomial.Posterior> arms(int c) {
        double[] n = REF.arr("case." + c + ".n");
        double[] x = REF.arr("case." + c + ".x");
        List<BetaBinomial.Posterior> out = new ArrayList<>();
        for (int j = 0; j < n.length; j++) {
            out.add(BetaBinomial.Posterior.of((long) n[j], (long) x[j], BetaBinomial.Prior.UNIFORM));
        }
        return out;
    }

    @Test
    void probability_best_and_chance_to_beat_control_agree_with_scipy_quad_to_1e_9() {
        int cases = (int) REF.d("cases");
        assertThat(cases).isGreaterThanOrEqualTo(20);
        for (int c = 0; c < cases; c++) {
            List<BetaBinomial.Posterior> arms = arms(c);
            double[] best = REF.arr("case." + c + ".pBest");
            double[] above = REF.arr("case." + c + ".pAboveControl");
            BetaBinomial.MultiArm r = BetaBinomial.control(arms.get(0)).treatments(arms.subList(1, arms.size()));
            double[] alone = BetaBinomial.probabilityBest(arms);
            for (int j = 0; j < arms.size(); j++) {
                Golden.closeAbs(r.probabilityBest().get(j), best[j], 1e-9, "case " + c + " P(best) arm " + j);
                Golden.closeAbs(alone[j], best[j], 1e-9, "case " + c + " probabilityBest arm " + j);
            }
            for (int j = 1; j < arms.size(); j++) {
                Golden.closeAbs(r.comparisons().get(j - 1).chanceToBeatControl(), above[j], 1e-9,
                        "case " + c + " P(arm " + j + " > control)");
            }
        }
    }

    @Test
    void expected_losses_agree_with_the_exact_pairwise_sums() {
        int cases = (int) REF.d("cases");
        for (int c = 0; c < cases; c++) {
            List<BetaBinomial.Posterior> arms = arms(c);
            BetaBinomial.MultiArm r = BetaBinomial.control(arms.get(0)).treatments(arms.subList(1, arms.size()));
            for (int j = 1; j < arms.size(); j++) {
                BetaBinomial.Comparison grid = r.comparisons().get(j - 1);
                BetaBinomial.Comparison exact = BetaBinomial.control(arms.get(0)).treatment(arms.get(j));
                double scale = Math.sqrt(arms.get(j).mean() * (1 - arms.get(j).mean())
                        / (arms.get(j).alpha() + arms.get(j).beta()));
                assertThat(grid.treatment()).isEqualTo(arms.get(j));
                Golden.closeAbs(grid.expectedLossTreatment(), exact.expectedLossTreatment(), 1e-9 * scale,
                        "case " + c + " loss of shipping arm " + j);
                Golden.closeAbs(grid.expectedLossControl(), exact.expectedLossControl(), 1e-9 * scale,
                        "case " + c + " loss of keeping the control against arm " + j);
            }
        }
    }

    @Test
    void the_grid_overlap_integral_agrees_with_scipy_betaln_to_1e_8_relative_or_1e_10() {
        int cases = (int) REF.d("cases");
        for (int c = 0; c < cases; c++) {
            List<BetaBinomial.Posterior> arms = arms(c);
            int k = arms.size();
            double[] a = new double[k];
            double[] b = new double[k];
            double[] lb = new double[k];
            for (int j = 0; j < k; j++) {
                a[j] = arms.get(j).alpha();
                b[j] = arms.get(j).beta();
                lb[j] = LogBeta.value(a[j], b[j]);
            }
            double[] grid = ProbabilityBest.ofBetaAlphas(a).betas(b);
            assertThat(grid).as("case %d takes the fast path", c).hasSize(3 * k);
            double[] overlap = REF.arr("case." + c + ".k");
            for (int j = 1; j < k; j++) {
                assertThat(Math.abs(grid[2 * k + j] - overlap[j])).as("case %d K_0%d", c, j)
                        .isLessThanOrEqualTo(1e-8 * overlap[j] + 1e-10);
            }
        }
    }

    @Test
    void small_parameters_fall_back_to_the_exact_sums() {
        BetaBinomial.Posterior control = BetaBinomial.Posterior.of(200, 3, BetaBinomial.Prior.UNIFORM);
        BetaBinomial.Posterior treatment = BetaBinomial.Posterior.of(200, 9, BetaBinomial.Prior.UNIFORM);
        BetaBinomial.MultiArm r = BetaBinomial.control(control).treatments(List.of(treatment));
        assertThat(r.comparisons().get(0)).isEqualTo(BetaBinomial.control(control).treatment(treatment));
        Golden.closeAbs(r.probabilityBest().get(1), r.comparisons().get(0).chanceToBeatControl(), 1e-9,
                "two arms: P(best) = P(B > A)");
    }
}
