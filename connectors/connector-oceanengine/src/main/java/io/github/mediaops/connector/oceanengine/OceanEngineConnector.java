package io.github.mediaops.connector.oceanengine;

import io.github.mediaops.connector.support.PlatformTokenResponses;
import io.github.mediaops.connector.support.AdvertiserBuilder;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.TokenResponses;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.connector.AdReports;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The Ocean Engine (巨量引擎) Marketing API connector: daily reports of 巨量广告 feed ads by project,
 * promotion or material ({@code v3.0/report/custom/get/}) and of DOU+ orders
 * ({@code v3.0/douplus/order/report/}), mapped to {@code AdPerformance} in {@code Money}.
 *
 * <p>Credentials: identifier {@code appId}, secret {@code secret}. A user authorises the app on Ocean Engine's
 * page for one or more advertisers; the host hands the {@code auth_code} to {@link #authorize}, which stores
 * the grant under the authorising advertiser id ({@code advertiser_id}, else the first of
 * {@code advertiser_ids}). Access tokens live 1 day; every refresh returns a <em>new</em> refresh token and
 * kills the old one (rotation), so refreshes are single-flight per account through the shared
 * {@code TokenStore}. An agency grant that covers several advertisers is shared by naming, with
 * {@link Builder#tokenAccounts}, the account whose grant each advertiser uses.
 *
 * <p>Limits enforced: feed reports at most {@value #FEED_MAX_SPAN_DAYS} days per request and
 * {@value #FEED_PAGE_SIZE} rows per page; DOU+ reports one day per request (the endpoint sums over its
 * {@code stat_time}, up to 180 days, and excludes the {@code end_time} day) and {@value #DOU_PLUS_PAGE_SIZE} rows per page. Amounts: {@code stat_cost}
 * is in yuan (元) with decimals.
 */
public final class OceanEngineConnector extends HttpConnector {
    /** Ocean Engine's API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.oceanengine.com/");
    /** The zone Ocean Engine cuts report days in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The checks of token answers and the typed error for an answer this connector cannot use. */
    static final PlatformTokenResponses RESPONSES = TokenResponses.of(Platform.OCEAN_ENGINE);
    /**
     * Longest {@code start_time..end_time} of {@code report/custom/get}: 30 days per bububa/oceanengine
     * {@code marketing-api/model/report/v3/custom_get.go}; the official page states no span.
     */
    public static final int FEED_MAX_SPAN_DAYS = 30;
    /** Largest {@code page_size} of {@code report/custom/get} (official page: "默认为10，最大100"). */
    public static final int FEED_PAGE_SIZE = 100;
    /** Largest {@code page_size} of {@code douplus/order/report} (official page: 1–100). */
    public static final int DOU_PLUS_PAGE_SIZE = 100;
    /** Longest {@code stat_time} of {@code douplus/order/report} (official page: "时间跨度不能超过180天"). */
    public static final int DOU_PLUS_MAX_SPAN_DAYS = 180;
    /** Refresh tokens rotate: each refresh issues a new one and the old one dies. */
    public static final RefreshRules REFRESH_RULES = RefreshRules.rotating();
    static final String TOKEN_ENDPOINT = "open_api/oauth2/access_token";
    static final String REFRESH_ENDPOINT = "open_api/oauth2/refresh_token";

    /**
     * Ocean Engine's return codes ({@code {"code","message","request_id"}} on HTTP 200), from the official
     * 返回码 page (open.oceanengine.com/labels/7/docs/1696710760866831, mirrored in jiangzhx/adcli). 40002 is a
     * missing account or scope on data calls and a wrong app secret on the token endpoints; refresh-token, app and
     * auth-code codes are {@code CREDENTIALS_REFUSED} so that the chain ends in a re-authorisation instead of a
     * refresh loop. 40100 (system), 40110 (developer QPS) and 40130 (advertiser QPS) are rate limits.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(Platform.OCEAN_ENGINE)
            .codeAt("/code").messageAt("/message")
            .map(ErrorKind.INVALID_REQUEST, 40000)
            .map(ErrorKind.PERMISSION_DENIED, 40002, 40118, 40119)
            .on(TOKEN_ENDPOINT, ErrorKind.CREDENTIALS_REFUSED, 40002)
            .on(REFRESH_ENDPOINT, ErrorKind.CREDENTIALS_REFUSED, 40002)
            .map(ErrorKind.TOKEN_EXPIRED, 40102, 40104)
            .map(ErrorKind.CREDENTIALS_REFUSED, 40103, 40107, 40113, 40115)
            .map(ErrorKind.RATE_LIMITED, 40100, 40110, 40130)
            .map(ErrorKind.TRANSIENT, 50000)
            .build();

    private final OceanEngineApi api;
    private final Secret secret;
    private final UserTokens users;
    private final OceanEngineReports feed;
    private final DouPlusReports douPlus;
    private final OceanEngineAccounts accounts;

    private OceanEngineConnector(Builder b) {
        super(OceanEngineConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.secret = config().credentials().requireSecret("secret");
        this.api = api(OceanEngineApi.class);
        this.users = userTokens(REFRESH_RULES, new Grants());
        ReadContext reads = new ReadContext(api, runtime(), users, b.tokenAccounts(), b.currency());
        this.feed = new OceanEngineReports(reads);
        this.douPlus = new DouPlusReports(reads);
        this.accounts = new OceanEngineAccounts(reads);
        offer(Capability.AD_REPORTS, feed);
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the {@code auth_code} Ocean Engine sent to the host's redirect URI
     * ({@code oauth2/access_token/}) and stores the grant.
     *
     * @return the grant; its {@code account()} is the authorising advertiser id
     */
    public UserGrant authorize(String authCode) {
        return users.authorize(authCode);
    }

    /** Stores tokens the host already holds for an account. */
    public void seed(UserGrant grant) {
        users.seed(grant);
    }

    /** The stored grant of an account, if it authorised the app. */
    public Optional<UserGrant> grant(String account) {
        return users.grant(account);
    }

    /**
     * DOU+ order reports: the {@code AccountRef}'s id is the Douyin account's {@code aweme_sec_uid}; rows are per
     * order ({@code CAMPAIGN}, the default) or per order and plan ({@code AD_GROUP}, {@code adId} = {@code ad_id}).
     */
    public AdReports douPlus() {
        return douPlus;
    }

    /**
     * Account reads for budgeting: the advertisers a grant covers, an advertiser's daily budget, balance and daily
     * money flow (yuan), read with the same grants and {@link Builder#tokenAccounts} mapping as the reports.
     */
    public OceanEngineAccounts accounts() {
        return accounts;
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            String op = TOKEN_ENDPOINT;
            // an auth_code is single-use: the exchange is never repeated by the runtime (a lost answer is ambiguous)
            OceanEngineApi.TokenData d = data(op, runtime().executor().executeWithoutToken(
                    Operation.create(op, runtime().rateKey()),
                    () -> api.accessToken(new OceanEngineApi.AuthCodeGrant(app(), secret.reveal(), "auth_code", code))));
            String account = d.advertiserId() != null && !d.advertiserId().isBlank() ? d.advertiserId()
                    : Optional.ofNullable(d.advertiserIds()).orElse(List.of()).stream().filter(s -> s != null && !s.isBlank())
                    .findFirst().orElseThrow(() -> RESPONSES.unexpected(op, "a token response without advertiser_id or advertiser_ids"));
            return grant(op, account, d);
        }

        @Override
        public UserGrant refresh(UserGrant current) {
            String op = REFRESH_ENDPOINT;
            OceanEngineApi.TokenData d = data(op, runtime().readWithoutToken(op,
                    () -> api.refreshToken(new OceanEngineApi.RefreshGrant(app(), secret.reveal(), "refresh_token",
                            current.refreshToken().reveal()))));
            return grant(op, current.account(), d);
        }

        private UserGrant grant(String op, String account, OceanEngineApi.TokenData d) {
            Instant now = runtime().clock().instant();
            return new UserGrant(account, Secret.of(RESPONSES.required(op, "access_token", d.accessToken())),
                    now.plusSeconds(RESPONSES.seconds(op, "expires_in", d.expiresIn())),
                    Secret.of(RESPONSES.required(op, "refresh_token", d.refreshToken())),
                    now.plusSeconds(RESPONSES.seconds(op, "refresh_token_expires_in", d.refreshTokenExpiresIn())), 0);
        }
    }

    private static OceanEngineApi.TokenData data(String op, OceanEngineApi.TokenEnvelope e) {
        if (e == null || e.data() == null) {
            throw RESPONSES.unexpected(op, "a token response without data");
        }
        return e.data();
    }

    /** Builds an {@link OceanEngineConnector}; beside the template's options, token sharing and the currency. */
    public static final class Builder extends AdvertiserBuilder<Builder> {
        private Builder(ConnectorConfig config) {
            super(config, "appId");
        }

        @Override
        public OceanEngineConnector build() {
            return new OceanEngineConnector(this);
        }
    }
}
