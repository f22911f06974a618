package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

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
    public static SampleSize proportionSampleSize(double baseline, double mde, Scale scale, double alpha, double power,
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
    public static double proportionPower(double baseline, double mde, Scale scale, double nPerArm, double alpha,
                                         Alternative alternative, ProportionFormula formula) {
        checkRate(baseline);
        checkLevels(alpha, 0.5, alternative);
        Checks.notNull(formula, "formula");
        positive(nPerArm, "nPerArm");
        double p2 = target(baseline, mde, scale);
        return proportionPowerAt(baseline, p2, nPerArm, alpha, alternative, formula);
    }

    /** The smallest absolute increase over {@code baseline} detected with the given power (a root of power). */
    public static double proportionMde(double baseline, double nPerArm, double alpha, double power,
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
                1e-12, hi - 1e-12);
    }

    /** Units per arm to detect {@code mde} on a mean with per-unit standard deviation {@code sd}. */
    public static SampleSize meanSampleSize(double sd, double mde, double alpha, double power, Alternative alternative) {
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
    public static SampleSize meanSampleSize(double baselineMean, double sd, double mde, Scale scale, double alpha,
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
    public static double meanPower(double sd, double mde, double nPerArm, double alpha, Alternative alternative) {
        positive(sd, "sd");
        Checks.finite(mde, "mde");
        positive(nPerArm, "nPerArm");
        checkLevels(alpha, 0.5, alternative);
        double za = Numerics.upperQuantile(alternative.tail(alpha));
        return Numerics.cdf(Math.abs(mde) / Math.sqrt(2 * sd * sd / nPerArm) - za);
    }

    /** Minimum detectable absolute difference of means with {@code nPerArm} units per arm. */
    public static double meanMde(double sd, double nPerArm, double alpha, double power, Alternative alternative) {
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
    public static long durationDays(long totalUnits, double dailyUnits, double exposedFraction) {
        Checks.nonNegative(totalUnits, "totalUnits");
        positive(dailyUnits, "dailyUnits");
        Checks.fraction(exposedFraction, "exposedFraction");
        if (exposedFraction == 0) {
            throw new InvalidValueException("exposedFraction", "exposedFraction must be > 0 (was 0.0)");
        }
        return (long) Math.ceil(totalUnits / (dailyUnits * exposedFraction) - 1e-9);
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
