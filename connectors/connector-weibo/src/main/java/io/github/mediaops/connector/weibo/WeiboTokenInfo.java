package io.github.mediaops.connector.weibo;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * What {@code oauth2/get_token_info} reports of an access token (no token is included).
 *
 * @param uid        the account that authorised the app
 * @param appKey     the app the token was granted to, empty when Weibo does not say
 * @param scope      the granted scope, empty when Weibo reports none
 * @param authorized when the user authorised the app ({@code create_at})
 * @param expiresAt  when the token expires: the connector's clock plus Weibo's {@code expire_in}
 */
public record WeiboTokenInfo(String uid, String appKey, String scope, Instant authorized, Instant expiresAt) {
    public WeiboTokenInfo {
        Checks.notBlank(uid, "uid");
        Checks.notNull(appKey, "appKey");
        Checks.notNull(scope, "scope");
        Checks.notNull(authorized, "authorized");
        Checks.notNull(expiresAt, "expiresAt");
    }
}
