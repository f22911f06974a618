package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests for experiments with several arms (title and cover tests often have 3–6 variants): every
 * treatment against the control, or every pair, with the p-values adjusted by a {@link Correction}
 * over the family of comparisons made, and intervals adjusted to match:
 *
 * <ul>
 *   <li>{@link Correction#NONE}: the per-comparison intervals at {@code 1 - α};</li>
 *   <li>{@link Correction#BONFERRONI} and {@link Correction#HOLM}: simultaneous Bonferroni intervals at
 *       {@code 1 - α/m} (m comparisons), which cover every effect at once with probability at least
 *       {@code 1 - α}; Holm's step-down test has no shorter compatible intervals, so it reports these;</li>
 *   <li>{@link Correction#BENJAMINI_HOCHBERG}: false-coverage-rate intervals at {@code 1 - Rα/m}, R the
 *       number of significant comparisons (at least 1) (Benjamini and Yekutieli 2005, "False Discovery
 *       Rate–Adjusted Multiple Confidence Intervals for Selected Parameters", JASA 100).</li>
 * </ul>
 *
 * @since 0.1.0
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
     * @param adjustedLevel  confidence level of the adjusted intervals
     * @param adjusted       the same test at {@code alpha = 1 - adjustedLevel}: its {@code absolute()} and
     *                       {@code relative()} intervals are the multiplicity-adjusted intervals (its p-value is
     *                       the unadjusted one; read {@code adjustedPValue})
     */
    public record Comparison(int control, int treatment, TestResult result, double adjustedPValue, double adjustedLevel,
                             TestResult adjusted) {
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

    /** Every pair (i, j) with i &lt; j, i as control: {@code k(k-1)/2} comparisons. */
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
            results[k] = kind.test(Arms.control(arms.get(pair[0])).treatment(arms.get(pair[1])), options);
            p[k] = results[k].pValue();
        }
        double[] adjusted = correction.adjust(p);
        int m = pairs.size();
        double alpha = options.alpha();
        double intervalAlpha;
        switch (correction) {
            case NONE:
                intervalAlpha = alpha;
                break;
            case BENJAMINI_HOCHBERG: {
                int selected = 0;
                for (double q : adjusted) {
                    if (q < alpha) {
                        selected++;
                    }
                }
                intervalAlpha = Math.max(1, selected) * alpha / m;
                break;
            }
            default:
                intervalAlpha = alpha / m;
        }
        TestOptions adjustedOptions = options.withAlpha(intervalAlpha);
        List<Comparison> out = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            int[] pair = pairs.get(k);
            TestResult wide = intervalAlpha == alpha ? results[k]
                    : kind.test(Arms.control(arms.get(pair[0])).treatment(arms.get(pair[1])), adjustedOptions);
            out.add(new Comparison(pair[0], pair[1], results[k], adjusted[k], 1 - intervalAlpha, wide));
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
