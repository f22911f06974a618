package io.github.mediaops.connector.wecom;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Signatures;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.connector.support.WeChatFamilyTokens;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The WeCom (企业微信) customer-contact (客户联系) connector for private-traffic (私域) operations: lead
 * capture through 「联系我」 contact ways and 获客助手 acquisition links whose {@code state} carries a tracking
 * code ({@link #leadCapture()}), external contacts and customer group chats with their statistics
 * ({@link #customers()}), welcome and mass messages ({@link #messages()}), and the encrypted callbacks
 * ({@link #callbacks()}, also the {@link Capability#WEBHOOKS} capability) that turn an
 * {@code add_external_contact} into a lead. Built on {@link HttpConnector}, which owns tokens, retries,
 * errors, idempotency records and the capability accessors.
 *
 * <p>Credentials (see the module README): identifier {@code corpId}; secret {@code corpSecret}, the secret of
 * the self-built app that is allowed to call the customer-contact APIs (「客户联系 → 可调用接口的应用」); for the
 * callbacks the app's callback secrets {@code token} and {@code encodingAesKey} (43 characters). Without
 * them the connector does not offer {@link Capability#WEBHOOKS} and says why.
 *
 * <p>Tokens: WeCom issues one access token per app secret ({@code cgi-bin/gettoken?corpid&corpsecret},
 * developer.work.weixin.qq.com/document/path/91039), so the token is kept in the {@link TokenStore} under
 * {@code wecom:<corpId>.<fingerprint>}, the fingerprint being the first 8 hex digits of the secret's
 * SHA-1: two apps of one corp never share (or invalidate) each other's token, and instances of a cluster with
 * the same app share one through a {@link io.github.mediaops.connector.support.JdbcTokenStore}. A token refused
 * with 40014, 42001 or 41001 is fetched again once and the call repeated.
 *
 * <p>Thread-safe; build one per app and share it. {@link #toString()} shows no secret.
 */
public final class WeComConnector extends HttpConnector {
    /** The connector id registered by {@link WeComConnectorProvider}. */
    public static final String ID = "wecom";
    /** WeCom's public API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://qyapi.weixin.qq.com/");
    /** The zone WeCom's statistics days are in. */
    public static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Shanghai");
    /** The credential identifier the token key is derived from (see the class comment). */
    static final String APP_KEY = "wecomApp";

    private final Secret corpSecret;
    private final String corpId;
    private final WeComApi api;
    private final WeChatFamilyTokens.Api tokens;
    private final WeComLeadCapture leadCapture;
    private final WeComCustomers customers;
    private final WeComMessages messages;
    private final WeComCallbacks callbacks;

    private WeComConnector(Builder b) {
        super(WeComConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, WeComErrors.TABLE, PropertyNamingStrategies.SNAKE_CASE);
        ConnectorConfig config = config();
        this.corpId = config.credentials().requireIdentifier("corpId");
        this.corpSecret = config.credentials().requireSecret("corpSecret");
        this.api = api(WeComApi.class);
        this.tokens = api(WeChatFamilyTokens.Api.class);
        ZoneId zone = config.zone().orElse(REPORTING_ZONE);
        this.leadCapture = new WeComLeadCapture(api, runtime());
        this.customers = new WeComCustomers(api, runtime(), zone);
        this.messages = new WeComMessages(api, runtime());
        Optional<Secret> token = config.credentials().secret("token");
        Optional<Secret> aesKey = config.credentials().secret("encodingAesKey");
        if (token.isPresent() && aesKey.isPresent()) {
            this.callbacks = new WeComCallbacks(runtime().webhooks(), token.get(), aesKey.get(), corpId, config);
            offer(Capability.WEBHOOKS, callbacks);
        } else {
            this.callbacks = null;
            withhold(Capability.WEBHOOKS, "configure the callback secrets \"token\" and \"encodingAesKey\" to receive callbacks");
        }
    }

    /** A builder for a connector with this configuration. */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /** Fetches an app token with {@code cgi-bin/gettoken}. */
    @Override
    protected AccessToken fetchToken(Optional<AccessToken> previous) {
        return WeChatFamilyTokens.corp(runtime(), tokens, corpId, corpSecret);
    }

    /** The CorpID this connector acts for. */
    public String corpId() {
        return corpId;
    }

    /** 「联系我」 contact ways and 获客助手 acquisition links, created with a lead-tracking state. */
    public WeComLeadCapture leadCapture() {
        return leadCapture;
    }

    /** External contacts (customers), customer group chats and their statistics. */
    public WeComCustomers customers() {
        return customers;
    }

    /** Welcome messages (within 20 s of the event) and mass-message tasks (sent only after a member confirms). */
    public WeComMessages messages() {
        return messages;
    }

    /**
     * The callback receiver with WeCom's own events ({@link WeComCallbacks#receive}); the same object is
     * {@link #webhooks()}.
     *
     * @throws io.github.mediaops.core.connector.UnsupportedCapabilityException when the callback secrets are not configured
     */
    public WeComCallbacks callbacks() {
        webhooks(); // throws, naming the missing secrets, when the callbacks are not configured
        return callbacks;
    }

    /** Builds a {@link WeComConnector}; the common options (stores, resilience, margins) are the template's. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private Builder(ConnectorConfig config) {
            super(withAppKey(config), APP_KEY);
        }

        /**
         * The configuration with identifier {@value #APP_KEY} = {@code <corpId>.<first 8 hex digits of SHA-1(corpSecret)>},
         * the key of the app's token: one token per app secret.
         */
        private static ConnectorConfig withAppKey(ConnectorConfig config) {
            Credentials c = io.github.mediaops.core.validate.Checks.notNull(config, "config").credentials();
            String corpId = c.requireIdentifier("corpId");
            String fingerprint = Signatures.sha1Hex(c.requireSecret("corpSecret").reveal().getBytes(StandardCharsets.UTF_8))
                    .substring(0, 8);
            Credentials.Builder copy = Credentials.builder();
            c.identifiers().forEach(copy::identifier);
            for (String name : c.secretNames()) {
                copy.secret(name, c.secret(name).orElseThrow());
            }
            copy.identifier(APP_KEY, corpId + "." + fingerprint);
            return config.toBuilder().credentials(copy.build()).build();
        }

        @Override
        public WeComConnector build() {
            return new WeComConnector(this);
        }
    }
}
