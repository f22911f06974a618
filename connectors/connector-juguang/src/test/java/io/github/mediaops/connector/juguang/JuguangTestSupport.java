package io.github.mediaops.connector.juguang;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.juguang.simulator.JuguangSimulator;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.connector.ConnectorConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

final class JuguangTestSupport {
    static final String ADVERTISER = "5832176";

    private JuguangTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String appId, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "appId", appId, "secret", secret, clock, readTimeout);
    }

    static JuguangConnector.Builder builder(JuguangSimulator sim, Clock clock, Duration readTimeout) {
        return JuguangConnector.builder(config(sim.baseUrl(), sim.appId(), sim.secret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries());
    }
}
