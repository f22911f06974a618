package io.github.mediaops.core.connector;

import io.github.mediaops.core.platform.Platform;
import java.util.Set;

/** One of two providers that claim the same id, to test the duplicate error. */
public final class DuplicateAProvider implements ConnectorProvider {
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
