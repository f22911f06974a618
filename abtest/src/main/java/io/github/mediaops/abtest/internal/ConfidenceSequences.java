package io.github.mediaops.abtest.internal;

import io.github.mediaops.core.Internal;

/**
 * Half-widths of the asymptotic confidence sequence of Waudby-Smith et al. (arXiv:2103.06476), shared by
 * {@code sequential.ConfidenceSequence} and {@code PowerAnalysis}. A boundary is named in stages, so its
 * level, tuning and ρ² cannot be swapped:
 *
 * <pre>{@code
 * ConfidenceSequences.Boundary b = ConfidenceSequences.twoSided(0.05).tunedFor(5000);
 * double half = Math.sqrt(variance * n) * b.radius(n);   // V the variance of the estimate, n the total units
 * }</pre>
 *
 * @since 0.1.0
 */
@Internal
public final class ConfidenceSequences {
    private ConfidenceSequences() {
    }

    /**
     * A two-sided sequence at level {@code alpha}: half-width {@code sqrt(V n) sqrt(2(nρ² + 1)/(n²ρ²)
     * ln(sqrt(nρ² + 1)/α))} (eq. 9).
     *
     * @param alpha the level, in (0, 1)
     * @return the level, to be tuned
     */
    public static Level twoSided(double alpha) {
        return new Level(alpha, true);
    }

    /**
     * A one-sided sequence at level {@code alpha}: half-width {@code sqrt(V n) sqrt(2(nρ² + 1)/(n²ρ²)
     * ln(1 + sqrt(nρ² + 1)/(2α)))} (eq. 134).
     *
     * @param alpha the level, in (0, 1/2)
     * @return the level, to be tuned
     */
    public static Level oneSided(double alpha) {
        return new Level(alpha, false);
    }

    /** A sequence's side and level; {@link #tunedFor} or {@link #withRho2} completes it. */
    public static final class Level {
        private final double alpha;
        private final boolean twoSided;

        private Level(double alpha, boolean twoSided) {
            this.alpha = alpha;
            this.twoSided = twoSided;
        }

        /**
         * ρ² tuned for sample size {@code tuning} (the paper's eq. 161), two-sided at this level; a one-sided
         * sequence takes the two-sided tuning at {@code 2 alpha}.
         *
         * @param tuning the sample size the sequence is tightest at, {@code >= 1}
         * @return the boundary
         */
        public Boundary tunedFor(double tuning) {
            double la = Math.log(twoSided ? alpha : 2 * alpha);
            return new Boundary(alpha, twoSided, (-2 * la + Math.log(-2 * la + 1)) / tuning);
        }

        /**
         * @param rho2 the squared tuning ρ², &gt; 0 (GrowthBook keeps it fixed while it varies α)
         * @return the boundary
         */
        public Boundary withRho2(double rho2) {
            return new Boundary(alpha, twoSided, rho2);
        }
    }

    /** A tuned boundary; {@link #radius} gives its half-width per {@code sqrt(V n)}. */
    public static final class Boundary {
        private final double alpha;
        private final boolean twoSided;
        private final double rho2;

        private Boundary(double alpha, boolean twoSided, double rho2) {
            this.alpha = alpha;
            this.twoSided = twoSided;
            this.rho2 = rho2;
        }

        /** @return the squared tuning ρ² */
        public double rho2() {
            return rho2;
        }

        /**
         * The half-width divided by {@code sqrt(V n)} after {@code n} units (V the variance of the estimate, so
         * {@code V n} is the per-unit variance): {@code sqrt(2(nρ² + 1)/(n²ρ²) L)} with
         * {@code L = ln(sqrt(nρ² + 1)/α)} two-sided, {@code ln(1 + sqrt(nρ² + 1)/(2α))} one-sided.
         *
         * @param n the total units so far, &gt; 0
         * @return the radius
         */
        public double radius(double n) {
            double nr = n * rho2 + 1;
            double log = twoSided ? 0.5 * Math.log(nr) - Math.log(alpha) : Math.log1p(Math.sqrt(nr) / (2 * alpha));
            return Math.sqrt(2 * nr / (n * n * rho2) * log);
        }
    }
}
