package io.github.mediaops.core.connector;


/**
 * Creates connectors of one kind; the {@link java.util.ServiceLoader} entry point of a connector module.
 *
 * <p>A connector module lists its provider in
 * {@code META-INF/services/io.github.mediaops.core.connector.ConnectorProvider} so that
 * {@link Connectors#discover()} finds it. Implementations need a public no-argument constructor and
 * must be cheap to construct: do no I/O until {@link #create}.
 */
public interface ConnectorProvider {

    /**
     * Who its connectors are: id (unique among all providers on the class path, e.g. {@code wechat-oa}),
     * platform, and the capabilities they may offer. Declared once, usually as a constant the connector
     * class uses too.
     */
    ConnectorDescriptor descriptor();

    /**
     * A new connector.
     *
     * @throws io.github.mediaops.core.InvalidValueException when the configuration lacks what the
     *         connector needs (naming the missing credential or option)
     */
    PlatformConnector create(ConnectorConfig config);
}
