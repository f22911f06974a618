package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.ProbabilityBest;
import io.github.mediaops.abtest.internal.Range;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Bayesian beta-binomial model of conversion rates. With a Beta(a, b) prior and x conversions of n
 * units the posterior is Beta(a + x, b + n - x).
 *
 * <p>{@link Posterior#probabilityAbove} (and {@link #control}{@code (a).treatment(b)}) is the exact closed form
 * {@code P(pB > pA) = Σ_{i=0}^{αB-1} B(αA+i, βA+βB) / ((βB+i) B(1+i, βB) B(αA, βA))}
 * (Evan Miller, "Formulas for Bayesian A/B Testing", https://www.evanmiller.org/bayesian-ab-testing.html),
 * summed over whichever of the four posterior parameters is the smallest integer (using the
 * symmetries {@code P(pB>pA) = 1 - P(pA>pB)} and {@code p -> 1-p}); the terms follow by the
 * recurrence {@code t(i+1)/t(i) = (αA+i)(βB+i) / ((αA+βA+βB+i)(1+i))} scaled at the largest term.
 * When no parameter is an integer (a non-integer prior) the integral {@code ∫ fB(x) FA(x) dx} is
 * computed numerically. Expected loss (Chris Stucchio, "Bayesian A/B Testing at VWO", 2015):
 * {@code E[max(pA - pB, 0)] = mA·P(Beta(αA+1,βA) > pB) - mB·P(pA > Beta(αB+1,βB))}.
 * {@link #probabilityBest} integrates {@code ∫ f_k Π_{j≠k} F_j} numerically (≤ 1e-9 typical error).
 * {@code control(c).treatments(t)} gives every treatment's comparison and P(best) of all arms from one quadrature
 * pass ({@link MultiArm}; 1e-9 against scipy).
 *
 * @since 0.1.0
 */
public final class BetaBinomial {

    private BetaBinomial() {
    }

    /**
     * A Beta(alpha, beta) prior on a rate, named at the call site: {@code Prior.alpha(2).beta(38)};
     * {@link #UNIFORM} is Beta(1, 1).
     */
    public static final class Prior {
        /** Beta(1, 1): every conversion rate equally likely. */
        public static final Prior UNIFORM = new Prior(1, 1);

        private final double alpha;
        private final double beta;

        private Prior(double alpha, double beta) {
            this.alpha = positiveFinite(alpha, "alpha");
            this.beta = positiveFinite(beta, "beta");
        }

        /** Starts a prior with its alpha (positive, finite); name beta next: {@code Prior.alpha(a).beta(b)}. */
        public static WithAlpha<Prior> alpha(double alpha) {
            return new WithAlpha<>(positiveFinite(alpha, "alpha"), Prior::new);
        }

        /** @return alpha, the first shape parameter */
        public double alpha() {
            return alpha;
        }

        /** @return beta, the second shape parameter */
        public double beta() {
            return beta;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prior p && sameShape(p.alpha, p.beta, alpha, beta);
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(alpha) + Double.hashCode(beta);
        }

        @Override
        public String toString() {
            return "Prior[alpha=" + alpha + ", beta=" + beta + "]";
        }
    }

    /** A Beta(alpha, beta) posterior of a rate: {@link #of} from counts, or {@code Posterior.alpha(a).beta(b)}. */
    public static final class Posterior {
        private final double alpha;
        private final double beta;

        private Posterior(double alpha, double beta) {
            this.alpha = positiveFinite(alpha, "alpha");
            this.beta = positiveFinite(beta, "beta");
        }

        /** Starts a posterior with its alpha (positive, finite); name beta next: {@code Posterior.alpha(a).beta(b)}. */
        public static WithAlpha<Posterior> alpha(double alpha) {
            return new WithAlpha<>(positiveFinite(alpha, "alpha"), Posterior::new);
        }

        /** @return alpha, the first shape parameter */
        public double alpha() {
            return alpha;
        }

        /** @return beta, the second shape parameter */
        public double beta() {
            return beta;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Posterior p && sameShape(p.alpha, p.beta, alpha, beta);
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(alpha) + Double.hashCode(beta);
        }

        @Override
        public String toString() {
            return "Posterior[alpha=" + alpha + ", beta=" + beta + "]";
        }

        /** Posterior after {@code conversions} of {@code n} units under {@code prior}. */
        public static Posterior of(long n, long conversions, Prior prior) {
            Checks.notNull(prior, "prior");
            SufficientStats.ofProportion(n, conversions); // validates the counts
            return new Posterior(prior.alpha() + conversions, prior.beta() + (n - conversions));
        }

        /** @return the posterior mean alpha / (alpha + beta) */
        public double mean() {
            return alpha / (alpha + beta);
        }

        /** Equal-tailed credible interval of the rate at {@code level} (e.g. 0.95). */
        public Interval credibleInterval(double level) {
            checkLevel(level);
            BetaDistribution d = BetaDistribution.of(alpha, beta);
            double t = (1 - level) / 2;
            return new Interval(d.inverseCumulativeProbability(t), d.inverseSurvivalProbability(t));
        }

        ContinuousDistribution distribution() {
            return BetaDistribution.of(alpha, beta);
        }

        /**
         * {@code P(this rate > other's)} for independent posteriors, by the closed-form sum (exact when any
         * parameter is an integer).
         */
        public double probabilityAbove(Posterior other) {
            Checks.notNull(other, "other");
            return h(other.alpha, other.beta, alpha, beta);
        }

        /**
         * {@code E[max(p_other - p_this, 0)]}: the rate lost on average by choosing this arm over {@code other}, by
         * the two closed-form sums {@code m_other P(Beta(α_o+1, β_o) > p_this) - m_this P(p_other > Beta(α+1, β))}.
         */
        public double expectedLossVersus(Posterior other) {
            Checks.notNull(other, "other");
            double loss = other.mean() * h(alpha, beta, other.alpha + 1, other.beta)
                    - mean() * h(alpha + 1, beta, other.alpha, other.beta);
            return Math.max(0.0, loss);
        }
    }


    /**
     * Treatment against control.
     *
     * @param control              control posterior
     * @param treatment            treatment posterior
     * @param chanceToBeatControl  {@code P(pB > pA)}
     * @param expectedLossTreatment {@code E[max(pA - pB, 0)]}: rate lost on average by shipping the treatment
     * @param expectedLossControl  {@code E[max(pB - pA, 0)]}: rate lost on average by keeping the control
     */
    public record Comparison(Posterior control, Posterior treatment, double chanceToBeatControl,
                             double expectedLossTreatment, double expectedLossControl) {
    }

    /**
     * Starts a comparison with its control posterior; {@code BetaBinomial.control(a).treatment(b)} compares them
     * (the arms are named, so they cannot be swapped silently). From counts:
     * {@code control(Posterior.of(nA, xA, prior)).treatment(Posterior.of(nB, xB, prior))}.
     */
    public static WithControl control(Posterior control) {
        return new WithControl(Checks.notNull(control, "control"));
    }

    /** A comparison whose control posterior is named; {@link #treatment} completes it. */
    public static final class WithControl {
        private final Posterior control;

        private WithControl(Posterior control) {
            this.control = control;
        }

        /** Compares the treatment posterior against the control. */
        public Comparison treatment(Posterior treatment) {
            return compare(control, Checks.notNull(treatment, "treatment"));
        }

        /**
         * Compares every treatment against the control and gives P(best) over all arms: the multi-arm analysis
         * in one pass. When every posterior parameter is at least 20 (20 conversions and 20 non-conversions
         * with a uniform prior) all of it comes from one quadrature grid (chance to beat control and P(best) to
         * about 1e-9 absolute against scipy; the expected losses from the same identity as {@link #treatment},
         * with {@code K} from the grid); otherwise each comparison is the exact sum of {@link #treatment} and
         * P(best) is {@link BetaBinomial#probabilityBest}.
         *
         * <pre>{@code
         * BetaBinomial.MultiArm r = BetaBinomial.control(Posterior.of(2000, 180, Prior.UNIFORM))
         *         .treatments(List.of(Posterior.of(2000, 191, Prior.UNIFORM), Posterior.of(2000, 200, Prior.UNIFORM)));
         * double best = r.probabilityBest().get(2);            // the second treatment
         * double beats = r.comparisons().get(1).chanceToBeatControl();
         * }</pre>
         *
         * @param treatments one or more treatment posteriors
         */
        public MultiArm treatments(List<Posterior> treatments) {
            Checks.listOf(treatments, "treatments");
            if (treatments.isEmpty()) {
                throw new InvalidValueException("treatments", "need at least 1 treatment (was 0)");
            }
            int k = treatments.size() + 1;
            double[] a = new double[k];
            double[] b = new double[k];
            for (int j = 0; j < k; j++) {
                Posterior p = j == 0 ? control : treatments.get(j - 1);
                a[j] = p.alpha();
                b[j] = p.beta();
            }
            double[] grid = ProbabilityBest.ofBetaAlphas(a).betas(b);
            Comparison[] comparisons = new Comparison[k - 1];
            for (int j = 1; j < k; j++) {
                Posterior t = treatments.get(j - 1);
                comparisons[j - 1] = grid.length == 3 * k
                        ? fromProbabilityAndOverlap(control, t, clamp(grid[k + j]), grid[2 * k + j])
                        : compare(control, t);
            }
            Double[] best = new Double[k];
            for (int j = 0; j < k; j++) {
                best[j] = grid[j];
            }
            return new MultiArm(List.of(comparisons), List.of(best));
        }
    }

    /**
     * Every treatment against the control, and P(best) over all arms.
     *
     * @param comparisons     each treatment against the control, in the order given
     * @param probabilityBest P(the arm has the highest rate): the control first, then the treatments in order
     * @since 0.1.0
     */
    public record MultiArm(List<Comparison> comparisons, List<Double> probabilityBest) {
        /** Copies both lists. */
        public MultiArm {
            comparisons = List.copyOf(comparisons);
            probabilityBest = List.copyOf(probabilityBest);
        }
    }

    /**
     * Compares two posteriors: one closed-form sum for {@code P(pB > pA)}, and both expected losses from it
     * by the identity {@code I_x(a+1, b) = I_x(a, b) - x^a (1-x)^b / (a B(a, b))}, which gives
     * {@code E[max(pA - pB, 0)] = (mA - mB)(1 - P) + K (1/(αA+βA) + 1/(αB+βB))} and
     * {@code E[max(pB - pA, 0)] = (mB - mA) P + K (1/(αA+βA) + 1/(αB+βB))} with
     * {@code K = B(αA+αB, βA+βB) / (B(αA, βA) B(αB, βB))}.
     */
    private static Comparison compare(Posterior control, Posterior treatment) {
        double aa = control.alpha();
        double ba = control.beta();
        double ab = treatment.alpha();
        double bb = treatment.beta();
        double[] kOut = new double[1];
        double p = h(aa, ba, ab, bb, kOut);
        return fromProbabilityAndOverlap(control, treatment, p, kOut[0]);
    }

    /** The comparison from {@code P = P(pB > pA)} and {@code K} by the identities of {@link #compare}. */
    private static Comparison fromProbabilityAndOverlap(Posterior control, Posterior treatment, double p, double k) {
        double aa = control.alpha();
        double ba = control.beta();
        double ab = treatment.alpha();
        double bb = treatment.beta();
        double shared = k * (1 / (aa + ba) + 1 / (ab + bb));
        double diff = control.mean() - treatment.mean();
        double lossTreatment = Math.max(0.0, diff * (1 - p) + shared);
        double lossControl = Math.max(0.0, -diff * p + shared);
        return new Comparison(control, treatment, p, lossTreatment, lossControl);
    }

    /** P(arm k has the highest rate) for each arm. */
    public static double[] probabilityBest(List<Posterior> arms) {
        Checks.listOf(arms, "arms");
        if (arms.size() < 2) {
            throw new InvalidValueException("arms", "need at least 2 arms (was " + arms.size() + ")");
        }
        int k = arms.size();
        double[] a = new double[k];
        double[] b = new double[k];
        for (int j = 0; j < k; j++) {
            Posterior p = arms.get(j);
            a[j] = p.alpha();
            b[j] = p.beta();
        }
        return Arrays.copyOf(ProbabilityBest.ofBetaAlphas(a).betas(b), k);
    }

    // ---------------------------------------------------------------------------------------------

    /** P(X_B > X_A) with X_A ~ Beta(aA, bA), X_B ~ Beta(aB, bB). */
    static double h(double aA, double bA, double aB, double bB) {
        return h(aA, bA, aB, bB, null);
    }

    /**
     * {@link #h(double, double, double, double)}, and when {@code kOut} is given it receives
     * {@code K = B(aA+aB, bA+bB) / (B(aA, bA) B(aB, bB))}: the closed-form sums get it free as
     * {@code aB · t(aB)}, the term after the last one summed, since {@code h(aA, bA, aB+1, bB) = h + K/aB}.
     */
    private static double h(double aA, double bA, double aB, double bB, double[] kOut) {
        // Candidate summation parameters, the smallest integer wins.
        double best = Double.POSITIVE_INFINITY;
        int form = -1;
        double[] params = {aB, aA, bA, bB};
        for (int f = 0; f < 4; f++) {
            double v = params[f];
            if (v == Math.rint(v) && v < best && v < 1e8) {
                best = v;
                form = f;
            }
        }
        switch (form) {
            case 0:
                return clamp(sum(aA, bA, aB, bB, kOut));
            case 1:
                return clamp(1 - sum(aB, bB, aA, bA, kOut));
            case 2:
                return clamp(sum(bB, aB, bA, aA, kOut));
            case 3:
                return clamp(1 - sum(bA, aA, bB, aB, kOut));
            default:
                if (kOut != null) {
                    kOut[0] = Math.exp(LogBeta.value(aA + aB, bA + bB) - LogBeta.value(aA, bA) - LogBeta.value(aB, bB));
                }
                return clamp(numeric(aA, bA, aB, bB));
        }
    }

    /** The closed-form sum for integer aB; {@code kOut[0] = aB · t(aB)} when kOut is given. */
    private static double sum(double aA, double bA, double aB, double bB, double[] kOut) {
        long terms = (long) aB;
        double lbA = LogBeta.value(aA, bA);
        // index of the largest term: terms increase while the ratio exceeds 1
        double iStar = (aA * bB - aA - bA - bB) / (1 + bA);
        long mode = (long) Math.max(0, Math.min(terms - 1, Math.ceil(iStar)));
        double logMode = LogBeta.value(aA + mode, bA + bB) - Math.log(bB + mode) - LogBeta.value(1 + mode, bB) - lbA;
        double total = 1.0;
        double t = 1.0;
        long i = mode;
        for (; i < terms - 1; i++) {
            t *= (aA + i) * (bB + i) / ((aA + bA + bB + i) * (1 + i));
            total += t;
            if (t < total * 1e-18) {
                i++;
                break;
            }
        }
        if (kOut != null) {
            // continue the recurrence to t(terms), relative to t(mode), without summing
            for (; i < terms && t > 1e-290; i++) {
                t *= (aA + i) * (bB + i) / ((aA + bA + bB + i) * (1 + i));
            }
            if (i < terms) { // fell below 1e-290 of the largest term: K/aB is negligible (and subnormals are slow)
                t = 0;
            }
            kOut[0] = aB * Math.exp(logMode) * t;
        }
        t = 1.0;
        for (long j = mode - 1; j >= 0; j--) {
            // t(j) = t(j+1) / ratio(j)
            t *= (aA + bA + bB + j) * (1 + j) / ((aA + j) * (bB + j));
            total += t;
            if (t < total * 1e-18) {
                break;
            }
        }
        return Math.exp(logMode + Math.log(total));
    }

    private static double numeric(double aA, double bA, double aB, double bB) {
        BetaDistribution a = BetaDistribution.of(aA, bA);
        BetaDistribution b = BetaDistribution.of(aB, bB);
        double lo = b.inverseCumulativeProbability(1e-15);
        double hi = b.inverseSurvivalProbability(1e-15);
        return hi > lo ? Numerics.integrate(x -> b.density(x) * a.cumulativeProbability(x), Range.from(lo).to(hi), 24) : 0;
    }

    private static double clamp(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidValueException("level", "level must be in (0, 1) (was " + level + ")");
        }
    }

    /**
     * A Beta prior or posterior whose alpha is named; {@link #beta} completes it.
     *
     * @param <T> {@link Prior} or {@link Posterior}
     * @since 0.1.0
     */
    public static final class WithAlpha<T> {
        private final double alpha;
        private final Shape<T> make;

        private WithAlpha(double alpha, Shape<T> make) {
            this.alpha = alpha;
            this.make = make;
        }

        /** Completes the distribution with its beta (positive, finite). */
        public T beta(double beta) {
            return make.of(alpha, beta);
        }
    }

    @FunctionalInterface
    private interface Shape<T> {
        T of(double alpha, double beta);
    }

    private static boolean sameShape(double a1, double b1, double a2, double b2) {
        return Double.compare(a1, a2) == 0 && Double.compare(b1, b2) == 0;
    }

    private static double positiveFinite(double v, String field) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidValueException(field, field + " must be a positive finite number (was " + v + ")");
        }
        return v;
    }
}
