package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;

/**
 * Settings of a {@link CrisisMonitor}. Defaults: EWMA λ = 0.3 with L = 3.5; CUSUM k = 0.5, h = 6
 * (wider than the textbook 3 and 5 because hourly buckets give 168 chances a week to cry wolf);
 * test level α = 0.001 for the volume and share tests; at least 5 negative comments before any
 * signal counts; a volume of 5× normal is a signal of its own; escalate one level after 3
 * consecutive alerting buckets; 6 hours of cool-down between repeated alerts of the same level;
 * alerts are emitted from WARNING up (WATCH is recorded in the assessments only).
 *
 * @since 0.1.0
 */
public final class MonitorConfig {
    private final double ewmaLambda;
    private final double ewmaWidth;
    private final double cusumK;
    private final double cusumH;
    private final double testAlpha;
    private final long minNegative;
    private final double criticalMultiple;
    private final int escalateAfter;
    private final Duration cooldown;
    private final AlertLevel alertFrom;

    private MonitorConfig(Builder b) {
        this.ewmaLambda = b.ewmaLambda;
        this.ewmaWidth = b.ewmaWidth;
        this.cusumK = b.cusumK;
        this.cusumH = b.cusumH;
        this.testAlpha = b.testAlpha;
        this.minNegative = b.minNegative;
        this.criticalMultiple = b.criticalMultiple;
        this.escalateAfter = b.escalateAfter;
        this.cooldown = b.cooldown;
        this.alertFrom = b.alertFrom;
    }

    /** The defaults. */
    public static MonitorConfig defaults() {
        return builder().build();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this configuration */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ewmaLambda = ewmaLambda;
        b.ewmaWidth = ewmaWidth;
        b.cusumK = cusumK;
        b.cusumH = cusumH;
        b.testAlpha = testAlpha;
        b.minNegative = minNegative;
        b.criticalMultiple = criticalMultiple;
        b.escalateAfter = escalateAfter;
        b.cooldown = cooldown;
        b.alertFrom = alertFrom;
        return b;
    }

    /** @return the EWMA weight of the newest hour, in (0, 1] */
    public double ewmaLambda() {
        return ewmaLambda;
    }

    /** @return the EWMA limit width L, in standard deviations of the statistic */
    public double ewmaWidth() {
        return ewmaWidth;
    }

    /** @return the CUSUM allowance k, in σ units */
    public double cusumK() {
        return cusumK;
    }

    /** @return the CUSUM decision interval h, in σ units */
    public double cusumH() {
        return cusumH;
    }

    /** @return the significance level of the exact volume and share tests */
    public double testAlpha() {
        return testAlpha;
    }

    /** @return the fewest negative comments in an hour for any signal to count */
    public long minNegative() {
        return minNegative;
    }

    /** @return the multiple of the normal negative volume that is a signal of its own */
    public double criticalMultiple() {
        return criticalMultiple;
    }

    /** @return the consecutive alerting hours after which the level is raised one step */
    public int escalateAfter() {
        return escalateAfter;
    }

    /** @return the time between repeated alerts of the same level */
    public Duration cooldown() {
        return cooldown;
    }

    /** The lowest level that emits an {@link Alert}; lower levels are only recorded in assessments. */
    public AlertLevel alertFrom() {
        return alertFrom;
    }

    @Override
    public String toString() {
        return "MonitorConfig[ewma λ=" + ewmaLambda + " L=" + ewmaWidth + ", cusum k=" + cusumK + " h=" + cusumH
                + ", α=" + testAlpha + ", minNegative=" + minNegative + ", criticalMultiple=" + criticalMultiple
                + ", escalateAfter=" + escalateAfter + ", cooldown=" + cooldown + ", alertFrom=" + alertFrom + "]";
    }

    /** Builder; every setter validates its argument. */
    public static final class Builder {
        private double ewmaLambda = 0.3;
        private double ewmaWidth = 3.5;
        private double cusumK = 0.5;
        private double cusumH = 6;
        private double testAlpha = 0.001;
        private long minNegative = 5;
        private double criticalMultiple = 5;
        private int escalateAfter = 3;
        private Duration cooldown = Duration.ofHours(6);
        private AlertLevel alertFrom = AlertLevel.WARNING;

        private Builder() {
        }

        /**
         * The EWMA weight of the newest hour (default 0.3).
         *
         * @param lambda in (0, 1]
         * @return this builder
         */
        public Builder ewmaLambda(double lambda) {
            if (!(lambda > 0 && lambda <= 1)) {
                throw new InvalidValueException("ewmaLambda", "ewmaLambda must be in (0, 1] (was " + lambda + ")");
            }
            this.ewmaLambda = lambda;
            return this;
        }

        /**
         * The EWMA limit width L in standard deviations of the statistic (default 3.5).
         *
         * @param width &gt; 0
         * @return this builder
         */
        public Builder ewmaWidth(double width) {
            EwmaChart.positive(width, "ewmaWidth");
            this.ewmaWidth = width;
            return this;
        }

        /**
         * The CUSUM allowance k in σ units (default 0.5).
         *
         * @param k &ge; 0
         * @return this builder
         */
        public Builder cusumK(double k) {
            this.cusumK = Checks.nonNegative(k, "cusumK");
            return this;
        }

        /**
         * The CUSUM decision interval h in σ units (default 6).
         *
         * @param h &gt; 0
         * @return this builder
         */
        public Builder cusumH(double h) {
            EwmaChart.positive(h, "cusumH");
            this.cusumH = h;
            return this;
        }

        /**
         * The significance level of the exact count tests (default 0.001).
         *
         * @param alpha in (0, 1)
         * @return this builder
         */
        public Builder testAlpha(double alpha) {
            if (!(alpha > 0 && alpha < 1)) {
                throw new InvalidValueException("testAlpha", "testAlpha must be in (0, 1) (was " + alpha + ")");
            }
            this.testAlpha = alpha;
            return this;
        }

        /**
         * The fewest negative comments in an hour before any alert (default 5).
         *
         * @param n &ge; 0
         * @return this builder
         */
        public Builder minNegative(long n) {
            this.minNegative = Checks.nonNegative(n, "minNegative");
            return this;
        }

        /**
         * How many times the baseline negative volume makes an hour critical (default 5).
         *
         * @param m &gt; 0
         * @return this builder
         */
        public Builder criticalMultiple(double m) {
            EwmaChart.positive(m, "criticalMultiple");
            this.criticalMultiple = m;
            return this;
        }

        /**
         * How many consecutive alerting hours escalate the level (default 3).
         *
         * @param buckets &gt; 0
         * @return this builder
         */
        public Builder escalateAfter(int buckets) {
            this.escalateAfter = Checks.positive(buckets, "escalateAfter");
            return this;
        }

        /**
         * How long after an alert the same level is not alerted again (default 6 hours).
         *
         * @param d not negative
         * @return this builder
         */
        public Builder cooldown(Duration d) {
            Checks.notNull(d, "cooldown");
            if (d.isNegative()) {
                throw new InvalidValueException("cooldown", "cooldown must not be negative (was " + d + ")");
            }
            this.cooldown = d;
            return this;
        }

        /**
         * The lowest level that emits an alert (default WARNING); NONE is not allowed.
         *
         * @param level WATCH or above
         * @return this builder
         */
        public Builder alertFrom(AlertLevel level) {
            Checks.notNull(level, "alertFrom");
            if (level == AlertLevel.NONE) {
                throw new InvalidValueException("alertFrom", "alertFrom must be WATCH or above (was NONE)");
            }
            this.alertFrom = level;
            return this;
        }

        /**
         * The configuration.
         *
         * @return the configuration
         */
        public MonitorConfig build() {
            return new MonitorConfig(this);
        }
    }
}
