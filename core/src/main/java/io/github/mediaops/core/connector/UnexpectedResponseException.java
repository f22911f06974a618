package io.github.mediaops.core.connector;

/**
 * The platform answered with something we cannot read: malformed JSON, a body of the wrong shape, an HTML error page where JSON was due. Nothing was applied from it. Not retryable by default.
 */
public class UnexpectedResponseException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String what, ErrorDetails details) {
        this(what, details, null);
    }

    public UnexpectedResponseException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, false, cause);
    }
}
