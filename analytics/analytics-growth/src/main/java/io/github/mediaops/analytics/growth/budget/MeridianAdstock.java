package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Google Meridian's adstock: a weighted average of the last {@code maxLag + 1} periods with geometric or
 * binomial decay, and its combination with the Hill curve in either order.
 *
 * <p>Definitions, from {@code meridian/model/adstock_hill.py} of google/meridian (commit 8ca83f6,
 * {@code compute_decay_weights} and {@code _adstock}): the window is {@code w = min(maxLag + 1, n)} periods
 * (n the length of the series; earlier periods count as 0); the weight of lag l (0 = the current period)
 * is {@code α^l} for {@link Decay#GEOMETRIC} and {@code (1 − l/w)^(1/α − 1)} for {@link Decay#BINOMIAL};
 * weights are normalised to sum to 1. α = 0 is no adstock for both (all weight on the current period);
 * α = 1 is an equal-weight moving average. Meridian's own test cases (weights for w = 5 and α = 0, 0.25,
 * 0.5, 2/3, 1, {@code adstock_hill_test.py}) are reproduced in this module's tests.
 *
 * <p>Meridian applies adstock then Hill by default and offers Hill then adstock
 * ({@code hill_before_adstock}); {@link #response} does either. With a steady spend the two agree once the
 * window is full (normalised weights keep a constant level), so the order matters for the shape of a
 * response over time, not for the steady-state curve the allocator uses.
 *
 * @param decay  the decay function
 * @param alpha  the decay parameter in [0, 1]
 * @param maxLag Meridian's {@code max_lag}, &ge; 0
 *
 * @since 0.1.0
 */
public record MeridianAdstock(Decay decay, double alpha, int maxLag) {

    /** Meridian's decay functions. */
    public enum Decay {
        /** Weight {@code α^l} at lag l. */
        GEOMETRIC,
        /** Weight {@code (1 − l/w)^(1/α − 1)} at lag l in a window of w periods. */
        BINOMIAL
    }

    /** The order of the two transformations. */
    public enum Order {
        /** Meridian's default: the Hill curve of the adstocked media. */
        ADSTOCK_THEN_HILL,
        /** Meridian's {@code hill_before_adstock = True}: the adstock of the Hill-transformed media. */
        HILL_THEN_ADSTOCK
    }

    /** Validates the components; bad values fail with the field named. */
    public MeridianAdstock {
        Checks.notNull(decay, "decay");
        Checks.fraction(alpha, "alpha");
        Checks.nonNegative(maxLag, "maxLag");
    }

    /**
     * The unnormalised weights of lags 0..w−1 for a window of w periods (Meridian's
     * {@code normalize=False}, in lag order: element 0 is the current period).
     */
    public double[] weights(int window) {
        Checks.positive(window, "window");
        double[] w = new double[window];
        for (int l = 0; l < window; l++) {
            if (l == 0) {
                w[l] = 1; // α^0, (1 − 0)^e: 1 for every α, also where the exponent is infinite (α = 0)
            } else if (decay == Decay.GEOMETRIC) {
                w[l] = Math.pow(alpha, l);
            } else {
                w[l] = alpha == 0 ? 0 : Math.pow(1 - (double) l / window, 1 / alpha - 1);
            }
        }
        return w;
    }

    /** The adstocked series: {@code y[t] = Σ_l w_l·x[t−l] / Σ_l w_l} over the window, x before the start 0. */
    public double[] apply(double[] x) {
        Adstock.checkSeries(x, "x");
        int window = Math.min(maxLag + 1, x.length);
        double[] w = weights(window);
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] y = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            double s = 0;
            for (int l = 0; l < window && l <= t; l++) {
                s += w[l] * x[t - l];
            }
            y[t] = s / sum;
        }
        return y;
    }

    /**
     * The response over time of a media series through this adstock and a Hill curve, in the given order:
     * {@code β·h(adstock(x))} or {@code adstock(β·h(x))}.
     *
     * @param media per-period media in the curve's unit, oldest first
     * @param curve the Hill curve (without carry-over: the adstock is the carry-over here)
     * @param order which transformation comes first
     */
    public double[] response(double[] media, HillCurve curve, Order order) {
        Adstock.checkSeries(media, "media");
        Checks.notNull(curve, "curve");
        Checks.notNull(order, "order");
        if (curve.meanCarryover() != 0) {
            throw new InvalidValueException("curve", "the curve has a mean carry-over of " + curve.meanCarryover()
                    + ": over a series the adstock carries over, so the curve must have none");
        }
        if (order == Order.ADSTOCK_THEN_HILL) {
            double[] a = apply(media);
            for (int t = 0; t < a.length; t++) {
                a[t] = curve.response(a[t]);
            }
            return a;
        }
        double[] h = new double[media.length];
        for (int t = 0; t < h.length; t++) {
            h[t] = curve.response(media[t]);
        }
        return apply(h);
    }
}
