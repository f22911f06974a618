package io.github.mediaops.connector.tiktok;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the TikTok for Developers connector (id {@code tiktok}) to {@code Connectors.discover()}. It offers
 * publishing (Content Posting API: direct post or upload to inbox), content metrics (Display API video counts),
 * audience metrics (follower count) and webhooks ({@code TikTok-Signature}). TikTok has no comment API for
 * creators' own videos, so comments are not offered.
 */
public final class TikTokConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("tiktok", Platform.TIKTOK,
            Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS, Capability.WEBHOOKS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return TikTokConnector.builder(config).build();
    }
}
