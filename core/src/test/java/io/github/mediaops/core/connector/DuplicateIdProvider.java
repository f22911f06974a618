package io.github.mediaops.core.connector;

import io.github.mediaops.core.platform.Platform;

/** A provider with the id "dup"; two subclasses claim it, to test the duplicate-id error. */
abstract class DuplicateIdProvider implements ConnectorProvider {
    @Override
    public ConnectorDescriptor descriptor() {
        return ConnectorDescriptor.of("dup", Platform.of("dup"), Capability.NOTIFICATIONS);
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        throw new UnsupportedOperationException("never created in tests");
    }
}
