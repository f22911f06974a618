package io.github.mediaops.connector.channels;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;

/**
 * The {@link java.util.ServiceLoader} entry point of the WeChat Channels connector (id {@code wechat-channels}).
 * {@link #create} builds a {@link ChannelsConnector} with the default token store and resilience settings.
 */
public final class ChannelsConnectorProvider implements ConnectorProvider {
    /** What a Channels connector may offer: the follower count and the Weixin Store push. No publishing exists. */
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of(ChannelsConnector.ID, Platform.WECHAT_CHANNELS,
            Capability.AUDIENCE_METRICS, Capability.WEBHOOKS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return ChannelsConnector.builder(Checks.notNull(config, "config")).build();
    }
}
