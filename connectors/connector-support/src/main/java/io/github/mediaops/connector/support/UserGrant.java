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

    /**
     * The grant a refresh-token answer gives {@code current}'s account: the new access token; the answer's refresh
     * token when it carried one (platforms that rotate it: Kuaishou, TikTok), with the answer's expiry or, when the
     * answer reports none, {@code current}'s (the new token inherits it); an answer without a refresh token leaves
     * both {@code null}, so that {@link UserTokens} keeps the old ones.
     *
     * @param refreshToken     the answer's refresh token, or {@code null} / blank when it carried none
     * @param refreshExpiresAt the answer's refresh-token expiry, or {@code null} when it reported none
     */
    public static UserGrant afterRefresh(UserGrant current, Secret accessToken, Instant accessExpiresAt, String refreshToken,
                                         Instant refreshExpiresAt) {
        Checks.notNull(current, "current");
        if (refreshToken == null || refreshToken.isBlank()) {
            return new UserGrant(current.account(), accessToken, accessExpiresAt, null, null, current.renewals());
        }
        return new UserGrant(current.account(), accessToken, accessExpiresAt, Secret.of(refreshToken),
                refreshExpiresAt != null ? refreshExpiresAt : current.refreshExpiresAt(), current.renewals());
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
