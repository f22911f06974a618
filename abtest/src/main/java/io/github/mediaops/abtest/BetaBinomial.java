package io.github.mediaops.abtest;

import io.github.mediaops.abtest.internal.Numerics;
import io.github.mediaops.abtest.internal.ProbabilityBest;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Bayesian beta-binomial model of conversion rates. With a Beta(a, b) prior and x conversions of n
 * units the posterior is Beta(a + x, b + n - x).
 *
 * <p>{@link #probabilityGreater} is the exact closed form
 * {@code P(pB > pA) = Σ_{i=0}^{αB-1} B(αA+i, βA+βB) / ((βB+i) B(1+i, βB) B(αA, βA))}
 * (Evan Miller, "Formulas for Bayesian A/B Testing", https://www.evanmiller.org/bayesian-ab-testing.html),
 * summed over whichever of the four posterior parameters is the smallest integer (using the
 * symmetries {@code P(pB>pA) = 1 - P(pA>pB)} and {@code p -> 1-p}); the terms follow by the
 * recurrence {@code t(i+1)/t(i) = (αA+i)(βB+i) / ((αA+βA+βB+i)(1+i))} scaled at the largest term.
 * When no parameter is an integer (a non-integer prior) the integral {@code ∫ fB(x) FA(x) dx} is
 * computed numerically. Expected loss (Chris Stucchio, "Bayesian A/B Testing at VWO", 2015):
 * {@code E[max(pA - pB, 0)] = mA·P(Beta(αA+1,βA) > pB) - mB·P(pA > Beta(αB+1,βB))}.
 * {@link #probabilityBest} integrates {@code ∫ f_k Π_{j≠k} F_j} numerically (≤ 1e-9 typical error).
 */
public final class BetaBinomial {

    private BetaBinomial() {
    }

    /**
     * A Beta(alpha, beta) prior on a rate; {@link #UNIFORM} is Beta(1, 1).
     */
    public record Prior(double alpha, double beta) {
        public static final Prior UNIFORM = new Prior(1, 1);

        public Prior {
            positiveFinite(alpha, "alpha");
            positiveFinite(beta, "beta");
        }
    }

    /** A Beta(alpha, beta) posterior of a rate. */
    public record Posterior(double alpha, double beta) {
        public Posterior {
            positiveFinite(alpha, "alpha");
            positiveFinite(beta, "beta");
        }

        /** Posterior after {@code conversions} of {@code n} units under {@code prior}. */
        public static Posterior of(long n, long conversions, Prior prior) {
            Checks.notNull(prior, "prior");
            SufficientStats.ofProportion(n, conversions); // validates the counts
            return new Posterior(prior.alpha() + conversions, prior.beta() + (n - conversions));
        }

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

    /** Compares two arms from counts under the same prior. */
    public static Comparison compare(long controlN, long controlConversions, long treatmentN, long treatmentConversions,
                                     Prior prior) {
        Posterior a = Posterior.of(controlN, controlConversions, prior);
        Posterior b = Posterior.of(treatmentN, treatmentConversions, prior);
        return compare(a, b);
    }

    /** Compares two posteriors. */
    public static Comparison compare(Posterior control, Posterior treatment) {
        Checks.notNull(control, "control");
        Checks.notNull(treatment, "treatment");
        return new Comparison(control, treatment, probabilityGreater(control, treatment),
                expectedLoss(control, treatment), expectedLoss(treatment, control));
    }

    /** {@code P(pB > pA)} for independent posteriors A and B (exact when any parameter is an integer). */
    public static double probabilityGreater(Posterior a, Posterior b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        return h(a.alpha(), a.beta(), b.alpha(), b.beta());
    }

    /** {@code E[max(pA - pB, 0)]}: expected loss of choosing B over A. */
    public static double expectedLoss(Posterior a, Posterior b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        double aa = a.alpha();
        double ba = a.beta();
        double ab = b.alpha();
        double bb = b.beta();
        double loss = a.mean() * h(ab, bb, aa + 1, ba) - b.mean() * h(ab + 1, bb, aa, ba);
        return Math.max(0.0, loss);
    }

    /** P(arm k has the highest rate) for each arm. */
    public static double[] probabilityBest(List<Posterior> arms) {
        Checks.listOf(arms, "arms");
        if (arms.size() < 2) {
            throw new InvalidValueException("arms", "need at least 2 arms (was " + arms.size() + ")");
        }
        ContinuousDistribution[] d = arms.stream().map(Posterior::distribution).toArray(ContinuousDistribution[]::new);
        return ProbabilityBest.of(d);
    }

    // ---------------------------------------------------------------------------------------------

    /** P(X_B > X_A) with X_A ~ Beta(aA, bA), X_B ~ Beta(aB, bB). */
    static double h(double aA, double bA, double aB, double bB) {
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
                return clamp(sum(aA, bA, aB, bB));
            case 1:
                return clamp(1 - sum(aB, bB, aA, bA));
            case 2:
                return clamp(sum(bB, aB, bA, aA));
            case 3:
                return clamp(1 - sum(bA, aA, bB, aB));
            default:
                return clamp(numeric(aA, bA, aB, bB));
        }
    }

    /** The closed-form sum for integer aB. */
    private static double sum(double aA, double bA, double aB, double bB) {
        long terms = (long) aB;
        double lbA = LogBeta.value(aA, bA);
        // index of the largest term: terms increase while the ratio exceeds 1
        double iStar = (aA * bB - aA - bA - bB) / (1 + bA);
        long mode = (long) Math.max(0, Math.min(terms - 1, Math.ceil(iStar)));
        double logMode = LogBeta.value(aA + mode, bA + bB) - Math.log(bB + mode) - LogBeta.value(1 + mode, bB) - lbA;
        double total = 1.0;
        double t = 1.0;
        for (long i = mode; i < terms - 1; i++) {
            t *= (aA + i) * (bB + i) / ((aA + bA + bB + i) * (1 + i));
            total += t;
            if (t < total * 1e-18) {
                break;
            }
        }
        t = 1.0;
        for (long i = mode - 1; i >= 0; i--) {
            // t(i) = t(i+1) / ratio(i)
            t *= (aA + bA + bB + i) * (1 + i) / ((aA + i) * (bB + i));
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
        return Numerics.integrate(x -> b.density(x) * a.cumulativeProbability(x), lo, hi, 24);
    }

    private static double clamp(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidValueException("level", "level must be in (0, 1) (was " + level + ")");
        }
    }

    private static double positiveFinite(double v, String field) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidValueException(field, field + " must be a positive finite number (was " + v + ")");
        }
        return v;
    }
}
