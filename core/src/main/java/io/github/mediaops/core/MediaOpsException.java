package io.github.mediaops.core;

/**
 * The one unchecked root of every exception mediaops throws on purpose.
 *
 * <p>Catch this to handle any mediaops failure; catch a subclass to handle one kind:
 * {@link InvalidValueException} for bad input, {@link io.github.mediaops.core.connector.ConnectorException}
 * and its subclasses for failures reported by (or on the way to) a platform.
 *
 * <p>Messages never contain credentials, tokens or signatures.
 */
public class MediaOpsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MediaOpsException(String message) {
        super(message);
    }

    public MediaOpsException(String message, Throwable cause) {
        super(message, cause);
    }
}
