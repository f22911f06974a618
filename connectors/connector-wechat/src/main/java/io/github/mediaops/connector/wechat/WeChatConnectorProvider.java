package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.Set;

/**
 * The {@link java.util.ServiceLoader} entry point of the WeChat Official Account connector (id
 * {@code wechat-oa}). {@link #create} builds a {@link WeChatConnector} with default token store (in
 * memory) and resilience settings; use {@link WeChatConnector#builder} for anything else.
 */
public final class WeChatConnectorProvider implements ConnectorProvider {

    @Override
    public String id() {
        return WeChatConnector.ID;
    }

    @Override
    public Platform platform() {
        return Platform.WECHAT_OFFICIAL_ACCOUNT;
    }

    /** Every capability a connector can offer; {@code WEBHOOKS} needs the push secret {@code token}. */
    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS, Capability.COMMENTS,
                Capability.MESSAGES, Capability.WEBHOOKS);
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return WeChatConnector.builder(Checks.notNull(config, "config")).build();
    }
}
