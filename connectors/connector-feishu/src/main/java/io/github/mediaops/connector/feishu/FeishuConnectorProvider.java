package io.github.mediaops.connector.feishu;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * The ServiceLoader entry point of the Feishu connector and the one place its identity is declared
 * (listed in {@code META-INF/services/io.github.mediaops.core.connector.ConnectorProvider}).
 */
public final class FeishuConnectorProvider implements ConnectorProvider {
    /** Feishu (飞书), also Lark: core's well-known platform. */
    public static final Platform FEISHU = Platform.FEISHU;
    /** Who a Feishu connector is and what it may offer. */
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("feishu-bot", FEISHU, Capability.NOTIFICATIONS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return FeishuConnector.builder(config).build();
    }
}
