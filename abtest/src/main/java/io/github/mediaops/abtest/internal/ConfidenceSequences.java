package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;

/**
 * Half-widths of the asymptotic confidence sequence of Waudby-Smith et al. (arXiv:2103.06476), shared by
 * {@code sequential.ConfidenceSequence} and {@code PowerAnalysis}. {@code variance} is the variance of the
 * estimate, {@code n} the total units, {@code rho2} the squared tuning ρ².
 *
 * @since 0.1.0
 */
@Internal
public final class ConfidenceSequences {
    private ConfidenceSequences() {
    }

    /** ρ² tuned for a two-sided sequence at level {@code alpha} and sample size {@code tuning} (the paper's eq. 161). */
    public static double rho2TwoSided(double alpha, double tuning) {
        double la = Math.log(alpha);
        return (-2 * la + Math.log(-2 * la + 1)) / tuning;
    }

    /** ρ² tuned for a one-sided sequence at level {@code alpha}: the two-sided tuning at {@code 2 alpha}. */
    public static double rho2OneSided(double alpha, double tuning) {
        return rho2TwoSided(2 * alpha, tuning);
    }

    /** Two-sided half-width {@code sqrt(V n) sqrt(2(nρ² + 1)/(n²ρ²) ln(sqrt(nρ² + 1)/α))} (eq. 9). */
    public static double twoSided(double variance, double n, double alpha, double rho2) {
        double nr = n * rho2 + 1;
        return Math.sqrt(variance * n) * Math.sqrt(2 * nr / (n * n * rho2) * (0.5 * Math.log(nr) - Math.log(alpha)));
    }

    /** One-sided half-width {@code sqrt(V n) sqrt(2(nρ² + 1)/(n²ρ²) ln(1 + sqrt(nρ² + 1)/(2α)))} (eq. 134). */
    public static double oneSided(double variance, double n, double alpha, double rho2) {
        double nr = n * rho2 + 1;
        return Math.sqrt(variance * n) * Math.sqrt(2 * nr / (n * n * rho2) * Math.log1p(Math.sqrt(nr) / (2 * alpha)));
    }
}
