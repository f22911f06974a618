package io.github.mediaops.core.connector;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret value (app secret, token, signing key) that never prints: {@link #toString()} shows
 * {@code ****}. Call {@link #reveal()} only where the value goes on the wire. Equality compares in
 * constant time.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Checks.notNull(value, "secret");
        if (value.isEmpty()) {
            throw new InvalidValueException("secret", "secret must not be empty");
        }
        return new Secret(value);
    }

    /** The secret itself. Never log or print it. */
    public String reveal() {
        return value;
    }

    /** The number of characters, e.g. to check a 43-character WeChat EncodingAESKey without printing it. */
    public int length() {
        return value.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && MessageDigest.isEqual(
                s.value.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.length();
    }

    @Override
    public String toString() {
        return "****";
    }
}
