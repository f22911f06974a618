package io.github.mediaops.connector.douyin;

import io.github.mediaops.connector.support.PlatformTokenResponses;
import io.github.mediaops.connector.support.TokenResponses;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.ContentValidator;
import io.github.mediaops.core.rules.RuleBook;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The Douyin Open Platform (抖音开放平台) connector: per-user OAuth2 tokens, per-video daily series
 * (plays, likes, comments, shares) and daily fans, in Asia/Shanghai days with T+1 data.
 *
 * <p>Credentials: identifier {@code clientKey}, secret {@code clientSecret}. Each account (an
 * {@code open_id}) authorises the app on Douyin's page; the host hands the code to {@link #authorize}, after
 * which calls for {@code AccountRef.of(Platform.DOUYIN, openId)} use that account's token. Access tokens
 * (15 days) are refreshed with the refresh token (30 days), which is renewed near its expiry at most
 * 5 times ({@code oauth/renew_refresh_token/}); when the chain runs out a
 * {@link io.github.mediaops.connector.support.ReauthorizationRequiredException} asks the host to send the user
 * through authorisation again.
 *
 * <p>Webhooks: {@code X-Douyin-Signature} verified over the raw body, {@code verify_webhook} answered,
 * events de-duplicated by {@code Msg-Id} and returned as {@code WebhookEvent.Other}.
 *
 * <p>Publishing ({@link #publish(PublishRequest, UploadListener)}): core's Douyin rules are checked first, the
 * video is uploaded in parts by {@link #PART_RULES} (resumable, never re-sending finished parts), then
 * {@code create_video} runs once per idempotency key; the ticket is completed by polling {@code video_data}.
 * Comments: an enterprise account's comments, replies and featuring ({@code video/comment/*}).
 *
 * <p>Not implemented yet: typed webhook events, image-text posts, comment deletion (not in the open API).
 */
public final class DouyinConnector extends HttpConnector {
    /** Douyin's public API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://open.douyin.com/");
    /** The zone Douyin's daily data is cut in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The checks of token answers and the typed error for an answer this connector cannot use. */
    static final PlatformTokenResponses RESPONSES = TokenResponses.of(Platform.DOUYIN);
    /** Douyin's rules: 5 renewals of the 30-day refresh token, made within 5 days of its expiry (platform-apis-2.md §3.1). */
    public static final RefreshRules REFRESH_RULES = RefreshRules.renewable(5, Duration.ofDays(5));
    /**
     * Douyin's part rules (platform-apis-2.md §3.2): parts of 20 MiB (recommended), at least 5 MiB but for the
     * last, files up to 4 GiB; a file under 5 MiB goes in one {@code upload_video} call. The largest part and
     * the part count Douyin accepts are not documented: 128 MiB (the direct-upload limit) and 10,000 are assumed.
     */
    public static final PartRules PART_RULES = new PartRules(5 * PartRules.MIB, 20 * PartRules.MIB, 128 * PartRules.MIB,
            10_000, 4096 * PartRules.MIB, 1);

    /**
     * Douyin's error codes (platform-apis.md §2.4, platform-apis-2.md §3.1): the code is {@code data.error_code},
     * on HTTP 200. 10010 (refresh token expired) and 10020 (renewal limit; also the client_token frequency limit)
     * cannot be fixed by a refresh.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(Platform.DOUYIN)
            .codeAt("/data/error_code").messageAt("/data/description")
            .map(ErrorKind.TOKEN_EXPIRED, 10008, 2190002, 2190008)
            .map(ErrorKind.CREDENTIALS_REFUSED, 10007, 10010, 10013, 10020)
            .map(ErrorKind.PERMISSION_DENIED, 10004, 2100007, 2190003, 2190004, 2190015, 2190016)
            .map(ErrorKind.INVALID_REQUEST, 10002, 10005, 2100005, 2190005, 2190006)
            .map(ErrorKind.CONTENT_REJECTED, 2111001)
            .map(ErrorKind.RATE_LIMITED, 2190001, 2114007)
            .retryAfter(2114007, DouyinConnector::untilMidnight)
            .map(ErrorKind.TRANSIENT, 2100004)
            .build();

    private final DouyinApi api;
    private final Secret clientSecret;
    private final UserTokens users;
    private final DouyinPublishing publishing;

    private DouyinConnector(Builder b) {
        super(DouyinConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.clientSecret = config().credentials().requireSecret("clientSecret");
        this.api = api(DouyinApi.class);
        this.users = userTokens(b.refreshRules, new Grants());
        this.publishing = new DouyinPublishing(api, runtime(), users, ContentValidator.of(b.rules), b.uploadParts,
                b.uploadListener);
        offer(Capability.PUBLISH, publishing);
        DouyinMetrics metrics = new DouyinMetrics(api, runtime(), users);
        offer(Capability.CONTENT_METRICS, metrics);
        offer(Capability.AUDIENCE_METRICS, metrics);
        offer(Capability.COMMENTS, new DouyinComments(api, runtime(), users));
        offer(Capability.WEBHOOKS, new DouyinWebhooks(clientSecret, runtime().webhooks()));
    }

    /**
     * Publishes as {@link #publishing()} does, reporting the upload's progress to {@code progress} (bytes
     * done / total after each part; one report for a file sent in one call).
     */
    public PublishTicket publish(PublishRequest request, UploadListener progress) {
        return publishing.publish(request, progress);
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the authorisation code Douyin sent to the host's redirect URI ({@code oauth/access_token/}) and
     * keeps the account's tokens in the token store.
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

    private static Duration untilMidnight(Instant now) {
        LocalDate tomorrow = LocalDate.ofInstant(now, ZONE).plusDays(1);
        return Duration.between(now, tomorrow.atStartOfDay(ZONE).toInstant());
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            DouyinApi.TokenData d = data("oauth/access_token", runtime().readWithoutToken("oauth/access_token",
                    () -> api.accessToken(app(), clientSecret.reveal(), code, "authorization_code")));
            Instant now = runtime().clock().instant();
            return new UserGrant(RESPONSES.required("oauth/access_token", "open_id", d.openId()),
                    Secret.of(RESPONSES.required("oauth/access_token", "access_token", d.accessToken())),
                    now.plusSeconds(RESPONSES.seconds("oauth/access_token", "expires_in", d.expiresIn())),
                    Secret.of(RESPONSES.required("oauth/access_token", "refresh_token", d.refreshToken())),
                    now.plusSeconds(RESPONSES.seconds("oauth/access_token", "refresh_expires_in", d.refreshExpiresIn())), 0);
        }

        @Override
        public UserGrant refresh(UserGrant current) {
            DouyinApi.TokenData d = data("oauth/refresh_token", runtime().readWithoutToken("oauth/refresh_token",
                    () -> api.refreshToken(app(), "refresh_token", current.refreshToken().reveal())));
            Instant now = runtime().clock().instant();
            // Douyin keeps the refresh token and its expiry on this grant: null = unchanged
            return new UserGrant(current.account(),
                    Secret.of(RESPONSES.required("oauth/refresh_token", "access_token", d.accessToken())),
                    now.plusSeconds(RESPONSES.seconds("oauth/refresh_token", "expires_in", d.expiresIn())), null, null, 0);
        }

        @Override
        public UserGrant renew(UserGrant current) {
            DouyinApi.TokenData d = data("oauth/renew_refresh_token", runtime().readWithoutToken("oauth/renew_refresh_token",
                    () -> api.renewRefreshToken(app(), current.refreshToken().reveal())));
            Instant now = runtime().clock().instant();
            return new UserGrant(current.account(), current.accessToken(), current.accessExpiresAt(),
                    Secret.of(RESPONSES.required("oauth/renew_refresh_token", "refresh_token", d.refreshToken())),
                    now.plusSeconds(RESPONSES.seconds("oauth/renew_refresh_token", "expires_in", d.expiresIn())), 0);
        }
    }

    private static DouyinApi.TokenData data(String op, DouyinApi.TokenEnvelope e) {
        if (e == null || e.data() == null) {
            throw RESPONSES.unexpected(op, "a token response without data");
        }
        return e.data();
    }

    /** The open_id of a Douyin account; anything else is refused naming the field. */
    static String openId(io.github.mediaops.core.platform.AccountRef account) {
        Checks.notNull(account, "account");
        if (!account.platform().equals(Platform.DOUYIN)) {
            throw new io.github.mediaops.core.InvalidValueException("account",
                    "account must be a Douyin account (was " + account.platform().id() + ")");
        }
        return account.accountId();
    }

    /**
     * Builds a {@link DouyinConnector}; beside the template's options, the refresh-token rules, the content rules
     * checked before upload, the upload's part rules and a default upload listener.
     */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private RefreshRules refreshRules = REFRESH_RULES;
        private RuleBook rules = RuleBook.bundled();
        private PartRules uploadParts = PART_RULES;
        private UploadListener uploadListener = UploadListener.NONE;

        /** The content rules a variant must meet before anything is uploaded; default {@link RuleBook#bundled()}. */
        public Builder rules(RuleBook rules) {
            this.rules = Checks.notNull(rules, "rules");
            return this;
        }

        /** How uploads are cut into parts; default {@link #PART_RULES}. Files under the minimum part go in one call. */
        public Builder uploadParts(PartRules parts) {
            this.uploadParts = Checks.notNull(parts, "uploadParts");
            return this;
        }

        /** Hears the progress of uploads started through {@link #publishing()}; default none. */
        public Builder uploadListener(UploadListener listener) {
            this.uploadListener = Checks.notNull(listener, "uploadListener");
            return this;
        }

        private Builder(ConnectorConfig config) {
            super(config, "clientKey");
        }

        /** How refresh tokens are renewed; default {@link #REFRESH_RULES}. */
        public Builder refreshRules(RefreshRules rules) {
            this.refreshRules = Checks.notNull(rules, "refreshRules");
            return this;
        }

        @Override
        public DouyinConnector build() {
            return new DouyinConnector(this);
        }
    }
}
