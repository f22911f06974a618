package io.github.mediaops.spring.boot;

import io.github.mediaops.connector.support.CallListener;
import io.github.mediaops.connector.support.CallOutcome;
import io.github.mediaops.connector.support.Operation;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one connector has been doing, kept for its health indicator: calls and failures so far, the
 * last outcome and when, and the circuit breaker's state. Holds no request data and no secret.
 */
final class ConnectorActivity implements CallListener {
    private final Clock clock;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile Snapshot last = new Snapshot(null, null, null, null);
    private volatile CircuitBreaker.State breaker = CircuitBreaker.State.CLOSED;

    /** The last outcome and operation, and the instants of the last success and failure (null when none yet). */
    record Snapshot(CallOutcome outcome, String operation, Instant lastSuccess, Instant lastFailure) {
    }

    ConnectorActivity(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void callEnded(Operation operation, Duration elapsed, int attempts, Optional<RuntimeException> failure) {
        calls.incrementAndGet();
        CallOutcome outcome = CallOutcome.of(failure);
        Instant now = clock.instant();
        synchronized (this) {
            Snapshot s = last;
            if (outcome == CallOutcome.SUCCESS) {
                last = new Snapshot(outcome, operation.name(), now, s.lastFailure());
            } else {
                failures.incrementAndGet();
                last = new Snapshot(outcome, operation.name(), s.lastSuccess(), now);
            }
        }
    }

    @Override
    public void circuitBreakerChanged(String name, CircuitBreaker.State from, CircuitBreaker.State to) {
        breaker = to;
    }

    long calls() {
        return calls.get();
    }

    long failures() {
        return failures.get();
    }

    Snapshot last() {
        return last;
    }

    CircuitBreaker.State breaker() {
        return breaker;
    }
}
