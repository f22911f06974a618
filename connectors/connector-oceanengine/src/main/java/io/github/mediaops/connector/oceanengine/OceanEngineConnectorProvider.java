package io.github.mediaops.connector.oceanengine;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Ocean Engine (巨量引擎) Marketing API connector (id {@code ocean-engine}) to
 * {@code Connectors.discover()}. It offers ad reports: feed ads (巨量广告) through {@code adReports()} and
 * DOU+ orders through {@link OceanEngineConnector#douPlus()}.
 */
public final class OceanEngineConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("ocean-engine", Platform.OCEAN_ENGINE,
            Capability.AD_REPORTS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return OceanEngineConnector.builder(config).build();
    }
}
