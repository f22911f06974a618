package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.ConnectorException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Optional;

/**
 * Hears what the runtime does with a connector's platform calls, to feed metrics (the Spring Boot
 * starter binds it to Micrometer) or tracing. Set one per connector with
 * {@link HttpConnector.Builder#callListener} (or attach one to the {@code ConnectorConfig}); every method
 * has an empty default, so a listener overrides what it needs.
 *
 * <p>Methods are called on the calling thread, synchronously, and must be quick and not throw: an
 * exception from a listener is logged and otherwise ignored, it never changes the call. Nothing passed
 * here carries a secret (no tokens, no request bodies).
 */
public interface CallListener {

    /** A listener that ignores everything (the default). */
    CallListener NONE = new CallListener() {
    };

    /**
     * A logical call ended: after all its attempts, its token refresh and its rate-limit waits. Work
     * nested in a call (a token fetch inside a data call) is part of that call and ends no call itself.
     *
     * @param operation the endpoint and kind
     * @param elapsed   from the call's start to its end, waits and retries included
     * @param attempts  the HTTP requests it sent (0 when it failed before sending one)
     * @param failure   what it failed with, empty on success
     */
    default void callEnded(Operation operation, Duration elapsed, int attempts, Optional<RuntimeException> failure) {
    }

    /**
     * The runtime is about to repeat a call after a retryable failure (after its backoff).
     *
     * @param operation the endpoint and kind
     * @param attempt   the number of the attempt about to start (2 for the first retry)
     * @param cause     the failure that made it retry
     */
    default void retrying(Operation operation, int attempt, ConnectorException cause) {
    }

    /**
     * A call asked the client-side rate limiter of {@code rateKey} for a permit.
     *
     * @param waited    how long it waited (zero or near it when a permit was free)
     * @param permitted whether it got one; when not, the call fails with a rate-limited error
     */
    default void rateLimitWaited(String rateKey, Duration waited, boolean permitted) {
    }

    /** The connector's circuit breaker {@code name} changed state (closed, open, half-open, ...). */
    default void circuitBreakerChanged(String name, CircuitBreaker.State from, CircuitBreaker.State to) {
    }
}
