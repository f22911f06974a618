package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Adstock (carry-over) transformations of a media series: the effect of spend in one period that is
 * still felt in later periods. Input and output are per-period amounts in the same unit (spend in
 * currency units, or impressions); the first element is the oldest period. Nothing before the
 * first period is assumed (cold start).
 *
 * <p>Conventions, so that curves fitted by other tools can be reproduced exactly:
 * <ul>
 *   <li>{@link #geometric} is Robyn's {@code adstock_geometric}: {@code y[0] = x[0]},
 *       {@code y[t] = x[t] + θ·y[t-1]}; weights are <em>not</em> normalised, so a steady spend
 *       {@code s} converges to {@code s/(1-θ)}. Robyn's documented example: five periods of 100 with
 *       θ = 0.5 give 100, 150, 175, 187.5, 193.75.</li>
 *   <li>{@link #weibull} is Robyn's {@code adstock_weibull} (CDF or PDF): the scale parameter is a
 *       quantile of the window {@code 1..n}, {@code scaleTrans = round(1 + scale·(n-1))} (R's
 *       type-7 quantile of an evenly spaced sequence, rounded half to even), the CDF decay vector is
 *       {@code cumprod(c(1, 1 - F(1..n-1)))}, the PDF decay vector is the Weibull density at
 *       {@code 1..n} min-max normalised to [0, 1]; {@code y[t] = Σ_{j≤t} x[j]·w[t-j]}. Shape 0 or
 *       scale 0 means <em>no adstock</em> ({@code y = x}), as in Robyn since its change "enabling 0
 *       adstock for weibull" (#580, commit 8210dbd, December 2022; before it, shape 0 zeroed the
 *       media and scale 0 still decayed).</li>
 *   <li>{@link #meridianGeometric} is Google Meridian's geometric adstock: weights {@code α^l} for
 *       lags {@code l = 0..L} (L = {@code max_lag}), normalised to sum to 1, so a steady spend keeps
 *       its level once the window is full.</li>
 * </ul>
 * References: Robyn {@code R/R/transformation.R} (facebookexperimental/Robyn) and its documentation
 * at https://facebookexperimental.github.io/Robyn/docs/features; Meridian's
 * {@code meridian/model/adstock_hill.py} and https://developers.google.com/meridian/docs/basics/model-spec.
 *
 * @since 0.1.0
 */
public final class Adstock {

    /** The two Weibull variants of Robyn. */
    public enum WeibullType {
        /** Decay from the cumulative distribution function: the peak is always in the first period. */
        CDF,
        /** Decay from the density: allows a lagged peak (shape &gt; 1). */
        PDF
    }

    private Adstock() {
    }

    /**
     * Robyn's geometric adstock, {@code y[t] = x[t] + θ·y[t-1]}.
     *
     * @param x     per-period amounts, oldest first; finite and &ge; 0
     * @param theta the fixed decay rate in [0, 1)
     */
    public static double[] geometric(double[] x, double theta) {
        checkSeries(x, "x");
        if (!(theta >= 0 && theta < 1)) {
            throw new InvalidValueException("theta", "theta must be in [0, 1) (was " + theta + ")");
        }
        double[] y = new double[x.length];
        double carry = 0;
        for (int t = 0; t < x.length; t++) {
            carry = x[t] + theta * carry;
            y[t] = carry;
        }
        return y;
    }

    /** The steady-state level of Robyn's geometric adstock per unit of steady spend: {@code 1/(1-θ)}. */
    public static double geometricSteadyState(double theta) {
        if (!(theta >= 0 && theta < 1)) {
            throw new InvalidValueException("theta", "theta must be in [0, 1) (was " + theta + ")");
        }
        return 1 / (1 - theta);
    }

    /**
     * Robyn's Weibull adstock over a window equal to the series length.
     *
     * <p>Shape 0 or scale 0 is "no adstock": the result equals {@code x}, as in current Robyn, whose
     * {@code adstock_weibull} returns {@code x_decayed = x} when {@code shape == 0 | scale == 0}
     * (facebookexperimental/Robyn, {@code R/R/transformation.R}, since commit 8210dbd "enabling 0
     * adstock for weibull #580", December 2022).
     *
     * @param shape Weibull shape k &ge; 0 (0 means no adstock)
     * @param scale Robyn's relative scale in [0, 1]: the quantile of the window used as Weibull scale
     *              (0 means no adstock)
     */
    static double[] weibull(double[] x, double shape, double scale, WeibullType type) {
        checkSeries(x, "x");
        Checks.nonNegative(shape, "shape");
        Checks.fraction(scale, "scale");
        Checks.notNull(type, "type");
        double[] w = weibullDecay(x.length, shape, scale, type);
        double[] y = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            double s = 0;
            for (int j = 0; j <= t; j++) {
                s += x[j] * w[t - j];
            }
            y[t] = s;
        }
        return y;
    }

    /**
     * Robyn's Weibull decay vector ({@code thetaVecCum}) for a window of {@code n} periods.
     *
     * <p>For shape 0 or scale 0 (no adstock) this is the identity kernel {@code 1, 0, …, 0}, the
     * kernel that reproduces Robyn's {@code x_decayed = x} (Robyn itself reports an all-zero
     * {@code thetaVecCum} in that case, which it does not use; the all-zero vector would make
     * {@link #weibullSteadyState} 0 instead of 1).
     */
    static double[] weibullDecay(int n, double shape, double scale, WeibullType type) {
        Checks.positive(n, "n");
        Checks.nonNegative(shape, "shape");
        Checks.fraction(scale, "scale");
        Checks.notNull(type, "type");
        double[] w = new double[n];
        if (shape == 0 || scale == 0) {
            w[0] = 1;
            return w;
        }
        double lambda = Math.rint(1 + scale * (n - 1));
        if (type == WeibullType.CDF) {
            double cum = 1;
            w[0] = 1;
            for (int t = 1; t < n; t++) {
                double survival = Math.exp(-Math.pow(t / lambda, shape));
                cum *= survival;
                w[t] = cum;
            }
        } else {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < n; t++) {
                double z = (t + 1) / lambda;
                w[t] = shape / lambda * Math.pow(z, shape - 1) * Math.exp(-Math.pow(z, shape));
                min = Math.min(min, w[t]);
                max = Math.max(max, w[t]);
            }
            if (max - min == 0) {
                java.util.Arrays.fill(w, 0);
                w[0] = 1;
            } else {
                for (int t = 0; t < n; t++) {
                    w[t] = (w[t] - min) / (max - min);
                }
            }
        }
        return w;
    }

    /**
     * The steady-state level of Robyn's Weibull adstock per unit of steady spend over a window of
     * {@code n} periods: the sum of its decay vector (use it as the carry-over multiplier of
     * {@link HillCurve.Builder#halfSaturationFromRobyn}); 1 for shape 0 or scale 0 (no adstock).
     */
    static double weibullSteadyState(int n, double shape, double scale, WeibullType type) {
        double s = 0;
        for (double w : weibullDecay(n, shape, scale, type)) {
            s += w;
        }
        return s;
    }

    /**
     * Robyn's Weibull adstock of the given type, its shape and scale set by name next:
     * {@code Adstock.weibull(WeibullType.CDF).shape(2.0).scale(0.3).apply(x)}.
     *
     * @param type CDF or PDF
     * @return the next step: the shape
     */
    public static WeibullShape weibull(WeibullType type) {
        return new WeibullShape(Checks.notNull(type, "type"));
    }

    /** A Weibull adstock with its type; the shape comes next. */
    public static final class WeibullShape {
        private final WeibullType type;

        private WeibullShape(WeibullType type) {
            this.type = type;
        }

        /**
         * @param shape Weibull shape k &ge; 0 (0 means no adstock)
         * @return the next step: the scale
         */
        public WeibullScale shape(double shape) {
            Checks.nonNegative(shape, "shape");
            return new WeibullScale(type, shape);
        }
    }

    /** A Weibull adstock with its type and shape; the scale comes next. */
    public static final class WeibullScale {
        private final WeibullType type;
        private final double shape;

        private WeibullScale(WeibullType type, double shape) {
            this.type = type;
            this.shape = shape;
        }

        /**
         * @param scale Robyn's relative scale in [0, 1]: the quantile of the window used as Weibull scale
         *              (0 means no adstock)
         * @return the adstock
         */
        public Weibull scale(double scale) {
            Checks.fraction(scale, "scale");
            return new Weibull(type, shape, scale);
        }
    }

    /**
     * Robyn's Weibull adstock with its type, shape and scale (see {@link Adstock} for the definition; shape 0
     * or scale 0 is no adstock, as in Robyn since December 2022).
     */
    public static final class Weibull {
        private final WeibullType type;
        private final double shape;
        private final double scale;

        private Weibull(WeibullType type, double shape, double scale) {
            this.type = type;
            this.shape = shape;
            this.scale = scale;
        }

        /** The adstocked series over a window equal to the series length (Robyn's {@code adstock_weibull}). */
        public double[] apply(double[] x) {
            return weibull(x, shape, scale, type);
        }

        /**
         * Robyn's decay vector ({@code thetaVecCum}) for a window of {@code n} periods; the identity kernel
         * {@code 1, 0, …, 0} for no adstock (the kernel that reproduces Robyn's {@code x_decayed = x}).
         */
        public double[] decay(int n) {
            return weibullDecay(n, shape, scale, type);
        }

        /** The steady-state level per unit of steady spend over {@code n} periods: the sum of {@link #decay}. */
        public double steadyState(int n) {
            return weibullSteadyState(n, shape, scale, type);
        }

        @Override
        public String toString() {
            return "Weibull[" + type + ", shape " + shape + ", scale " + scale + "]";
        }
    }

    /**
     * Meridian's geometric adstock: {@code y[t] = Σ_{l=0..L} α^l·x[t-l] / Σ_{l=0..L} α^l}, with
     * {@code x[t-l] = 0} before the first period and L = min(maxLag, n − 1) as Meridian's window
     * (see {@link MeridianAdstock}, which also has the binomial decay).
     *
     * @param alpha  decay in [0, 1]
     * @param maxLag L &ge; 0, Meridian's {@code max_lag}
     */
    public static double[] meridianGeometric(double[] x, double alpha, int maxLag) {
        return new MeridianAdstock(MeridianAdstock.Decay.GEOMETRIC, alpha, maxLag).apply(x);
    }

    /**
     * Robyn's split of a channel's response over time into the part from this period's media and the
     * part carried over from earlier periods ({@code R/R/transformation.R} of facebookexperimental/Robyn,
     * commit 5915aa9, "Saturated response = Immediate response + carryover response"): with the carry-over
     * {@code c[t] = adstocked[t] − media[t]}, the carry-over response is {@code β·h(c[t])} and the immediate
     * response {@code β·h(adstocked[t]) − β·h(c[t])}, h the curve's Hill function (whose half-saturation
     * Robyn sets from the adstocked series). The allocator's split of a steady spend,
     * {@link HillCurve#carryoverResponse()}, is the same rule with the mean carry-over.
     *
     * @param media     this period's media, oldest first
     * @param adstocked the adstocked series of the same length (e.g. {@link #geometric}), &ge; media
     * @param curve     the Hill curve on the adstocked unit, without a mean carry-over of its own
     */
    public static ResponseSplit immediateAndCarryover(double[] media, double[] adstocked, HillCurve curve) {
        checkSeries(media, "media");
        checkSeries(adstocked, "adstocked");
        Checks.notNull(curve, "curve");
        if (media.length != adstocked.length) {
            throw new InvalidValueException("adstocked", "adstocked has " + adstocked.length + " periods but media has "
                    + media.length);
        }
        if (curve.meanCarryover() != 0) {
            throw new InvalidValueException("curve", "the curve has a mean carry-over of " + curve.meanCarryover()
                    + ": the series' own carry-over is used here");
        }
        double[] immediate = new double[media.length];
        double[] carryover = new double[media.length];
        for (int t = 0; t < media.length; t++) {
            double c = adstocked[t] - media[t];
            if (c < -1e-9 * Math.max(1, adstocked[t])) {
                throw new InvalidValueException("adstocked", "adstocked[" + t + "] = " + adstocked[t]
                        + " is below media[" + t + "] = " + media[t] + ": not an adstock of this media");
            }
            carryover[t] = curve.response(Math.max(0, c));
            immediate[t] = curve.response(adstocked[t]) - carryover[t];
        }
        return new ResponseSplit(immediate, carryover);
    }

    /**
     * A response over time split into its immediate and carry-over parts.
     *
     * @param immediate the response to each period's own media
     * @param carryover the response carried over from earlier periods
     */
    public record ResponseSplit(double[] immediate, double[] carryover) {
        /** Copies the arrays. */
        public ResponseSplit {
            immediate = immediate.clone();
            carryover = carryover.clone();
        }

        /** @return a copy of the immediate part */
        @Override
        public double[] immediate() {
            return immediate.clone();
        }

        /** @return a copy of the carry-over part */
        @Override
        public double[] carryover() {
            return carryover.clone();
        }
    }

    static void checkSeries(double[] x, String field) {
        Checks.notNull(x, field);
        if (x.length == 0) {
            throw new InvalidValueException(field, field + " must not be empty");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || x[i] < 0) {
                throw new InvalidValueException(field, field + "[" + i + "] must be finite and >= 0 (was " + x[i] + ")");
            }
        }
    }
}
