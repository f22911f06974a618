package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.Alternative;
import io.github.mediaops.abtest.Effect;
import io.github.mediaops.abtest.Interval;
import io.github.mediaops.abtest.Planning;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.abtest.internal.ConfidenceSequences;
import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.Range;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.function.DoubleUnaryOperator;

/**
 * The asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy, Ramdas (2021/2024),
 * "Time-uniform central limit theory and asymptotic confidence sequences", arXiv:2103.06476 — the sequential
 * testing of GrowthBook, whose published test cases it reproduces ({@code GrowthBookParityTest}).
 *
 * <p>For an effect estimate θ̂ with variance V after N units in total, the two-sided (1 - α) interval
 * (eq. 9) is {@code θ̂ ± sqrt(V N) · sqrt( 2(Nρ² + 1) / (N²ρ²) · ln( sqrt(Nρ² + 1) / α ) )} with
 * {@code ρ² = (-2 ln α + ln(-2 ln α + 1)) / N*} (eq. 161). One-sided ({@link Alternative#GREATER}: the interval
 * {@code [θ̂ - h, ∞)}; {@link Alternative#LESS}: {@code (-∞, θ̂ + h]}) the half-width is eq. 134,
 * {@code h = sqrt(V N) · sqrt( 2(Nρ² + 1) / (N²ρ²) · ln(1 + sqrt(Nρ² + 1) / (2α)) )} with ρ tuned at 2α, and
 * α must be below 1/2 (the bound tightens as α grows only up to about α = 0.4, where ρ, tuned at 2α,
 * starts to vanish). The tuning parameter {@code N*} is the total sample size at which the interval is
 * tightest (GrowthBook's default 5000).
 *
 * <p>Always-valid p-values ({@link PValue}): {@link PValue#SMALLEST_ALPHA} (the default) is the smallest α whose
 * interval (ρ tuned at that α) excludes 0, found by root finding, so {@code p < α} exactly when the interval at
 * level α excludes 0. {@link PValue#E_VALUE} (two-sided only) is GrowthBook's {@code min(1, 1/E)} with the
 * e-value {@code E = exp(ρ² S / (2(Nρ² + 1))) / sqrt(Nρ² + 1)}, {@code S = θ̂² N / V}, ρ tuned at the test's α
 * (eq. 155). {@link PValue#GROWTHBOOK} is what GrowthBook reports: the e-value p two-sided; one-sided, the α at
 * which the one-sided bound (ρ fixed at the test's α) crosses 0, found by GrowthBook's bisection on
 * {@code [1e-5, 0.4999]} (stop when the bound is within 1e-6 of 0, report the next midpoint; 1e-5 or 0.4999
 * when the bound excludes or includes 0 at the ends).
 *
 * @since 0.1.0
 */
public final class ConfidenceSequence {

    /** GrowthBook's default tuning parameter N*. */
    public static final double DEFAULT_TUNING = 5000;

    private static final double GB_MIN_ALPHA = 1e-5;
    private static final double GB_MAX_ALPHA = 0.4999;
    private static final double GB_TOLERANCE = 1e-6;
    private static final int GB_MAX_ITERATIONS = 100;

    private ConfidenceSequence() {
    }

    /** Which always-valid p-value {@link #evaluate} reports. */
    public enum PValue {
        /** The smallest α whose (1 - α) interval excludes 0: dual to the intervals. The default. */
        SMALLEST_ALPHA,
        /** GrowthBook's two-sided {@code min(1, 1/E)} from the e-value at ρ tuned for the test's α. */
        E_VALUE,
        /** What GrowthBook reports: {@link #E_VALUE} two-sided, its bisection p-value one-sided. */
        GROWTHBOOK
    }

    /**
     * One look.
     *
     * @param estimate θ̂
     * @param interval the interval at level 1 - α (one-sided: one infinite end)
     * @param pValue   the always-valid p-value chosen
     */
    public record Look(double estimate, Interval interval, double pValue) {
    }

    /**
     * Evaluates the absolute effect of a two-sample test result with N = {@code totalUnits}, alpha and sidedness
     * from its options, smallest-α p-value.
     */
    public static Look evaluate(TestResult result, long totalUnits, double tuning) {
        Checks.notNull(result, "result");
        Effect e = result.absolute();
        return of(e.estimate()).variance(e.standardError() * e.standardError()).totalUnits(totalUnits)
                .alpha(result.options().alpha()).alternative(result.options().alternative()).tuning(tuning).evaluate();
    }

    /**
     * Evaluates the absolute or relative effect of a two-sample test result with N = its total units, alpha and
     * sidedness from its options.
     */
    public static Look evaluate(TestResult result, Planning.Scale scale, double tuning, PValue pValue) {
        Checks.notNull(result, "result");
        Checks.notNull(scale, "scale");
        Effect e = result.effect(scale);
        return of(e.estimate()).variance(e.standardError() * e.standardError()).totalUnits(result.totalUnits())
                .alpha(result.options().alpha()).alternative(result.options().alternative()).tuning(tuning)
                .pValue(pValue).evaluate();
    }

    /**
     * Starts the evaluation of an estimate θ̂ from its moments: set {@link Builder#variance} and
     * {@link Builder#totalUnits} (required); alpha (0.05), tuning ({@value #DEFAULT_TUNING}), alternative
     * (two-sided) and p-value (smallest α) have defaults.
     */
    public static Builder of(double estimate) {
        return new Builder(estimate);
    }

    /** Named inputs of one look; every setter names its quantity, so no two can be swapped silently. */
    public static final class Builder {
        private final double estimate;
        private double variance = Double.NaN;
        private long totalUnits = -1;
        private double alpha = 0.05;
        private double tuning = DEFAULT_TUNING;
        private Alternative alternative = Alternative.TWO_SIDED;
        private PValue pValue = PValue.SMALLEST_ALPHA;

        private Builder(double estimate) {
            this.estimate = estimate;
        }

        /** The variance of the estimate (a standard error squared), positive. */
        public Builder variance(double v) {
            this.variance = v;
            return this;
        }

        /** N, the units in both arms together. */
        public Builder totalUnits(long n) {
            this.totalUnits = n;
            return this;
        }

        /** The level: intervals at 1 - alpha. */
        public Builder alpha(double a) {
            this.alpha = a;
            return this;
        }

        /** The tuning parameter N* (at least 1). */
        public Builder tuning(double nStar) {
            this.tuning = nStar;
            return this;
        }

        /** Two-sided (default) or one-sided intervals and p-values. */
        public Builder alternative(Alternative a) {
            this.alternative = Checks.notNull(a, "alternative");
            return this;
        }

        /** Which always-valid p-value to report. */
        public Builder pValue(PValue p) {
            this.pValue = Checks.notNull(p, "pValue");
            return this;
        }

        /** The look. */
        public Look evaluate() {
            return ConfidenceSequence.evaluate(this);
        }
    }

    private static Look evaluate(Builder b) {
        double estimate = b.estimate;
        double variance = b.variance;
        long n = b.totalUnits;
        double alpha = b.alpha;
        double tuning = b.tuning;
        Checks.finite(estimate, "estimate");
        if (!(variance > 0) || Double.isInfinite(variance)) {
            throw new InvalidValueException("variance", "variance must be a positive finite number (was " + variance + ")");
        }
        Checks.positive(n, "totalUnits");
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidValueException("alpha", "alpha must be in (0, 1) (was " + alpha + ")");
        }
        if (!(tuning >= 1) || Double.isInfinite(tuning)) {
            throw new InvalidValueException("tuning", "tuning must be a finite number >= 1 (was " + tuning + ")");
        }
        if (b.alternative == Alternative.TWO_SIDED) {
            double half = Math.sqrt(variance * n) * ConfidenceSequences.twoSided(alpha).tunedFor(tuning).radius(n);
            Interval interval = new Interval(estimate - half, estimate + half);
            double p = b.pValue == PValue.SMALLEST_ALPHA ? smallestAlphaTwoSided(Math.abs(estimate), variance, n, tuning)
                    : eValuePValue(estimate, variance, n, alpha, tuning);
            return new Look(estimate, interval, p);
        }
        if (alpha >= 0.5) {
            throw new InvalidValueException("alpha", "a one-sided confidence sequence needs alpha below 0.5 (was " + alpha + ")");
        }
        if (b.pValue == PValue.E_VALUE) {
            throw new InvalidValueException("pValue", "the e-value p-value is two-sided; for " + b.alternative
                    + " use SMALLEST_ALPHA or GROWTHBOOK");
        }
        boolean greater = b.alternative == Alternative.GREATER;
        double half = Math.sqrt(variance * n) * ConfidenceSequences.oneSided(alpha).tunedFor(tuning).radius(n);
        Interval interval = greater ? new Interval(estimate - half, Double.POSITIVE_INFINITY)
                : new Interval(Double.NEGATIVE_INFINITY, estimate + half);
        double directed = greater ? estimate : -estimate;
        double p = b.pValue == PValue.SMALLEST_ALPHA ? smallestAlphaOneSided(directed, variance, n, tuning)
                : growthBookOneSided(directed, variance, n, ConfidenceSequences.oneSided(alpha).tunedFor(tuning).rho2());
        return new Look(estimate, interval, p);
    }

    private static double smallestAlphaTwoSided(double abs, double variance, long n, double tuning) {
        double scale = Math.sqrt(variance * n);
        DoubleUnaryOperator excess = la -> scale * ConfidenceSequences.twoSided(Math.exp(la)).tunedFor(tuning).radius(n) - abs;
        return smallestAlpha(excess, Math.log(1 - 1e-12));
    }

    /**
     * The smallest α with {@code excess(ln α) < 0} (the bound excludes 0) below {@code e^hi}, where the half-width
     * decreases in α: 1 if none, 0 if even the smallest normal α does.
     */
    private static double smallestAlpha(DoubleUnaryOperator excess, double hi) {
        double lo = Math.log(Double.MIN_NORMAL);
        if (excess.applyAsDouble(hi) >= 0) {
            return 1.0;
        }
        if (excess.applyAsDouble(lo) < 0) {
            return 0.0;
        }
        return Math.exp(Numerics.root(excess, Range.from(lo).to(hi)));
    }

    /** Smallest α in (0, 1/2) whose one-sided bound (ρ tuned at 2α) excludes 0 in the tested direction; 1 if none. */
    private static double smallestAlphaOneSided(double directed, double variance, long n, double tuning) {
        if (directed <= 0) {
            return 1.0;
        }
        double scale = Math.sqrt(variance * n);
        DoubleUnaryOperator excess = la -> scale * ConfidenceSequences.oneSided(Math.exp(la)).tunedFor(tuning).radius(n)
                - directed;
        // ρ tuned at 2α vanishes as α -> 1/2, so the bound tightens with α only up to an interior minimum
        // (near α = 0.4): search the decreasing branch, up to that minimum (golden section on ln α)
        double a = Math.log(1e-6);
        double c = Math.log(0.5 - 1e-9);
        double g = 0.5 * (Math.sqrt(5) - 1);
        for (int i = 0; i < 80; i++) {
            double x1 = c - g * (c - a);
            double x2 = a + g * (c - a);
            if (excess.applyAsDouble(x1) <= excess.applyAsDouble(x2)) {
                c = x2;
            } else {
                a = x1;
            }
        }
        return smallestAlpha(excess, 0.5 * (a + c));
    }

    /** GrowthBook's one-sided p-value: bisection on α with ρ fixed (see the class comment). */
    private static double growthBookOneSided(double directed, double variance, long n, double rho2) {
        double scale = Math.sqrt(variance * n);
        DoubleUnaryOperator bound = a -> directed - scale * ConfidenceSequences.oneSided(a).withRho2(rho2).radius(n);
        if (bound.applyAsDouble(GB_MIN_ALPHA) > 0) {
            return GB_MIN_ALPHA;
        }
        if (bound.applyAsDouble(GB_MAX_ALPHA) < 0) {
            return GB_MAX_ALPHA;
        }
        double lo = GB_MIN_ALPHA;
        double hi = GB_MAX_ALPHA;
        double a = 0.5 * (lo + hi);
        for (int i = 0; i < GB_MAX_ITERATIONS; i++) {
            double diff = bound.applyAsDouble(a);
            if (diff < 0) {
                lo = a;
            } else {
                hi = a;
            }
            a = 0.5 * (lo + hi);
            if (Math.abs(diff) < GB_TOLERANCE) {
                break;
            }
        }
        return a;
    }

    /**
     * GrowthBook's always-valid p-value {@code min(1, 1/E)}, {@code E = exp(ρ² S / (2(Nρ² + 1))) / sqrt(Nρ² + 1)}
     * with {@code S = θ̂² N / V} and ρ² tuned at {@code alpha} (Waudby-Smith et al., eq. 155).
     */
    static double eValuePValue(double estimate, double variance, double n, double alpha, double tuning) {
        double rho2 = ConfidenceSequences.twoSided(alpha).tunedFor(tuning).rho2();
        double nr = n * rho2 + 1;
        double s = estimate * estimate * n / variance;
        double logE = rho2 * s / (2 * nr) - 0.5 * Math.log(nr);
        return Math.min(1.0, Math.exp(-logE));
    }
}
