package io.github.mediaops.connector.juguang;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Xiaohongshu 聚光 (Juguang) Marketing API connector (id {@code xiaohongshu-juguang}, platform
 * {@code xiaohongshu}) to {@code Connectors.discover()}. It offers ad reports.
 */
public final class JuguangConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("xiaohongshu-juguang", Platform.XIAOHONGSHU,
            Capability.AD_REPORTS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return JuguangConnector.builder(config).build();
    }
}
