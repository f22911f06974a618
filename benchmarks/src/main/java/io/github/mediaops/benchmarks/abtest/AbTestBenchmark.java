package io.github.mediaops.benchmarks.abtest;

import io.github.mediaops.abtest.Arms;
import io.github.mediaops.abtest.BetaBinomial;
import io.github.mediaops.abtest.FrequentistTests;
import io.github.mediaops.abtest.GaussianModel;
import io.github.mediaops.abtest.MetricKind;
import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.SampleRatioMismatch;
import io.github.mediaops.abtest.SufficientStats;
import io.github.mediaops.abtest.TestOptions;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.abtest.internal.ProbabilityBest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.TTest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * mediaops-abtest throughput. The peer is Apache Commons Statistics' {@code TTest} (Welch t-test
 * from summary statistics) run on the same two-arm inputs in the same run, so the figure to read is
 * the ratio {@code twoArmProportionAnalysis / commonsTTestSameInputs}.
 *
 * <ul>
 *   <li>{@code twoArmProportionAnalysis}: two-proportion z-test with absolute and relative (delta)
 *       effects and intervals, plus the SRM χ² check of the same arms;</li>
 *   <li>{@code commonsTTestSameInputs}: {@code TTest.withDefaults().test(m1, v1, n1, m2, v2, n2)} on the
 *       means and variances of the same 0/1 data (t statistic and p-value only);</li>
 *   <li>{@code fiveArmBayesian}: beta-binomial chance to beat control and both expected losses for four
 *       treatments, plus P(best) over all five arms, in one call ({@code BetaBinomial.control(c).treatments(t)}:
 *       one quadrature grid gives all of it);</li>
 *   <li>{@code fiveArmBayesianPairwise}: the same numbers by four exact pairwise sums
 *       ({@code control(c).treatment(t)}) and {@code BetaBinomial.probabilityBest};</li>
 *   <li>{@code fiveArmBayesianPreviousMethod}: the same numbers by the previous method, kept in the library
 *       as the general path (one closed-form sum per probability and loss, P(best) by quadrature of
 *       Commons Statistics' Beta densities and CDFs), so the ratio to {@code fiveArmBayesian} does not
 *       depend on how loaded the machine is.</li>
 *   <li>{@code fiveArmGaussianBayesian}: the five-arm analysis of GrowthBook's Bayesian engine on conversion
 *       rates (normal posteriors, p(1-p) variances): for each of four treatments the relative-lift posterior
 *       against control (mean, sd, chance to win, both risks, 95% credible interval), plus P(best) over the
 *       five arms by fixed-node quadrature;</li>
 *   <li>{@code fiveArmGaussianBayesianGeneralPath}: the same, with P(best) by the general quadrature over Commons
 *       Statistics' normal densities and CDFs (the ratio to the row above is the figure to read on a loaded
 *       machine).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AbTestBenchmark {
    private static final int CASES = 1024;
    private static final double[] SPLIT = {0.5, 0.5};

    private long[] nA;
    private long[] xA;
    private long[] nB;
    private long[] xB;
    private List<List<BetaBinomial.Posterior>> fiveArms;
    private List<List<SufficientStats>> fiveRates;
    private int i;
    private final TestOptions options = TestOptions.defaults();
    private final TTest tTest = TTest.withDefaults();

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        nA = new long[CASES];
        xA = new long[CASES];
        nB = new long[CASES];
        xB = new long[CASES];
        for (int k = 0; k < CASES; k++) {
            nA[k] = 9000 + r.nextInt(2000);
            nB[k] = 9000 + r.nextInt(2000);
            xA[k] = Math.round(nA[k] * (0.05 + 0.01 * r.nextDouble()));
            xB[k] = Math.round(nB[k] * (0.05 + 0.01 * r.nextDouble()));
        }
        fiveArms = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            List<BetaBinomial.Posterior> arms = new ArrayList<>();
            for (int a = 0; a < 5; a++) {
                long n = 2000 + r.nextInt(200);
                arms.add(BetaBinomial.Posterior.of(n, Math.round(n * (0.08 + 0.02 * r.nextDouble())), BetaBinomial.Prior.UNIFORM));
            }
            fiveArms.add(arms);
        }
        fiveRates = new ArrayList<>();
        for (List<BetaBinomial.Posterior> arms : fiveArms) {
            List<SufficientStats> rates = new ArrayList<>();
            for (BetaBinomial.Posterior p : arms) {
                long n = Math.round(p.alpha() + p.beta() - 2);
                rates.add(SufficientStats.ofProportion(n, Math.round(p.alpha() - 1)));
            }
            fiveRates.add(rates);
        }
    }

    @Benchmark
    public void twoArmProportionAnalysis(Blackhole bh) {
        int k = i++ & (CASES - 1);
        TestResult r = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(nA[k], xA[k]))
                .treatment(SufficientStats.ofProportion(nB[k], xB[k])), options);
        bh.consume(r);
        bh.consume(SampleRatioMismatch.test(new long[] {nA[k], nB[k]}, SPLIT));
    }

    @Benchmark
    public void commonsTTestSameInputs(Blackhole bh) {
        int k = i++ & (CASES - 1);
        double pA = xA[k] / (double) nA[k];
        double pB = xB[k] / (double) nB[k];
        double vA = pA * (1 - pA) * nA[k] / (nA[k] - 1);
        double vB = pB * (1 - pB) * nB[k] / (nB[k] - 1);
        bh.consume(tTest.test(pA, vA, nA[k], pB, vB, nB[k]));
    }

    @Benchmark
    public void fiveArmBayesian(Blackhole bh) {
        List<BetaBinomial.Posterior> arms = fiveArms.get(i++ & 15);
        bh.consume(BetaBinomial.control(arms.get(0)).treatments(arms.subList(1, 5)));
    }

    @Benchmark
    public void fiveArmBayesianPairwise(Blackhole bh) {
        List<BetaBinomial.Posterior> arms = fiveArms.get(i++ & 15);
        BetaBinomial.Posterior control = arms.get(0);
        for (int a = 1; a < 5; a++) {
            bh.consume(BetaBinomial.control(control).treatment(arms.get(a)));
        }
        bh.consume(BetaBinomial.probabilityBest(arms));
    }

    @Benchmark
    public void fiveArmBayesianPreviousMethod(Blackhole bh) {
        List<BetaBinomial.Posterior> arms = fiveArms.get(i++ & 15);
        BetaBinomial.Posterior control = arms.get(0);
        ContinuousDistribution[] d = new ContinuousDistribution[5];
        d[0] = BetaDistribution.of(control.alpha(), control.beta());
        for (int a = 1; a < 5; a++) {
            BetaBinomial.Posterior t = arms.get(a);
            bh.consume(t.probabilityAbove(control));
            bh.consume(t.expectedLossVersus(control));
            bh.consume(control.expectedLossVersus(t));
            d[a] = BetaDistribution.of(t.alpha(), t.beta());
        }
        bh.consume(ProbabilityBest.of(d));
    }

    @Benchmark
    public void fiveArmGaussianBayesian(Blackhole bh) {
        List<SufficientStats> arms = fiveRates.get(i++ & 15);
        SufficientStats control = arms.get(0);
        for (int a = 1; a < 5; a++) {
            bh.consume(GaussianModel.compare(MetricKind.PROPORTION, Arms.control(control)
                    .treatment(arms.get(a)), Planning.Scale.RELATIVE, Optional.empty(), 0.95));
        }
        bh.consume(GaussianModel.probabilityBest(arms, MetricKind.PROPORTION));
    }

    @Benchmark
    public void fiveArmGaussianBayesianGeneralPath(Blackhole bh) {
        List<SufficientStats> arms = fiveRates.get(i++ & 15);
        SufficientStats control = arms.get(0);
        ContinuousDistribution[] d = new ContinuousDistribution[5];
        for (int a = 0; a < 5; a++) {
            SufficientStats s = arms.get(a);
            if (a > 0) {
                bh.consume(GaussianModel.compare(MetricKind.PROPORTION, Arms.control(control)
                        .treatment(s), Planning.Scale.RELATIVE, Optional.empty(), 0.95));
            }
            double p = s.mean();
            d[a] = NormalDistribution.of(p, Math.sqrt(p * (1 - p) / s.n()));
        }
        bh.consume(ProbabilityBest.of(d));
    }
}
