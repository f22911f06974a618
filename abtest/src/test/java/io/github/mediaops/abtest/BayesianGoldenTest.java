package io.github.mediaops.abtest;

import static io.github.mediaops.abtest.Golden.arr;
import static io.github.mediaops.abtest.Golden.close;
import static io.github.mediaops.abtest.Golden.closeAbs;
import static io.github.mediaops.abtest.Golden.d;
import static io.github.mediaops.abtest.Golden.i;
import static io.github.mediaops.abtest.Golden.l;
import static io.github.mediaops.abtest.Golden.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bayesian models against scipy (QUADPACK) quadrature (independent of the closed forms). */
class BayesianGoldenTest {

    @Test
    void beta_binomial_probability_and_expected_loss_match_quadpack_quadrature() {
        int n = i("beta.cases");
        for (int c = 0; c < n; c++) {
            String k = "beta." + c;
            BetaBinomial.Prior prior = BetaBinomial.Prior.alpha(d(k + ".priorAlpha")).beta(d(k + ".priorBeta"));
            BetaBinomial.Comparison r = BetaBinomial.control(BetaBinomial.Posterior.of(l(k + ".nA"), l(k + ".xA"), prior))
                    .treatment(BetaBinomial.Posterior.of(l(k + ".nB"), l(k + ".xB"), prior));
            boolean integerPrior = prior.alpha() == Math.rint(prior.alpha());
            // closed form (integer parameters): 1e-9; numerical fallback (non-integer prior): 1e-6
            double tol = integerPrior ? 1e-9 : 1e-6;
            close(r.chanceToBeatControl(), d(k + ".probBBeatsA"), tol, k + " P(B>A)");
            closeAbs(r.expectedLossTreatment(), d(k + ".lossB"), tol * Math.max(d(k + ".lossB"), 1e-7), k + " loss B");
            closeAbs(r.expectedLossControl(), d(k + ".lossA"), tol * Math.max(d(k + ".lossA"), 1e-7), k + " loss A");
        }
    }

    @Test
    void probability_best_of_five_beta_arms_matches_scipy_quadrature() {
        double[] n = arr("best.n");
        double[] x = arr("best.x");
        List<BetaBinomial.Posterior> arms = new ArrayList<>();
        for (int k = 0; k < n.length; k++) {
            arms.add(BetaBinomial.Posterior.of((long) n[k], (long) x[k], BetaBinomial.Prior.UNIFORM));
        }
        double[] p = BetaBinomial.probabilityBest(arms);
        double[] expected = arr("best.beta");
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            closeAbs(p[k], expected[k], 1e-6, "arm " + k);
            sum += p[k];
        }
        closeAbs(sum, 1.0, 1e-6, "sum");
    }

    @Test
    void two_arm_probability_best_agrees_with_the_closed_form() {
        BetaBinomial.Posterior a = BetaBinomial.Posterior.of(900, 80, BetaBinomial.Prior.UNIFORM);
        BetaBinomial.Posterior b = BetaBinomial.Posterior.of(910, 95, BetaBinomial.Prior.UNIFORM);
        double[] p = BetaBinomial.probabilityBest(List.of(a, b));
        closeAbs(p[1], b.probabilityAbove(a), 1e-9, "P(best) = P(B>A)");
    }

    @Test
    void gaussian_model_matches_scipy_with_flat_and_proper_priors() {
        SufficientStats a = stats("gauss.A");
        SufficientStats b = stats("gauss.B");
        for (Planning.Scale scale : Planning.Scale.values()) {
            for (String pr : new String[] {"flat", "proper"}) {
                String k = "gauss." + scale + "." + pr;
                Optional<GaussianModel.Prior> prior = pr.equals("flat") ? Optional.empty()
                        : Optional.of(GaussianModel.Prior.mean(d(k + ".priorMean")).variance(d(k + ".priorVariance")));
                GaussianModel.Result r = GaussianModel.compare(Arms.control(a).treatment(b), scale, prior, 0.95);
                close(r.mean(), d(k + ".mean"), 1e-9, k + " mean");
                close(r.standardDeviation(), d(k + ".sd"), 1e-9, k + " sd");
                close(r.chanceToWin(), d(k + ".chance"), 1e-9, k + " chance");
                close(r.credibleInterval().lower(), d(k + ".lower"), 1e-9, k + " lower");
                close(r.credibleInterval().upper(), d(k + ".upper"), 1e-9, k + " upper");
                close(r.riskTreatment(), d(k + ".riskTreatment"), 1e-8, k + " risk B");
                close(r.riskControl(), d(k + ".riskControl"), 1e-8, k + " risk A");
            }
        }
    }

    @Test
    void gaussian_probability_best_matches_scipy_quad() {
        List<SufficientStats> arms = List.of(stats("gbest.0"), stats("gbest.1"), stats("gbest.2"));
        double[] p = GaussianModel.probabilityBest(arms);
        double[] expected = arr("gbest.p");
        for (int k = 0; k < p.length; k++) {
            closeAbs(p[k], expected[k], 1e-6, "arm " + k);
        }
    }

    @Test
    void credible_interval_of_a_posterior_contains_its_mean() {
        BetaBinomial.Posterior p = BetaBinomial.Posterior.of(1000, 37, BetaBinomial.Prior.UNIFORM);
        assertThat(p.credibleInterval(0.95).contains(p.mean())).isTrue();
    }

    @Test
    void zero_conversions_in_both_arms_is_a_coin_flip_not_an_error() {
        BetaBinomial.Posterior none = BetaBinomial.Posterior.of(500, 0, BetaBinomial.Prior.UNIFORM);
        BetaBinomial.Comparison r = BetaBinomial.control(none).treatment(none);
        closeAbs(r.chanceToBeatControl(), 0.5, 1e-12, "symmetric");
        closeAbs(r.expectedLossTreatment(), r.expectedLossControl(), 1e-15, "symmetric loss");
    }

    @Test
    void rejects_bad_priors_and_counts() {
        assertThatThrownBy(() -> BetaBinomial.Prior.alpha(0).beta(1)).isInstanceOf(InvalidValueException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> BetaBinomial.Posterior.of(10, 11, BetaBinomial.Prior.UNIFORM))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("conversions");
        assertThatThrownBy(() -> GaussianModel.compare(Arms.control(SufficientStats.ofValues(1, 1, 1))
                .treatment(SufficientStats.ofValues(2, 2, 2)), Planning.Scale.ABSOLUTE, Optional.empty(),
                0.95)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("zero variance");
    }
}
