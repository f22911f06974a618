package io.github.mediaops.spring.boot;

import io.github.mediaops.connector.support.CallOutcome;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one configured connector, from what its calls have shown (it sends no request of its
 * own, so it spends no platform quota): DOWN while its circuit breaker is open, or when its last call
 * was refused for credentials or permissions (a wrong secret, a revoked grant); UP otherwise, also
 * before the first call. Details: connector id, platform, capabilities, calls, failures, the last
 * outcome and operation, the instants of the last success and failure, the circuit breaker's state.
 * Never a credential.
 */
final class ConnectorHealthIndicator implements HealthIndicator {
    private static final Set<CallOutcome> REFUSED = EnumSet.of(CallOutcome.AUTHENTICATION, CallOutcome.PERMISSION_DENIED);

    private final PlatformConnector connector;
    private final ConnectorActivity activity;

    ConnectorHealthIndicator(PlatformConnector connector, ConnectorActivity activity) {
        this.connector = connector;
        this.activity = activity;
    }

    @Override
    public Health health() {
        CircuitBreaker.State breaker = connector instanceof HttpConnector http
                ? http.executor().circuitBreakerState() : activity.breaker();
        ConnectorActivity.Snapshot last = activity.last();
        boolean open = breaker == CircuitBreaker.State.OPEN || breaker == CircuitBreaker.State.FORCED_OPEN;
        boolean refused = last.outcome() != null && REFUSED.contains(last.outcome());
        Health.Builder h = open || refused ? Health.down() : Health.up();
        h.withDetail("connector", connector.id()).withDetail("platform", connector.platform().id())
                .withDetail("capabilities", connector.capabilities().stream().map(Enum::name).sorted().toList())
                .withDetail("calls", activity.calls()).withDetail("failures", activity.failures())
                .withDetail("circuitBreaker", breaker.name());
        if (last.outcome() != null) {
            h.withDetail("lastOutcome", last.outcome().tag()).withDetail("lastOperation", last.operation());
        }
        if (last.lastSuccess() != null) {
            h.withDetail("lastSuccess", last.lastSuccess().toString());
        }
        if (last.lastFailure() != null) {
            h.withDetail("lastFailure", last.lastFailure().toString());
        }
        return h.build();
    }
}
