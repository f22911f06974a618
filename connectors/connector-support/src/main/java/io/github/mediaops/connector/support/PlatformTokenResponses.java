package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.util.Objects;

/**
 * {@link TokenResponses} bound to one platform, so that a connector holds one constant
 * ({@code static final PlatformTokenResponses RESPONSES = TokenResponses.of(Platform.OCEAN_ENGINE)}) instead of a
 * wrapper method per check. Every method behaves as the {@link TokenResponses} method of the same name with this
 * platform; messages never contain the token itself.
 */
public final class PlatformTokenResponses {
    private final Platform platform;

    PlatformTokenResponses(Platform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The platform every error names. */
    public Platform platform() {
        return platform;
    }

    /** {@code value}, or a typed error naming {@code field} when it is missing or blank (the value is never quoted). */
    public String required(String operation, String field, String value) {
        return TokenResponses.required(platform, operation, field, value);
    }

    /** A positive number of seconds sent as text, or a typed error naming the field and the value. */
    public long seconds(String operation, String field, String value) {
        return TokenResponses.seconds(platform, operation, field, value);
    }

    /** An answer the connector cannot use, with the platform and operation. */
    public UnexpectedResponseException unexpected(String operation, String what) {
        return TokenResponses.unexpected(platform, operation, what);
    }

    /** An answer the connector cannot use, with the platform, operation and cause. */
    public UnexpectedResponseException unexpected(String operation, String what, Throwable cause) {
        return TokenResponses.unexpected(platform, operation, what, cause);
    }

    @Override
    public String toString() {
        return "TokenResponses[" + platform.id() + "]";
    }
}
