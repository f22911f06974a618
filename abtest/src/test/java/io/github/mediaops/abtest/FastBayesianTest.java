package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.abtest.internal.ProbabilityBest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the Bayesian engines agree with the direct computations they replace (which are
 * themselves checked against scipy QUADPACK in {@link BayesianGoldenTest}).
 */
class FastBayesianTest {

    @Test
    void expected_losses_from_the_incomplete_beta_identity_equal_the_two_extra_sums() {
        SplittableRandom r = new SplittableRandom(11);
        for (int c = 0; c < 300; c++) {
            long nA = 10 + r.nextInt(20000);
            long nB = 10 + r.nextInt(20000);
            double rate = 0.01 + 0.5 * r.nextDouble();
            long xA = Math.round(nA * rate * (0.8 + 0.4 * r.nextDouble()));
            long xB = Math.round(nB * rate * (0.8 + 0.4 * r.nextDouble()));
            BetaBinomial.Posterior a = BetaBinomial.Posterior.of(nA, Math.min(nA, xA), BetaBinomial.Prior.UNIFORM);
            BetaBinomial.Posterior b = BetaBinomial.Posterior.of(nB, Math.min(nB, xB), BetaBinomial.Prior.UNIFORM);
            BetaBinomial.Comparison cmp = BetaBinomial.control(a).treatment(b);
            double lossB = b.expectedLossVersus(a);
            double lossA = a.expectedLossVersus(b);
            double scale = Math.sqrt(a.mean() * (1 - a.mean()) / (a.alpha() + a.beta()));
            assertThat(Math.abs(cmp.expectedLossTreatment() - lossB)).as("case %d loss B", c).isLessThanOrEqualTo(1e-9 * scale);
            assertThat(Math.abs(cmp.expectedLossControl() - lossA)).as("case %d loss A", c).isLessThanOrEqualTo(1e-9 * scale);
            assertThat(cmp.chanceToBeatControl()).isEqualTo(b.probabilityAbove(a));
        }
    }

    @Test
    void spectral_probability_best_equals_the_quadrature_of_densities_and_cdfs() {
        SplittableRandom r = new SplittableRandom(5);
        for (int c = 0; c < 100; c++) {
            int k = 2 + r.nextInt(5);
            double[] a = new double[k];
            double[] b = new double[k];
            double[] lb = new double[k];
            double[] mean = new double[k];
            double[] sd = new double[k];
            ContinuousDistribution[] beta = new ContinuousDistribution[k];
            ContinuousDistribution[] normal = new ContinuousDistribution[k];
            double base = 0.03 + 0.5 * r.nextDouble();
            for (int j = 0; j < k; j++) {
                long n = 1000 + r.nextInt(50000); // at least 20 successes and failures: the fast path

                long x = Math.max(0, Math.min(n, Math.round(n * base * (0.9 + 0.2 * r.nextDouble()))));
                a[j] = 1 + x;
                b[j] = 1 + n - x;
                lb[j] = org.apache.commons.numbers.gamma.LogBeta.value(a[j], b[j]);
                beta[j] = BetaDistribution.of(a[j], b[j]);
                mean[j] = r.nextDouble();
                sd[j] = 0.001 + 0.05 * r.nextDouble();
                normal[j] = NormalDistribution.of(mean[j], sd[j]);
            }
            double[] grid = ProbabilityBest.ofBetaAlphas(a).betas(b);
            assertThat(grid).hasSize(3 * k);
            assertClose(Arrays.copyOf(grid, k), ProbabilityBest.of(beta), "beta case " + c);
            for (int j = 1; j < k; j++) {
                double exactK = Math.exp(LogBeta.value(a[0] + a[j], b[0] + b[j]) - lb[0] - lb[j]);
                assertThat(Math.abs(grid[k + j] - BetaBinomial.h(a[0], b[0], a[j], b[j])))
                        .as("beta case %d: P(X_%d > X_0)", c, j).isLessThanOrEqualTo(1e-9);
                assertThat(Math.abs(grid[2 * k + j] - exactK)).as("beta case %d: K_0%d = %s", c, j, exactK)
                        .isLessThanOrEqualTo(1e-8 * exactK + 1e-10);
            }
            assertClose(ProbabilityBest.ofNormalMeans(mean).standardDeviations(sd), ProbabilityBest.of(normal), "normal case " + c);
        }
    }

    private static void assertClose(double[] fast, double[] direct, String what) {
        double sum = 0;
        for (int j = 0; j < fast.length; j++) {
            assertThat(Math.abs(fast[j] - direct[j])).as(what + " arm " + j + ": " + fast[j] + " vs " + direct[j])
                    .isLessThanOrEqualTo(1e-8);
            sum += fast[j];
        }
        assertThat(Math.abs(sum - 1)).as(what + " sum").isLessThanOrEqualTo(1e-8);
    }

    @Test
    void five_arm_probability_best_by_metric_kind_uses_p_one_minus_p_for_rates() {
        List<SufficientStats> arms = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
            arms.add(SufficientStats.ofProportion(2000, 160 + 5 * j));
        }
        double[] byKind = GaussianModel.probabilityBest(arms, MetricKind.PROPORTION);
        List<Normal> posteriors = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
            double p = arms.get(j).mean();
            posteriors.add(Normal.mean(p).standardDeviation(Math.sqrt(p * (1 - p) / 2000)));
        }
        assertThat(byKind).containsExactly(GaussianModel.probabilityBestOfNormals(posteriors));
        assertThat(byKind).isNotEqualTo(GaussianModel.probabilityBest(arms));
    }
}
