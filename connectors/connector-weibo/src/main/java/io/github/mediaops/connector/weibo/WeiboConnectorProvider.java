package io.github.mediaops.connector.weibo;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Weibo Open API connector (id {@code weibo}) to {@code Connectors.discover()}. It may offer
 * publishing ({@code statuses/share}, only when the app's safe domains are configured), content metrics (counts
 * of the account's statuses), audience metrics (followers) and comments (list, reply, delete). A connector made
 * by {@link #create} has no safe domains, so it withholds publishing; build one with
 * {@link WeiboConnector#builder} to publish.
 */
public final class WeiboConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("weibo", Platform.WEIBO,
            Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS, Capability.COMMENTS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return WeiboConnector.builder(config).build();
    }
}
