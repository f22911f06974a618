package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * The Hill saturation function {@code h(x) = x^α / (x^α + K^α)}, in [0, 1): α is the shape (α &le; 1
 * concave "C"; α &gt; 1 S-shaped with an inflection point) and K the half-saturation point
 * ({@code h(K) = 0.5}), in the unit of x.
 *
 * <p><b>Robyn's inflexion conventions.</b> Robyn parameterises K through γ ∈ [0, 1] relative to the
 * (adstocked) series x the model saw, and changed that mapping in late 2024:
 * <ul>
 *   <li>{@link RobynInflexion#RANGE} (Robyn up to 3.11.x): {@code K = (1-γ)·min(x) + γ·max(x)}
 *       (earlier releases wrote it as the γ-quantile of {@code seq(min, max, length.out = 100)},
 *       rounded to 4 decimals, which is the same point up to that rounding);</li>
 *   <li>{@link RobynInflexion#MAX} (Robyn 3.12.x and later): {@code K = γ·max(x)}.</li>
 * </ul>
 * The same γ therefore means a different curve in the two versions whenever {@code min(x) > 0};
 * always record which convention produced a γ. Source: {@code saturation_hill} in
 * {@code R/R/transformation.R} of facebookexperimental/Robyn (both versions), and the example in its
 * documentation, {@code saturation_hill(c(100,150,170,190,200), alpha = 3, gamma = 0.5)}.
 *
 * <p><b>Meridian's convention.</b> Meridian writes {@code hill(x) = 1 / (1 + (x/ec)^(-slope))}, the
 * same function with {@code α = slope} and {@code K = ec}, where x is media divided by Meridian's
 * scaling factor (the median of the non-zero population-scaled media), so {@code K} in the original
 * unit is {@code ec · scale}. See https://developers.google.com/meridian/docs/basics/model-spec.
 *
 * @since 0.1.0
 */
public final class Hill {

    /** How Robyn maps γ to the half-saturation point K (see the class description). */
    public enum RobynInflexion {
        /** Robyn &le; 3.11.x: {@code K = (1-γ)·min(x) + γ·max(x)}. */
        RANGE,
        /** Robyn &ge; 3.12 (late 2024): {@code K = γ·max(x)}. */
        MAX
    }

    private Hill() {
    }

    /** {@code x^α / (x^α + K^α)}; 0 at x = 0 (public use: {@link HillCurve#response} with saturation 1). */
    static double value(double x, double alpha, double halfSaturation) {
        checkShape(alpha, halfSaturation);
        Checks.nonNegative(x, "x");
        return eval(x, alpha, halfSaturation);
    }

    /** Robyn's half-saturation point K for a series x and γ under the given convention. */
    public static double robynInflexion(double[] x, double gamma, RobynInflexion convention) {
        Adstock.checkSeries(x, "x");
        Checks.fraction(gamma, "gamma");
        Checks.notNull(convention, "convention");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return convention == RobynInflexion.RANGE ? (1 - gamma) * min + gamma * max : gamma * max;
    }

    /**
     * Starts Robyn's {@code saturation_hill(x, alpha, gamma)} over the series {@code x}; the shape and γ are
     * named next, γ together with the convention that maps it to K:
     *
     * <pre>{@code
     * double[] y = Hill.robyn(x).alpha(3).gamma(0.5, Hill.RobynInflexion.RANGE);
     * }</pre>
     *
     * @param x the (adstocked) series, non-negative and finite, not empty
     * @return the stage that names the shape α
     */
    public static RobynSeries robyn(double[] x) {
        Adstock.checkSeries(x, "x");
        return new RobynSeries(x.clone());
    }

    /** A series for Robyn's Hill transform; {@link #alpha} names the shape. */
    public static final class RobynSeries {
        private final double[] x;

        private RobynSeries(double[] x) {
            this.x = x;
        }

        /**
         * @param alpha the Hill shape α, finite and &gt; 0
         * @return the stage that names γ
         */
        public RobynShape alpha(double alpha) {
            if (!(alpha > 0) || !Double.isFinite(alpha)) {
                throw new InvalidValueException("alpha", "alpha must be a finite number > 0 (was " + alpha + ")");
            }
            return new RobynShape(x, alpha);
        }
    }

    /** A series and a shape; {@link #gamma} names γ and its convention and applies the transform. */
    public static final class RobynShape {
        private final double[] x;
        private final double alpha;

        private RobynShape(double[] x, double alpha) {
            this.x = x;
            this.alpha = alpha;
        }

        /**
         * Robyn's {@code saturation_hill} of every element of the series.
         *
         * @param gamma      γ in [0, 1]
         * @param convention how γ maps to the half-saturation point K
         * @return {@code x[i]^α / (x[i]^α + K^α)} for each i
         */
        public double[] gamma(double gamma, RobynInflexion convention) {
            double k = robynInflexion(x, gamma, convention);
            checkShape(alpha, k);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = eval(x[i], alpha, k);
            }
            return y;
        }
    }

    /**
     * The point where an S-shaped Hill curve changes from convex to concave,
     * {@code K·((α-1)/(α+1))^(1/α)}; 0 when α &le; 1 (concave everywhere). Public use:
     * {@link HillCurve#inflection()}.
     */
    static double inflectionPoint(double alpha, double halfSaturation) {
        checkShape(alpha, halfSaturation);
        return alpha <= 1 ? 0 : halfSaturation * Math.pow((alpha - 1) / (alpha + 1), 1 / alpha);
    }

    static double eval(double x, double alpha, double k) {
        if (x <= 0) {
            return 0;
        }
        double u = Math.pow(x / k, alpha);
        return u / (1 + u);
    }

    static void checkShape(double alpha, double k) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new InvalidValueException("alpha", "alpha must be a finite number > 0 (was " + alpha + ")");
        }
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new InvalidValueException("halfSaturation", "halfSaturation must be a finite number > 0 (was " + k + ")");
        }
    }
}
