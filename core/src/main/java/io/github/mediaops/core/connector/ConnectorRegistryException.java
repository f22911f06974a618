package io.github.mediaops.core.connector;

import io.github.mediaops.core.MediaOpsException;

/**
 * Connector discovery or lookup went wrong: no provider on the class path, two providers with one id,
 * an unknown id, or a provider that failed to load.
 */
public final class ConnectorRegistryException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    public ConnectorRegistryException(String message) {
        super(message);
    }

    public ConnectorRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
