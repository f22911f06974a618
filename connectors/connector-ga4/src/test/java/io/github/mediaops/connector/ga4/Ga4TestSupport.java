package io.github.mediaops.connector.ga4;

import io.github.mediaops.connector.ga4.simulator.Ga4Simulator;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** Connectors on the simulator's property and service account, with short backoffs. */
final class Ga4TestSupport {
    private Ga4TestSupport() {
    }

    static Credentials credentials(String serviceAccountJson) {
        return Credentials.builder().identifier("propertyId", Ga4Simulator.PROPERTY_ID)
                .secret("serviceAccountJson", serviceAccountJson)
                .identifier("measurementId", Ga4Simulator.MEASUREMENT_ID).secret("apiSecret", Ga4Simulator.API_SECRET).build();
    }

    static Ga4Connector connector(Ga4Simulator sim, Clock clock) {
        return connector(sim.baseUrl(), sim.serviceAccountJson(), clock, Duration.ofSeconds(2));
    }

    static Ga4Connector connector(URI baseUrl, String serviceAccountJson, Clock clock, Duration readTimeout) {
        return Ga4Connector.builder(ConnectorConfig.builder().credentials(credentials(serviceAccountJson))
                        .baseUrl(baseUrl).readTimeout(readTimeout).clock(clock).zone(ZoneId.of("UTC")).build())
                .tokenStore(new InMemoryTokenStore())
                .resilience(KitResilience.fastRetries())
                .build();
    }
}
