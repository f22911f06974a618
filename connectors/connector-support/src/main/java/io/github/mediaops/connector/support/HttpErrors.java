package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Maps an HTTP status to the typed connector failure when the body says nothing more specific
 * (RFC 9110 §15): 401 authentication, 403 permission, 404/410 not found, 429 rate limited, 408 and 5xx
 * transient, other 4xx invalid request. Also parses {@code Retry-After} (RFC 9110 §10.2.3).
 */
public final class HttpErrors {
    private HttpErrors() {
    }

    /** The failure an HTTP status stands for, or empty for 1xx-3xx. */
    public static Optional<ConnectorException> fromStatus(Platform platform, String operation, int status,
                                                          Duration retryAfter) {
        if (status < 400) {
            return Optional.empty();
        }
        ErrorDetails d = ErrorDetails.builder(platform).operation(operation).httpStatus(status).retryAfter(retryAfter).build();
        ConnectorException e;
        if (status == 401) {
            e = new AuthenticationException("authentication failed", d, true);
        } else if (status == 403) {
            e = new PermissionDeniedException("permission denied", d);
        } else if (status == 404 || status == 410) {
            e = new NotFoundException("not found", d);
        } else if (status == 429) {
            e = new RateLimitedException("rate limited", d);
        } else if (status == 408 || status >= 500) {
            e = new TransientPlatformException("platform error", d);
        } else if (status < 500) {
            e = new InvalidRequestException("request refused", d);
        } else {
            e = new UnexpectedResponseException("unexpected status", d);
        }
        return Optional.of(e);
    }

    /** Parses a Retry-After value: delta-seconds or an HTTP-date relative to {@code now}; null when absent or unreadable. */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
