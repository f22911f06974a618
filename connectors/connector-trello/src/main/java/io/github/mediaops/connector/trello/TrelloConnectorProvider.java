package io.github.mediaops.connector.trello;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * The ServiceLoader entry point of the Trello connector and the one place its identity is declared
 * (listed in {@code META-INF/services/io.github.mediaops.core.connector.ConnectorProvider}).
 */
public final class TrelloConnectorProvider implements ConnectorProvider {
    /** Trello: core's well-known platform. */
    public static final Platform TRELLO = Platform.TRELLO;
    /** Who a Trello connector is and what it may offer. */
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("trello", TRELLO, Capability.NOTIFICATIONS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return TrelloConnector.builder(config).build();
    }
}
