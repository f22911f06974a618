package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.abtest.sequential.ConfidenceSequence;
import io.github.mediaops.abtest.sequential.GroupSequentialDesign;
import io.github.mediaops.abtest.sequential.Msprt;
import io.github.mediaops.abtest.sequential.SequentialMonitor;
import io.github.mediaops.abtest.sequential.SpendingFunction;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Simulated A/A experiments (no true effect, seeded): the fixed-horizon test rejects at rate α, and
 * the always-valid tests keep the rate at most α although they are checked after every batch.
 * Bounds allow 4 binomial standard errors.
 */
class FalsePositiveRateTest {
    private static final double ALPHA = 0.05;

    @Test
    void fixed_horizon_proportion_test_rejects_at_rate_alpha() {
        SplittableRandom rnd = new SplittableRandom(42);
        int runs = 4000;
        int n = 2000;
        int rejections = 0;
        for (int r = 0; r < runs; r++) {
            long xA = binomial(rnd, n, 0.1);
            long xB = binomial(rnd, n, 0.1);
            if (FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(n, xA))
                    .treatment(SufficientStats.ofProportion(n, xB)), TestOptions.defaults()).significant()) {
                rejections++;
            }
        }
        double rate = rejections / (double) runs;
        double se = Math.sqrt(ALPHA * (1 - ALPHA) / runs);
        assertThat(rate).isBetween(ALPHA - 4 * se, ALPHA + 4 * se);
    }

    @Test
    void naive_peeking_inflates_the_rate_but_always_valid_tests_do_not() {
        SplittableRandom rnd = new SplittableRandom(7);
        int runs = 1000;
        int batches = 40;
        int batch = 250;
        int naive = 0;
        int msprt = 0;
        int cs = 0;
        int gsd = 0;
        GroupSequentialDesign design = GroupSequentialDesign.equallySpaced(SpendingFunction.obrienFleming(), ALPHA, 5);
        for (int r = 0; r < runs; r++) {
            long nA = 0;
            long xA = 0;
            long nB = 0;
            long xB = 0;
            boolean naiveHit = false;
            SequentialMonitor m = SequentialMonitor.start();
            SequentialMonitor c = SequentialMonitor.start();
            boolean gsdHit = false;
            for (int b = 1; b <= batches; b++) {
                nA += batch;
                nB += batch;
                xA += binomial(rnd, batch, 0.2);
                xB += binomial(rnd, batch, 0.2);
                TestResult t = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(nA, xA))
                        .treatment(SufficientStats.ofProportion(nB, xB)), TestOptions.defaults());
                naiveHit |= t.significant();
                m = m.observe(Msprt.evaluate(t, 1e-4));
                c = c.observe(ConfidenceSequence.evaluate(t, nA + nB, ConfidenceSequence.DEFAULT_TUNING));
                if (b % 8 == 0) {
                    gsdHit |= design.crossed(b / 8 - 1, t.statistic());
                }
            }
            naive += naiveHit ? 1 : 0;
            msprt += m.rejects(ALPHA) ? 1 : 0;
            cs += c.rejects(ALPHA) ? 1 : 0;
            gsd += gsdHit ? 1 : 0;
        }
        double se = Math.sqrt(ALPHA * (1 - ALPHA) / runs);
        assertThat(naive / (double) runs).as("naive peeking").isGreaterThan(ALPHA + 4 * se);
        assertThat(msprt / (double) runs).as("mSPRT").isLessThanOrEqualTo(ALPHA + 4 * se);
        assertThat(cs / (double) runs).as("confidence sequence").isLessThanOrEqualTo(ALPHA + 4 * se);
        assertThat(gsd / (double) runs).as("group sequential").isLessThanOrEqualTo(ALPHA + 4 * se);
    }

    static long binomial(SplittableRandom rnd, int n, double p) {
        long x = 0;
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < p) {
                x++;
            }
        }
        return x;
    }
}
