package io.github.mediaops.connector.wecom;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** Connectors on the simulator's corp and app, with short backoffs. */
final class WeComTestSupport {
    private WeComTestSupport() {
    }

    static Credentials credentials(String secret) {
        return Credentials.builder().identifier("corpId", WeComSimulator.CORP_ID).secret("corpSecret", secret)
                .secret("token", WeComSimulator.CALLBACK_TOKEN).secret("encodingAesKey", WeComSimulator.ENCODING_AES_KEY).build();
    }

    static WeComConnector connector(URI baseUrl, Clock clock) {
        return connector(baseUrl, clock, Duration.ofSeconds(2), new InMemoryTokenStore(), WeComSimulator.CORP_SECRET);
    }

    static WeComConnector connector(URI baseUrl, Clock clock, Duration readTimeout, TokenStore tokens, String secret) {
        return WeComConnector.builder(ConnectorConfig.builder().credentials(credentials(secret)).baseUrl(baseUrl)
                        .readTimeout(readTimeout).clock(clock).build())
                .tokenStore(tokens)
                .resilience(KitResilience.fastRetries())
                .build();
    }
}
