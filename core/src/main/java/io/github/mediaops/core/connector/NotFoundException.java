package io.github.mediaops.core.connector;

/**
 * The thing addressed does not exist on the platform (a deleted post, an unknown publish id, a comment that is gone). Not retryable.
 */
public class NotFoundException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, ErrorDetails details) {
        this(what, details, null);
    }

    public NotFoundException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, false, cause);
    }
}
