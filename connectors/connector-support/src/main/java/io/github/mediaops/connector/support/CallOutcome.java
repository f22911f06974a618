package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import java.util.Locale;
import java.util.Optional;

/**
 * How one logical platform call ended, as a small fixed set of values fit for a metric tag: success, or
 * the family of the typed {@link io.github.mediaops.core.connector.ConnectorException} it failed with.
 */
public enum CallOutcome {
    SUCCESS,
    /** {@link AuthenticationException}: token or credentials refused (including re-authorisation needed). */
    AUTHENTICATION,
    /** {@link PermissionDeniedException}. */
    PERMISSION_DENIED,
    /** {@link RateLimitedException}, from the platform or the client-side limiter. */
    RATE_LIMITED,
    /** {@link InvalidRequestException}. */
    INVALID_REQUEST,
    /** {@link ContentRejectedException}. */
    CONTENT_REJECTED,
    /** {@link NotFoundException}. */
    NOT_FOUND,
    /** {@link UnsupportedCapabilityException}. */
    UNSUPPORTED,
    /** {@link TransientPlatformException}: platform busy, 5xx, timeouts, an open circuit breaker. */
    TRANSIENT,
    /** {@link AmbiguousOutcomeException}: a creating call whose result is unknown. */
    AMBIGUOUS,
    /** {@link UnexpectedResponseException}: an answer that could not be read. */
    UNEXPECTED_RESPONSE,
    /** Any other exception (a bug, bad input caught late). */
    ERROR;

    /** The outcome of a call that failed with {@code failure}, or {@link #SUCCESS} when it is empty. */
    public static CallOutcome of(Optional<? extends Throwable> failure) {
        return failure.map(CallOutcome::ofFailure).orElse(SUCCESS);
    }

    private static CallOutcome ofFailure(Throwable t) {
        if (t instanceof AuthenticationException) {
            return AUTHENTICATION;
        } else if (t instanceof PermissionDeniedException) {
            return PERMISSION_DENIED;
        } else if (t instanceof RateLimitedException) {
            return RATE_LIMITED;
        } else if (t instanceof ContentRejectedException) {
            return CONTENT_REJECTED;
        } else if (t instanceof InvalidRequestException) {
            return INVALID_REQUEST;
        } else if (t instanceof NotFoundException) {
            return NOT_FOUND;
        } else if (t instanceof UnsupportedCapabilityException) {
            return UNSUPPORTED;
        } else if (t instanceof AmbiguousOutcomeException) {
            return AMBIGUOUS;
        } else if (t instanceof TransientPlatformException) {
            return TRANSIENT;
        } else if (t instanceof UnexpectedResponseException) {
            return UNEXPECTED_RESPONSE;
        }
        return ERROR;
    }

    /** The lower-case name, e.g. {@code rate_limited}: the value of a metric's {@code outcome} tag. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
