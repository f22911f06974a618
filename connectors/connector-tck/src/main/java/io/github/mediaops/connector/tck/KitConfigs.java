package io.github.mediaops.connector.tck;

import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** The connector configuration a test points at its simulator. */
public final class KitConfigs {
    private KitConfigs() {
    }

    /**
     * A configuration with the app's identifier ({@code idName}: {@code appId}, {@code clientKey}, ...) and secret
     * ({@code secretName}) under the names the connector reads, the simulator's base URL, a read timeout and the
     * clock the test shares with the simulator.
     */
    public static ConnectorConfig config(URI baseUrl, String idName, String id, String secretName, String secret,
                                         Clock clock, Duration readTimeout) {
        return ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier(idName, id).secret(secretName, secret).build())
                .baseUrl(baseUrl).readTimeout(readTimeout).clock(clock).build();
    }
}
