package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;

/**
 * Assertions for replay tests of a platform's code table: the typed exception a decoded error body must
 * become, named as the tests' tables name it.
 *
 * <pre>{@code
 * DecodedErrors.assertKind(decoded, "TOKEN_EXPIRED");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecodedErrors {
    private DecodedErrors() {
    }

    /**
     * Asserts the exception's type for a kind: {@code INVALID}, {@code PERMISSION}, {@code RATE},
     * {@code TRANSIENT}, {@code TOKEN_EXPIRED} (authentication, token expired) or {@code CREDENTIALS}
     * (authentication, credentials refused).
     *
     * @param e the decoded exception
     * @param kind the expected kind
     * @throws IllegalArgumentException for an unknown kind
     */
    public static void assertKind(ConnectorException e, String kind) {
        switch (kind) {
            case "INVALID" -> assertThat(e).isInstanceOf(InvalidRequestException.class);
            case "PERMISSION" -> assertThat(e).isInstanceOf(PermissionDeniedException.class);
            case "RATE" -> assertThat(e).isInstanceOf(RateLimitedException.class);
            case "TRANSIENT" -> assertThat(e).isInstanceOf(TransientPlatformException.class);
            case "TOKEN_EXPIRED" -> assertThat(e).isInstanceOfSatisfying(AuthenticationException.class,
                    a -> assertThat(a.tokenExpired()).isTrue());
            case "CREDENTIALS" -> assertThat(e).isInstanceOfSatisfying(AuthenticationException.class,
                    a -> assertThat(a.tokenExpired()).isFalse());
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }
}
