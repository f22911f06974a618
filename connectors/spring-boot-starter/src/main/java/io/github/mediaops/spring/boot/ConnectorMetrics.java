package io.github.mediaops.spring.boot;

import io.github.mediaops.connector.support.CallListener;
import io.github.mediaops.connector.support.CallOutcome;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.validate.Checks;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Micrometer meters for every configured connector's platform calls. Tags: {@code connector} (the name
 * under {@code mediaops.connectors}) and {@code platform} (the platform id) on every meter, plus:
 * <ul>
 *   <li>{@value #CALLS} (timer): each logical call, tagged {@code operation} (the endpoint) and
 *       {@code outcome} ({@link CallOutcome#tag()}: {@code success}, {@code rate_limited}, {@code transient}, ...);
 *       retries and waits included in its time;</li>
 *   <li>{@value #RETRIES} (counter): repeats after a retryable failure, tagged {@code operation};</li>
 *   <li>{@value #RATE_LIMIT_WAITS} (timer): each wait for a client-side rate-limit permit, tagged
 *       {@code permitted} ({@code true}/{@code false});</li>
 *   <li>{@value #CIRCUIT_BREAKER_STATE} (gauge): 1 for the circuit breaker's current {@code state}
 *       ({@code closed}, {@code open}, {@code half_open}, ...), 0 for the others.</li>
 * </ul>
 * Nothing here carries a secret, an account or a request.
 */
public final class ConnectorMetrics implements ConnectorCallListenerFactory {
    /** The timer of logical calls. */
    public static final String CALLS = "mediaops.connector.calls";
    /** The counter of retries. */
    public static final String RETRIES = "mediaops.connector.retries";
    /** The timer of rate-limit waits. */
    public static final String RATE_LIMIT_WAITS = "mediaops.connector.rate.limit.waits";
    /** The gauge of circuit-breaker states. */
    public static final String CIRCUIT_BREAKER_STATE = "mediaops.connector.circuit.breaker.state";

    private final MeterRegistry registry;

    public ConnectorMetrics(MeterRegistry registry) {
        this.registry = Checks.notNull(registry, "registry");
    }

    @Override
    public CallListener listener(String name, ConnectorDescriptor descriptor) {
        Tags tags = Tags.of("connector", name, "platform", descriptor.platform().id());
        AtomicReference<CircuitBreaker.State> state = new AtomicReference<>(CircuitBreaker.State.CLOSED);
        for (CircuitBreaker.State s : CircuitBreaker.State.values()) {
            Gauge.builder(CIRCUIT_BREAKER_STATE, state, r -> r.get() == s ? 1 : 0).tags(tags).tag("state", tag(s))
                    .description("1 for the connector's current circuit-breaker state").register(registry);
        }
        return new CallListener() {
            @Override
            public void callEnded(Operation operation, Duration elapsed, int attempts, Optional<RuntimeException> failure) {
                Timer.builder(CALLS).tags(tags).tag("operation", operation.name()).tag("outcome", CallOutcome.of(failure).tag())
                        .description("Platform calls, retries and waits included").register(registry).record(elapsed);
            }

            @Override
            public void retrying(Operation operation, int attempt, ConnectorException cause) {
                Counter.builder(RETRIES).tags(tags).tag("operation", operation.name())
                        .description("Repeats of platform calls after a retryable failure").register(registry).increment();
            }

            @Override
            public void rateLimitWaited(String rateKey, Duration waited, boolean permitted) {
                Timer.builder(RATE_LIMIT_WAITS).tags(tags).tag("permitted", Boolean.toString(permitted))
                        .description("Waits for a client-side rate-limit permit").register(registry).record(waited);
            }

            @Override
            public void circuitBreakerChanged(String breaker, CircuitBreaker.State from, CircuitBreaker.State to) {
                state.set(to);
            }
        };
    }

    private static String tag(CircuitBreaker.State s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ConnectorMetrics[" + registry.getClass().getSimpleName() + "]";
    }
}
