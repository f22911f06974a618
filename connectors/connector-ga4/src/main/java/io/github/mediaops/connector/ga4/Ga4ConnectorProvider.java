package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;

/**
 * The {@link java.util.ServiceLoader} entry point of the Google Analytics 4 connector (id {@code ga4}).
 * {@link #create} builds a {@link Ga4Connector} with the default token store and resilience settings.
 */
public final class Ga4ConnectorProvider implements ConnectorProvider {
    /** What a GA4 connector may offer: a website's pages as content metrics; reports and events are its own methods. */
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of(Ga4Connector.ID, Platform.GOOGLE_ANALYTICS,
            Capability.CONTENT_METRICS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return Ga4Connector.builder(Checks.notNull(config, "config")).build();
    }
}
