package io.github.mediaops.examples.tour;

import io.github.mediaops.abtest.Alternative;
import io.github.mediaops.abtest.Arms;
import io.github.mediaops.abtest.BetaBinomial;
import io.github.mediaops.abtest.Correction;
import io.github.mediaops.abtest.Decision;
import io.github.mediaops.abtest.FrequentistTests;
import io.github.mediaops.abtest.GaussianModel;
import io.github.mediaops.abtest.MetricKind;
import io.github.mediaops.abtest.MultiArmTests;
import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.PowerAnalysis;
import io.github.mediaops.abtest.ProportionFormula;
import io.github.mediaops.abtest.SampleRatioMismatch;
import io.github.mediaops.abtest.SufficientStats;
import io.github.mediaops.abtest.TestOptions;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.abtest.assign.Assigner;
import io.github.mediaops.abtest.bandit.ThompsonSampling;
import io.github.mediaops.abtest.sequential.GroupSequentialDesign;
import io.github.mediaops.abtest.sequential.Msprt;
import io.github.mediaops.abtest.sequential.SequentialMonitor;
import io.github.mediaops.abtest.sequential.SpendingFunction;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A title test end to end with mediaops-abtest: plan the sample, assign readers by salted hash,
 * check the split, analyse (frequentist, Bayesian, sequential), read the decision, then let a
 * Thompson-sampling bandit split traffic between three covers. Simulated traffic from a fixed seed.
 */
public final class AbTestTour {

    private AbTestTour() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        out.println("== A/B testing: a title test for a WeChat article ==");

        // 1. Plan: baseline click-through 4%, detect a +10% relative lift, alpha 0.05, power 0.8
        Planning.SampleSize plan = Planning.proportion(0.04).mde(0.10, Planning.Scale.RELATIVE).alpha(0.05)
                .power(0.8).alternative(Alternative.TWO_SIDED).formula(ProportionFormula.R_POWER_PROP_TEST).sampleSize();
        long days = Planning.enrolment(plan.total()).dailyUnits(12_000).exposedFraction(1.0).days();
        out.printf(Locale.ROOT, "plan: %,d readers per title (%,d total, %s), about %d days at 12,000 readers/day%n",
                plan.perArm(), plan.total(), plan.formula(), days);

        // 2. Assign readers deterministically and simulate clicks (true CTRs 4.0% and 4.5%)
        Assigner assigner = Assigner.of("title-test-2026-11", List.of("control", "question-title"), 0.5, 0.5);
        SplittableRandom world = new SplittableRandom(20261128);
        SufficientStats.Builder control = SufficientStats.builder();
        SufficientStats.Builder treatment = SufficientStats.builder();
        SequentialMonitor monitor = SequentialMonitor.start();
        int readersPerDay = 12_000;
        for (int day = 0; day < days; day++) {
            for (int r = 0; r < readersPerDay; r++) {
                String reader = "reader-" + day + "-" + r;
                boolean isTreatment = assigner.assign(reader).orElseThrow().equals("question-title");
                double ctr = isTreatment ? 0.045 : 0.040;
                (isTreatment ? treatment : control).add(world.nextDouble() < ctr ? 1 : 0);
            }
            TestResult daily = FrequentistTests.proportions(Arms.control(control.build())
                    .treatment(treatment.build()), TestOptions.defaults());
            monitor = monitor.observe(Msprt.evaluate(daily, 1e-5));
        }
        SufficientStats a = control.build();
        SufficientStats b = treatment.build();
        out.printf(Locale.ROOT, "data: control %d clicks / %,d readers, question-title %d / %,d%n",
                (long) a.sumX(), a.n(), (long) b.sumX(), b.n());

        // 3. Check the split, analyse, decide
        SampleRatioMismatch.Result srm = SampleRatioMismatch.test(new long[] {a.n(), b.n()}, new double[] {0.5, 0.5});
        TestResult result = FrequentistTests.proportions(Arms.control(a).treatment(b), TestOptions.defaults());
        out.printf(Locale.ROOT, "srm: chi2 = %.3f, p = %.3f -> %s%n", srm.chiSquare(), srm.pValue(),
                srm.mismatch() ? "MISMATCH" : "ok");
        out.printf(Locale.ROOT, "z-test: lift %+.2f%% (95%% CI %+.2f%% .. %+.2f%%), p = %.2g%n",
                100 * result.relative().orElseThrow().estimate(),
                100 * result.relative().orElseThrow().interval().lower(),
                100 * result.relative().orElseThrow().interval().upper(), result.pValue());
        TestResult growthBook = FrequentistTests.proportions(Arms.control(a).treatment(b), TestOptions.growthBook());
        out.printf(Locale.ROOT, "GrowthBook conventions (relative lift, Welch t): p = %.2g; power for +10%% at this size %.2f%n",
                growthBook.pValue(), PowerAnalysis.proportion(0.04).build().totalUnits(growthBook.totalUnits()).power(0.10));
        BetaBinomial.Comparison bayes = BetaBinomial.control(BetaBinomial.Posterior.of(a.n(), (long) a.sumX(),
                BetaBinomial.Prior.UNIFORM)).treatment(BetaBinomial.Posterior.of(b.n(), (long) b.sumX(), BetaBinomial.Prior.UNIFORM));
        out.printf(Locale.ROOT, "bayes: P(question-title beats control) = %.4f, expected loss if shipped = %.2g%n",
                bayes.chanceToBeatControl(), bayes.expectedLossTreatment());
        out.printf(Locale.ROOT, "mSPRT after %d daily looks: always-valid p = %.4f%n", monitor.looks(), monitor.pValue());
        Decision decision = Decision.builder(result).srm(srm).plannedPerArm(plan.perArm()).observedPerArm(Math.min(a.n(), b.n()))
                .metricName("click-through rate").build();
        out.println("decision: " + decision.summary());

        // 4. Group-sequential alternative: five looks, O'Brien-Fleming spending
        GroupSequentialDesign gsd = GroupSequentialDesign.equallySpaced(SpendingFunction.obrienFleming(), 0.05, 5);
        out.printf(Locale.ROOT, "group-sequential (5 looks, OBF): |z| boundaries %s, sample x%.3f of the fixed design%n",
                Arrays.toString(Arrays.stream(gsd.boundaries()).map(c -> Math.round(c * 1000) / 1000.0).toArray()),
                gsd.inflationFactor(0.8));

        // 5. Several covers: all against control with Holm, then a bandit for the next batch
        List<SufficientStats> covers = List.of(SufficientStats.ofProportion(6000, 300), SufficientStats.ofProportion(6000, 342),
                SufficientStats.ofProportion(6000, 309));
        for (MultiArmTests.Comparison c : MultiArmTests.allVsControl(covers, 0, MetricKind.PROPORTION,
                TestOptions.defaults(), Correction.HOLM)) {
            out.printf(Locale.ROOT, "cover %d vs cover 0: p = %.4f, Holm-adjusted p = %.4f%n", c.treatment(),
                    c.result().pValue(), c.adjustedPValue());
        }
        double[] best = GaussianModel.probabilityBest(covers, MetricKind.PROPORTION);
        out.printf(Locale.ROOT, "P(each cover is best): %.3f / %.3f / %.3f%n", best[0], best[1], best[2]);
        ThompsonSampling bandit = ThompsonSampling.of(List.of("cover-0", "cover-1", "cover-2"), 0.05)
                .update(new long[] {6000, 6000, 6000}, new long[] {300, 342, 309});
        double[] split = bandit.allocate(new SplittableRandom(7), 20_000);
        out.printf(Locale.ROOT, "bandit split for the next batch (floor 5%%): %.3f / %.3f / %.3f%n", split[0], split[1], split[2]);
    }
}
