package io.github.mediaops.benchmarks.abtest;

import io.github.mediaops.abtest.Arms;
import io.github.mediaops.abtest.GaussianModel;
import io.github.mediaops.abtest.MetricKind;
import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.SufficientStats;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A supplement to {@link AbTestBenchmark#fiveArmGaussianBayesian} for busy machines: the same analysis (four
 * relative-lift posteriors against control and P(best) over five arms, on rates of about 9% with about 2,000
 * units per arm), timed by the thread's CPU time, which waiting for a core does not inflate. Eleven rounds of
 * 200,000 analyses; the first is warm-up, the others give the mean and a 95% t interval of analyses per
 * CPU-second. Not a JMH measurement. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.abtest.FiveArmBayesianCpuTime}.
 */
public final class FiveArmBayesianCpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 11;
    private static final int PER_ROUND = 200_000;
    /** Student's t 0.975 quantile with 9 degrees of freedom. */
    private static final double T_975_9 = 2.262157;

    private FiveArmBayesianCpuTime() {
    }

    public static void main(String[] args) {
        SplittableRandom r = new SplittableRandom(1);
        List<List<SufficientStats>> cases = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            List<SufficientStats> arms = new ArrayList<>();
            for (int a = 0; a < 5; a++) {
                long n = 2000 + r.nextInt(200);
                arms.add(SufficientStats.ofProportion(n, Math.round(n * (0.08 + 0.02 * r.nextDouble()))));
            }
            cases.add(arms);
        }
        double sink = 0;
        double[] rate = new double[ROUNDS - 1];
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_ROUND; i++) {
                List<SufficientStats> arms = cases.get(i & 15);
                for (int a = 1; a < 5; a++) {
                    sink += GaussianModel.compare(MetricKind.PROPORTION, Arms.control(arms.get(0))
                            .treatment(arms.get(a)), Planning.Scale.RELATIVE, Optional.empty(), 0.95).chanceToWin();
                }
                sink += GaussianModel.probabilityBest(arms, MetricKind.PROPORTION)[4];
            }
            double perSecond = PER_ROUND / ((MX.getCurrentThreadCpuTime() - t0) / 1e9);
            System.out.printf("round %d: %,.0f five-arm analyses per CPU-second%n", round, perSecond);
            if (round > 0) {
                rate[round - 1] = perSecond;
            }
        }
        double mean = 0;
        for (double v : rate) {
            mean += v / rate.length;
        }
        double ss = 0;
        for (double v : rate) {
            ss += (v - mean) * (v - mean);
        }
        double half = T_975_9 * Math.sqrt(ss / (rate.length - 1) / rate.length);
        System.out.printf("mean %,.0f ± %,.0f (95%% t, %d rounds) five-arm analyses per CPU-second (checksum %.3f)%n",
                mean, half, rate.length, sink);
    }
}
