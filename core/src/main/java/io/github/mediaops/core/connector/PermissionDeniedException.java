package io.github.mediaops.core.connector;

/**
 * The credentials are valid but not allowed to do this: the app lacks the permission or scope (WeChat 48001 api unauthorized, Douyin scope not granted), the account is not verified for it, or the caller's IP is not on the allow-list. Not retryable.
 */
public class PermissionDeniedException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String what, ErrorDetails details) {
        this(what, details, null);
    }

    public PermissionDeniedException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, false, cause);
    }
}
