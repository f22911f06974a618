package io.github.mediaops.connector.youtube;

import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.validate.Checks;

/**
 * The project's daily YouTube Data API quota is spent: YouTube answered {@code quotaExceeded} (HTTP 403, domain
 * {@code youtube.quota}), or the connector's own count says the call would overspend it and sent nothing. Its
 * {@link #retryAfter()} runs to the next midnight Pacific time, when the quota resets, so the runtime never retries
 * it; unlike {@code rateLimitExceeded} (a short burst limit, retried with backoff) waiting seconds does not help.
 */
public final class YouTubeQuotaExceededException extends RateLimitedException {
    private final transient YouTubeQuotaUsage usage;
    private final boolean sent;

    YouTubeQuotaExceededException(String what, ErrorDetails details, YouTubeQuotaUsage usage, boolean sent, Throwable cause) {
        super(what, details, cause);
        this.usage = Checks.notNull(usage, "usage");
        this.sent = sent;
    }

    /** The connector's count of the day when it failed. */
    public YouTubeQuotaUsage usage() {
        return usage;
    }

    /** Whether the request reached YouTube ({@code false}: refused by the connector's own count). */
    public boolean sent() {
        return sent;
    }
}
