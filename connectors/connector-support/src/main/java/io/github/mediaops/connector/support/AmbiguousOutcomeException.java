package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.TransientPlatformException;

/**
 * A call that creates something failed after the request may have reached the platform (the connection
 * dropped or timed out before the answer came), so it is unknown whether it took effect. Never retried
 * blindly: the connector checks whether the first attempt went through before it tries again.
 */
public final class AmbiguousOutcomeException extends TransientPlatformException {
    private static final long serialVersionUID = 1L;

    public AmbiguousOutcomeException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, cause);
    }
}
