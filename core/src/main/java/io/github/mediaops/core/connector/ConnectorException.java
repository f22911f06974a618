package io.github.mediaops.core.connector;

import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to a platform failed. Subclasses say how: {@link AuthenticationException},
 * {@link PermissionDeniedException}, {@link RateLimitedException}, {@link InvalidRequestException},
 * {@link ContentRejectedException}, {@link NotFoundException}, {@link UnsupportedCapabilityException},
 * {@link TransientPlatformException}, {@link AmbiguousOutcomeException} and {@link UnexpectedResponseException}.
 *
 * <p>Each carries the {@link ErrorDetails} (platform, the platform's code and message, HTTP status,
 * retry-after) and says whether {@link #retryable() a retry can help}.
 */
public abstract class ConnectorException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorDetails details;
    private final boolean retryable;

    protected ConnectorException(String what, ErrorDetails details, boolean retryable, Throwable cause) {
        super("[" + Checks.notNull(details, "details") + "] " + what, cause);
        this.details = details;
        this.retryable = retryable;
    }

    public ErrorDetails details() {
        return details;
    }

    public Platform platform() {
        return details.platform();
    }

    public Optional<String> platformCode() {
        return details.platformCode();
    }

    public Optional<String> platformMessage() {
        return details.platformMessage();
    }

    public OptionalInt httpStatus() {
        return details.httpStatus();
    }

    public Optional<Duration> retryAfter() {
        return details.retryAfter();
    }

    /** Whether the same call may succeed if made again later (after a refresh or a wait). */
    public boolean retryable() {
        return retryable;
    }
}
