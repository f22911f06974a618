package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.validate.Checks;

/**
 * A Hill response curve in spend units: {@code response(s) = β·(h(s + c) − h(c))} with the Hill function
 * {@code h(x) = x^α / (x^α + K^α)}.
 *
 * <p>β is the response at full saturation (outcome units), α the shape (α &le; 1 concave, α &gt; 1
 * S-shaped) and K the spend per period at which half of β is reached. c is the mean carry-over (0 unless
 * set): the adstocked media that earlier periods still contribute, in spend units. Robyn's allocator
 * evaluates the Hill function at {@code x + mean(carryover)} ({@code fx_objective} in
 * {@code R/R/allocator.R} of facebookexperimental/Robyn, commit 5915aa9); its total response
 * {@code β·h(x + c)} is the {@link #carryoverResponse() carry-over response} {@code β·h(c)} (what the
 * channel returns with no new spend) plus this curve's {@link #response response}, the part the new
 * spend adds (Robyn's "immediate" part). The optimal allocation is the same either way; this curve keeps
 * {@code response(0) = 0} so that ROAS and marginal figures refer to the new spend.
 *
 * <p>Curves fitted by Robyn or Meridian are converted with {@link Builder#halfSaturationFromRobyn} and
 * {@link Builder#halfSaturationFromMeridian} (Meridian's {@code slope} is the shape, its {@code beta} or
 * Robyn's coefficient the saturation):
 * both tools apply the Hill function to <em>adstocked</em> media, so in steady state a spend s per period
 * is seen as {@code s·m} where m is the adstock's steady-state multiplier ({@code 1/(1-θ)} for Robyn's
 * geometric adstock, {@link Adstock#geometricSteadyState}; 1 for Meridian's normalised adstock); hence
 * {@code K_spend = K_adstocked / m}.
 *
 * <pre>{@code
 * HillCurve feed = HillCurve.builder().saturation(5000).shape(1.6).halfSaturation(2500).build();
 * HillCurve withHistory = feed.withMeanCarryover(800);   // Robyn's x + c̄
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HillCurve implements ResponseCurve {
    private final double beta;
    private final double alpha;
    private final double halfSaturation;
    private final double meanCarryover;
    private final double hAtCarryover;

    private HillCurve(double beta, double alpha, double halfSaturation, double meanCarryover) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new io.github.mediaops.core.InvalidValueException("beta", "beta (saturation) must be a finite number > 0 (was " + beta + ")");
        }
        Hill.checkShape(alpha, halfSaturation);
        Checks.nonNegative(meanCarryover, "meanCarryover");
        this.beta = beta;
        this.alpha = alpha;
        this.halfSaturation = halfSaturation;
        this.meanCarryover = meanCarryover;
        this.hAtCarryover = Hill.eval(meanCarryover, alpha, halfSaturation);
    }

    /** A builder; saturation, shape and half-saturation are required, the mean carry-over defaults to 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HillCurve}; every part is named, so no two numbers can be swapped silently. */
    public static final class Builder {
        private double beta = Double.NaN;
        private double alpha = Double.NaN;
        private double halfSaturation = Double.NaN;
        private double meanCarryover;

        private Builder() {
        }

        /** β: the response at full saturation, in outcome units, &gt; 0. */
        public Builder saturation(double beta) {
            this.beta = beta;
            return this;
        }

        /** α: the Hill shape, &gt; 0 (&le; 1 concave, &gt; 1 S-shaped). */
        public Builder shape(double alpha) {
            this.alpha = alpha;
            return this;
        }

        /** K: the spend per period at which half of the saturation is reached, &gt; 0. */
        public Builder halfSaturation(double spend) {
            this.halfSaturation = spend;
            return this;
        }

        /**
         * K from a Robyn fit: Robyn's half-saturation point of the adstocked series for γ under the convention
         * of the Robyn version that produced γ ({@link Hill#robynInflexion}), divided by the steady-state
         * adstock multiplier ({@link Adstock#geometricSteadyState}, {@link Adstock.Weibull#steadyState}; 1 to
         * map adstocked units one to one).
         *
         * @param adstockedSeries      the adstocked series γ refers to
         * @param gamma                Robyn's γ in [0, 1]
         * @param convention           which Robyn version's mapping produced γ
         * @param carryoverMultiplier  the steady-state adstock multiplier, &ge; 1 (so it cannot take γ's place)
         * @return this builder
         */
        public Builder halfSaturationFromRobyn(double[] adstockedSeries, double gamma, Hill.RobynInflexion convention,
                                               double carryoverMultiplier) {
            Checks.finite(carryoverMultiplier, "carryoverMultiplier");
            if (!(carryoverMultiplier >= 1)) {
                throw new io.github.mediaops.core.InvalidValueException("carryoverMultiplier",
                        "carryoverMultiplier is a steady-state adstock level per unit of spend, >= 1 (was "
                                + carryoverMultiplier + ")");
            }
            this.halfSaturation = Hill.robynInflexion(adstockedSeries, gamma, convention) / carryoverMultiplier;
            return this;
        }

        /**
         * K from a Meridian fit: {@code ec} of its Hill function times Meridian's media scaling factor for the
         * channel (the product is the same whichever way round the two are given).
         *
         * @param ec         Meridian's {@code ec}, &gt; 0
         * @param mediaScale Meridian's scaling factor of the channel's media, &gt; 0
         * @return this builder
         */
        public Builder halfSaturationFromMeridian(double ec, double mediaScale) {
            this.halfSaturation = positive(ec) * positive(mediaScale);
            return this;
        }

        /** c: the mean carry-over from earlier periods in spend units, &ge; 0 (Robyn's {@code mean(x_hist_carryover)}). */
        public Builder meanCarryover(double spend) {
            this.meanCarryover = spend;
            return this;
        }

        /**
         * The curve.
         *
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the
         *                                                      first invalid one
         */
        public HillCurve build() {
            java.util.List<String> missing = new java.util.ArrayList<>();
            if (Double.isNaN(beta)) {
                missing.add("saturation");
            }
            if (Double.isNaN(alpha)) {
                missing.add("shape");
            }
            if (Double.isNaN(halfSaturation)) {
                missing.add("halfSaturation");
            }
            if (!missing.isEmpty()) {
                throw new io.github.mediaops.core.InvalidValueException(missing.get(0), "HillCurve needs " + missing);
            }
            return new HillCurve(beta, alpha, halfSaturation, meanCarryover);
        }
    }

    /** This curve with the mean carry-over c (spend units, &ge; 0): Robyn's allocator's {@code x + c̄}. */
    public HillCurve withMeanCarryover(double meanCarryover) {
        Checks.finite(meanCarryover, "meanCarryover");
        return new HillCurve(beta, alpha, halfSaturation, meanCarryover);
    }

    /** β, the response at full saturation. */
    public double beta() {
        return beta;
    }

    /** α, the Hill shape. */
    public double alpha() {
        return alpha;
    }

    /** K, the spend per period at half saturation. */
    public double halfSaturation() {
        return halfSaturation;
    }

    /** c, the mean carry-over in spend units (0 unless set). */
    public double meanCarryover() {
        return meanCarryover;
    }

    /**
     * {@code β·h(c)}: what the channel returns from carry-over alone, with no new spend (Robyn's
     * {@code carryover_response}); 0 without carry-over. Not part of {@link #response}.
     */
    public double carryoverResponse() {
        return beta * hAtCarryover;
    }

    /** {@code β·h(s + c)}: carry-over response plus {@link #response(double) response(s)}, Robyn's total. */
    public double totalResponse(double spend) {
        return beta * Hill.eval(spend + meanCarryover, alpha, halfSaturation);
    }

    private static double positive(double v) {
        Checks.finite(v, "scale");
        if (!(v > 0)) {
            throw new io.github.mediaops.core.InvalidValueException("scale", "scale must be > 0 (was " + v + ")");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HillCurve h && Double.compare(beta, h.beta) == 0 && Double.compare(alpha, h.alpha) == 0
                && Double.compare(halfSaturation, h.halfSaturation) == 0
                && Double.compare(meanCarryover, h.meanCarryover) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(beta, alpha, halfSaturation, meanCarryover);
    }

    @Override
    public String toString() {
        return "HillCurve[beta=" + beta + ", alpha=" + alpha + ", halfSaturation=" + halfSaturation
                + (meanCarryover == 0 ? "" : ", meanCarryover=" + meanCarryover) + "]";
    }

    @Override
    public double response(double spend) {
        if (meanCarryover == 0) {
            return beta * Hill.eval(spend, alpha, halfSaturation);
        }
        return spend <= 0 ? 0 : beta * (Hill.eval(spend + meanCarryover, alpha, halfSaturation) - hAtCarryover);
    }

    @Override
    public double marginal(double spend) {
        spend = Math.max(spend, 0) + meanCarryover;
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
        return Math.max(0, Hill.inflectionPoint(alpha, halfSaturation) - meanCarryover);
    }

    /**
     * The spend on the concave branch ({@code s ≥ inflection()}) whose marginal return equals
     * {@code lambda}, by Newton's method on {@code v = ln u}, {@code u = (s/K)^α}; the equation
     * {@code ln(βα/K) + (1-1/α)v - 2 ln(1+e^v) = ln λ} is concave and decreasing in v there, so
     * Newton from the right converges monotonically.
     */
    double inverseMarginal(double lambda, double hint) {
        return adstockedInverse(lambda, hint + meanCarryover) - meanCarryover;
    }

    private double adstockedInverse(double lambda, double hint) {
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
