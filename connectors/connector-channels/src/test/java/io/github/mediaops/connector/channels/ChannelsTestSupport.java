package io.github.mediaops.connector.channels;

import io.github.mediaops.connector.channels.simulator.ChannelsSimulator;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** Connectors on the simulator's appid, with short backoffs. */
final class ChannelsTestSupport {
    private ChannelsTestSupport() {
    }

    static Credentials credentials(String secret, String pushToken) {
        return Credentials.builder().identifier("appId", ChannelsSimulator.APP_ID).secret("appSecret", secret)
                .secret("token", pushToken).secret("encodingAesKey", ChannelsSimulator.ENCODING_AES_KEY).build();
    }

    static ChannelsConnector connector(URI baseUrl, Clock clock) {
        return connector(baseUrl, clock, Duration.ofSeconds(2), ChannelsSimulator.PUSH_TOKEN);
    }

    static ChannelsConnector connector(URI baseUrl, Clock clock, Duration readTimeout, String pushToken) {
        return ChannelsConnector.builder(ConnectorConfig.builder().credentials(credentials(ChannelsSimulator.APP_SECRET, pushToken))
                        .baseUrl(baseUrl).readTimeout(readTimeout).clock(clock).build())
                .tokenStore(new InMemoryTokenStore())
                .resilience(KitResilience.fastRetries())
                .build();
    }
}
