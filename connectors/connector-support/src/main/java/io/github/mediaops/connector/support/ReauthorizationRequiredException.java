package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ErrorDetails;

/**
 * A user's authorisation of the app has run out (no grant stored, refresh token expired or revoked,
 * renewals used up): no refresh can help, the host must send the user through the platform's
 * authorisation page again and pass the new code to the connector. Not retryable;
 * {@link #tokenExpired()} is {@code false}.
 */
public final class ReauthorizationRequiredException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final String account;

    public ReauthorizationRequiredException(String account, String why, ErrorDetails details, Throwable cause) {
        super("account " + account + " must authorise the app again: " + why, details, false, cause);
        this.account = account;
    }

    /** The account (open_id) whose authorisation ran out. */
    public String account() {
        return account;
    }
}
