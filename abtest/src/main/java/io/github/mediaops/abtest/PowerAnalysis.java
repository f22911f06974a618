package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.ConfidenceSequences;
import io.github.mediaops.abtest.sequential.ConfidenceSequence;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Power, minimum detectable effect (MDE) and sample size of a test of each treatment against the
 * control, with the effect on the relative scale (the default) or the absolute one, any number of
 * variations, and fixed-horizon or confidence-sequence (sequential) analysis. Immutable; build it with
 * {@link #mean} or {@link #proportion}.
 *
 * <p><b>Standard error.</b> {@code totalUnits} are split evenly over the variations, {@code nA} per arm.
 * Both arms have the baseline variance {@code v} ({@code sd²} for a mean, {@code p(1-p)} for a rate). On the
 * relative scale the effect {@code δ} means a treatment mean {@code m(1 + δ)} and the estimate's standard
 * error is the delta method's {@code sqrt(v/(m² nA) + v m²(1+δ)²/(m⁴ nA))}, the same standard error the
 * relative test of {@link FrequentistTests} uses (so power is not overstated by treating a relative goal as
 * an absolute one); on the absolute scale it is {@code sqrt(2v/nA)}.
 *
 * <p><b>Sequential.</b> With {@link Builder#sequential(double) a tuning N*} the standard error is inflated
 * to {@code h / z_{1-α/2}}, {@code h} the half-width of the two-sided {@link ConfidenceSequence} at
 * {@code N = 2 nA} units: the fixed-horizon normal power then approximates the power of reading the
 * confidence sequence at the end.
 *
 * <p><b>Power</b> counts rejections in the effect's direction and, two-sided, in the far tail too:
 * {@code 1 - Φ(z - δ/se) + Φ(-z - δ/se)}. <b>MDE</b> solves {@code δ / se(δ) = z_{α} + z_{power}} (far tail
 * ignored, the textbook convention; on the relative scale a quadratic in the treatment mean).
 * These are GrowthBook's power-calculator conventions and are checked against the cases of its test suite.
 *
 * @since 0.1.0
 */
public final class PowerAnalysis {
    private final double mean;
    private final double variance;
    private final double alpha;
    private final Alternative alternative;
    private final int variations;
    private final Planning.Scale scale;
    private final double tuning;

    private PowerAnalysis(Builder b) {
        this.mean = b.mean;
        this.variance = b.variance;
        this.alpha = b.alpha;
        this.alternative = b.alternative;
        this.variations = b.variations;
        this.scale = b.scale;
        this.tuning = b.tuning;
        if (scale == Planning.Scale.RELATIVE && !(mean > 0)) {
            throw new InvalidValueException("mean", "relative effects need a positive baseline mean (was " + mean + ")");
        }
    }

    /**
     * Starts a metric of means with its baseline {@code mean} (finite); name the per-unit standard deviation next:
     * {@code PowerAnalysis.mean(12.5).standardDeviation(30).build()}.
     */
    public static WithMean mean(double mean) {
        Checks.finite(mean, "mean");
        return new WithMean(mean);
    }

    /** A conversion metric with baseline rate {@code rate} in (0, 1); per-unit variance {@code p(1-p)}. */
    public static Builder proportion(double rate) {
        Checks.finite(rate, "rate");
        if (!(rate > 0 && rate < 1)) {
            throw new InvalidValueException("rate", "rate must be in (0, 1) (was " + rate + ")");
        }
        return new Builder(rate, rate * (1 - rate));
    }

    /**
     * Questions about a given total number of units (over all variations): {@code totalUnits(n).power(effect)},
     * {@code totalUnits(n).mde(power)}, {@code totalUnits(n).standardError(effect)}.
     *
     * @param totalUnits positive, finite
     */
    public AtUnits totalUnits(double totalUnits) {
        positive(totalUnits, "totalUnits");
        return new AtUnits(totalUnits);
    }

    /**
     * Questions about a given true effect (on the configured scale): {@code effect(e).sampleSize(power)}.
     *
     * @param effect finite, not 0
     */
    public ForEffect effect(double effect) {
        Checks.finite(effect, "effect");
        if (effect == 0) {
            throw new InvalidValueException("effect", "effect must not be 0");
        }
        return new ForEffect(effect);
    }

    private double standardError(double effect, double totalUnits) {
        Checks.finite(effect, "effect");
        double nA = perArm(totalUnits);
        double v = variance * inflation(nA);
        if (scale == Planning.Scale.ABSOLUTE) {
            return Math.sqrt(2 * v / nA);
        }
        double mB = mean * (1 + effect);
        return Math.sqrt(v / (mean * mean * nA) + v * mB * mB / (mean * mean * mean * mean * nA));
    }

    private double power(double effect, double totalUnits) {
        double d = effect / standardError(effect, totalUnits);
        switch (alternative) {
            case GREATER:
                return Numerics.cdf(d - Numerics.upperQuantile(alpha));
            case LESS:
                return Numerics.cdf(-d - Numerics.upperQuantile(alpha));
            default:
                double z = Numerics.upperQuantile(alpha / 2);
                return Numerics.sf(z - d) + Numerics.cdf(-z - d);
        }
    }

    private double mde(double power, double totalUnits) {
        if (!(power > 0 && power < 1)) {
            throw new InvalidValueException("power", "power must be in (0, 1) (was " + power + ")");
        }
        double nA = perArm(totalUnits);
        double z = Numerics.upperQuantile(alternative == Alternative.TWO_SIDED ? alpha / 2 : alpha) + Numerics.quantile(power);
        double sigma2 = variance * inflation(nA) / nA;
        if (scale == Planning.Scale.ABSOLUTE) {
            return z * Math.sqrt(2 * sigma2);
        }
        double m2 = mean * mean;
        double a = 1 - z * z * sigma2 / m2;
        if (!(a > 0)) {
            throw new InvalidValueException("totalUnits", "totalUnits " + totalUnits + " over " + variations
                    + " variations is too small to detect any relative effect with power " + power);
        }
        double b = -2 * mean;
        double c = m2 - z * z * sigma2;
        double treatment = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        return (treatment - mean) / mean;
    }

    private long sampleSize(double effect, double power) {
        if (!(power > 0 && power < 1)) {
            throw new InvalidValueException("power", "power must be in (0, 1) (was " + power + ")");
        }
        if (effect == 0) {
            throw new InvalidValueException("effect", "effect must not be 0");
        }
        long lo = 1;
        long hi = 2;
        while (power(effect, (double) hi * variations) < power) {
            if (hi > (Long.MAX_VALUE >> 3) / variations) {
                throw new InvalidValueException("effect", "effect " + effect + " needs an unbounded sample");
            }
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) { // power increases with n (the sequential inflation is bounded)
            long mid = lo + (hi - lo) / 2;
            if (power(effect, (double) mid * variations) >= power) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi * variations;
    }

    private double perArm(double totalUnits) {
        positive(totalUnits, "totalUnits");
        return totalUnits / variations;
    }

    private double inflation(double nA) {
        if (tuning == 0) {
            return 1;
        }
        double n = 2 * nA;
        double h = Math.sqrt(1.0 / n * n) * ConfidenceSequences.twoSided(alpha).tunedFor(tuning).radius(n);
        double z = Numerics.upperQuantile(alpha / 2);
        return n * (h / z) * (h / z);
    }

    private static double positive(double v, String field) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidValueException(field, field + " must be a positive finite number (was " + v + ")");
        }
        return v;
    }

    /** A metric of means whose baseline is named; {@link #standardDeviation} gives its options builder. */
    public static final class WithMean {
        private final double mean;

        private WithMean(double mean) {
            this.mean = mean;
        }

        /** Completes the metric with its per-unit standard deviation (positive, finite). */
        public Builder standardDeviation(double standardDeviation) {
            positive(standardDeviation, "standardDeviation");
            return new Builder(mean, standardDeviation * standardDeviation);
        }
    }

    /** Power, MDE and standard error at a named total number of units; from {@link PowerAnalysis#totalUnits}. */
    public final class AtUnits {
        private final double totalUnits;

        private AtUnits(double totalUnits) {
            this.totalUnits = totalUnits;
        }

        /** Standard error of the estimated effect when the true effect is {@code effect} (sequentially inflated if configured). */
        public double standardError(double effect) {
            return PowerAnalysis.this.standardError(effect, totalUnits);
        }

        /** Probability of rejecting the null when the true effect is {@code effect} (on the configured scale). */
        public double power(double effect) {
            return PowerAnalysis.this.power(effect, totalUnits);
        }

        /**
         * The smallest positive effect detected with probability {@code power} in (0, 1) (negative effects for
         * {@link Alternative#LESS} mirror it).
         *
         * @throws InvalidValueException when the total units are too small for any relative effect to reach it
         */
        public double mde(double power) {
            return PowerAnalysis.this.mde(power, totalUnits);
        }
    }

    /** Sample size for a named true effect; from {@link PowerAnalysis#effect}. */
    public final class ForEffect {
        private final double effect;

        private ForEffect(double effect) {
            this.effect = effect;
        }

        /**
         * The smallest total number of units (over all variations, a multiple of the number of variations)
         * that reaches {@code power} in (0, 1) for this effect.
         */
        public long sampleSize(double power) {
            return PowerAnalysis.this.sampleSize(effect, power);
        }
    }

    /** Options of a {@link PowerAnalysis}; defaults alpha 0.05, two-sided, 2 variations, relative, fixed horizon. */
    public static final class Builder {
        private final double mean;
        private final double variance;
        private double alpha = 0.05;
        private Alternative alternative = Alternative.TWO_SIDED;
        private int variations = 2;
        private Planning.Scale scale = Planning.Scale.RELATIVE;
        private double tuning;

        private Builder(double mean, double variance) {
            this.mean = mean;
            this.variance = variance;
        }

        /** @param value the significance level, in (0, 0.5); default 0.05 @return this builder */
        public Builder alpha(double value) {
            Planning.checkLevels(value, 0.5, Alternative.TWO_SIDED);
            this.alpha = value;
            return this;
        }

        /** @param value the alternative hypothesis; default two-sided @return this builder */
        public Builder alternative(Alternative value) {
            this.alternative = Checks.notNull(value, "alternative");
            return this;
        }

        /** Number of variations including the control (units are split evenly); default 2. */
        public Builder variations(int value) {
            if (value < 2) {
                throw new InvalidValueException("variations", "variations must be >= 2 (was " + value + ")");
            }
            this.variations = value;
            return this;
        }

        /** Scale of the effect and of the test: {@code RELATIVE} (default, delta method) or {@code ABSOLUTE}. */
        public Builder scale(Planning.Scale value) {
            this.scale = Checks.notNull(value, "scale");
            return this;
        }

        /** Analyse with the {@link ConfidenceSequence} tuned at N* = {@code tuning} (e.g. 5000). */
        public Builder sequential(double tuningValue) {
            if (!(tuningValue >= 1) || Double.isInfinite(tuningValue)) {
                throw new InvalidValueException("tuning", "tuning must be a finite number >= 1 (was " + tuningValue + ")");
            }
            this.tuning = tuningValue;
            return this;
        }

        /** @return the analysis, ready for power and MDE questions */
        public PowerAnalysis build() {
            return new PowerAnalysis(this);
        }
    }
}
