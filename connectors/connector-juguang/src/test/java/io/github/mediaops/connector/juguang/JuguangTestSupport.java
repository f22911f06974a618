package io.github.mediaops.connector.juguang;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.juguang.simulator.JuguangSimulator;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.core.connector.ConnectorConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

final class JuguangTestSupport {
    static final String ADVERTISER = "5832176";

    private JuguangTestSupport() {
    }

    static ResilienceSettings fastRetries() {
        return ResilienceSettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(100))
                .maxRetryAfter(Duration.ofSeconds(2)).rateLimit(1000, Duration.ofSeconds(1)).build();
    }

    static ConnectorConfig config(URI baseUrl, String appId, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "appId", appId, "secret", secret, clock, readTimeout);
    }

    static JuguangConnector.Builder builder(JuguangSimulator sim, Clock clock, Duration readTimeout) {
        return JuguangConnector.builder(config(sim.baseUrl(), sim.appId(), sim.secret(), clock, readTimeout))
                .resilience(fastRetries());
    }
}
