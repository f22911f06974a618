package io.github.mediaops.abtest.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.abtest.BetaBinomial;
import io.github.mediaops.core.InvalidValueException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThompsonSamplingTest {

    @Test
    void same_seed_gives_the_same_split_and_weights_respect_the_floor() {
        ThompsonSampling ts = ThompsonSampling.of(List.of("t1", "t2", "t3"), 0.05)
                .update(new long[] {1000, 1000, 1000}, new long[] {50, 62, 41});
        double[] a = ts.allocate(new SplittableRandom(99), 20_000);
        double[] b = ts.allocate(new SplittableRandom(99), 20_000);
        assertThat(a).containsExactly(b);
        double sum = 0;
        for (double w : a) {
            assertThat(w).isGreaterThanOrEqualTo(0.05);
            sum += w;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void split_estimates_the_exact_probability_of_being_best() {
        ThompsonSampling ts = ThompsonSampling.of(List.of("a", "b", "c"), 0.0)
                .update(new long[] {800, 800, 800}, new long[] {40, 52, 47});
        double[] w = ts.allocate(new SplittableRandom(2026), 200_000);
        List<BetaBinomial.Posterior> post = List.of(BetaBinomial.Posterior.of(800, 40, BetaBinomial.Prior.UNIFORM),
                BetaBinomial.Posterior.of(800, 52, BetaBinomial.Prior.UNIFORM),
                BetaBinomial.Posterior.of(800, 47, BetaBinomial.Prior.UNIFORM));
        double[] exact = BetaBinomial.probabilityBest(post);
        for (int i = 0; i < 3; i++) {
            // 5 Monte Carlo standard errors
            double se = Math.sqrt(exact[i] * (1 - exact[i]) / 200_000);
            assertThat(Math.abs(w[i] - exact[i])).as("arm " + i).isLessThan(5 * se + 1e-9);
        }
    }

    @Test
    void batched_play_concentrates_traffic_on_the_best_title() {
        SplittableRandom world = new SplittableRandom(5);
        double[] ctr = {0.04, 0.05, 0.07};
        ThompsonSampling ts = ThompsonSampling.of(List.of("a", "b", "c"), 0.02);
        SplittableRandom policy = new SplittableRandom(6);
        for (int batch = 0; batch < 30; batch++) {
            double[] w = ts.allocate(policy, 2000);
            long[] imp = new long[3];
            long[] clk = new long[3];
            for (int i = 0; i < 3; i++) {
                imp[i] = Math.round(w[i] * 2000);
                for (long u = 0; u < imp[i]; u++) {
                    clk[i] += world.nextDouble() < ctr[i] ? 1 : 0;
                }
            }
            ts = ts.update(imp, clk);
        }
        double[] last = ts.allocate(policy, 5000);
        assertThat(last[2]).isGreaterThan(0.8);
        assertThat(last[0]).isGreaterThanOrEqualTo(0.02);
        assertThat(ts.arms().get(2).impressions()).isGreaterThan(ts.arms().get(0).impressions());
    }

    @Test
    void rejects_bad_floors_and_batches() {
        assertThatThrownBy(() -> ThompsonSampling.of(List.of("a", "b", "c"), 0.4)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("floor");
        ThompsonSampling ts = ThompsonSampling.of(List.of("a", "b"), 0.1);
        assertThatThrownBy(() -> ts.update(new long[] {10, 10}, new long[] {11, 0})).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clicks[0]");
        assertThatThrownBy(() -> ts.update(new long[] {10}, new long[] {1})).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void arms_with_data_and_a_named_prior_allocate_as_the_same_data_added_in_one_batch() {
        ThompsonSampling batched = ThompsonSampling.of(List.of("a", "b"), 0.05).update(new long[] {900, 900}, new long[] {40, 61});
        ThompsonSampling given = ThompsonSampling.of(List.of(new ThompsonSampling.Arm("a", 900, 40),
                new ThompsonSampling.Arm("b", 900, 61)), BetaBinomial.Prior.UNIFORM, 0.05);
        assertThat(given.allocate(new SplittableRandom(3), 4000)).containsExactly(batched.allocate(new SplittableRandom(3), 4000));
        ThompsonSampling sceptical = ThompsonSampling.of(given.arms(), BetaBinomial.Prior.alpha(50).beta(950), 0.05);
        assertThat(sceptical.allocate(new SplittableRandom(3), 4000)[1]).isLessThan(given.allocate(new SplittableRandom(3), 4000)[1]);
    }
}
