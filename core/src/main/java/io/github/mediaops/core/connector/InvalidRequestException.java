package io.github.mediaops.core.connector;

/**
 * The platform refused the request as malformed or invalid (a bad parameter, a date range beyond the endpoint's span, WeChat 40xxx invalid-parameter codes). Fix the request; not retryable.
 */
public class InvalidRequestException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String what, ErrorDetails details) {
        this(what, details, null);
    }

    public InvalidRequestException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, false, cause);
    }
}
