package io.github.mediaops.spring.boot;

import io.github.mediaops.connector.support.CallListener;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Tells several listeners, in order; the runtime already isolates a listener's failure from the call. */
final class CompositeCallListener implements CallListener {
    private final List<CallListener> listeners;

    private CompositeCallListener(List<CallListener> listeners) {
        this.listeners = listeners;
    }

    static CallListener of(List<CallListener> listeners) {
        List<CallListener> real = listeners.stream().filter(l -> l != CallListener.NONE).toList();
        return real.isEmpty() ? CallListener.NONE : real.size() == 1 ? real.get(0) : new CompositeCallListener(real);
    }

    @Override
    public void callEnded(Operation operation, Duration elapsed, int attempts, Optional<RuntimeException> failure) {
        listeners.forEach(l -> l.callEnded(operation, elapsed, attempts, failure));
    }

    @Override
    public void retrying(Operation operation, int attempt, ConnectorException cause) {
        listeners.forEach(l -> l.retrying(operation, attempt, cause));
    }

    @Override
    public void rateLimitWaited(String rateKey, Duration waited, boolean permitted) {
        listeners.forEach(l -> l.rateLimitWaited(rateKey, waited, permitted));
    }

    @Override
    public void circuitBreakerChanged(String name, CircuitBreaker.State from, CircuitBreaker.State to) {
        listeners.forEach(l -> l.circuitBreakerChanged(name, from, to));
    }
}
