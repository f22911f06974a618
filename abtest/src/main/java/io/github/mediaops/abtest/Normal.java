package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * A normal distribution {@code N(mean, standardDeviation²)} of an effect — a posterior, or the likelihood of an
 * estimate with its standard error — named at the call site so that the two numbers cannot be swapped silently:
 * {@code Normal.mean(0.04).standardDeviation(0.015)}.
 *
 * @since 0.1.0
 */
public final class Normal {
    private final double mean;
    private final double standardDeviation;

    private Normal(double mean, double standardDeviation) {
        this.mean = mean;
        this.standardDeviation = standardDeviation;
    }

    /** Starts a normal distribution with its mean (finite); name the standard deviation next. */
    public static WithMean mean(double mean) {
        Checks.finite(mean, "mean");
        return new WithMean(mean);
    }

    /** The mean μ. */
    public double mean() {
        return mean;
    }

    /** The standard deviation σ, positive. */
    public double standardDeviation() {
        return standardDeviation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normal n && Double.compare(n.mean, mean) == 0
                && Double.compare(n.standardDeviation, standardDeviation) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mean) * 31 + Double.hashCode(standardDeviation);
    }

    @Override
    public String toString() {
        return "N(" + mean + ", " + standardDeviation + "²)";
    }

    /** A normal distribution whose mean is named; {@link #standardDeviation} completes it. */
    public static final class WithMean {
        private final double mean;

        private WithMean(double mean) {
            this.mean = mean;
        }

        /** Completes the distribution with its standard deviation (positive, finite). */
        public Normal standardDeviation(double sd) {
            if (!(sd > 0) || Double.isInfinite(sd)) {
                throw new InvalidValueException("standardDeviation", "standardDeviation must be a positive finite number (was "
                        + sd + ")");
            }
            return new Normal(mean, sd);
        }
    }
}
