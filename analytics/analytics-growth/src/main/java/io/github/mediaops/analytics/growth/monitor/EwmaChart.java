package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * An exponentially weighted moving average control chart for individual observations.
 *
 * <p>{@code z_0 = target}, {@code z_t = λ·x_t + (1-λ)·z_{t-1}}; the limits are
 * {@code target ± L·σ·√(λ/(2-λ))} (asymptotic, as in the NIST/SEMATECH e-Handbook of Statistical
 * Methods, section 6.3.2.4, https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc324.htm) or,
 * with {@code exactLimits}, {@code target ± L·σ·√(λ/(2-λ)·(1-(1-λ)^{2t}))} (Montgomery,
 * <i>Introduction to Statistical Quality Control</i>, §9.2), which are narrower for the first points.
 *
 * @param target      the in-control mean (EWMA_0)
 * @param sigma       the in-control standard deviation of one observation, &gt; 0
 * @param lambda      the weight of the newest observation, in (0, 1]
 * @param width       L, the limit width in standard deviations of the statistic, &gt; 0 (3 is usual)
 * @param exactLimits whether to use the time-varying limits
 */
public record EwmaChart(double target, double sigma, double lambda, double width, boolean exactLimits) {

    public EwmaChart {
        Checks.finite(target, "target");
        positive(sigma, "sigma");
        if (!(lambda > 0 && lambda <= 1)) {
            throw new InvalidValueException("lambda", "lambda must be in (0, 1] (was " + lambda + ")");
        }
        positive(width, "width");
    }

    /** A chart with asymptotic limits, as in the NIST handbook. */
    public static EwmaChart of(double target, double sigma, double lambda, double width) {
        return new EwmaChart(target, sigma, lambda, width, false);
    }

    /** The half width of the control band at observation {@code t} (1-based). */
    public double halfWidth(int t) {
        double v = lambda / (2 - lambda);
        if (exactLimits) {
            v *= 1 - Math.pow(1 - lambda, 2.0 * t);
        }
        return width * sigma * Math.sqrt(v);
    }

    /** The upper control limit of the asymptotic chart. */
    public double upperLimit() {
        return target + width * sigma * Math.sqrt(lambda / (2 - lambda));
    }

    /** The lower control limit of the asymptotic chart. */
    public double lowerLimit() {
        return target - width * sigma * Math.sqrt(lambda / (2 - lambda));
    }

    /** Runs the chart over a series; an empty series gives an empty list. */
    public List<ChartPoint> run(double[] xs) {
        Checks.notNull(xs, "xs");
        List<ChartPoint> out = new ArrayList<>(xs.length);
        double z = target;
        for (int i = 0; i < xs.length; i++) {
            Checks.finite(xs[i], "xs[" + i + "]");
            z = next(z, xs[i]);
            double hw = halfWidth(i + 1);
            out.add(new ChartPoint(i, xs[i], z, target - hw, target + hw));
        }
        return out;
    }

    /** One EWMA step from the previous statistic. */
    public double next(double previous, double x) {
        return lambda * x + (1 - lambda) * previous;
    }

    static void positive(double v, String field) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InvalidValueException(field, field + " must be a finite number > 0 (was " + v + ")");
        }
    }
}
