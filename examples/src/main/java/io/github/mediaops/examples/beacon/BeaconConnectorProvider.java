package io.github.mediaops.examples.beacon;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * The ServiceLoader entry point of the Beacon connector, and the one place its identity is declared
 * (listed in {@code META-INF/services/io.github.mediaops.core.connector.ConnectorProvider}).
 */
public final class BeaconConnectorProvider implements ConnectorProvider {
    /** Beacon, a made-up team-notification service used as the worked example of {@code CONNECTORS.md}. */
    public static final Platform BEACON = Platform.of("beacon", "Beacon notifications");
    /** Who a Beacon connector is and what it may offer. */
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("beacon", BEACON, Capability.NOTIFICATIONS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return BeaconConnector.builder(config).build();
    }
}
