package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A tabular (two-sided) CUSUM chart on standardised observations {@code z = (x - target)/σ}:
 * {@code S⁺_t = max(0, S⁺_{t-1} + z_t - k)}, {@code S⁻_t = max(0, S⁻_{t-1} - z_t - k)}, signalling when
 * either exceeds h; both sums restart from 0 after a signal. k = 0.5 and h = 4 or 5 detect a shift
 * of one σ (NIST/SEMATECH e-Handbook, section 6.3.2.3; Montgomery §9.1; Page, Biometrika 41, 1954).
 * Its four numbers are given by name; {@link Builder#build()} names every one that is missing.
 *
 * <pre>{@code
 * CusumChart chart = CusumChart.builder().target(10).sigma(1).k(0.5).h(4).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CusumChart {
    private final double target;
    private final double sigma;
    private final double k;
    private final double h;

    private CusumChart(double target, double sigma, double k, double h) {
        Checks.finite(target, "target");
        EwmaChart.positive(sigma, "sigma");
        Checks.nonNegative(k, "k");
        EwmaChart.positive(h, "h");
        this.target = target;
        this.sigma = sigma;
        this.k = k;
        this.h = h;
    }

    /**
     * Starts a CUSUM chart; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this CUSUM chart's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.target = target;
        b.sigma = sigma;
        b.k = k;
        b.h = h;
        return b;
    }

    /** @return the in-control mean */
    public double target() {
        return target;
    }

    /** @return the in-control standard deviation, &gt; 0 */
    public double sigma() {
        return sigma;
    }

    /** @return the reference value (allowance) in σ units, &ge; 0 */
    public double k() {
        return k;
    }

    /** @return the decision interval in σ units, &gt; 0 */
    public double h() {
        return h;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CusumChart o && Double.compare(target, o.target) == 0 && Double.compare(sigma, o.sigma) == 0 && Double.compare(k, o.k) == 0 && Double.compare(h, o.h) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(target, sigma, k, h);
    }

    @Override
    public String toString() {
        return "CusumChart[" + "target=" + target + ", " + "sigma=" + sigma + ", " + "k=" + k + ", " + "h=" + h + "]";
    }

    /** Collects the parts of a CUSUM chart; {@link #build()} validates them. */
    public static final class Builder {
        private Double target;
        private Double sigma;
        private Double k;
        private Double h;

        private Builder() {
        }

        /**
         * Sets target.
         *
         * @param target the in-control mean
         * @return this builder
         */
        public Builder target(double target) {
            this.target = target;
            return this;
        }

        /**
         * Sets sigma.
         *
         * @param sigma the in-control standard deviation, &gt; 0
         * @return this builder
         */
        public Builder sigma(double sigma) {
            this.sigma = sigma;
            return this;
        }

        /**
         * Sets k.
         *
         * @param k the reference value (allowance) in σ units, &ge; 0
         * @return this builder
         */
        public Builder k(double k) {
            this.k = k;
            return this;
        }

        /**
         * Sets h.
         *
         * @param h the decision interval in σ units, &gt; 0
         * @return this builder
         */
        public Builder h(double h) {
            this.h = h;
            return this;
        }

        /**
         * The CUSUM chart.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public CusumChart build() {
            io.github.mediaops.core.validate.Required.of("CUSUM chart").given("target", target).given("sigma", sigma).given("k", k).given("h", h).orThrow();
            return new CusumChart(target, sigma, k, h);
        }
    }

    

    /** One point of the chart. */
    public record Point(int index, double value, double upper, double lower, boolean signalUp, boolean signalDown) {
    }

    /** Runs the chart; an empty series gives an empty list. */
    public List<Point> run(double[] xs) {
        Checks.notNull(xs, "xs");
        List<Point> out = new ArrayList<>(xs.length);
        double up = 0;
        double down = 0;
        for (int i = 0; i < xs.length; i++) {
            Checks.finite(xs[i], "xs[" + i + "]");
            double z = (xs[i] - target) / sigma;
            up = Math.max(0, up + z - k);
            down = Math.max(0, down - z - k);
            boolean su = up > h;
            boolean sd = down > h;
            out.add(new Point(i, xs[i], up, down, su, sd));
            if (su || sd) {
                up = 0;
                down = 0;
            }
        }
        return out;
    }
}
