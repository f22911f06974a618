package io.github.mediaops.core.connector;

/**
 * The credentials or the token were refused: an expired or invalidated access token (WeChat
 * 40001/40014/42001), a wrong app secret, a revoked user authorisation.
 *
 * <p>When {@link #tokenExpired()} is true a token refresh can help and the exception is retryable;
 * connectors refresh once and retry once before they throw it.
 */
public class AuthenticationException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    private final boolean tokenExpired;

    public AuthenticationException(String what, ErrorDetails details, boolean tokenExpired) {
        this(what, details, tokenExpired, null);
    }

    public AuthenticationException(String what, ErrorDetails details, boolean tokenExpired, Throwable cause) {
        super(what, details, tokenExpired, cause);
        this.tokenExpired = tokenExpired;
    }

    /** Whether the token expired or was invalidated (so a refresh can help), rather than the credentials being wrong. */
    public boolean tokenExpired() {
        return tokenExpired;
    }
}
