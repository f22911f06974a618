package io.github.mediaops.connector.support;

import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;

/**
 * Reads the values of a platform's answer that a connector cannot do without, turning a missing or
 * malformed one into an {@link UnexpectedResponseException} that names the platform, the operation, the
 * field and the value (never a token: pass token fields to {@link #required} only, which does not quote
 * them). Platforms send numbers as JSON numbers or as text ({@code "expires_in":"86400"}); both are read.
 */
public final class WireValues {
    private WireValues() {
    }

    /** The checks below bound to {@code platform}, for a connector's one constant. */
    public static PlatformWireValues of(Platform platform) {
        return new PlatformWireValues(platform);
    }

    /** The typed error for an answer the connector cannot use. */
    public static UnexpectedResponseException unexpected(Platform platform, String operation, String what) {
        return new UnexpectedResponseException(what, ErrorDetails.builder(platform).operation(operation).build());
    }

    /** The typed error for an answer the connector cannot use, with its cause. */
    public static UnexpectedResponseException unexpected(Platform platform, String operation, String what,
                                                         Throwable cause) {
        return new UnexpectedResponseException(what, ErrorDetails.builder(platform).operation(operation).build(), cause);
    }

    /** A non-blank text field; its value is never quoted (it may be a token). */
    public static String required(Platform platform, String operation, String field, String value) {
        return present(platform, operation, field, value, "an answer without ");
    }

    /**
     * {@code value}, or the typed error {@code missing + field} when it is missing or blank; the one body behind
     * {@link #required} and {@link TokenResponses#required}, which differ only in how they call the answer.
     */
    static String present(Platform platform, String operation, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            throw unexpected(platform, operation, missing + field);
        }
        return value;
    }

    /** A lifetime in seconds, {@code > 0}, sent as a number or as text. */
    public static long positiveSeconds(Platform platform, String operation, String field, Object value) {
        Long s = number(platform, operation, field, value);
        if (s == null) {
            throw unexpected(platform, operation, "an answer without " + field);
        }
        if (s <= 0) {
            throw unexpected(platform, operation, field + " must be > 0 (was " + value + ")");
        }
        return s;
    }

    /**
     * A count, {@code >= 0}, sent as a number or as text; {@code null} (or blank text) when the platform left
     * it out, which callers keep absent rather than zero.
     */
    public static Long count(Platform platform, String operation, String field, Object value) {
        Long v = number(platform, operation, field, value);
        if (v != null && v < 0) {
            throw unexpected(platform, operation, field + " is negative (was " + value + ")");
        }
        return v;
    }

    private static Long number(Platform platform, String operation, String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw unexpected(platform, operation, field + " is not a whole number (was " + value + ")");
            }
            return n.longValue();
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw unexpected(platform, operation, field + " is not a whole number (was " + value + ")");
        }
    }
}
