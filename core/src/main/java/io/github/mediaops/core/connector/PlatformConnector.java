package io.github.mediaops.core.connector;

import io.github.mediaops.core.platform.Platform;
import java.util.Set;

/**
 * A connection to one platform, offering the {@link Capability capabilities} the platform really has.
 *
 * <p>Use a capability through its accessor: {@code connector.publishing().publish(request)}. An
 * accessor for a capability the connector does not list in {@link #capabilities()} throws
 * {@link UnsupportedCapabilityException}; a connector overrides exactly the accessors of the
 * capabilities it lists, so that the two always agree (the connector TCK checks this).
 *
 * <p>Connectors are thread-safe and meant to be shared: build one per app credentials and keep it for
 * the life of the service. {@link #close()} releases connection pools and threads.
 *
 * <p>All failures are {@link ConnectorException}s.
 */
public interface PlatformConnector extends AutoCloseable {

    /** The connector's id, as its {@link ConnectorProvider} registers it (e.g. {@code wechat-oa}). */
    String id();

    /** The platform this connector talks to. */
    Platform platform();

    /**
     * The capabilities this connector offers; the matching accessors work, the others throw. A subset of
     * its provider's {@link ConnectorDescriptor#capabilities()}: what this instance actually offers with
     * the credentials it was built with.
     */
    Set<Capability> capabilities();

    default boolean supports(Capability capability) {
        return capabilities().contains(capability);
    }

    default Publishing publishing() {
        throw UnsupportedCapabilityException.of(platform(), Capability.PUBLISH);
    }

    default ContentMetricsReader contentMetrics() {
        throw UnsupportedCapabilityException.of(platform(), Capability.CONTENT_METRICS);
    }

    default AudienceMetricsReader audienceMetrics() {
        throw UnsupportedCapabilityException.of(platform(), Capability.AUDIENCE_METRICS);
    }

    default Comments comments() {
        throw UnsupportedCapabilityException.of(platform(), Capability.COMMENTS);
    }

    default Messaging messaging() {
        throw UnsupportedCapabilityException.of(platform(), Capability.MESSAGES);
    }

    default Webhooks webhooks() {
        throw UnsupportedCapabilityException.of(platform(), Capability.WEBHOOKS);
    }

    default AdReports adReports() {
        throw UnsupportedCapabilityException.of(platform(), Capability.AD_REPORTS);
    }

    default Notifications notifications() {
        throw UnsupportedCapabilityException.of(platform(), Capability.NOTIFICATIONS);
    }

    /** Releases resources; the connector must not be used afterwards. Does not throw checked exceptions. */
    @Override
    default void close() {
    }
}
