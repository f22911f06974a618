package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.inference.SignificanceResult;
import org.apache.commons.statistics.inference.UnconditionedExactTest;

/**
 * Two-sample frequentist tests of a treatment against a control, on {@link SufficientStats}.
 *
 * <ul>
 *   <li>{@link #proportions}: two-proportion z-test. Statistic {@code (pB - pA) / se}, with
 *       {@code se = sqrt(p(1-p)(1/nA + 1/nB))} at the pooled rate p when {@link TestOptions#pooled()},
 *       else {@code se = sqrt(pA(1-pA)/nA + pB(1-pB)/nB)}; Wald interval with the unpooled se.
 *       Pooled, it is the χ² test of the 2x2 table without continuity correction (the golden script checks it
 *       against {@code scipy.stats.chi2_contingency(correction=False)}).</li>
 *   <li>{@link #means}: Welch's t-test with Welch–Satterthwaite degrees of freedom, or Student's
 *       pooled t-test (checked against {@code scipy.stats.ttest_ind}).</li>
 *   <li>{@link #ratio}: ratio metrics {@code Σx / Σy} per arm (CTR = clicks / impressions under user
 *       randomisation) with delta-method variance {@code (s²x - 2R sxy + R² s²y) / (n ȳ²)}
 *       (Deng, Knoblich, Lu 2018, "Applying the Delta Method in Metric Analytics", KDD); z-test.</li>
 *   <li>{@link #cuped}: CUPED regression adjustment with a pre-period covariate y,
 *       {@code θ = cov(x, y) / var(y)} over both arms, adjusted means {@code x̄ - θ(ȳ - ȳpooled)},
 *       variance {@code (s²x - 2θ sxy + θ² s²y) / n} (Deng, Xu, Kohavi, Walker 2013, WSDM); z-test. Its
 *       relative lift is the ratio of adjusted means or GrowthBook's definition ({@link CupedRelative}).</li>
 *   <li>{@link #fisherExact} and {@link #boschlooExact}: exact tests of a 2x2 table for small samples
 *       (Apache Commons Statistics).</li>
 * </ul>
 *
 * <p>The relative effect {@code treatment / control - 1} gets a delta-method standard error
 * {@code sqrt(vB/mA² + mB² vA/mA⁴)}, a delta-method or Fieller interval ({@link RelativeInterval}) and its
 * own p-value from {@code r / se(r)}; {@link TestOptions#inference()} picks which effect's statistic and
 * p-value the result reports (absolute by default, relative as GrowthBook). With
 * {@link DegreesOfFreedom#WELCH_SATTERTHWAITE} the proportion, ratio and CUPED tests use Student's t with
 * Welch–Satterthwaite degrees of freedom (GrowthBook) instead of the normal. Statistics no data can
 * produce are an {@link InconsistentStatisticsException}. Degenerate
 * data give a documented result: if the estimate and its standard error are both 0 (e.g. zero
 * conversions in both arms) the statistic is 0 and the p-value 1; a non-zero estimate with zero
 * standard error has an infinite statistic. Fewer than 2 units in an arm for a t-test or a delta-method
 * test, or no units at all, is an {@link InvalidValueException}.
 *
 * @since 0.1.0
 */
public final class FrequentistTests {

    private FrequentistTests() {
    }

    /**
     * Two-proportion z-test; x must be 0/1 per unit (Σx = Σx²). From counts:
     * {@code proportions(Arms.control(SufficientStats.ofProportion(n, x)).treatment(...), options)}.
     */
    public static TestResult proportions(Arms arms, TestOptions options) {
        Checks.notNull(arms, "arms");
        SufficientStats control = arms.control();
        SufficientStats treatment = arms.treatment();
        Checks.notNull(options, "options");
        requireProportion(control, "control");
        requireProportion(treatment, "treatment");
        double nA = control.n();
        double nB = treatment.n();
        double pA = control.sumX() / nA;
        double pB = treatment.sumX() / nB;
        double vA = pA * (1 - pA) / nA;
        double vB = pB * (1 - pB) / nB;
        double seTest;
        if (options.pooled()) {
            double p = (control.sumX() + treatment.sumX()) / (nA + nB);
            seTest = Math.sqrt(p * (1 - p) * (1 / nA + 1 / nB));
        } else {
            seTest = Math.sqrt(vA + vB);
        }
        double df = largeSampleDf(vA, control, vB, treatment, options);
        return build(Double.isInfinite(df) ? "two-proportion-z" : "two-proportion-welch-t", control, treatment,
                pA, vA, pB, vB, seTest, df, options);
    }

    /** Welch's (or, with {@link TestOptions#pooled()}, Student's) two-sample t-test on the means of x. */
    public static TestResult means(Arms arms, TestOptions options) {
        Checks.notNull(arms, "arms");
        SufficientStats control = arms.control();
        SufficientStats treatment = arms.treatment();
        Checks.notNull(options, "options");
        requireAtLeastTwo(control, "control");
        requireAtLeastTwo(treatment, "treatment");
        double nA = control.n();
        double nB = treatment.n();
        double sA = control.variance();
        double sB = treatment.variance();
        double vA = sA / nA;
        double vB = sB / nB;
        double se;
        double df;
        if (options.pooled()) {
            double sp = ((nA - 1) * sA + (nB - 1) * sB) / (nA + nB - 2);
            se = Math.sqrt(sp * (1 / nA + 1 / nB));
            df = nA + nB - 2;
        } else {
            se = Math.sqrt(vA + vB);
            df = welchDf(vA, nA, vB, nB);
        }
        return build(options.pooled() ? "student-t" : "welch-t", control, treatment, control.mean(), vA,
                treatment.mean(), vB, se, df, options);
    }

    /**
     * Ratio metric {@code Σx / Σy} per arm (e.g. clicks / impressions with users as units) by the
     * delta method; z-test.
     */
    public static TestResult ratio(Arms arms, TestOptions options) {
        Checks.notNull(arms, "arms");
        SufficientStats control = arms.control();
        SufficientStats treatment = arms.treatment();
        Checks.notNull(options, "options");
        requireAtLeastTwo(control, "control");
        requireAtLeastTwo(treatment, "treatment");
        double rA = ratioOf(control, "control");
        double rB = ratioOf(treatment, "treatment");
        double vA = ratioVariance(control, rA);
        double vB = ratioVariance(treatment, rB);
        double df = largeSampleDf(vA, control, vB, treatment, options);
        return build(Double.isInfinite(df) ? "ratio-delta-z" : "ratio-delta-welch-t", control, treatment,
                rA, vA, rB, vB, Math.sqrt(vA + vB), df, options);
    }

    /**
     * CUPED: the mean of x adjusted by the pre-period covariate y with {@code θ = cov(x,y)/var(y)}
     * estimated on both arms together; z-test. When y has no variance, θ = 0 (no adjustment).
     */
    public static TestResult cuped(Arms arms, TestOptions options) {
        Checks.notNull(arms, "arms");
        SufficientStats control = arms.control();
        SufficientStats treatment = arms.treatment();
        Checks.notNull(options, "options");
        requireAtLeastTwo(control, "control");
        requireAtLeastTwo(treatment, "treatment");
        SufficientStats all = control.merge(treatment);
        double varY = all.varianceY();
        double theta = varY > 0 ? all.covarianceXY() / varY : 0.0;
        double yBar = all.meanY();
        double mA = control.mean() - theta * (control.meanY() - yBar);
        double mB = treatment.mean() - theta * (treatment.meanY() - yBar);
        double vA = adjustedVariance(control, theta) / control.n();
        double vB = adjustedVariance(treatment, theta) / treatment.n();
        double df = largeSampleDf(vA, control, vB, treatment, options);
        String method = Double.isInfinite(df) ? "cuped-z" : "cuped-welch-t";
        double xA = control.mean();
        if (options.cupedRelative() == CupedRelative.GROWTHBOOK && xA != 0) {
            // GrowthBook: adjusted difference over |unadjusted control mean|; delta method with x̄A random
            double xB = treatment.mean();
            double a2 = xA * xA;
            double vTreatment = adjustedVariance(treatment, theta) / (treatment.n() * a2);
            double vControl = Math.max(0.0, control.variance() * xB * xB / a2 - 2 * theta * control.covarianceXY() * xB / xA
                    + theta * theta * control.varianceY()) / (control.n() * a2);
            double r = (mB - mA) / Math.abs(xA);
            return build(method, control, treatment, mA, vA, mB, vB, Math.sqrt(vA + vB), df, options,
                    new double[] {r, Math.sqrt(vTreatment + vControl)});
        }
        return build(method, control, treatment, mA, vA, mB, vB, Math.sqrt(vA + vB), df, options);
    }

    /** The CUPED coefficient θ = cov(x, y) / var(y) over both arms; 0 when y has no variance. */
    public static double cupedTheta(Arms arms) {
        Checks.notNull(arms, "arms");
        SufficientStats all = arms.control().merge(arms.treatment());
        double varY = all.varianceY();
        return varY > 0 ? all.covarianceXY() / varY : 0.0;
    }

    /**
     * Fisher's exact test of the 2x2 table with the arms in columns, [[treatment conversions, control
     * conversions], [treatment non-conversions, control non-conversions]]; for small samples. The
     * statistic is the sample odds ratio; GREATER means the treatment converts more. Each arm is a binary
     * metric of at most {@link Integer#MAX_VALUE} units:
     * {@code fisherExact(Arms.control(SufficientStats.ofProportion(n, x)).treatment(...), alternative)}.
     */
    public static ExactResult fisherExact(Arms arms, Alternative alternative) {
        int[][] table = table(arms);
        Checks.notNull(alternative, "alternative");
        SignificanceResult r = FisherExactTest.withDefaults().with(hypothesis(alternative)).test(table);
        return new ExactResult("fisher-exact", r.getStatistic(), r.getPValue());
    }

    /**
     * Boschloo's unconditional exact test of the same 2x2 table (more powerful than Fisher's; uses
     * Fisher's p-value as the statistic and maximises over the nuisance proportion). When neither arm
     * has any conversion (or both convert every unit) the result is p = 1. Two-sided, the statistic is
     * Fisher's two-sided p-value (Commons Statistics' definition; scipy instead doubles the smaller
     * one-sided p-value).
     */
    public static ExactResult boschlooExact(Arms arms, Alternative alternative) {
        int[][] table = table(arms);
        Checks.notNull(alternative, "alternative");
        long conversions = (long) table[0][0] + table[0][1];
        long units = conversions + table[1][0] + table[1][1];
        if (conversions == 0 || conversions == units) {
            // no conversions (or only conversions) anywhere: the table carries no evidence
            return new ExactResult("boschloo-exact", 1.0, 1.0);
        }
        SignificanceResult r = UnconditionedExactTest.withDefaults()
                .with(UnconditionedExactTest.Method.BOSCHLOO)
                .with(hypothesis(alternative)).test(table);
        return new ExactResult("boschloo-exact", r.getStatistic(), r.getPValue());
    }

    /**
     * Result of an exact test.
     *
     * @param method    {@code fisher-exact} or {@code boschloo-exact}
     * @param statistic the test statistic (sample odds ratio for Fisher, Fisher p-value for Boschloo)
     * @param pValue    exact p-value
     */
    public record ExactResult(String method, double statistic, double pValue) {
    }

    // ---------------------------------------------------------------------------------------------

    static TestResult build(String method, SufficientStats control, SufficientStats treatment, double mA, double vA,
                            double mB, double vB, double seTest, double df, TestOptions options) {
        return build(method, control, treatment, mA, vA, mB, vB, seTest, df, options, null);
    }

    /** As above; {@code relativeMoments} ({estimate, standard error}) replaces the ratio-of-means relative effect. */
    private static TestResult build(String method, SufficientStats control, SufficientStats treatment, double mA,
                                    double vA, double mB, double vB, double seTest, double df, TestOptions options,
                                    double[] relativeMoments) {
        Alternative alt = options.alternative();
        boolean normal = Double.isInfinite(df);
        TDistribution t = normal ? null : TDistribution.of(df);
        double q = alt.tail(options.alpha());
        double crit = normal ? Numerics.upperQuantile(q) : t.inverseSurvivalProbability(q);
        double diff = mB - mA;
        double absStatistic = statistic(diff, seTest);
        double seCi = Math.sqrt(vA + vB);
        Effect absolute = new Effect(diff, seCi, around(diff, crit * seCi, alt), pValue(absStatistic, seTest, t, alt));
        Optional<Effect> relative = Optional.empty();
        double relStatistic = Double.NaN;
        if (relativeMoments != null) {
            double r = relativeMoments[0];
            double seR = relativeMoments[1];
            relStatistic = statistic(r, seR);
            relative = Optional.of(new Effect(r, seR, around(r, crit * seR, alt), pValue(relStatistic, seR, t, alt)));
        } else if (mA != 0) {
            double r = mB / mA - 1;
            double seR = Math.sqrt(vB / (mA * mA) + mB * mB * vA / (mA * mA * mA * mA));
            Interval ri = options.relativeInterval() == RelativeInterval.FIELLER
                    ? fieller(mA, vA, mB, vB, crit, alt)
                    : around(r, crit * seR, alt);
            relStatistic = statistic(r, seR);
            relative = Optional.of(new Effect(r, seR, ri, pValue(relStatistic, seR, t, alt)));
        }
        boolean onRelative = options.inference() == Planning.Scale.RELATIVE;
        if (onRelative && relative.isEmpty()) {
            throw new InvalidValueException("control.sumX", "relative inference needs a non-zero control mean (was "
                    + mA + ")");
        }
        return new TestResult(method, control.n(), treatment.n(), mA, mB, absolute, relative,
                onRelative ? relStatistic : absStatistic, df,
                onRelative ? relative.get().pValue() : absolute.pValue(), options);
    }

    /** Welch–Satterthwaite degrees of freedom of the difference of two means with variances vA, vB. */
    static double welchDf(double vA, double nA, double vB, double nB) {
        double v = vA + vB;
        double df = v * v / (vA * vA / (nA - 1) + vB * vB / (nB - 1));
        // both variances 0: no spread, any df gives the same (degenerate) result
        return df > 0 ? df : nA + nB - 2;
    }

    private static double largeSampleDf(double vA, SufficientStats a, double vB, SufficientStats b, TestOptions options) {
        return options.degreesOfFreedom() == DegreesOfFreedom.WELCH_SATTERTHWAITE
                ? welchDf(vA, a.n(), vB, b.n()) : Double.POSITIVE_INFINITY;
    }

    private static double statistic(double estimate, double se) {
        if (se > 0) {
            return estimate / se;
        }
        return estimate == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, estimate);
    }

    private static double pValue(double statistic, double se, TDistribution t, Alternative alt) {
        if (statistic == 0 && se == 0) {
            return 1.0;
        }
        // one tail evaluation: P(T >= s) for the side that matters (T symmetric about 0)
        double s = alt == Alternative.GREATER ? statistic : alt == Alternative.LESS ? -statistic : Math.abs(statistic);
        double tail = t == null ? Numerics.sf(s) : t.survivalProbability(s);
        return alt == Alternative.TWO_SIDED ? Math.min(1.0, 2 * tail) : tail;
    }

    private static Interval around(double estimate, double halfWidth, Alternative alt) {
        switch (alt) {
            case GREATER:
                return new Interval(estimate - halfWidth, Double.POSITIVE_INFINITY);
            case LESS:
                return new Interval(Double.NEGATIVE_INFINITY, estimate + halfWidth);
            default:
                return new Interval(estimate - halfWidth, estimate + halfWidth);
        }
    }

    /** Fieller interval for mB/mA - 1 with independent arms. */
    static Interval fieller(double mA, double vA, double mB, double vB, double crit, Alternative alt) {
        double c2 = crit * crit;
        double a = mA * mA - c2 * vA;
        if (a <= 0) {
            return Interval.unbounded();
        }
        double b = -2 * mA * mB;
        double c = mB * mB - c2 * vB;
        double disc = Math.max(0.0, b * b - 4 * a * c);
        double sq = Math.sqrt(disc);
        // numerically stable roots of a ρ² + b ρ + c = 0
        double qq = -0.5 * (b + Math.copySign(sq, b));
        double r1 = qq / a;
        double r2 = qq != 0 ? c / qq : r1;
        double lo = Math.min(r1, r2) - 1;
        double hi = Math.max(r1, r2) - 1;
        switch (alt) {
            case GREATER:
                return new Interval(lo, Double.POSITIVE_INFINITY);
            case LESS:
                return new Interval(Double.NEGATIVE_INFINITY, hi);
            default:
                return new Interval(lo, hi);
        }
    }

    static double ratioOf(SufficientStats s, String field) {
        if (s.sumY() == 0) {
            throw new InvalidValueException(field + ".sumY", field + ".sumY (the denominator) must not be 0");
        }
        return s.sumX() / s.sumY();
    }

    static double ratioVariance(SufficientStats s, double r) {
        double yBar = s.meanY();
        double v = s.variance() - 2 * r * s.covarianceXY() + r * r * s.varianceY();
        return Math.max(0.0, v) / (s.n() * yBar * yBar);
    }

    private static double adjustedVariance(SufficientStats s, double theta) {
        double v = s.variance() - 2 * theta * s.covarianceXY() + theta * theta * s.varianceY();
        return Math.max(0.0, v);
    }

    static void requireProportion(SufficientStats s, String field) {
        Checks.notNull(s, field);
        if (s.n() < 1) {
            throw new InvalidValueException(field + ".n", field + ".n must be >= 1 (was " + s.n() + ")");
        }
        if (s.sumX() < 0 || s.sumX() > s.n() || s.sumX() != Math.rint(s.sumX())) {
            throw new InconsistentStatisticsException(field, "sumX", "a binary metric needs an integer count of conversions"
                    + " in [0, n], was sumX=" + s.sumX() + " with n=" + s.n());
        }
        if (s.sumX() != s.sumX2()) {
            throw new InconsistentStatisticsException(field, "sumX2", "a binary metric (0/1 values) has sumX2 == sumX, was sumX2="
                    + s.sumX2() + ", sumX=" + s.sumX());
        }
    }

    static void requireAtLeastTwo(SufficientStats s, String field) {
        Checks.notNull(s, field);
        if (s.n() < 2) {
            throw new InvalidValueException(field + ".n", field + ".n must be >= 2 for a variance (was " + s.n() + ")");
        }
        s.requireConsistent(field);
    }

    private static int[][] table(Arms arms) {
        Checks.notNull(arms, "arms");
        requireProportion(arms.control(), "control");
        requireProportion(arms.treatment(), "treatment");
        int nA = exactCount(arms.control().n(), "control.n");
        int xA = (int) arms.control().sumX();
        int nB = exactCount(arms.treatment().n(), "treatment.n");
        int xB = (int) arms.treatment().sumX();
        // arms in COLUMNS: Commons Statistics (like scipy) treats the columns as the two binomial samples
        return new int[][] {{xB, xA}, {nB - xB, nA - xA}};
    }

    private static int exactCount(long n, String field) {
        if (n > Integer.MAX_VALUE) {
            throw new InvalidValueException(field, field + " must be <= " + Integer.MAX_VALUE + " for an exact test (was " + n + ")");
        }
        return (int) n;
    }

    private static AlternativeHypothesis hypothesis(Alternative alternative) {
        Checks.notNull(alternative, "alternative");
        switch (alternative) {
            case GREATER:
                return AlternativeHypothesis.GREATER_THAN;
            case LESS:
                return AlternativeHypothesis.LESS_THAN;
            default:
                return AlternativeHypothesis.TWO_SIDED;
        }
    }
}
