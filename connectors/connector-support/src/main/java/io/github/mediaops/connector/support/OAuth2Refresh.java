package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link TokenSource} for user tokens: the OAuth2 refresh-token grant (RFC 6749 §6). The platform
 * call is the connector's {@code grant} (Douyin {@code oauth/refresh_token}, TikTok
 * {@code v2/oauth/token}, Google {@code token}, ...). When the platform does not rotate refresh tokens
 * the previous one is kept. Without a refresh token the user must authorise again, which is an
 * {@link AuthenticationException} that a refresh cannot fix.
 *
 * <p>Seed the store with the token from the authorization-code exchange:
 * {@code store.refresh(key, null, now, margin, p -> tokenFromCodeExchange)}.
 */
public final class OAuth2Refresh implements TokenSource {
    private final Platform platform;
    private final Function<Secret, AccessToken> grant;

    /** @param grant exchanges a refresh token for a new token (throws the platform's typed errors) */
    public OAuth2Refresh(Platform platform, Function<Secret, AccessToken> grant) {
        this.platform = Checks.notNull(platform, "platform");
        this.grant = Checks.notNull(grant, "grant");
    }

    @Override
    public AccessToken fetch(Optional<AccessToken> previous) {
        Secret refresh = previous.flatMap(AccessToken::refresh).orElseThrow(() -> new AuthenticationException(
                "no refresh token: the user must authorise the app again",
                ErrorDetails.builder(platform).operation("oauth2/refresh").build(), false));
        AccessToken next = Checks.notNull(grant.apply(refresh), "refreshed token");
        return next.refresh().isPresent() ? next : new AccessToken(next.token(), next.expiresAt(), refresh);
    }
}
