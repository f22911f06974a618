package io.github.mediaops.core.connector;

/**
 * A quota or rate limit was hit (HTTP 429, WeChat 45009 daily quota, 45011 frequency limit). Retryable
 * after {@link #retryAfter()} when the platform said how long, else after a backoff. A daily quota
 * that is used up is reported with a retry-after at the platform's quota reset when it is known.
 */
public class RateLimitedException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public RateLimitedException(String what, ErrorDetails details) {
        this(what, details, null);
    }

    public RateLimitedException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, true, cause);
    }
}
