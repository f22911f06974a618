package io.github.mediaops.connector.youtube;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the YouTube connector (id {@code youtube}) to {@code Connectors.discover()}: publishing (resumable video
 * upload), content metrics (video statistics and YouTube Analytics daily reports), audience metrics (subscribers)
 * and comments (comment threads, replies, moderation). YouTube pushes (WebSub) carry no comments and are not handled.
 */
public final class YouTubeConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("youtube", Platform.YOUTUBE,
            Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS, Capability.COMMENTS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return YouTubeConnector.builder(config).build();
    }
}
