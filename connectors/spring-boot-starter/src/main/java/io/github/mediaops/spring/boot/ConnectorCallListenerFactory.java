package io.github.mediaops.spring.boot;

import io.github.mediaops.connector.support.CallListener;
import io.github.mediaops.core.connector.ConnectorDescriptor;

/**
 * Gives each configured connector a {@link CallListener}: declare a bean of this type to hear every
 * platform call, retry, rate-limit wait and circuit-breaker change (tracing, audit). The starter's
 * Micrometer metrics are one such bean; every bean of this type is called, and their listeners all hear
 * the connector. Applies to connectors on connector-support's {@code HttpConnector} template.
 */
@FunctionalInterface
public interface ConnectorCallListenerFactory {

    /**
     * The listener for one connector.
     *
     * @param name       the connector's name under {@code mediaops.connectors}
     * @param descriptor its provider's descriptor (id, platform, capabilities)
     * @return a listener, or {@link CallListener#NONE}
     */
    CallListener listener(String name, ConnectorDescriptor descriptor);
}
