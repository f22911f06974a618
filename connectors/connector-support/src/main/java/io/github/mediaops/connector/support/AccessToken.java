package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An access token and when it stops being valid, plus an OAuth2 refresh token where the platform issues
 * one (RFC 6749 §1.5). App tokens obtained with client credentials (WeChat {@code access_token}, 7200 s)
 * have no refresh token: a new one is simply requested.
 *
 * <p>{@link #toString()} never shows a token.
 *
 * @param token           the bearer or query token
 * @param expiresAt       the instant the platform stops accepting it
 * @param refreshToken    the OAuth2 refresh token, or {@code null} for client-credential tokens
 * @param refreshRenewals how many times the refresh token of this grant has been renewed by a separate call
 *                        (Douyin {@code oauth/renew_refresh_token/}, at most 5); 0 where the platform has no
 *                        renewal. {@link UserTokens} keeps it on the account's refresh-token entry.
 */
public record AccessToken(Secret token, Instant expiresAt, Secret refreshToken, int refreshRenewals) {
    public AccessToken {
        Checks.notNull(token, "token");
        Checks.notNull(expiresAt, "expiresAt");
        Checks.nonNegative(refreshRenewals, "refreshRenewals");
    }

    /** A token whose refresh token (if any) was never renewed. */
    public AccessToken(Secret token, Instant expiresAt, Secret refreshToken) {
        this(token, expiresAt, refreshToken, 0);
    }

    /** A client-credential token valid for {@code ttl} from {@code issuedAt}. */
    public static AccessToken of(String token, Instant issuedAt, Duration ttl) {
        return new AccessToken(Secret.of(token), issuedAt.plus(ttl), null);
    }

    public Optional<Secret> refresh() {
        return Optional.ofNullable(refreshToken);
    }

    /** Whether the token is expired at {@code now}, or expires within {@code margin} of it. */
    public boolean expiresWithin(Instant now, Duration margin) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    /** Whether this is the same token value as {@code other} (constant-time comparison). */
    public boolean sameToken(AccessToken other) {
        return other != null && token.equals(other.token);
    }

    @Override
    public String toString() {
        return "AccessToken{token=****, expiresAt=" + expiresAt + (refreshToken == null ? "" : ", refreshToken=****")
                + (refreshRenewals == 0 ? "" : ", refreshRenewals=" + refreshRenewals) + "}";
    }
}
