package io.github.mediaops.spring.boot;

import io.github.mediaops.core.connector.ConnectorConfig;

/**
 * Adjusts a connector's configuration after the starter filled it from {@code mediaops.connectors.<name>}
 * and before the connector is created: a clock, an option computed at start-up, an attachment such as
 * a {@code TokenStore} of your own for one connector. Beans of this type are applied in their
 * {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface MediaOpsConnectorCustomizer {

    /**
     * @param name   the connector's name under {@code mediaops.connectors}
     * @param config the configuration being built
     */
    void customize(String name, ConnectorConfig.Builder config);
}
