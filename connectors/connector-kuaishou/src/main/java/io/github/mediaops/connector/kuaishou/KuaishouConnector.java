package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.VideoCreatorBuilder;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The Kuaishou Open Platform (快手开放平台) connector: per-user OAuth2 tokens whose refresh token rotates on
 * every refresh, short-video publishing (start upload → direct or fragmented upload → publish), lifetime counts
 * of each video, the follower count, and signed webhooks.
 *
 * <p>Credentials: identifier {@code appId}, secret {@code appSecret}. Each account (an {@code open_id})
 * authorises the app on Kuaishou's page; the host hands the code to {@link #authorize}, after which calls for
 * {@code AccountRef.of(Platform.KUAISHOU, openId)} use that account's token. The access token (48 h) is
 * refreshed with the refresh token (180 days); every refresh returns a new refresh token and voids the old one
 * ({@link RefreshRules#rotating()}), so refreshes are single-flight per account across every instance sharing
 * the token store. When the chain runs out (refresh token expired, discarded or revoked) a
 * {@link io.github.mediaops.connector.support.ReauthorizationRequiredException} asks the host to send the user
 * through authorisation again.
 *
 * <p>Comments: Kuaishou's open platform documents no comment API; the capability is not offered.
 */
public final class KuaishouConnector extends HttpConnector {
    /** Kuaishou's open API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://open.kuaishou.com/");
    /** The zone Kuaishou's accounts and counts are kept in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Kuaishou's rule: every refresh issues a new refresh token and voids the old one (platform-apis-2.md §4.1). */
    public static final RefreshRules REFRESH_RULES = RefreshRules.rotating();
    /** The largest file sent in one request, and the largest fragment: 10 MB (official "创建视频" page, KwaiOpenSDK). */
    public static final long MAX_FRAGMENT_BYTES = 10L * 1024 * 1024;

    static final Platform PLATFORM = Platform.KUAISHOU;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);
    static final String REFRESH_TOKEN = "oauth2/refresh_token";

    /**
     * Kuaishou's result codes (platform-apis-2.md §4.4; KwaiOpen/KwaiOpenSDK {@code KwaiOpenResultCode}): the code
     * is {@code result} on HTTP 200, 1 meaning success, the message {@code error_msg}. On the refresh grant a
     * discarded (rotated away), refused or expired refresh token cannot be fixed by a refresh: 100200100
     * ({@code refreshToken.discarded}), 100200102 and 100200113 are credentials refusals there.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(PLATFORM)
            .codeAt("/result").messageAt("/error_msg").success("1")
            .map(ErrorKind.TOKEN_EXPIRED, 100200102, 100200108)
            .map(ErrorKind.CREDENTIALS_REFUSED, 100200101, 100200105, 100200109, 100200110, 100200111, 100200112,
                    100200113, 100200114, 100200115)
            .on(REFRESH_TOKEN, ErrorKind.CREDENTIALS_REFUSED, 100200100, 100200102)
            .map(ErrorKind.INVALID_REQUEST, 100200100, 100200103, 100200104, 100200107, 100200130, 100200300, 100400,
                    120002, 400001, 400009)
            .map(ErrorKind.PERMISSION_DENIED, 100200106, 100200301, 400006, 400008, 400013)
            .map(ErrorKind.NOT_FOUND, 120001, 400000, 400005)
            .map(ErrorKind.CONTENT_REJECTED, 120003, 400014)
            .map(ErrorKind.RATE_LIMITED, 100200410, 400002)
            .map(ErrorKind.TRANSIENT, 100200500, 400003)
            .build();

    private final KuaishouApi api;
    private final Secret appSecret;
    private final UserTokens users;

    private KuaishouConnector(Builder b) {
        super(KuaishouConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.appSecret = config().credentials().requireSecret("appSecret");
        this.api = api(KuaishouApi.class);
        this.users = userTokens(b.refreshRules(), new Grants());
        KuaishouMetrics metrics = new KuaishouMetrics(api, app(), runtime(), users);
        offer(Capability.CONTENT_METRICS, metrics);
        offer(Capability.AUDIENCE_METRICS, metrics);
        offer(Capability.PUBLISH, new KuaishouPublishing(api, app(), runtime(), users, metrics,
                new KuaishouUpload(api, runtime(), b.fragmentBytes, b.uploadListener()), b.rules(), b.enforceFrom()));
        offer(Capability.WEBHOOKS, new KuaishouWebhooks(app(), appSecret, runtime().webhooks()));
    }

    /** A builder for a connector with {@code config}'s credentials ({@code appId}, {@code appSecret}). */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the authorisation code Kuaishou sent to the host's redirect URI ({@code oauth2/access_token};
     * a code lives 2 minutes and is single-use) and keeps the account's tokens in the token store.
     *
     * @return the grant; its {@code account()} is the user's {@code open_id}
     */
    public UserGrant authorize(String code) {
        return users.authorize(code);
    }

    /** Stores tokens the host already holds for an account (e.g. migrated from another system). */
    public void seed(UserGrant grant) {
        users.seed(grant);
    }

    /** The stored grant of an account, if it authorised the app. */
    public Optional<UserGrant> grant(String openId) {
        return users.grant(openId);
    }

    /** An uploader on this connector's API and runtime (replay tests drive the gateway calls with it). */
    KuaishouUpload upload(long fragmentBytes) {
        return new KuaishouUpload(api, runtime(), fragmentBytes, UploadListener.NONE);
    }

    static String openId(AccountRef account) {
        Checks.notNull(account, "account");
        if (!account.platform().equals(PLATFORM)) {
            throw new InvalidValueException("account",
                    "account must be a Kuaishou account (was " + account.platform().id() + ")");
        }
        return account.accountId();
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            String op = "oauth2/access_token";
            KuaishouApi.TokenAnswer a = answer(op, runtime().readWithoutToken(op,
                    () -> api.accessToken(app(), appSecret.reveal(), code, "authorization_code")));
            Instant now = runtime().clock().instant();
            return new UserGrant(WIRE.required(op, "open_id", a.openId()),
                    Secret.of(WIRE.required(op, "access_token", a.accessToken())),
                    now.plusSeconds(WIRE.positiveSeconds(op, "expires_in", a.expiresIn())),
                    Secret.of(WIRE.required(op, "refresh_token", a.refreshToken())),
                    now.plusSeconds(WIRE.positiveSeconds(op, "refresh_token_expires_in",
                            a.refreshTokenExpiresIn())), 0);
        }

        /**
         * Kuaishou answers with a new refresh token and voids the old one. Its lifetime is the one the answer
         * reports ("以接口返回时间为主"); an answer without it keeps the old expiry, which the new token inherits
         * (platform-apis-2.md §4.1). An answer without a refresh token keeps the old one.
         */
        @Override
        public UserGrant refresh(UserGrant current) {
            KuaishouApi.TokenAnswer a = answer(REFRESH_TOKEN, runtime().readWithoutToken(REFRESH_TOKEN,
                    () -> api.refreshToken(app(), appSecret.reveal(), current.refreshToken().reveal(), "refresh_token")));
            Instant now = runtime().clock().instant();
            Secret access = Secret.of(WIRE.required(REFRESH_TOKEN, "access_token", a.accessToken()));
            Instant accessExpires = now.plusSeconds(WIRE.positiveSeconds(REFRESH_TOKEN, "expires_in",
                    a.expiresIn()));
            Instant refreshExpires = a.refreshTokenExpiresIn() == null ? null
                    : now.plusSeconds(WIRE.positiveSeconds(REFRESH_TOKEN, "refresh_token_expires_in",
                    a.refreshTokenExpiresIn()));
            return UserGrant.afterRefresh(current, access, accessExpires, a.refreshToken(), refreshExpires);
        }
    }

    private static KuaishouApi.TokenAnswer answer(String op, KuaishouApi.TokenAnswer a) {
        if (a == null) {
            throw WIRE.unexpected(op, "an empty token answer");
        }
        return a;
    }

    /**
     * Builds a {@link KuaishouConnector}; beside the template's options, the refresh-token rules, the upload's
     * fragment size and progress listener, and the platform rules checked before an upload.
     */
    public static final class Builder extends VideoCreatorBuilder<Builder> {
        private long fragmentBytes = MAX_FRAGMENT_BYTES;

        private Builder(ConnectorConfig config) {
            super(config, "appId", REFRESH_RULES);
        }

        /**
         * The fragment size of a fragmented upload, and the largest file sent in one request: 1 byte to
         * {@link #MAX_FRAGMENT_BYTES} (10 MB, the default).
         */
        public Builder fragmentBytes(long bytes) {
            if (bytes < 1 || bytes > MAX_FRAGMENT_BYTES) {
                throw new InvalidValueException("fragmentBytes",
                        "fragmentBytes must be 1 to " + MAX_FRAGMENT_BYTES + " (was " + bytes + ")");
            }
            this.fragmentBytes = bytes;
            return this;
        }

        @Override
        public KuaishouConnector build() {
            return new KuaishouConnector(this);
        }
    }
}
