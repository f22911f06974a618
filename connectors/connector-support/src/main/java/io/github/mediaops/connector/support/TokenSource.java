package io.github.mediaops.connector.support;

import java.util.Optional;

/**
 * Obtains a new token from the platform: a client-credential request for app tokens, or an OAuth2
 * refresh-token grant (RFC 6749 §6) for user tokens, which uses {@code previous}'s refresh token.
 * Called by a {@link TokenStore} at most once per refresh, under the store's lock for the key.
 */
@FunctionalInterface
public interface TokenSource {

    /**
     * @param previous the token being replaced (expired or refused by the platform), when there is one
     * @return the new token
     * @throws io.github.mediaops.core.connector.ConnectorException when the platform refuses
     */
    AccessToken fetch(Optional<AccessToken> previous);
}
