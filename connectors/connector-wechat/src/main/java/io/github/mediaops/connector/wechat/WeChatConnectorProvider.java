package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;

/**
 * The {@link java.util.ServiceLoader} entry point of the WeChat Official Account connector (id
 * {@code wechat-oa}). {@link #create} builds a {@link WeChatConnector} with default token store (in
 * memory) and resilience settings; use {@link WeChatConnector#builder} for anything else.
 */
public final class WeChatConnectorProvider implements ConnectorProvider {
    /** What a WeChat connector may offer; {@code WEBHOOKS} only with the push secret {@code token}. */
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of(WeChatConnector.ID,
            Platform.WECHAT_OFFICIAL_ACCOUNT, Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS,
            Capability.COMMENTS, Capability.MESSAGES, Capability.WEBHOOKS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return WeChatConnector.builder(Checks.notNull(config, "config")).build();
    }
}
