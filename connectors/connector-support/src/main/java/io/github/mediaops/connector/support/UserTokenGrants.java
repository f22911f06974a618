package io.github.mediaops.connector.support;

/**
 * The platform calls behind {@link UserTokens}: a connector implements them with
 * {@link ConnectorRuntime#readWithoutToken} on its token endpoints. Each throws the platform's typed
 * errors; an expired or revoked refresh token must be an
 * {@link io.github.mediaops.core.connector.AuthenticationException} whose {@code tokenExpired()} is
 * {@code false} (map such codes to {@link ErrorKind#CREDENTIALS_REFUSED}, never to
 * {@link ErrorKind#TOKEN_EXPIRED}, or the runtime would try to refresh again).
 */
public interface UserTokenGrants {

    /** Exchanges an authorisation code (RFC 6749 §4.1.3) for the account's first grant. */
    UserGrant exchange(String code);

    /**
     * The refresh-token grant (RFC 6749 §6) with {@code current}'s refresh token. Returns the new access
     * token; the refresh token and its expiry may be {@code null} when the platform keeps them.
     */
    UserGrant refresh(UserGrant current);

    /**
     * Renews the refresh token itself (Douyin {@code oauth/renew_refresh_token/}); only called when the
     * {@link RefreshRules} say the platform renews. Returns a grant whose refresh token and expiry are the
     * new ones (the access token may be {@code current}'s).
     */
    default UserGrant renew(UserGrant current) {
        throw new UnsupportedOperationException("this platform does not renew refresh tokens");
    }
}
