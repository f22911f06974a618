package io.github.mediaops.core.connector;

/**
 * A call that creates something (publish, reply, send) failed after the request may have reached the
 * platform: the connection dropped or timed out before the answer came, so nobody knows whether it took
 * effect. <b>Not retryable</b> ({@link #retryable()} is {@code false}): repeating the call could publish
 * or send twice. A connector that can check whether the first attempt went through (WeChat: is the draft
 * still there?) does so before it tries again; otherwise the failure reaches the caller, who must check
 * on the platform before repeating the call.
 */
public class AmbiguousOutcomeException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public AmbiguousOutcomeException(String what, ErrorDetails details, Throwable cause) {
        super(what, details, false, cause);
    }
}
