package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Multiple-comparison adjustment of p-values (the adjusted p-values are compared with alpha).
 *
 * <ul>
 *   <li>{@link #BONFERRONI}: {@code min(1, m p)}; controls the family-wise error rate.</li>
 *   <li>{@link #HOLM}: step-down; sorted ascending, {@code max_{j<=i} min(1, (m - j + 1) p(j))}; FWER,
 *       uniformly more powerful than Bonferroni (Holm 1979, Scand. J. Statist. 6).</li>
 *   <li>{@link #BENJAMINI_HOCHBERG}: step-up; sorted ascending, {@code min_{j>=i} min(1, m p(j) / j)};
 *       controls the false discovery rate under independence or positive dependence (Benjamini and
 *       Hochberg 1995, JRSS B 57).</li>
 * </ul>
 * The definitions equal R's {@code p.adjust}.
 */
public enum Correction {
    NONE, BONFERRONI, HOLM, BENJAMINI_HOCHBERG;

    /** Adjusted p-values in the order of the input. */
    public double[] adjust(double... pValues) {
        Checks.notNull(pValues, "pValues");
        int m = pValues.length;
        for (int i = 0; i < m; i++) {
            double p = pValues[i];
            if (!(p >= 0 && p <= 1)) {
                throw new InvalidValueException("pValues[" + i + "]", "pValues[" + i + "] must be in [0, 1] (was " + p + ")");
            }
        }
        double[] out = new double[m];
        if (m == 0) {
            return out;
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        switch (this) {
            case NONE:
                return pValues.clone();
            case BONFERRONI:
                for (int i = 0; i < m; i++) {
                    out[i] = Math.min(1.0, m * pValues[i]);
                }
                return out;
            case HOLM: {
                double running = 0;
                for (int k = 0; k < m; k++) {
                    int i = order[k];
                    running = Math.max(running, Math.min(1.0, (m - k) * pValues[i]));
                    out[i] = running;
                }
                return out;
            }
            default: {
                double running = 1.0;
                for (int k = m - 1; k >= 0; k--) {
                    int i = order[k];
                    running = Math.min(running, Math.min(1.0, (double) m / (k + 1) * pValues[i]));
                    out[i] = running;
                }
                return out;
            }
        }
    }
}
