package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.Range;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.validate.Required;

/**
 * Sample size, power and minimum detectable effect (MDE) of a two-arm test with equal arms, by the
 * normal approximation, and expected duration from daily traffic.
 *
 * <p>Means: {@code n = (zα + zβ)² (σ²A + σ²B) / δ²} per arm with {@code σA = σB = sd}; power
 * {@code Φ(|δ| / sqrt(2σ²/n) - zα)}; MDE {@code (zα + zβ) sqrt(2σ²/n)}. Proportions: see
 * {@link ProportionFormula}. {@code zα = Φ⁻¹(1 - α/2)} two-sided, {@code Φ⁻¹(1 - α)} one-sided; power
 * ignores the far tail (as {@code power.prop.test(strict = FALSE)}). A relative MDE is a fraction of the
 * baseline ({@code 0.05} = +5%). For a group-sequential design multiply the fixed sample size by
 * {@link io.github.mediaops.abtest.sequential.GroupSequentialDesign#inflationFactor(double)}.
 *
 * @since 0.1.0
 */
public final class Planning {

    private Planning() {
    }

    /** Whether an effect size is in metric units or a fraction of the baseline. */
    public enum Scale {
        ABSOLUTE, RELATIVE
    }

    /**
     * A planned sample.
     *
     * @param perArm  units per arm (rounded up)
     * @param total   units over both arms
     * @param exact   the unrounded per-arm size
     * @param formula the formula used, for the record
     */
    public record SampleSize(long perArm, long total, double exact, String formula) {
    }

    /** Rounds up; a size whose total does not fit in a long (a vanishing effect) is refused, never wrapped. */
    private static SampleSize sampleSize(double n, double mde, String formula) {
        if (!(n <= Long.MAX_VALUE / 2)) {
            throw new InvalidValueException("mde", "mde " + mde + " is too small to plan for: it needs about " + n
                    + " units per arm, more than a long can count for two arms");
        }
        long perArm = (long) Math.ceil(n - 1e-9);
        return new SampleSize(perArm, 2 * perArm, n, formula);
    }

    /** Units per arm to detect {@code mde} on a proportion with baseline rate {@code baseline}. */
    private static SampleSize proportionSampleSize(double baseline, double mde, Scale scale, double alpha, double power,
                                                  Alternative alternative, ProportionFormula formula) {
        checkRate(baseline);
        checkLevels(alpha, power, alternative);
        Checks.notNull(formula, "formula");
        double p2 = target(baseline, mde, scale);
        double delta = p2 - baseline;
        double za = Numerics.upperQuantile(alternative.tail(alpha));
        double zb = Numerics.quantile(power);
        double s1 = Math.sqrt(baseline * (1 - baseline) + p2 * (1 - p2));
        double s0 = nullSd(baseline, p2, formula, s1);
        double n = Math.pow(za * s0 + zb * s1, 2) / (delta * delta);
        return sampleSize(n, mde, "proportion/" + formula);
    }

    /** Power of a proportion test with {@code nPerArm} units per arm. */
    private static double proportionPower(double baseline, double mde, Scale scale, double nPerArm, double alpha,
                                         Alternative alternative, ProportionFormula formula) {
        checkRate(baseline);
        checkLevels(alpha, 0.5, alternative);
        Checks.notNull(formula, "formula");
        positive(nPerArm, "nPerArm");
        double p2 = target(baseline, mde, scale);
        return proportionPowerAt(baseline, p2, nPerArm, alpha, alternative, formula);
    }

    /** The smallest absolute increase over {@code baseline} detected with the given power (a root of power). */
    private static double proportionMde(double baseline, double nPerArm, double alpha, double power,
                                       Alternative alternative, ProportionFormula formula) {
        checkRate(baseline);
        checkLevels(alpha, power, alternative);
        Checks.notNull(formula, "formula");
        positive(nPerArm, "nPerArm");
        double hi = 1 - baseline;
        if (proportionPowerAt(baseline, 1 - 1e-12, nPerArm, alpha, alternative, formula) < power) {
            throw new InvalidValueException("nPerArm", "nPerArm " + nPerArm + " is too small to reach power " + power
                    + " for any increase over baseline " + baseline);
        }
        return Numerics.root(d -> proportionPowerAt(baseline, baseline + d, nPerArm, alpha, alternative, formula) - power,
                Range.from(1e-12).to(hi - 1e-12));
    }

    /** Units per arm to detect {@code mde} on a mean with per-unit standard deviation {@code sd}. */
    private static SampleSize meanSampleSize(double sd, double mde, double alpha, double power, Alternative alternative) {
        positive(sd, "sd");
        positive(Math.abs(Checks.finite(mde, "mde")), "mde");
        checkLevels(alpha, power, alternative);
        double za = Numerics.upperQuantile(alternative.tail(alpha));
        double zb = Numerics.quantile(power);
        double n = Math.pow(za + zb, 2) * 2 * sd * sd / (mde * mde);
        return sampleSize(n, mde, "mean/normal");
    }

    /**
     * Units per arm for a mean whose MDE is given on either scale: a relative MDE is a fraction of
     * {@code baselineMean} ({@code 0.05} = +5% of the baseline).
     */
    private static SampleSize meanSampleSize(double baselineMean, double sd, double mde, Scale scale, double alpha,
                                            double power, Alternative alternative) {
        Checks.finite(baselineMean, "baselineMean");
        Checks.notNull(scale, "scale");
        if (scale == Scale.RELATIVE && baselineMean == 0) {
            throw new InvalidValueException("baselineMean", "a relative MDE needs a non-zero baselineMean");
        }
        double absolute = scale == Scale.RELATIVE ? baselineMean * mde : mde;
        return meanSampleSize(sd, absolute, alpha, power, alternative);
    }

    /** Power of a test of means with {@code nPerArm} units per arm. */
    private static double meanPower(double sd, double mde, double nPerArm, double alpha, Alternative alternative) {
        positive(sd, "sd");
        Checks.finite(mde, "mde");
        positive(nPerArm, "nPerArm");
        checkLevels(alpha, 0.5, alternative);
        double za = Numerics.upperQuantile(alternative.tail(alpha));
        return Numerics.cdf(Math.abs(mde) / Math.sqrt(2 * sd * sd / nPerArm) - za);
    }

    /** Minimum detectable absolute difference of means with {@code nPerArm} units per arm. */
    private static double meanMde(double sd, double nPerArm, double alpha, double power, Alternative alternative) {
        positive(sd, "sd");
        positive(nPerArm, "nPerArm");
        checkLevels(alpha, power, alternative);
        double za = Numerics.upperQuantile(alternative.tail(alpha));
        double zb = Numerics.quantile(power);
        return (za + zb) * Math.sqrt(2 * sd * sd / nPerArm);
    }

    /**
     * Days needed to enrol {@code totalUnits} when {@code dailyUnits} new units arrive per day and
     * {@code exposedFraction} of them enter the experiment (rounded up to whole days).
     */
    private static long durationDays(long totalUnits, double dailyUnits, double exposedFraction) {
        Checks.nonNegative(totalUnits, "totalUnits");
        positive(dailyUnits, "dailyUnits");
        Checks.fraction(exposedFraction, "exposedFraction");
        if (exposedFraction == 0) {
            throw new InvalidValueException("exposedFraction", "exposedFraction must be > 0 (was 0.0)");
        }
        return (long) Math.ceil(totalUnits / (dailyUnits * exposedFraction) - 1e-9);
    }


    /**
     * Starts a plan for a proportion (conversion) metric with baseline rate {@code baselineRate} in (0, 1):
     * {@code Planning.proportion(0.04).mde(0.10, Scale.RELATIVE).alpha(0.05).power(0.8)
     * .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.R_POWER_PROP_TEST).sampleSize()}.
     */
    public static ProportionPlan proportion(double baselineRate) {
        checkRate(baselineRate);
        return new ProportionPlan(baselineRate);
    }

    /**
     * Starts a plan for a metric of means with per-unit standard deviation {@code standardDeviation} (positive):
     * {@code Planning.meanWithStandardDeviation(12.5).mde(1.0, Scale.ABSOLUTE).alpha(0.05).power(0.8)
     * .alternative(Alternative.TWO_SIDED).sampleSize()}; a relative MDE also needs {@link MeanPlan#baselineMean}.
     */
    public static MeanPlan meanWithStandardDeviation(double standardDeviation) {
        positive(standardDeviation, "sd");
        return new MeanPlan(standardDeviation);
    }

    /**
     * Starts the enrolment time of {@code totalUnits} (not negative):
     * {@code Planning.enrolment(78_950).dailyUnits(12_000).exposedFraction(1.0).days()}.
     */
    public static Enrolment enrolment(long totalUnits) {
        Checks.nonNegative(totalUnits, "totalUnits");
        return new Enrolment(totalUnits);
    }

    /**
     * The named inputs shared by {@link ProportionPlan} and {@link MeanPlan}; each terminal operation names
     * every missing input at once.
     *
     * @param <P> the concrete plan, returned by the setters
     * @since 0.1.0
     */
    public abstract static class Plan<P extends Plan<P>> {
        Double mde;
        Scale scale;
        Double nPerArm;
        Double alpha;
        Double power;
        Alternative alternative;

        Plan() {
        }

        abstract P self();

        /** The effect to detect, on {@code scale} (a relative MDE is a fraction of the baseline: 0.05 = +5%). */
        public P mde(double value, Scale onScale) {
            this.mde = value;
            this.scale = Checks.notNull(onScale, "scale");
            return self();
        }

        /** Units per arm (positive), for the power and MDE questions. */
        public P perArm(double units) {
            this.nPerArm = units;
            return self();
        }

        /** The significance level, in (0, 1). */
        public P alpha(double value) {
            this.alpha = value;
            return self();
        }

        /** The target power, in (0, 1), for the sample-size and MDE questions. */
        public P power(double value) {
            this.power = value;
            return self();
        }

        /** The alternative hypothesis. */
        public P alternative(Alternative value) {
            this.alternative = Checks.notNull(value, "alternative");
            return self();
        }

        Required require(String what) {
            return Required.of(what).given("alpha", alpha).given("alternative", alternative);
        }
    }

    /**
     * A plan for a proportion metric; from {@link Planning#proportion}. Setters return this plan; the
     * terminal operations compute.
     *
     * @since 0.1.0
     */
    public static final class ProportionPlan extends Plan<ProportionPlan> {
        private final double baseline;
        private ProportionFormula formula;

        private ProportionPlan(double baseline) {
            this.baseline = baseline;
        }

        @Override
        ProportionPlan self() {
            return this;
        }

        /** The sample-size formula ({@link ProportionFormula}). */
        public ProportionPlan formula(ProportionFormula value) {
            this.formula = Checks.notNull(value, "formula");
            return this;
        }

        /** Units per arm to detect the MDE; needs mde, alpha, power, alternative and formula. */
        public SampleSize sampleSize() {
            require("proportion sample size").given("mde", mde).given("power", power).given("formula", formula).orThrow();
            return proportionSampleSize(baseline, mde, scale, alpha, power, alternative, formula);
        }

        /** Power at {@link #perArm} units per arm; needs mde, perArm, alpha, alternative and formula. */
        public double achievedPower() {
            require("proportion power").given("mde", mde).given("perArm", nPerArm).given("formula", formula).orThrow();
            return proportionPower(baseline, mde, scale, nPerArm, alpha, alternative, formula);
        }

        /**
         * The smallest absolute increase over the baseline detected with the target power at {@link #perArm}
         * units per arm (a root of power); needs perArm, alpha, power, alternative and formula.
         */
        public double minimumDetectableEffect() {
            require("proportion MDE").given("perArm", nPerArm).given("power", power).given("formula", formula).orThrow();
            return proportionMde(baseline, nPerArm, alpha, power, alternative, formula);
        }
    }

    /**
     * A plan for a metric of means; from {@link Planning#meanWithStandardDeviation}. Setters return this plan;
     * the terminal operations compute.
     *
     * @since 0.1.0
     */
    public static final class MeanPlan extends Plan<MeanPlan> {
        private final double sd;
        private Double baselineMean;

        private MeanPlan(double sd) {
            this.sd = sd;
        }

        @Override
        MeanPlan self() {
            return this;
        }

        /** The baseline mean (finite, non-zero), needed when the MDE is relative. */
        public MeanPlan baselineMean(double value) {
            this.baselineMean = value;
            return this;
        }

        /** Units per arm to detect the MDE; needs mde, alpha, power and alternative (and baselineMean if relative). */
        public SampleSize sampleSize() {
            require("mean sample size").given("mde", mde).given("power", power).orThrow();
            if (scale == Scale.ABSOLUTE) {
                return meanSampleSize(sd, mde, alpha, power, alternative);
            }
            Required.of("relative mean sample size").given("baselineMean", baselineMean).orThrow();
            return meanSampleSize(baselineMean, sd, mde, scale, alpha, power, alternative);
        }

        /** Power at {@link #perArm} units per arm; needs mde, perArm, alpha and alternative (and baselineMean if relative). */
        public double achievedPower() {
            require("mean power").given("mde", mde).given("perArm", nPerArm).orThrow();
            return meanPower(sd, absoluteMde(), nPerArm, alpha, alternative);
        }

        /**
         * Minimum detectable absolute difference of means with the target power at {@link #perArm} units per arm;
         * needs perArm, alpha, power and alternative.
         */
        public double minimumDetectableEffect() {
            require("mean MDE").given("perArm", nPerArm).given("power", power).orThrow();
            return meanMde(sd, nPerArm, alpha, power, alternative);
        }

        private double absoluteMde() {
            if (scale == Scale.ABSOLUTE) {
                return mde;
            }
            Required.of("relative mean power").given("baselineMean", baselineMean).orThrow();
            Checks.finite(baselineMean, "baselineMean");
            if (baselineMean == 0) {
                throw new InvalidValueException("baselineMean", "a relative MDE needs a non-zero baselineMean");
            }
            return baselineMean * mde;
        }
    }

    /**
     * The days needed to enrol a number of units; from {@link Planning#enrolment}.
     *
     * @since 0.1.0
     */
    public static final class Enrolment {
        private final long totalUnits;
        private Double dailyUnits;
        private Double exposedFraction;

        private Enrolment(long totalUnits) {
            this.totalUnits = totalUnits;
        }

        /** New units arriving per day (positive). */
        public Enrolment dailyUnits(double value) {
            this.dailyUnits = value;
            return this;
        }

        /** The fraction of the daily units that enter the experiment, in (0, 1]. */
        public Enrolment exposedFraction(double value) {
            this.exposedFraction = value;
            return this;
        }

        /** Whole days (rounded up); needs dailyUnits and exposedFraction. */
        public long days() {
            Required.of("enrolment").given("dailyUnits", dailyUnits).given("exposedFraction", exposedFraction).orThrow();
            return durationDays(totalUnits, dailyUnits, exposedFraction);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static double proportionPowerAt(double p1, double p2, double n, double alpha, Alternative alternative,
                                            ProportionFormula formula) {
        double za = Numerics.upperQuantile(alternative.tail(alpha));
        double s1 = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        double s0 = nullSd(p1, p2, formula, s1);
        return Numerics.cdf((Math.sqrt(n) * Math.abs(p2 - p1) - za * s0) / s1);
    }

    private static double nullSd(double p1, double p2, ProportionFormula formula, double s1) {
        switch (formula) {
            case EVAN_MILLER:
                return Math.sqrt(2 * p1 * (1 - p1));
            case R_POWER_PROP_TEST: {
                double pb = (p1 + p2) / 2;
                return Math.sqrt(2 * pb * (1 - pb));
            }
            default:
                return s1;
        }
    }

    private static double target(double baseline, double mde, Scale scale) {
        Checks.finite(mde, "mde");
        Checks.notNull(scale, "scale");
        if (mde == 0) {
            throw new InvalidValueException("mde", "mde must not be 0");
        }
        double p2 = scale == Scale.RELATIVE ? baseline * (1 + mde) : baseline + mde;
        if (!(p2 > 0 && p2 < 1)) {
            throw new InvalidValueException("mde", "baseline " + baseline + " with mde " + mde + " (" + scale
                    + ") gives a target rate " + p2 + " outside (0, 1)");
        }
        return p2;
    }

    private static void checkRate(double baseline) {
        Checks.finite(baseline, "baseline");
        if (!(baseline > 0 && baseline < 1)) {
            throw new InvalidValueException("baseline", "baseline must be in (0, 1) (was " + baseline + ")");
        }
    }

    static void checkLevels(double alpha, double power, Alternative alternative) {
        Checks.notNull(alternative, "alternative");
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidValueException("alpha", "alpha must be in (0, 1) (was " + alpha + ")");
        }
        if (!(power > 0 && power < 1)) {
            throw new InvalidValueException("power", "power must be in (0, 1) (was " + power + ")");
        }
    }

    private static double positive(double v, String field) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidValueException(field, field + " must be a positive finite number (was " + v + ")");
        }
        return v;
    }
}
