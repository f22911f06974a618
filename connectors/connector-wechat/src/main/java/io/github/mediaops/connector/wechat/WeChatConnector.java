package io.github.mediaops.connector.wechat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.OwnAccounts;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.connector.support.WeChatFamilyTokens;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The WeChat Official Account (微信公众号) connector: publishing through draft → freepublish with a
 * ticket, datacube content and audience metrics, comments, customer-service messages and the message
 * push (plain and AES safe mode). Built on {@link HttpConnector}, which owns tokens, retries, errors,
 * idempotency records and the capability accessors.
 *
 * <p>Credentials (see the module README): identifier {@code appId}; secrets {@code appSecret} (API
 * calls), {@code token} (message push signature; without it the connector does not offer
 * {@link Capability#WEBHOOKS}) and {@code encodingAesKey} (43 characters, safe mode only). Options:
 * {@code originalId} (the account's {@code gh_...} id, used in {@link AccountRef}s; defaults to the
 * appId), {@code stableToken} ({@code true} by default: use {@code cgi-bin/stable_token}; {@code false}
 * uses {@code cgi-bin/token}).
 *
 * <p>Tokens: one app token per appId, held in the {@link TokenStore} under {@code wechat-oa:<appId>};
 * share a {@link io.github.mediaops.connector.support.JdbcTokenStore} between instances of a cluster.
 * Reference: developers.weixin.qq.com/doc/service/en/api/base/api_getstableaccesstoken.html.
 *
 * <p>Thread-safe; build one per app and share it. {@link #toString()} shows no secret.
 */
public final class WeChatConnector extends HttpConnector {
    /** The connector id registered by {@link WeChatConnectorProvider}. */
    public static final String ID = "wechat-oa";
    /** WeChat's public API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.weixin.qq.com/");
    /** The zone datacube reports in. */
    public static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Shanghai");

    private final Secret appSecret;
    private final AccountRef account;
    private final ZoneId zone;
    private final boolean stableToken;
    private final boolean lifetimeMetrics;
    private final WeChatApi api;
    private final WeChatFamilyTokens.Api tokens;
    private final WeChatDatacube datacube;

    private WeChatConnector(Builder b) {
        super(WeChatConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, WeChatErrors.TABLE, PropertyNamingStrategies.SNAKE_CASE);
        ConnectorConfig config = config();
        this.appSecret = config.credentials().requireSecret("appSecret");
        this.account = AccountRef.of(WeChatErrors.PLATFORM, config.option("originalId").orElse(app()));
        this.zone = config.zone().orElse(REPORTING_ZONE);
        this.stableToken = config.option("stableToken").map(WeChatConnector::bool).orElse(b.stableToken);
        this.lifetimeMetrics = b.lifetimeMetrics;
        this.api = api(WeChatApi.class);
        this.tokens = api(WeChatFamilyTokens.Api.class);
        this.datacube = new WeChatDatacube(this);
        WeChatMetrics metrics = new WeChatMetrics(this, datacube);
        offer(Capability.PUBLISH, new WeChatPublishing(this));
        offer(Capability.CONTENT_METRICS, metrics);
        offer(Capability.AUDIENCE_METRICS, metrics);
        offer(Capability.COMMENTS, new WeChatComments(this));
        offer(Capability.MESSAGES, new WeChatMessaging(this));
        Optional<Secret> pushToken = config.credentials().secret("token");
        if (pushToken.isPresent()) {
            offer(Capability.WEBHOOKS, new WeChatWebhooks(this, runtime().webhooks(), pushToken.get(), config));
        } else {
            withhold(Capability.WEBHOOKS, "configure the push secret \"token\" to receive pushes");
        }
    }

    private static boolean bool(String v) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new InvalidValueException("options.stableToken", "stableToken must be true or false (was " + Checks.show(v) + ")");
    }

    /** A builder for a connector with this configuration. */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /** Fetches an app token: stable_token (force-refreshing only when WeChat still hands out the refused one) or cgi-bin/token. */
    @Override
    protected AccessToken fetchToken(Optional<AccessToken> previous) {
        return stableToken ? WeChatFamilyTokens.stable(runtime(), tokens, app(), appSecret, previous)
                : WeChatFamilyTokens.basic(runtime(), tokens, app(), appSecret);
    }

    /** The account this connector acts for ({@code wechat-oa:<originalId>}). */
    public AccountRef account() {
        return account;
    }

    /**
     * Account-level daily reading and sharing totals (datacube getuserread, 3 days per call, and
     * getusershare, 7 days per call), for the days of the range whose data is final (T+1, 08:00 Beijing).
     */
    public List<WeChatAccountReads> accountReads(DateRange days) {
        return datacube.accountReads(days);
    }

    /** Datacube reports beyond the core readers: hourly reads, source and share-scene breakdowns, the current endpoints. */
    public WeChatDatacube datacube() {
        return datacube;
    }

    /** The draft box: update, delete, list, count. */
    public WeChatDrafts drafts() {
        return new WeChatDrafts(this);
    }

    /** Published items: list, get article, delete. */
    public WeChatPublished published() {
        return new WeChatPublished(this);
    }

    /** Comment management: open/close on an article, delete a reply, featured vs normal listings. */
    public WeChatCommentAdmin commentAdmin() {
        return new WeChatCommentAdmin(this, (WeChatComments) comments());
    }

    /** API call quotas: usage per API and the monthly-limited reset, for after errcode 45009. */
    public WeChatApiQuota apiQuota() {
        return new WeChatApiQuota(this);
    }

    // ------------------------------------------------------------------ shared with the capability classes

    WeChatApi api() {
        return api;
    }

    ConnectorRuntime rt() {
        return runtime();
    }

    String appId() {
        return app();
    }

    ZoneId zone() {
        return zone;
    }

    boolean lifetimeMetrics() {
        return lifetimeMetrics;
    }

    /** Refuses an account other than this connector's, by its {@code gh_} id or its appId. */
    void checkAccount(AccountRef ref) {
        OwnAccounts.check(ref, account, app());
    }

    /** Builds a {@link WeChatConnector}; the common options (stores, resilience, margins) are the template's. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private boolean stableToken = true;
        private boolean lifetimeMetrics = true;

        private Builder(ConnectorConfig config) {
            super(config, "appId");
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

        @Override
        public WeChatConnector build() {
            return new WeChatConnector(this);
        }
    }
}
