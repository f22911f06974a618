package io.github.mediaops.connector.bilibili;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Bilibili open platform connector (id {@code bilibili}) to {@code Connectors.discover()}. It offers
 * publishing (video submission), content metrics (lifetime counts of each archive) and audience metrics
 * (followers). Bilibili's open platform has no comment or private-message API for apps, so those are not offered.
 */
public final class BilibiliConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("bilibili", Platform.BILIBILI,
            Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return BilibiliConnector.builder(config).build();
    }
}
