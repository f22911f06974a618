package io.github.mediaops.connector.douyin;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Douyin Open Platform connector (id {@code douyin}) to {@code Connectors.discover()}.
 * It offers content metrics (per-video daily series), audience metrics (daily fans) and webhooks (signature,
 * URL check, de-duplication); publishing and comments are not implemented yet.
 */
public final class DouyinConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("douyin", Platform.DOUYIN,
            Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS, Capability.WEBHOOKS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return DouyinConnector.builder(config).build();
    }
}
