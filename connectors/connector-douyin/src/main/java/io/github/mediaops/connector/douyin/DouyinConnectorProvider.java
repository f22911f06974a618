package io.github.mediaops.connector.douyin;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Douyin Open Platform connector (id {@code douyin}) to {@code Connectors.discover()}.
 * It offers publishing (chunked upload, create_video, review status), content metrics (per-video daily series),
 * audience metrics (daily fans), enterprise-account comments and webhooks (signature, URL check, de-duplication).
 */
public final class DouyinConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("douyin", Platform.DOUYIN,
            Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS, Capability.COMMENTS,
            Capability.WEBHOOKS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return DouyinConnector.builder(config).build();
    }
}
