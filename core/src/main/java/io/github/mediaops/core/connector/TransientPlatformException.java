package io.github.mediaops.core.connector;

/**
 * A failure that may pass: HTTP 5xx, WeChat -1 system busy, a timeout, a dropped connection. Retryable with backoff.
 */
public class TransientPlatformException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public TransientPlatformException(String what, ErrorDetails details) {
        this(what, details, null);
    }

    public TransientPlatformException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, true, cause);
    }
}
