package io.github.mediaops.connector.tencentads;

import io.github.mediaops.connector.support.PlatformTokenResponses;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.TokenResponses;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
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
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;

/**
 * The Tencent Ads (腾讯广告) Marketing API 3.0 connector: daily reports ({@code daily_reports/get}) by ad group
 * ({@code REPORT_LEVEL_ADGROUP}) or dynamic creative ({@code REPORT_LEVEL_DYNAMIC_CREATIVE}), mapped to
 * {@code AdPerformance} with {@code cost} read in fen (分).
 *
 * <p>Credentials: identifier {@code clientId}, secret {@code clientSecret}; optional identifier
 * {@code redirectUri} (the one registered for the app, sent with the code exchange). Each advertiser account
 * authorises the app on {@code developers.e.qq.com/oauth/authorize}; the host hands the
 * {@code authorization_code} to {@link #authorize}, which stores the grant under the authoriser's
 * {@code account_id}. Access tokens live 1 day, refresh tokens 30 days (the official example's
 * {@code 86400} / {@code 2592000}); the refresh grant ({@code oauth/token}, {@code grant_type=refresh_token})
 * returns a new access token and keeps the refresh token, so when the refresh token expires (11012) the host is
 * asked to re-authorise.
 *
 * <p>Limits enforced: every call sends {@code timestamp} from the connector's clock and a fresh 32-character
 * {@code nonce}; reports are read in pages of {@value #PAGE_SIZE}; days older than {@value #LOOKBACK_DAYS} days
 * are not asked for.
 */
public final class TencentAdsConnector extends HttpConnector {
    /** Tencent Ads' API host: {@code oauth/token} at its root, the 3.0 API under {@code v3.0/}. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.e.qq.com/");
    /** The zone Tencent Ads reports in (GMT+8). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The checks of token answers and the typed error for an answer this connector cannot use. */
    static final PlatformTokenResponses RESPONSES = TokenResponses.of(Platform.TENCENT_ADS);
    /**
     * How far back {@code daily_reports/get} serves data ("最早支持查询 1 年内（365 天）的数据"); the page states no
     * other span limit, so one window covers the whole available range.
     */
    public static final int LOOKBACK_DAYS = 365;
    /** Rows per page: the official maximum {@code page_size} is 2000; 1000 keeps answers small. */
    public static final int PAGE_SIZE = 1000;
    /**
     * The refresh grant ({@code oauth/token}, {@code grant_type=refresh_token}) returns only a new access token
     * ("refresh_token ... 当 grant_type=refresh_token 时不返回"): the refresh token is kept until it expires.
     */
    public static final RefreshRules REFRESH_RULES = RefreshRules.fixed();

    /**
     * Tencent Ads' return codes ({@code {"code","message","message_cn"}} on HTTP 200), from the official 3.0
     * table ({@code developers.e.qq.com/v3.0/docs/errors}, mirrored in jiangzhx/adcli): the codes a report call and
     * the token endpoint can meet. 11017 (per-minute quota) waits until the next minute, 11018 (daily quota) until
     * midnight Beijing time. 12100 (nonce used) and 12101 (timestamp expired) are this connector's bug or a
     * skewed clock: not retried.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(Platform.TENCENT_ADS)
            .codeAt("/code").messageAt("/message")
            .map(ErrorKind.TRANSIENT, 1000000, 1000002, 12700)
            .map(ErrorKind.TOKEN_EXPIRED, 11000, 11002, 11004)
            .map(ErrorKind.INVALID_REQUEST, 11005, 12000, 12003, 12007, 12008, 12009, 12100, 12101, 18001, 18002, 18003,
                    18004, 18009, 18012, 31002, 31057, 34109, 1000001)
            .map(ErrorKind.CREDENTIALS_REFUSED, 11007, 11009, 11010, 11011, 11012, 11013, 11030)
            .map(ErrorKind.PERMISSION_DENIED, 11014, 12201, 12203, 12204, 31033, 32211, 1000012)
            .map(ErrorKind.RATE_LIMITED, 11008, 11016, 11017, 11018, 11019, 1000003, 1000284)
            .retryAfter(11017, TencentAdsConnector::untilNextMinute)
            .retryAfter(11018, TencentAdsConnector::untilMidnight)
            .build();

    private final TencentAdsApi api;
    private final Secret clientSecret;
    private final String redirectUri;
    private final UserTokens users;
    private final TencentAdsAccounts accounts;

    private TencentAdsConnector(Builder b) {
        super(TencentAdsConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.clientSecret = config().credentials().requireSecret("clientSecret");
        this.redirectUri = config().credentials().identifier("redirectUri").orElse(null);
        this.api = api(TencentAdsApi.class);
        this.users = userTokens(REFRESH_RULES, new Grants());
        offer(Capability.AD_REPORTS, new TencentAdsReports(api, runtime(), users, b.currency));
        this.accounts = new TencentAdsAccounts(api, runtime(), users, b.currency);
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the {@code authorization_code} Tencent Ads sent to the host's redirect URI and stores the grant.
     *
     * @return the grant; its {@code account()} is the authoriser's {@code account_id}
     */
    public UserGrant authorize(String authorizationCode) {
        return users.authorize(authorizationCode);
    }

    /** Stores tokens the host already holds for an account. */
    public void seed(UserGrant grant) {
        users.seed(grant);
    }

    /** The stored grant of an account, if it authorised the app. */
    public Optional<UserGrant> grant(String accountId) {
        return users.grant(accountId);
    }

    /**
     * Account reads for budgeting: daily budget, funds, today's spend per ad group, the account's profile and the
     * accounts under an organisation's grant (fen), read with the grants {@link #authorize} stored.
     */
    public TencentAdsAccounts accounts() {
        return accounts;
    }

    private static Duration untilNextMinute(Instant now) {
        return Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)));
    }

    private static Duration untilMidnight(Instant now) {
        LocalDate tomorrow = LocalDate.ofInstant(now, ZONE).plusDays(1);
        return Duration.between(now, tomorrow.atStartOfDay(ZONE).toInstant());
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            String op = "oauth/token";
            // an authorization code is single-use: the exchange is never repeated by the runtime
            TencentAdsApi.TokenData d = data(op, runtime().executor().executeWithoutToken(
                    Operation.create(op, runtime().rateKey()),
                    () -> api.token(app(), clientSecret.reveal(), "authorization_code", code, null, redirectUri)));
            String account = Optional.ofNullable(d.authorizerInfo()).map(TencentAdsApi.AuthorizerInfo::accountId)
                    .filter(s -> !s.isBlank()).orElseThrow(() -> RESPONSES.unexpected(op, "a token response without authorizer_info.account_id"));
            Instant now = runtime().clock().instant();
            return new UserGrant(account, Secret.of(RESPONSES.required(op, "access_token", d.accessToken())),
                    now.plusSeconds(RESPONSES.seconds(op, "access_token_expires_in", d.accessTokenExpiresIn())),
                    Secret.of(RESPONSES.required(op, "refresh_token", d.refreshToken())),
                    now.plusSeconds(RESPONSES.seconds(op, "refresh_token_expires_in", d.refreshTokenExpiresIn())), 0);
        }

        @Override
        public UserGrant refresh(UserGrant current) {
            String op = "oauth/token";
            TencentAdsApi.TokenData d = data(op, runtime().readWithoutToken(op,
                    () -> api.token(app(), clientSecret.reveal(), "refresh_token", null, current.refreshToken().reveal(), null)));
            Instant now = runtime().clock().instant();
            // oauth/token's refresh grant returns no refresh token: null keeps the current one and its expiry; an answer
            // that carries one (the oauth/refresh_token variant does) replaces it
            boolean issued = d.refreshToken() != null && !d.refreshToken().isBlank();
            return new UserGrant(current.account(), Secret.of(RESPONSES.required(op, "access_token", d.accessToken())),
                    now.plusSeconds(RESPONSES.seconds(op, "access_token_expires_in", d.accessTokenExpiresIn())),
                    issued ? Secret.of(d.refreshToken()) : null,
                    issued ? now.plusSeconds(RESPONSES.seconds(op, "refresh_token_expires_in", d.refreshTokenExpiresIn())) : null, 0);
        }
    }

    private static TencentAdsApi.TokenData data(String op, TencentAdsApi.TokenEnvelope e) {
        if (e == null || e.data() == null) {
            throw RESPONSES.unexpected(op, "a token response without data");
        }
        return e.data();
    }

    /** Builds a {@link TencentAdsConnector}; beside the template's options, the accounts' currency. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private Currency currency = Currency.getInstance("CNY");

        private Builder(ConnectorConfig config) {
            super(config, "clientId");
        }

        /** The advertiser accounts' currency; default CNY. */
        public Builder currency(Currency currency) {
            this.currency = Checks.notNull(currency, "currency");
            return this;
        }

        @Override
        public TencentAdsConnector build() {
            return new TencentAdsConnector(this);
        }
    }
}
