package io.github.mediaops.connector.tencentads;

import io.github.mediaops.connector.tck.KitConfigs;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

final class TencentAdsTestSupport {
    static final String ACCOUNT = "25610";

    private TencentAdsTestSupport() {
    }

    static ConnectorConfig config(URI baseUrl, String clientId, String secret, Clock clock, Duration readTimeout) {
        return KitConfigs.config(baseUrl, "clientId", clientId, "clientSecret", secret, clock, readTimeout);
    }

    static TencentAdsConnector.Builder builder(TencentAdsSimulator sim, Clock clock, Duration readTimeout) {
        return TencentAdsConnector.builder(config(sim.baseUrl(), sim.clientId(), sim.clientSecret(), clock, readTimeout))
                .resilience(KitResilience.fastRetries());
    }
}
