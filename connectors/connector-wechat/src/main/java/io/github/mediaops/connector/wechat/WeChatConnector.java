package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.ApiExecutor;
import io.github.mediaops.connector.support.HttpRuntime;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.connector.wechat.WeChatWire.StableTokenRequest;
import io.github.mediaops.connector.wechat.WeChatWire.TokenResponse;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AudienceMetricsReader;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.Comments;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.connector.Messaging;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.connector.Webhooks;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import io.github.mediaops.core.DateRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The WeChat Official Account (微信公众号) connector: publishing through draft → freepublish with a
 * ticket, datacube content and audience metrics, comments, customer-service messages and the message
 * push (plain and AES safe mode).
 *
 * <p>Credentials (see the module README): identifier {@code appId}; secrets {@code appSecret} (API
 * calls), {@code token} (message push signature, needed for {@link #webhooks()}) and
 * {@code encodingAesKey} (43 characters, safe mode only). Options: {@code originalId} (the account's
 * {@code gh_...} id, used in {@link AccountRef}s; defaults to the appId), {@code stableToken}
 * ({@code true} by default: use {@code cgi-bin/stable_token}; {@code false} uses {@code cgi-bin/token}).
 *
 * <p>Tokens: one app token per appId, held in the {@link TokenStore} under {@code wechat-oa:<appId>};
 * share a {@link io.github.mediaops.connector.support.JdbcTokenStore} between instances of a cluster.
 * Reference: developers.weixin.qq.com/doc/service/en/api/base/api_getstableaccesstoken.html.
 *
 * <p>Thread-safe; build one per app and share it. {@link #toString()} shows no secret.
 */
public final class WeChatConnector implements PlatformConnector {
    /** The connector id registered by {@link WeChatConnectorProvider}. */
    public static final String ID = "wechat-oa";
    /** WeChat's public API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.weixin.qq.com/");
    /** The zone datacube reports in. */
    public static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Shanghai");

    private final String appId;
    private final Secret appSecret;
    private final AccountRef account;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean stableToken;
    private final boolean lifetimeMetrics;
    private final HttpRuntime runtime;
    private final WeChatApi api;
    private final ApiExecutor executor;
    private final TokenManager tokens;
    private final String rateKey;
    private final Set<Capability> capabilities;
    private final WeChatPublishing publishing;
    private final WeChatMetrics metrics;
    private final WeChatComments comments;
    private final WeChatMessaging messaging;
    private final WeChatWebhooks webhooks;

    private WeChatConnector(Builder b) {
        ConnectorConfig config = Checks.notNull(b.config, "config");
        this.appId = config.credentials().requireIdentifier("appId");
        this.appSecret = config.credentials().requireSecret("appSecret");
        this.account = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, config.option("originalId").orElse(appId));
        this.clock = config.clock();
        this.zone = config.zone().orElse(REPORTING_ZONE);
        this.stableToken = config.option("stableToken").map(WeChatConnector::bool).orElse(b.stableToken);
        this.lifetimeMetrics = b.lifetimeMetrics;
        ObjectMapper json = Json.tolerantMapper();
        WeChatErrors decoder = new WeChatErrors(json, clock);
        this.runtime = HttpRuntime.builder(Platform.WECHAT_OFFICIAL_ACCOUNT, DEFAULT_BASE_URL, config)
                .json(json)
                .errorDecoder(decoder)
                .build();
        this.api = runtime.create(WeChatApi.class);
        this.rateKey = ID + ":" + appId;
        this.tokens = new TokenManager(ID + ":" + appId, b.tokenStore, this::fetchToken, clock, b.tokenMargin);
        this.executor = new ApiExecutor(rateKey, Platform.WECHAT_OFFICIAL_ACCOUNT, tokens, b.resilience, decoder, clock);
        EnumSet<Capability> caps = EnumSet.of(Capability.PUBLISH, Capability.CONTENT_METRICS, Capability.AUDIENCE_METRICS,
                Capability.COMMENTS, Capability.MESSAGES);
        Optional<Secret> pushToken = config.credentials().secret("token");
        if (pushToken.isPresent()) {
            caps.add(Capability.WEBHOOKS);
        }
        this.capabilities = Set.copyOf(caps);
        this.publishing = new WeChatPublishing(this);
        this.metrics = new WeChatMetrics(this);
        this.comments = new WeChatComments(this);
        this.messaging = new WeChatMessaging(this);
        this.webhooks = pushToken.map(t -> new WeChatWebhooks(this, t,
                config.credentials().secret("encodingAesKey").map(k -> new WeChatCrypto(k, appId)).orElse(null),
                b.replayWindow)).orElse(null);
    }

    private static boolean bool(String v) {
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidValueException("options.stableToken", "stableToken must be true or false (was " + Checks.show(v) + ")");
    }

    /** A builder for a connector with this configuration. */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /** Fetches an app token: stable_token (force-refreshing only when WeChat still hands out the refused one) or cgi-bin/token. */
    private AccessToken fetchToken(Optional<AccessToken> previous) {
        TokenResponse r;
        if (stableToken) {
            r = executor.executeWithoutToken(Operation.read("cgi-bin/stable_token", rateKey),
                    () -> api.stableToken(new StableTokenRequest("client_credential", appId, appSecret.reveal(), false)));
            if (previous.isPresent() && previous.get().token().reveal().equals(r.accessToken())) {
                r = executor.executeWithoutToken(Operation.read("cgi-bin/stable_token", rateKey),
                        () -> api.stableToken(new StableTokenRequest("client_credential", appId, appSecret.reveal(), true)));
            }
        } else {
            r = executor.executeWithoutToken(Operation.read("cgi-bin/token", rateKey),
                    () -> api.token("client_credential", appId, appSecret.reveal()));
        }
        if (r.accessToken() == null || r.accessToken().isBlank() || r.expiresIn() == null || r.expiresIn() <= 0) {
            throw new io.github.mediaops.core.connector.UnexpectedResponseException("token response without token or lifetime",
                    io.github.mediaops.core.connector.ErrorDetails.builder(Platform.WECHAT_OFFICIAL_ACCOUNT)
                            .operation(stableToken ? "cgi-bin/stable_token" : "cgi-bin/token").build());
        }
        return AccessToken.of(r.accessToken(), clock.instant(), Duration.ofSeconds(r.expiresIn()));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Platform platform() {
        return Platform.WECHAT_OFFICIAL_ACCOUNT;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** The account this connector acts for ({@code wechat-oa:<originalId>}). */
    public AccountRef account() {
        return account;
    }

    @Override
    public Publishing publishing() {
        return publishing;
    }

    @Override
    public ContentMetricsReader contentMetrics() {
        return metrics;
    }

    @Override
    public AudienceMetricsReader audienceMetrics() {
        return metrics;
    }

    @Override
    public Comments comments() {
        return comments;
    }

    @Override
    public Messaging messaging() {
        return messaging;
    }

    @Override
    public Webhooks webhooks() {
        if (webhooks == null) {
            throw new UnsupportedCapabilityException(platform(), Capability.WEBHOOKS,
                    "webhooks() (configure the push secret \"token\" to receive pushes)");
        }
        return webhooks;
    }

    /**
     * Account-level daily reading and sharing totals (datacube getuserread, 3 days per call, and
     * getusershare, 7 days per call), for the days of the range whose data is final (T+1, 08:00 Beijing).
     */
    public List<WeChatAccountReads> accountReads(DateRange days) {
        return metrics.accountReads(days);
    }

    /** The executor's Resilience4j registries and settings, e.g. to bind metrics. */
    public ApiExecutor executor() {
        return executor;
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "WeChatConnector[appId=" + appId + ", account=" + account + ", baseUrl=" + runtime.baseUrl() + "]";
    }

    // ------------------------------------------------------------------ shared with the capability classes

    WeChatApi api() {
        return api;
    }

    ApiExecutor exec() {
        return executor;
    }

    String rateKey() {
        return rateKey;
    }

    Clock clock() {
        return clock;
    }

    ZoneId zone() {
        return zone;
    }

    boolean lifetimeMetrics() {
        return lifetimeMetrics;
    }

    HttpRuntime runtime() {
        return runtime;
    }

    String appId() {
        return appId;
    }

    void checkAccount(AccountRef ref) {
        Checks.notNull(ref, "account");
        if (!ref.platform().equals(Platform.WECHAT_OFFICIAL_ACCOUNT)) {
            throw new InvalidValueException("account", "account " + ref + " is not a WeChat Official Account");
        }
        if (!ref.accountId().equals(account.accountId()) && !ref.accountId().equals(appId)) {
            throw new InvalidValueException("account", "this connector acts for " + account + " (appId " + appId
                    + "), not for " + ref);
        }
    }

    /** Builds a {@link WeChatConnector}. */
    public static final class Builder {
        private final ConnectorConfig config;
        private TokenStore tokenStore = new InMemoryTokenStore();
        private ResilienceSettings resilience = ResilienceSettings.defaults();
        private Duration tokenMargin = Duration.ofSeconds(60);
        private Duration replayWindow = Duration.ofMinutes(5);
        private boolean stableToken = true;
        private boolean lifetimeMetrics = true;

        private Builder(ConnectorConfig config) {
            this.config = Checks.notNull(config, "config");
        }

        /** Where tokens live; share one {@link io.github.mediaops.connector.support.JdbcTokenStore} across a cluster. */
        public Builder tokenStore(TokenStore store) {
            this.tokenStore = Checks.notNull(store, "tokenStore");
            return this;
        }

        public Builder resilience(ResilienceSettings settings) {
            this.resilience = Checks.notNull(settings, "resilience");
            return this;
        }

        /** A token that expires within this margin is replaced before use (default 60 s). */
        public Builder tokenMargin(Duration margin) {
            this.tokenMargin = Checks.notNull(margin, "tokenMargin");
            return this;
        }

        /** How far a push timestamp may be from now (default 5 minutes). */
        public Builder replayWindow(Duration window) {
            this.replayWindow = Checks.notNull(window, "replayWindow");
            return this;
        }

        /** {@code true} (default) for {@code cgi-bin/stable_token}, {@code false} for {@code cgi-bin/token}. */
        public Builder stableToken(boolean stable) {
            this.stableToken = stable;
            return this;
        }

        /**
         * Whether {@code contentMetrics} also reads {@code getarticletotal} (lifetime snapshots of posts
         * published in the range) besides {@code getarticlesummary} (daily snapshots). Default true.
         */
        public Builder lifetimeMetrics(boolean lifetime) {
            this.lifetimeMetrics = lifetime;
            return this;
        }

        public WeChatConnector build() {
            return new WeChatConnector(this);
        }
    }
}
