package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.util.Objects;

/**
 * {@link WireValues} bound to one platform, so that a connector holds one constant
 * ({@code static final PlatformWireValues WIRE = WireValues.of(Platform.KUAISHOU)}) instead of a wrapper method per
 * check. Every method behaves as the {@link WireValues} method of the same name with this platform: a missing or
 * malformed value is an {@link UnexpectedResponseException} naming the platform, the operation and the field; a
 * value passed to {@link #required} is never quoted (it may be a token). Not final only for
 * {@link PlatformTokenResponses}; it cannot be extended outside this package.
 */
public class PlatformWireValues {
    private final Platform platform;
    private final String missing;

    PlatformWireValues(Platform platform) {
        this(platform, "an answer without ");
    }

    /** Package-private, so the only narrower form is {@link PlatformTokenResponses}, whose missing fields read {@code missing}. */
    PlatformWireValues(Platform platform, String missing) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.missing = missing;
    }

    /** The platform every error names. */
    public Platform platform() {
        return platform;
    }

    /** The typed error for an answer the connector cannot use. */
    public UnexpectedResponseException unexpected(String operation, String what) {
        return WireValues.unexpected(platform, operation, what);
    }

    /** The typed error for an answer the connector cannot use, with its cause. */
    public UnexpectedResponseException unexpected(String operation, String what, Throwable cause) {
        return WireValues.unexpected(platform, operation, what, cause);
    }

    /** A non-blank text field; its value is never quoted (it may be a token). */
    public String required(String operation, String field, String value) {
        return WireValues.present(platform, operation, field, value, missing);
    }

    /** A lifetime in seconds, {@code > 0}, sent as a number or as text. */
    public long positiveSeconds(String operation, String field, Object value) {
        return WireValues.positiveSeconds(platform, operation, field, value);
    }

    /** A count, {@code >= 0}, sent as a number or as text; {@code null} when the platform left it out. */
    public Long count(String operation, String field, Object value) {
        return WireValues.count(platform, operation, field, value);
    }

    @Override
    public String toString() {
        return "WireValues[" + platform.id() + "]";
    }
}
