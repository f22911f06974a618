package io.github.mediaops.connector.juguang;

import io.github.mediaops.connector.support.PlatformTokenResponses;
import io.github.mediaops.connector.support.AdvertiserBuilder;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.TokenResponses;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.DateRange;
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
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Xiaohongshu 聚光 (Juguang) Marketing API connector: daily offline reports per campaign (计划), unit (单元) or
 * creative (创意) from {@code /jg/data/report/offline/{campaign|unit|creativity}} with {@code time_unit DAY}, mapped to
 * {@code AdPerformance} in {@code Money}; {@link #creativeDays} keeps each creative's promoted note id so that note
 * metrics can attach to the ad spend; {@link #kolNotePosts} reads 蒲公英 (Pugongying) KOL order post data through the same
 * gateway and OAuth (a 蒲公英 authorisation, {@code platform_type 2}, is stored under its {@code user_id}).
 *
 * <p>Credentials: identifier {@code appId} (the numeric 聚光 app id), secret {@code secret}. A brand or agency
 * authorises the app on {@code https://ad.xiaohongshu.com/aurora/openApiAuth}; the host hands the {@code auth_code}
 * to {@link #authorize}, which stores the grant under the first approved advertiser id
 * ({@code approval_advertisers[0].advertiser_id}, else the authorising {@code user_id}). Every refresh
 * ({@code /oauth2/refresh_token}) returns a <em>new</em> refresh token; the grant is replaced as one value in the
 * {@code TokenStore} (compare-and-set, single-flight per account), so a crash never leaves a half-written pair.
 * Lifetimes are read from {@code access_token_expires_in} / {@code refresh_token_expires_in} (seconds).
 *
 * <p>Errors: 聚光 answers {@code {success, code, message, request_id}}; its code table is not public (the developer
 * portal needs a login), so no code is given a kind here: a non-zero {@code code} becomes an
 * {@code InvalidRequestException} keeping the platform's code and message, and a body without a code is typed by its
 * HTTP status (401 authentication, 429 rate limit with {@code Retry-After}, 5xx transient).
 *
 * <p>Amounts: {@code fee} (推广消费金额) is a decimal in yuan. bububa/spotlight-mapi declares it a float without a unit,
 * while the balance fields beside it are integers commented "单位：分"; the connector reads {@code fee} as yuan.
 * Limits: {@value #PAGE_SIZE} rows per page (the SDK's comment "默认20,最大1000"); no maximum span is documented, so
 * the connector asks for at most {@value #MAX_SPAN_DAYS} days per request.
 */
public final class JuguangConnector extends HttpConnector {
    /** The 聚光 API gateway. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://adapi.xiaohongshu.com/api/open/");
    /** The zone 聚光 cuts report days in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The checks of token answers and the typed error for an answer this connector cannot use. */
    static final PlatformTokenResponses RESPONSES = TokenResponses.of(Platform.XIAOHONGSHU);
    /** Largest {@code page_size} of the offline reports. */
    public static final int PAGE_SIZE = 1000;
    /** Longest {@code start_date..end_date} the connector asks for (a conservative choice: no limit is documented). */
    public static final int MAX_SPAN_DAYS = 30;
    /** Refresh tokens rotate: each refresh issues a new one. */
    public static final RefreshRules REFRESH_RULES = RefreshRules.rotating();
    static final String TOKEN_ENDPOINT = "oauth2/access_token";
    static final String REFRESH_ENDPOINT = "oauth2/refresh_token";

    /** The envelope's code and message; {@code 0} (or no code) is success, see the class comment. */
    static final ErrorTable ERRORS = ErrorTable.builder(Platform.XIAOHONGSHU)
            .codeAt("/code").messageAt("/message")
            .build();

    private final JuguangApi api;
    private final Secret secret;
    private final long appId;
    private final UserTokens users;
    private final UnaryOperator<String> tokenAccounts;
    private final JuguangReports reports;
    private final PugongyingPosts posts;

    private JuguangConnector(Builder b) {
        super(JuguangConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.secret = config().credentials().requireSecret("secret");
        this.appId = numericId("appId", app());
        this.api = api(JuguangApi.class);
        this.users = userTokens(REFRESH_RULES, new Grants());
        this.tokenAccounts = b.tokenAccounts();
        ReadContext reads = new ReadContext(api, runtime(), this::tokens, b.currency());
        this.reports = new JuguangReports(reads);
        this.posts = new PugongyingPosts(reads);
        offer(Capability.AD_REPORTS, reports);
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the {@code auth_code} 聚光 sent to the host's redirect URI ({@code /oauth2/access_token}) and stores
     * the grant. The code is single-use: the exchange is never retried (a lost answer is ambiguous).
     *
     * @return the grant; its {@code account()} is the first approved advertiser id, else the {@code user_id}
     */
    public UserGrant authorize(String authCode) {
        return users.authorize(Checks.notBlank(authCode, "authCode"));
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
     * Daily rows per creative with the note each creative promotes ({@code note_id}; empty for creatives that promote
     * no note, such as a landing page or a live room).
     */
    public List<JuguangCreativeDay> creativeDays(AccountRef advertiser, DateRange days) {
        return reports.creativeDays(advertiser, days);
    }

    /**
     * 蒲公英 (Pugongying) KOL orders and their notes' post data ({@code /api/open/pgy/note/post/data}, data T+1) for the
     * brand account {@code userId} (the {@code user_id} of a 蒲公英 authorisation, {@code platform_type 2}), selected by
     * order creation or note publication day, in windows of at most 30 days and pages of 100.
     */
    public List<KolNotePost> kolNotePosts(String userId, DateRange days, KolDateBasis basis) {
        return posts.posts(userId, days, basis);
    }

    private TokenManager tokens(String advertiserId) {
        return users.account(Checks.notBlank(tokenAccounts.apply(advertiserId), "tokenAccounts(" + advertiserId + ")"));
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            String op = TOKEN_ENDPOINT;
            JuguangApi.TokenData d = data(op, runtime().executor().executeWithoutToken(
                    Operation.create(op, runtime().rateKey()),
                    () -> api.accessToken(new JuguangApi.AuthCodeGrant(appId, secret.reveal(), code))));
            String account = Optional.ofNullable(d.approvalAdvertisers()).orElse(List.of()).stream()
                    .map(JuguangApi.ApprovedAdvertiser::advertiserId).filter(s -> s != null && !s.isBlank()).findFirst()
                    .or(() -> Optional.ofNullable(d.userId()).filter(s -> !s.isBlank()))
                    .orElseThrow(() -> RESPONSES.unexpected(op, "a token response without approval_advertisers or user_id"));
            return grant(op, account, d);
        }

        @Override
        public UserGrant refresh(UserGrant current) {
            String op = REFRESH_ENDPOINT;
            JuguangApi.TokenData d = data(op, runtime().readWithoutToken(op,
                    () -> api.refreshToken(new JuguangApi.RefreshGrant(appId, secret.reveal(),
                            current.refreshToken().reveal()))));
            return grant(op, current.account(), d);
        }

        private UserGrant grant(String op, String account, JuguangApi.TokenData d) {
            Instant now = runtime().clock().instant();
            return new UserGrant(account, Secret.of(RESPONSES.required(op, "access_token", d.accessToken())),
                    now.plusSeconds(RESPONSES.seconds(op, "access_token_expires_in", d.accessTokenExpiresIn())),
                    Secret.of(RESPONSES.required(op, "refresh_token", d.refreshToken())),
                    now.plusSeconds(RESPONSES.seconds(op, "refresh_token_expires_in", d.refreshTokenExpiresIn())), 0);
        }
    }

    private static JuguangApi.TokenData data(String op, JuguangApi.TokenEnvelope e) {
        if (e == null || e.data() == null) {
            throw RESPONSES.unexpected(op, "a token response without data");
        }
        return e.data();
    }

    /** A 聚光 id ({@code app_id}, {@code advertiser_id}) is an unsigned number on the wire. */
    static long numericId(String field, String text) {
        if (text == null || !text.matches("[0-9]{1,19}")) {
            throw new InvalidValueException(field, field + " must be a 聚光 numeric id (was " + Checks.show(text) + ")");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + " must be a 聚光 numeric id (was " + Checks.show(text) + ")");
        }
    }

    /** Builds a {@link JuguangConnector}; beside the template's options, token sharing and the currency. */
    public static final class Builder extends AdvertiserBuilder<Builder> {
        private Builder(ConnectorConfig config) {
            super(config, "appId");
        }

        @Override
        public JuguangConnector build() {
            return new JuguangConnector(this);
        }
    }
}
