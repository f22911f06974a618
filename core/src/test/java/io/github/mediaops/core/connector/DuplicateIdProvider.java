package io.github.mediaops.core.connector;

import io.github.mediaops.core.platform.Platform;
import java.util.Set;

/** A provider with the id "dup"; two subclasses claim it, to test the duplicate-id error. */
abstract class DuplicateIdProvider implements ConnectorProvider {
    @Override
    public String id() {
        return "dup";
    }

    @Override
    public Platform platform() {
        return Platform.of("dup");
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        throw new UnsupportedOperationException("never created in tests");
    }
}
