package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;

/**
 * How a platform keeps a user's OAuth2 refresh token alive, as data for {@link UserTokens}.
 *
 * <ul>
 *   <li>{@link #rotating()}: every refresh-token grant returns a new refresh token with a new lifetime
 *       (Kuaishou); the chain lasts as long as the account is used.</li>
 *   <li>{@link #renewable(int, Duration)}: the refresh grant keeps the refresh token and its expiry;
 *       a separate renewal call issues a new one a limited number of times (Douyin
 *       {@code oauth/renew_refresh_token/}: at most 5 renewals of 30 days, so about 180 days without the
 *       user). The renewal is made when the refresh token expires within {@code renewWithin}.</li>
 *   <li>{@link #fixed()}: the refresh token is never renewed; when it expires the user authorises again.</li>
 * </ul>
 *
 * @param rotatesOnRefresh whether the refresh grant returns a new refresh token
 * @param maxRenewals      how many times the refresh token may be renewed by a separate call (0: never)
 * @param renewWithin      renew when the refresh token expires within this duration
 */
public record RefreshRules(boolean rotatesOnRefresh, int maxRenewals, Duration renewWithin) {
    public RefreshRules {
        Checks.notNull(renewWithin, "renewWithin");
        if (maxRenewals < 0) {
            throw new InvalidValueException("maxRenewals", "maxRenewals must be >= 0 (was " + maxRenewals + ")");
        }
        if (renewWithin.isNegative()) {
            throw new InvalidValueException("renewWithin", "renewWithin must be >= 0 (was " + renewWithin + ")");
        }
    }

    /** A new refresh token with every refresh (Kuaishou). */
    public static RefreshRules rotating() {
        return new RefreshRules(true, 0, Duration.ZERO);
    }

    /** A refresh token renewed by a separate call at most {@code maxRenewals} times (Douyin: 5). */
    public static RefreshRules renewable(int maxRenewals, Duration renewWithin) {
        return new RefreshRules(false, maxRenewals, renewWithin);
    }

    /** A refresh token that is never renewed. */
    public static RefreshRules fixed() {
        return new RefreshRules(false, 0, Duration.ZERO);
    }

    /** Whether a separate renewal call exists at all. */
    public boolean renews() {
        return maxRenewals > 0;
    }
}
