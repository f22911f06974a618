package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * An exponentially weighted moving average control chart for individual observations.
 *
 * <p>{@code z_0 = target}, {@code z_t = λ·x_t + (1-λ)·z_{t-1}}; the limits are
 * {@code target ± L·σ·√(λ/(2-λ))} (asymptotic, as in the NIST/SEMATECH e-Handbook of Statistical
 * Methods, section 6.3.2.4, https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc324.htm) or,
 * with {@code exactLimits}, {@code target ± L·σ·√(λ/(2-λ)·(1-(1-λ)^{2t}))} (Montgomery,
 * <i>Introduction to Statistical Quality Control</i>, §9.2), which are narrower for the first points.
 *
 * <p>Its four numbers are given by name; {@link Builder#build()} names every one that is missing.
 *
 * <pre>{@code
 * EwmaChart chart = EwmaChart.builder().target(50).sigma(2.0539).lambda(0.3).width(3).build();
 * List<ChartPoint> points = chart.run(new double[] {52.0, 47.0, 53.0, 49.3});
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EwmaChart {
    private final double target;
    private final double sigma;
    private final double lambda;
    private final double width;
    private final boolean exactLimits;

    private EwmaChart(double target, double sigma, double lambda, double width, boolean exactLimits) {
        Checks.finite(target, "target");
        positive(sigma, "sigma");
        if (!(lambda > 0 && lambda <= 1)) {
            throw new InvalidValueException("lambda", "lambda must be in (0, 1] (was " + lambda + ")");
        }
        positive(width, "width");
        this.target = target;
        this.sigma = sigma;
        this.lambda = lambda;
        this.width = width;
        this.exactLimits = exactLimits;
    }

    /**
     * Starts a EWMA chart; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this EWMA chart's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.target = target;
        b.sigma = sigma;
        b.lambda = lambda;
        b.width = width;
        b.exactLimits = exactLimits;
        return b;
    }

    /** @return the in-control mean (EWMA_0) */
    public double target() {
        return target;
    }

    /** @return the in-control standard deviation of one observation, &gt; 0 */
    public double sigma() {
        return sigma;
    }

    /** @return the weight of the newest observation, in (0, 1] */
    public double lambda() {
        return lambda;
    }

    /** @return L, the limit width in standard deviations of the statistic, &gt; 0 (3 is usual) */
    public double width() {
        return width;
    }

    /** @return whether to use the time-varying limits */
    public boolean exactLimits() {
        return exactLimits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EwmaChart o && Double.compare(target, o.target) == 0 && Double.compare(sigma, o.sigma) == 0 && Double.compare(lambda, o.lambda) == 0 && Double.compare(width, o.width) == 0 && exactLimits == o.exactLimits;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(target, sigma, lambda, width, exactLimits);
    }

    @Override
    public String toString() {
        return "EwmaChart[" + "target=" + target + ", " + "sigma=" + sigma + ", " + "lambda=" + lambda + ", " + "width=" + width + ", " + "exactLimits=" + exactLimits + "]";
    }

    /** Collects the parts of a EWMA chart; {@link #build()} validates them. */
    public static final class Builder {
        private Double target;
        private Double sigma;
        private Double lambda;
        private Double width;
        private Boolean exactLimits = false;

        private Builder() {
        }

        /**
         * Sets target.
         *
         * @param target the in-control mean (EWMA_0)
         * @return this builder
         */
        public Builder target(double target) {
            this.target = target;
            return this;
        }

        /**
         * Sets sigma.
         *
         * @param sigma the in-control standard deviation of one observation, &gt; 0
         * @return this builder
         */
        public Builder sigma(double sigma) {
            this.sigma = sigma;
            return this;
        }

        /**
         * Sets lambda.
         *
         * @param lambda the weight of the newest observation, in (0, 1]
         * @return this builder
         */
        public Builder lambda(double lambda) {
            this.lambda = lambda;
            return this;
        }

        /**
         * Sets width.
         *
         * @param width L, the limit width in standard deviations of the statistic, &gt; 0 (3 is usual)
         * @return this builder
         */
        public Builder width(double width) {
            this.width = width;
            return this;
        }

        /**
         * Sets exactLimits (default false).
         *
         * @param exactLimits whether to use the time-varying limits
         * @return this builder
         */
        public Builder exactLimits(boolean exactLimits) {
            this.exactLimits = exactLimits;
            return this;
        }

        /**
         * The EWMA chart.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public EwmaChart build() {
            io.github.mediaops.core.validate.Required.of("EWMA chart").given("target", target).given("sigma", sigma).given("lambda", lambda).given("width", width).orThrow();
            return new EwmaChart(target, sigma, lambda, width, exactLimits);
        }
    }

    

    /** The half width of the control band at observation {@code t} (1-based). */
    public double halfWidth(int t) {
        double v = lambda / (2 - lambda);
        if (exactLimits) {
            v *= 1 - Math.pow(1 - lambda, 2.0 * t);
        }
        return width * sigma * Math.sqrt(v);
    }

    /** The upper control limit of the asymptotic chart. */
    public double upperLimit() {
        return target + width * sigma * Math.sqrt(lambda / (2 - lambda));
    }

    /** The lower control limit of the asymptotic chart. */
    public double lowerLimit() {
        return target - width * sigma * Math.sqrt(lambda / (2 - lambda));
    }

    /** Runs the chart over a series; an empty series gives an empty list. */
    public List<ChartPoint> run(double[] xs) {
        Checks.notNull(xs, "xs");
        List<ChartPoint> out = new ArrayList<>(xs.length);
        double z = target;
        for (int i = 0; i < xs.length; i++) {
            Checks.finite(xs[i], "xs[" + i + "]");
            z = next(z, xs[i]);
            double hw = halfWidth(i + 1);
            out.add(new ChartPoint(i, xs[i], z, target - hw, target + hw));
        }
        return out;
    }

    /** One EWMA step from the previous statistic. */
    double next(double previous, double x) {
        return lambda * x + (1 - lambda) * previous;
    }

    static void positive(double v, String field) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InvalidValueException(field, field + " must be a finite number > 0 (was " + v + ")");
        }
    }
}
