package io.github.mediaops.connector.support;

/**
 * What a platform error code means, as an {@link ErrorTable} row says it; each kind becomes one typed
 * connector exception, and the runtime decides from it whether to refresh the token, retry or give up.
 */
public enum ErrorKind {
    /** The access token expired or was invalidated: the runtime refreshes it once and repeats the call. */
    TOKEN_EXPIRED,
    /** The app's credentials were refused (wrong secret, unknown app id): not retryable, no refresh. */
    CREDENTIALS_REFUSED,
    /** The app or account may not do this (unverified account, IP not allow-listed): not retryable. */
    PERMISSION_DENIED,
    /** The object does not exist (media id, post, user): not retryable. */
    NOT_FOUND,
    /** The platform refused the content (review, sensitive words): not retryable, the message is the violation. */
    CONTENT_REJECTED,
    /** The request is malformed or a value is out of range: not retryable. */
    INVALID_REQUEST,
    /** A quota or frequency limit: retried after the retry-after (when short enough) or backoff. */
    RATE_LIMITED,
    /** A failure that may pass (system busy, internal error): retried with backoff. */
    TRANSIENT
}
