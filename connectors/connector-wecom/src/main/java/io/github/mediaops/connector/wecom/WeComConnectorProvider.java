package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;

/**
 * The {@link java.util.ServiceLoader} entry point of the WeCom (企业微信) connector (id {@code wecom}).
 * {@link #create} builds a {@link WeComConnector} with the default token store (in memory) and resilience
 * settings; use {@link WeComConnector#builder} for anything else.
 */
public final class WeComConnectorProvider implements ConnectorProvider {
    /** What a WeCom connector may offer: {@code WEBHOOKS} (the callbacks) with the callback token and key. */
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of(WeComConnector.ID, Platform.WECOM,
            Capability.WEBHOOKS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return WeComConnector.builder(Checks.notNull(config, "config")).build();
    }
}
