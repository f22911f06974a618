package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A tabular (two-sided) CUSUM chart on standardised observations {@code z = (x - target)/σ}:
 * {@code S⁺_t = max(0, S⁺_{t-1} + z_t - k)}, {@code S⁻_t = max(0, S⁻_{t-1} - z_t - k)}, signalling when
 * either exceeds h; both sums restart from 0 after a signal. k = 0.5 and h = 4 or 5 detect a shift
 * of one σ (NIST/SEMATECH e-Handbook, section 6.3.2.3; Montgomery §9.1; Page, Biometrika 41, 1954).
 *
 * @param target the in-control mean
 * @param sigma  the in-control standard deviation, &gt; 0
 * @param k      the reference value (allowance) in σ units, &ge; 0
 * @param h      the decision interval in σ units, &gt; 0
 */
public record CusumChart(double target, double sigma, double k, double h) {

    public CusumChart {
        Checks.finite(target, "target");
        EwmaChart.positive(sigma, "sigma");
        Checks.nonNegative(k, "k");
        EwmaChart.positive(h, "h");
    }

    /** One point of the chart. */
    public record Point(int index, double value, double upper, double lower, boolean signalUp, boolean signalDown) {
    }

    /** Runs the chart; an empty series gives an empty list. */
    public List<Point> run(double[] xs) {
        Checks.notNull(xs, "xs");
        List<Point> out = new ArrayList<>(xs.length);
        double up = 0;
        double down = 0;
        for (int i = 0; i < xs.length; i++) {
            Checks.finite(xs[i], "xs[" + i + "]");
            double z = (xs[i] - target) / sigma;
            up = Math.max(0, up + z - k);
            down = Math.max(0, down - z - k);
            boolean su = up > h;
            boolean sd = down > h;
            out.add(new Point(i, xs[i], up, down, su, sd));
            if (su || sd) {
                up = 0;
                down = 0;
            }
        }
        return out;
    }
}
