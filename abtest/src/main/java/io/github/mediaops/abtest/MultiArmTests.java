package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests for experiments with several arms (title and cover tests often have 3–6 variants): every
 * treatment against the control, or every pair, with the p-values adjusted by a {@link Correction}
 * over the family of comparisons made. Intervals are the unadjusted per-comparison intervals.
 */
public final class MultiArmTests {

    private MultiArmTests() {
    }

    /**
     * One comparison of the family.
     *
     * @param control        index of the arm used as control
     * @param treatment      index of the arm compared with it
     * @param result         the unadjusted two-sample test
     * @param adjustedPValue p-value after the correction
     */
    public record Comparison(int control, int treatment, TestResult result, double adjustedPValue) {
        /** True when the adjusted p-value is below alpha. */
        public boolean significant() {
            return adjustedPValue < result.options().alpha();
        }
    }

    /** Each arm other than {@code controlIndex} against the control: {@code k - 1} comparisons. */
    public static List<Comparison> allVsControl(List<SufficientStats> arms, int controlIndex, MetricKind kind,
                                                TestOptions options, Correction correction) {
        check(arms, kind, options, correction);
        if (controlIndex < 0 || controlIndex >= arms.size()) {
            throw new InvalidValueException("controlIndex", "controlIndex must be in [0, " + arms.size() + ") (was " + controlIndex + ")");
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            if (i != controlIndex) {
                pairs.add(new int[] {controlIndex, i});
            }
        }
        return run(arms, pairs, kind, options, correction);
    }

    /** Every pair (i, j) with i < j, i as control: {@code k(k-1)/2} comparisons. */
    public static List<Comparison> pairwise(List<SufficientStats> arms, MetricKind kind, TestOptions options,
                                            Correction correction) {
        check(arms, kind, options, correction);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            for (int j = i + 1; j < arms.size(); j++) {
                pairs.add(new int[] {i, j});
            }
        }
        return run(arms, pairs, kind, options, correction);
    }

    private static List<Comparison> run(List<SufficientStats> arms, List<int[]> pairs, MetricKind kind,
                                        TestOptions options, Correction correction) {
        TestResult[] results = new TestResult[pairs.size()];
        double[] p = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            int[] pair = pairs.get(k);
            results[k] = kind.test(arms.get(pair[0]), arms.get(pair[1]), options);
            p[k] = results[k].pValue();
        }
        double[] adjusted = correction.adjust(p);
        List<Comparison> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            out.add(new Comparison(pairs.get(k)[0], pairs.get(k)[1], results[k], adjusted[k]));
        }
        return List.copyOf(out);
    }

    private static void check(List<SufficientStats> arms, MetricKind kind, TestOptions options, Correction correction) {
        Checks.listOf(arms, "arms");
        Checks.notNull(kind, "kind");
        Checks.notNull(options, "options");
        Checks.notNull(correction, "correction");
        if (arms.size() < 2) {
            throw new InvalidValueException("arms", "need at least 2 arms (was " + arms.size() + ")");
        }
    }
}
