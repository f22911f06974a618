package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;

/**
 * How a connector retries, rate-limits and breaks circuits. Immutable; derive with {@link #toBuilder()}.
 *
 * <p>Retries: at most {@code maxAttempts} attempts in all; the wait before attempt {@code n+1} is
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))} spread uniformly by ±{@code jitter}
 * ("full jitter" variants: AWS Architecture Blog, <i>Exponential Backoff and Jitter</i>, 2015), and never
 * shorter than a Retry-After the platform sent. A Retry-After longer than {@code maxRetryAfter} (a
 * daily quota) is not waited for: the rate-limited error goes to the caller.
 *
 * <p>Rate limiting: each rate key (per app, per account) gets {@code limitForPeriod} permits every
 * {@code limitRefreshPeriod}; a caller waits up to {@code rateLimitTimeout} for one. Set these to the
 * platform's documented quota; finer periods (10 permits per 100 ms rather than 100 per second) keep
 * bursts inside a platform's own window.
 *
 * <p>Circuit breaker: opens when {@code failureRateThreshold} percent of the last {@code slidingWindowSize}
 * calls (at least {@code minimumNumberOfCalls}) failed transiently; stays open {@code waitInOpenState}.
 */
public final class ResilienceSettings {
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double multiplier;
    private final double jitter;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final int limitForPeriod;
    private final Duration limitRefreshPeriod;
    private final Duration rateLimitTimeout;
    private final float failureRateThreshold;
    private final int slidingWindowSize;
    private final int minimumNumberOfCalls;
    private final Duration waitInOpenState;

    private ResilienceSettings(Builder b) {
        this.maxAttempts = Checks.positive(b.maxAttempts, "maxAttempts");
        this.initialBackoff = nonNegative(b.initialBackoff, "initialBackoff");
        if (!(b.multiplier >= 1.0) || Double.isInfinite(b.multiplier)) {
            throw new InvalidValueException("multiplier", "multiplier must be >= 1 (was " + b.multiplier + ")");
        }
        this.multiplier = b.multiplier;
        this.jitter = Checks.fraction(b.jitter, "jitter");
        this.maxBackoff = nonNegative(b.maxBackoff, "maxBackoff");
        this.maxRetryAfter = nonNegative(b.maxRetryAfter, "maxRetryAfter");
        this.limitForPeriod = Checks.positive(b.limitForPeriod, "limitForPeriod");
        this.limitRefreshPeriod = positive(b.limitRefreshPeriod, "limitRefreshPeriod");
        this.rateLimitTimeout = nonNegative(b.rateLimitTimeout, "rateLimitTimeout");
        if (!(b.failureRateThreshold > 0 && b.failureRateThreshold <= 100)) {
            throw new InvalidValueException("failureRateThreshold",
                    "failureRateThreshold must be in (0, 100] (was " + b.failureRateThreshold + ")");
        }
        this.failureRateThreshold = b.failureRateThreshold;
        this.slidingWindowSize = Checks.positive(b.slidingWindowSize, "slidingWindowSize");
        this.minimumNumberOfCalls = Checks.positive(b.minimumNumberOfCalls, "minimumNumberOfCalls");
        this.waitInOpenState = positive(b.waitInOpenState, "waitInOpenState");
    }

    private static Duration nonNegative(Duration d, String field) {
        Checks.notNull(d, field);
        if (d.isNegative()) {
            throw new InvalidValueException(field, field + " must not be negative (was " + d + ")");
        }
        return d;
    }

    private static Duration positive(Duration d, String field) {
        nonNegative(d, field);
        if (d.isZero()) {
            throw new InvalidValueException(field, field + " must be > 0");
        }
        return d;
    }

    /** Defaults: 3 attempts, 200 ms initial backoff doubling up to 10 s, ±50 % jitter, 20 calls per second per key. */
    public static ResilienceSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.multiplier = multiplier;
        b.jitter = jitter;
        b.maxBackoff = maxBackoff;
        b.maxRetryAfter = maxRetryAfter;
        b.limitForPeriod = limitForPeriod;
        b.limitRefreshPeriod = limitRefreshPeriod;
        b.rateLimitTimeout = rateLimitTimeout;
        b.failureRateThreshold = failureRateThreshold;
        b.slidingWindowSize = slidingWindowSize;
        b.minimumNumberOfCalls = minimumNumberOfCalls;
        b.waitInOpenState = waitInOpenState;
        return b;
    }

    public int maxAttempts() { return maxAttempts; }
    public Duration initialBackoff() { return initialBackoff; }
    public double multiplier() { return multiplier; }
    public double jitter() { return jitter; }
    public Duration maxBackoff() { return maxBackoff; }
    public Duration maxRetryAfter() { return maxRetryAfter; }
    public int limitForPeriod() { return limitForPeriod; }
    public Duration limitRefreshPeriod() { return limitRefreshPeriod; }
    public Duration rateLimitTimeout() { return rateLimitTimeout; }
    public float failureRateThreshold() { return failureRateThreshold; }
    public int slidingWindowSize() { return slidingWindowSize; }
    public int minimumNumberOfCalls() { return minimumNumberOfCalls; }
    public Duration waitInOpenState() { return waitInOpenState; }

    /** The un-jittered backoff before attempt {@code attempt + 1}, for {@code attempt >= 1}. */
    public Duration baseBackoff(int attempt) {
        double ms = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return Duration.ofMillis((long) Math.min(ms, maxBackoff.toMillis()));
    }

    @Override
    public String toString() {
        return "ResilienceSettings{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", multiplier="
                + multiplier + ", jitter=" + jitter + ", maxBackoff=" + maxBackoff + ", rate=" + limitForPeriod + "/"
                + limitRefreshPeriod + "}";
    }

    /** Builds {@link ResilienceSettings}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(200);
        private double multiplier = 2.0;
        private double jitter = 0.5;
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private int limitForPeriod = 20;
        private Duration limitRefreshPeriod = Duration.ofSeconds(1);
        private Duration rateLimitTimeout = Duration.ofSeconds(30);
        private float failureRateThreshold = 50f;
        private int slidingWindowSize = 50;
        private int minimumNumberOfCalls = 20;
        private Duration waitInOpenState = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder maxAttempts(int n) { this.maxAttempts = n; return this; }
        public Builder initialBackoff(Duration d) { this.initialBackoff = d; return this; }
        public Builder multiplier(double m) { this.multiplier = m; return this; }
        public Builder jitter(double j) { this.jitter = j; return this; }
        public Builder maxBackoff(Duration d) { this.maxBackoff = d; return this; }
        public Builder maxRetryAfter(Duration d) { this.maxRetryAfter = d; return this; }

        /** The client-side quota per rate key: {@code permits} every {@code period}. */
        public Builder rateLimit(int permits, Duration period) {
            this.limitForPeriod = permits;
            this.limitRefreshPeriod = period;
            return this;
        }

        public Builder rateLimitTimeout(Duration d) { this.rateLimitTimeout = d; return this; }

        public Builder circuitBreaker(float failureRatePercent, int windowSize, int minimumCalls, Duration openFor) {
            this.failureRateThreshold = failureRatePercent;
            this.slidingWindowSize = windowSize;
            this.minimumNumberOfCalls = minimumCalls;
            this.waitInOpenState = openFor;
            return this;
        }

        public ResilienceSettings build() {
            return new ResilienceSettings(this);
        }
    }
}
