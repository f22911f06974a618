package io.github.mediaops.core.connector;

import io.github.mediaops.core.platform.Platform;

/**
 * The connector does not offer this capability or operation, because the platform has no API for it
 * (WeChat cannot list private messages) or the connector does not implement it. Not retryable.
 */
public class UnsupportedCapabilityException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    private final Capability capability;

    public UnsupportedCapabilityException(Platform platform, Capability capability, String operation) {
        super(operation + " is not supported by the " + platform.displayName() + " connector (capability "
                + capability + ")", ErrorDetails.builder(platform).operation(operation).build(), false, null);
        this.capability = capability;
    }

    /** Thrown by {@link PlatformConnector}'s default accessors for a capability the connector lacks. */
    public static UnsupportedCapabilityException of(Platform platform, Capability capability) {
        return new UnsupportedCapabilityException(platform, capability, capability.accessor());
    }

    public Capability capability() {
        return capability;
    }
}
