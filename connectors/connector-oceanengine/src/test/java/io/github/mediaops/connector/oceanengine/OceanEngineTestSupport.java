package io.github.mediaops.connector.oceanengine;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.connector.ConnectorConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

final class OceanEngineTestSupport {
    static final String ADVERTISER = "1760312309087432";
    static final String SEC_UID = "MS4wLjABAAAA-dou-plus-account";

    private OceanEngineTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String appId, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "appId", appId, "secret", secret, clock, readTimeout);
    }

    static OceanEngineConnector.Builder builder(OceanEngineSimulator sim, Clock clock, Duration readTimeout) {
        return OceanEngineConnector.builder(config(sim.baseUrl(), sim.appId(), sim.secret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries());
    }
}
