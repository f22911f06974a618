package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Kuaishou Open Platform connector (id {@code kuaishou}) to {@code Connectors.discover()}.
 * It offers publishing (upload and publish of short videos), content metrics (lifetime counts of each video),
 * audience metrics (followers) and webhooks ({@code kwaisign}, de-duplication). Kuaishou's open platform
 * documents no comment API, so comments are not offered.
 */
public final class KuaishouConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("kuaishou", Platform.KUAISHOU,
            Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS, Capability.WEBHOOKS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return KuaishouConnector.builder(config).build();
    }
}
