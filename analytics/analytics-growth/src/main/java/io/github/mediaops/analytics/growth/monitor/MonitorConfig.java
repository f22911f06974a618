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

    public static Builder builder() {
        return new Builder();
    }

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

    public double ewmaLambda() {
        return ewmaLambda;
    }

    public double ewmaWidth() {
        return ewmaWidth;
    }

    public double cusumK() {
        return cusumK;
    }

    public double cusumH() {
        return cusumH;
    }

    public double testAlpha() {
        return testAlpha;
    }

    public long minNegative() {
        return minNegative;
    }

    public double criticalMultiple() {
        return criticalMultiple;
    }

    public int escalateAfter() {
        return escalateAfter;
    }

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

        public Builder ewma(double lambda, double width) {
            if (!(lambda > 0 && lambda <= 1)) {
                throw new InvalidValueException("lambda", "lambda must be in (0, 1] (was " + lambda + ")");
            }
            EwmaChart.positive(width, "width");
            this.ewmaLambda = lambda;
            this.ewmaWidth = width;
            return this;
        }

        public Builder cusum(double k, double h) {
            Checks.nonNegative(k, "k");
            EwmaChart.positive(h, "h");
            this.cusumK = k;
            this.cusumH = h;
            return this;
        }

        public Builder testAlpha(double alpha) {
            if (!(alpha > 0 && alpha < 1)) {
                throw new InvalidValueException("testAlpha", "testAlpha must be in (0, 1) (was " + alpha + ")");
            }
            this.testAlpha = alpha;
            return this;
        }

        public Builder minNegative(long n) {
            this.minNegative = Checks.nonNegative(n, "minNegative");
            return this;
        }

        public Builder criticalMultiple(double m) {
            EwmaChart.positive(m, "criticalMultiple");
            this.criticalMultiple = m;
            return this;
        }

        public Builder escalateAfter(int buckets) {
            this.escalateAfter = Checks.positive(buckets, "escalateAfter");
            return this;
        }

        public Builder cooldown(Duration d) {
            Checks.notNull(d, "cooldown");
            if (d.isNegative()) {
                throw new InvalidValueException("cooldown", "cooldown must not be negative (was " + d + ")");
            }
            this.cooldown = d;
            return this;
        }

        /** The lowest level that emits an alert (default WARNING); NONE is not allowed. */
        public Builder alertFrom(AlertLevel level) {
            Checks.notNull(level, "alertFrom");
            if (level == AlertLevel.NONE) {
                throw new InvalidValueException("alertFrom", "alertFrom must be WATCH or above (was NONE)");
            }
            this.alertFrom = level;
            return this;
        }

        public MonitorConfig build() {
            return new MonitorConfig(this);
        }
    }
}
