package io.github.mediaops.connector.support;

import io.github.mediaops.core.platform.Platform;

/**
 * {@link TokenResponses} bound to one platform, so that a connector holds one constant
 * ({@code static final PlatformTokenResponses RESPONSES = TokenResponses.of(Platform.OCEAN_ENGINE)}) instead of a
 * wrapper method per check: the {@link PlatformWireValues} checks, a missing field named as missing from
 * "a token response", and {@link #seconds} for lifetimes sent as text. Messages never contain the token itself.
 */
public final class PlatformTokenResponses extends PlatformWireValues {
    PlatformTokenResponses(Platform platform) {
        super(platform, TokenResponses.MISSING);
    }

    /** A positive number of seconds sent as text, or a typed error naming the field and the value. */
    public long seconds(String operation, String field, String value) {
        return TokenResponses.seconds(platform(), operation, field, value);
    }

    @Override
    public String toString() {
        return "TokenResponses[" + platform().id() + "]";
    }
}
