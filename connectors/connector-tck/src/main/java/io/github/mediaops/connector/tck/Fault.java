package io.github.mediaops.connector.tck;

/**
 * A failure a simulator injects into its next API responses (token endpoints excluded), each in the
 * platform's native shape: WeChat answers HTTP 200 with an {@code errcode} body for most of them.
 */
public enum Fault {
    /** HTTP 503 with an HTML body. */
    SERVER_ERROR,
    /** The platform's "system busy, retry" error (WeChat errcode -1). */
    PLATFORM_BUSY,
    /** The platform's frequency-limit error (WeChat 45011; HTTP 429 elsewhere). */
    RATE_LIMITED,
    /** The platform's token-expired error (WeChat 42001), whatever token was sent. */
    TOKEN_EXPIRED,
    /** The platform's wrong-credentials answer (WeChat 40001 on its token endpoints). */
    BAD_CREDENTIALS,
    /** HTTP 200 with a body that is not JSON. */
    MALFORMED_JSON,
    /** Waits {@link SimulatorControl#slowness} before answering normally. */
    SLOW,
    /** Applies the request, then drops the connection without answering. */
    DROP_AFTER_ACCEPT,
    /**
     * Drops the connection without answering and without applying the request, as when a request is lost
     * before the platform processed it. To the client it looks exactly like {@link #DROP_AFTER_ACCEPT}.
     */
    DROP_BEFORE_ACCEPT
}
