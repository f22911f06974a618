package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.validate.Checks;

/**
 * A Hill response curve in spend units: {@code response(s) = β · s^α / (s^α + K^α)}.
 *
 * <p>β is the response at full saturation (outcome units), α the shape (α &le; 1 concave, α &gt; 1
 * S-shaped) and K the spend per period at which half of β is reached. Curves fitted by Robyn or
 * Meridian are converted with {@link #fromRobyn} and {@link #fromMeridian}: both tools apply the Hill
 * function to <em>adstocked</em> media, so in steady state a spend s per period is seen as
 * {@code s·c} where c is the adstock's steady-state multiplier ({@code 1/(1-θ)} for Robyn's
 * geometric adstock, {@link Adstock#geometricSteadyState}; 1 for Meridian's normalised adstock);
 * hence {@code K_spend = K_adstocked / c}.
 *
 * @param beta           response at saturation, &gt; 0
 * @param alpha          Hill shape, &gt; 0
 * @param halfSaturation spend per period at half saturation, &gt; 0
 */
public record HillCurve(double beta, double alpha, double halfSaturation) implements ResponseCurve {

    public HillCurve {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new io.github.mediaops.core.InvalidValueException("beta", "beta must be a finite number > 0 (was " + beta + ")");
        }
        Hill.checkShape(alpha, halfSaturation);
    }

    /**
     * A curve from Robyn's output: {@code coef} (the channel's regression coefficient), α, γ, the
     * adstocked series γ refers to, the convention of the Robyn version that produced γ, and the
     * steady-state adstock multiplier (use 1 to map adstocked units one to one).
     */
    public static HillCurve fromRobyn(double coef, double alpha, double gamma, double[] adstockedSeries,
                                      Hill.RobynInflexion convention, double carryoverMultiplier) {
        double k = Hill.robynInflexion(adstockedSeries, gamma, convention);
        return new HillCurve(coef, alpha, k / positive(carryoverMultiplier));
    }

    /**
     * A curve from Meridian's posterior (or point) estimates: {@code beta} in outcome units,
     * {@code ec} and {@code slope} of its Hill function, and Meridian's media scaling factor for the
     * channel (so that the half-saturation spend is {@code ec · mediaScale}).
     */
    public static HillCurve fromMeridian(double beta, double ec, double slope, double mediaScale) {
        return new HillCurve(beta, slope, ec * positive(mediaScale));
    }

    private static double positive(double v) {
        Checks.finite(v, "scale");
        if (!(v > 0)) {
            throw new io.github.mediaops.core.InvalidValueException("scale", "scale must be > 0 (was " + v + ")");
        }
        return v;
    }

    @Override
    public double response(double spend) {
        return beta * Hill.eval(spend, alpha, halfSaturation);
    }

    @Override
    public double marginal(double spend) {
        if (spend <= 0) {
            if (alpha < 1) {
                return Double.POSITIVE_INFINITY;
            }
            return alpha == 1 ? beta / halfSaturation : 0;
        }
        double u = Math.pow(spend / halfSaturation, alpha);
        return beta * alpha * u / (spend * (1 + u) * (1 + u));
    }

    @Override
    public double inflection() {
        return Hill.inflectionPoint(alpha, halfSaturation);
    }

    /**
     * The spend on the concave branch ({@code s ≥ inflection()}) whose marginal return equals
     * {@code lambda}, by Newton's method on {@code v = ln u}, {@code u = (s/K)^α}; the equation
     * {@code ln(βα/K) + (1-1/α)v - 2 ln(1+e^v) = ln λ} is concave and decreasing in v there, so
     * Newton from the right converges monotonically.
     */
    double inverseMarginal(double lambda, double hint) {
        double c = Math.log(beta * alpha / halfSaturation) - Math.log(lambda);
        double a = 1 - 1 / alpha;
        double vMin = alpha > 1 ? Math.log((alpha - 1) / (alpha + 1)) : Double.NEGATIVE_INFINITY;
        double v = Double.NaN;
        if (hint > 0 && Double.isFinite(hint)) {
            // warm start from a previous solution: one Newton step from either side lands right of
            // the root (g is concave), where the iteration below converges monotonically
            double v0 = alpha * Math.log(hint / halfSaturation);
            if (v0 > vMin) {
                double g0 = g(v0, c, a);
                if (g0 <= 0) {
                    v = v0;
                } else {
                    double dg = a - 2 / (1 + Math.exp(-v0));
                    double v1 = v0 - g0 / dg;
                    if (dg < 0 && Double.isFinite(v1) && g(v1, c, a) <= 0) {
                        v = v1;
                    }
                }
            }
        }
        if (Double.isNaN(v)) {
            // start right of the root: g(v) < 0
            v = Math.max(vMin, 0) + 1;
            while (g(v, c, a) > 0) {
                v = v * 2 + 1;
                if (v > 700) {
                    break;
                }
            }
        }
        for (int i = 0; i < 200; i++) {
            double gv = g(v, c, a);
            double s = 1 / (1 + Math.exp(-v));
            double dg = a - 2 * s;
            double next = v - gv / dg;
            if (!(next < v) || Math.abs(next - v) <= 1e-15 * Math.max(1, Math.abs(v))) {
                v = Math.min(v, next);
                break;
            }
            v = Math.max(next, vMin);
            if (v == vMin) {
                break;
            }
        }
        return halfSaturation * Math.exp(v / alpha);
    }

    private static double g(double v, double c, double a) {
        double softplus = v > 30 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
        return c + a * v - 2 * softplus;
    }
}
