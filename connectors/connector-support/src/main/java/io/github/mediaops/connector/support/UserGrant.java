package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * What a user's authorisation of the app holds for one account (Douyin {@code open_id}, Kuaishou
 * {@code open_id}): the access token, the refresh token, their expiries and how often the refresh token
 * was renewed. {@link #toString()} never shows a token.
 *
 * <p>A platform's grant may return {@code null} for {@code refreshToken} and {@code refreshExpiresAt}
 * when they did not change (Douyin's refresh grant keeps both); {@link UserTokens} keeps the previous ones.
 *
 * @param account          the account's id on the platform (open_id)
 * @param accessToken      the user access token
 * @param accessExpiresAt  when the platform stops accepting it
 * @param refreshToken     the refresh token, or {@code null} when unchanged or not issued
 * @param refreshExpiresAt when the refresh token expires, or {@code null} when unchanged or not reported
 * @param renewals         how many times the refresh token was renewed since the user authorised
 */
public record UserGrant(String account, Secret accessToken, Instant accessExpiresAt, Secret refreshToken,
                        Instant refreshExpiresAt, int renewals) {
    public UserGrant {
        Checks.notBlank(account, "account");
        Checks.notNull(accessToken, "accessToken");
        Checks.notNull(accessExpiresAt, "accessExpiresAt");
        if (renewals < 0) {
            throw new InvalidValueException("renewals", "renewals must be >= 0 (was " + renewals + ")");
        }
    }

    public Optional<Secret> refresh() {
        return Optional.ofNullable(refreshToken);
    }

    public Optional<Instant> refreshExpiry() {
        return Optional.ofNullable(refreshExpiresAt);
    }

    /** The access token as the executor uses it. */
    public AccessToken asAccessToken() {
        return new AccessToken(accessToken, accessExpiresAt, refreshToken);
    }

    @Override
    public String toString() {
        return "UserGrant{account=" + account + ", accessToken=****, accessExpiresAt=" + accessExpiresAt
                + (refreshToken == null ? "" : ", refreshToken=****") + ", refreshExpiresAt=" + refreshExpiresAt
                + ", renewals=" + renewals + "}";
    }
}
