package io.github.mediaops.connector.weibo;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Weibo Open API (微博开放平台 v2) connector: per-user OAuth2 tokens, publishing through the
 * {@code statuses/share} form with its rules applied and reported ({@link SharePreflight}), comments (list, reply,
 * delete), and user and status counts as core metric snapshots.
 *
 * <p>Credentials: identifier {@code appKey} (the {@code client_id}), secret {@code appSecret}. Each account (a
 * {@code uid}) authorises the app on Weibo's page; the host hands the code to {@link #authorize} (the builder's
 * {@link Builder#redirectUri redirect URI} must be the one registered with the app), after which calls for
 * {@code AccountRef.of(Platform.WEIBO, uid)} use that account's token.
 *
 * <p>Tokens, as Weibo documents them (授权机制说明): an access token lives as long as the app's authorisation level
 * allows ({@code expires_in}); web apps get <b>no refresh token</b> and the user must authorise again, which the
 * connector says with a {@link io.github.mediaops.connector.support.ReauthorizationRequiredException} when the
 * token has expired or Weibo refuses it (21327 {@code expired_token}, 21332 {@code invalid_access_token}, 21314 to
 * 21317). Only apps that authorise through Weibo's official mobile SDK receive a refresh token (valid 30 days); for
 * those the connector refreshes with the {@code refresh_token} grant, single-flight per account.
 * {@link #tokenInfo} reads {@code oauth2/get_token_info} (how long a token has left).
 *
 * <p>Rate limits are hourly per IP, per user and per user per API (10022, 10023, 10024; official Rate-limiting
 * page): the connector hands them back at once with a retry-after until the next full hour.
 */
public final class WeiboConnector extends HttpConnector {
    /** Weibo's open API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.weibo.com/");
    /** The zone Weibo's accounts and counts are kept in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Weibo's rule: no refresh-token renewal; a refresh token, where issued at all, is never renewed. */
    public static final RefreshRules REFRESH_RULES = RefreshRules.fixed();
    /** How long a refresh token issued to a mobile-SDK app lives (授权机制说明: "Refresh Token 的有效期目前为30天"). */
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    /** The most ids {@code statuses/count} and {@code users/counts} take in one call. */
    public static final int MAX_IDS_PER_CALL = 100;

    static final Platform PLATFORM = Platform.WEIBO;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);
    static final String ACCESS_TOKEN = "oauth2/access_token";
    static final String TOKEN_INFO = "oauth2/get_token_info";
    static final String USERS_COUNTS = "users/counts";

    /**
     * Weibo's error codes ({@code error_code}, a number or text, on HTTP 4xx; message {@code error}), from the
     * official Error_code page (V2 table, platform-apis.md §3.3) and the OAuth2 table. On the token endpoint an
     * expired or refused grant (21325, 21327, 21332, 21315 to 21317) cannot be fixed by a refresh: a credentials
     * refusal there.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(PLATFORM)
            .codeAt("/error_code").messageAt("/error")
            .map(ErrorKind.TOKEN_EXPIRED, 21314, 21315, 21316, 21317, 21319, 21327, 21332)
            .on(ACCESS_TOKEN, ErrorKind.CREDENTIALS_REFUSED, 21314, 21315, 21316, 21317, 21319, 21327, 21332)
            .map(ErrorKind.CREDENTIALS_REFUSED, 10006, 21301, 21322, 21324, 21325, 21326, 21328)
            .map(ErrorKind.PERMISSION_DENIED, 10004, 10005, 10013, 10014, 21321, 21330, 21337)
            .map(ErrorKind.RATE_LIMITED, 10022, 10023, 10024, 20016)
            .retryAfter(10022, WeiboConnector::untilNextHour)
            .retryAfter(10023, WeiboConnector::untilNextHour)
            .retryAfter(10024, WeiboConnector::untilNextHour)
            .map(ErrorKind.TRANSIENT, 10001, 10002, 10003, 10009, 10010, 10011, 21331)
            .map(ErrorKind.INVALID_REQUEST, 10007, 10008, 10012, 10016, 10017, 10018, 20005, 20006, 20007, 20008,
                    21323, 21329)
            .map(ErrorKind.NOT_FOUND, 20003, 20101, 20201)
            .map(ErrorKind.CONTENT_REJECTED, 20012, 20017, 20018, 20019, 20020, 20021)
            .build();

    private final WeiboApi api;
    private final Secret appSecret;
    private final UserTokens users;
    private final String redirectUri;
    private final WeiboMetrics metrics;
    private final WeiboPublishing publishing;

    private WeiboConnector(Builder b) {
        super(WeiboConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.appSecret = config().credentials().requireSecret("appSecret");
        this.redirectUri = b.redirectUri;
        this.api = api(WeiboApi.class);
        this.users = userTokens(REFRESH_RULES, new Grants());
        this.metrics = new WeiboMetrics(api, runtime(), users);
        offer(Capability.CONTENT_METRICS, metrics);
        offer(Capability.AUDIENCE_METRICS, metrics);
        offer(Capability.COMMENTS, new WeiboComments(api, runtime(), users, b.userIp));
        if (b.safeDomains.isEmpty()) {
            this.publishing = null;
            withhold(Capability.PUBLISH, "statuses/share needs the app's safe domains (安全域名): set Builder.safeDomains");
        } else {
            this.publishing = new WeiboPublishing(api, runtime(), users, new ShareRules(b.safeDomains), b.userIp);
            offer(Capability.PUBLISH, publishing);
        }
    }

    /** A builder for a connector with {@code config}'s credentials ({@code appKey}, {@code appSecret}). */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the authorisation code Weibo sent to the host's redirect URI ({@code oauth2/access_token}) and
     * keeps the account's token (and refresh token, where Weibo issues one) in the token store.
     *
     * @return the grant; its {@code account()} is the user's {@code uid}
     * @throws InvalidValueException when the builder has no {@link Builder#redirectUri redirect URI}
     */
    public UserGrant authorize(String code) {
        return users.authorize(code);
    }

    /** Stores tokens the host already holds for an account (e.g. migrated from another system). */
    public void seed(UserGrant grant) {
        users.seed(grant);
    }

    /** The stored grant of an account, if it authorised the app. */
    public Optional<UserGrant> grant(String uid) {
        return users.grant(uid);
    }

    /**
     * What Weibo says of an account's token ({@code oauth2/get_token_info}): the app and scope it was granted to,
     * when, and how long it has left. The connector's stored expiry is not changed.
     */
    public WeiboTokenInfo tokenInfo(AccountRef account) {
        String uid = uid(account);
        WeiboApi.TokenInfoAnswer a = runtime().read(TOKEN_INFO, users.account(uid), api::tokenInfo);
        if (a == null) {
            throw WIRE.unexpected(TOKEN_INFO, "an empty answer");
        }
        long created = WIRE.positiveSeconds(TOKEN_INFO, "create_at", a.createAt());
        Long left = WIRE.count(TOKEN_INFO, "expire_in", a.expireIn());
        if (left == null) {
            throw WIRE.unexpected(TOKEN_INFO, "an answer without expire_in");
        }
        Instant now = runtime().clock().instant();
        return new WeiboTokenInfo(WIRE.required(TOKEN_INFO, "uid", a.uid()), a.appkey() == null ? "" : a.appkey(),
                a.scope() == null ? "" : a.scope(), Instant.ofEpochSecond(created), now.plusSeconds(left));
    }

    /**
     * The {@code statuses/share} preflight: what the share form would send for {@code item} and what it removed
     * and why, or a {@link io.github.mediaops.core.connector.ContentRejectedException} listing every reason it cannot
     * be published (no link on a safe domain, too long by Weibo's count, more than one image, a video, an image
     * Weibo does not take). Nothing is sent to Weibo.
     *
     * @throws io.github.mediaops.core.connector.UnsupportedCapabilityException when no safe domain is configured
     */
    public SharePreflight preflight(ContentItem item) {
        return publishingOrThrow().preflight(item);
    }

    /**
     * The preflight report of a publish made with {@code idempotencyKey} (what the share form removed), kept for
     * the connector's idempotency TTL.
     */
    public Optional<SharePreflight> shareReport(String idempotencyKey) {
        return publishingOrThrow().report(idempotencyKey);
    }

    /**
     * Lifetime counts (comments, reposts, likes; reads where Weibo reports them) of the given statuses, read with
     * {@code account}'s token from {@code statuses/count} in calls of at most {@link #MAX_IDS_PER_CALL} ids, as
     * {@code LIFETIME} snapshots dated today in Asia/Shanghai. Statuses Weibo does not return (deleted, unknown)
     * are left out.
     */
    public List<ContentMetrics> statusMetrics(AccountRef account, List<String> statusIds) {
        return metrics.statusMetrics(uid(account), statusIds);
    }

    /**
     * Follower counts of the given users ({@code users/counts}, at most {@link #MAX_IDS_PER_CALL} uids per call),
     * read with {@code account}'s token: one snapshot per user dated today, for competitor and KOL tracking. Users
     * Weibo does not return are left out.
     */
    public List<AudienceMetrics> userCounts(AccountRef account, List<String> uids) {
        return metrics.userCounts(uid(account), uids);
    }

    private WeiboPublishing publishingOrThrow() {
        if (publishing == null) {
            publishing(); // throws the unsupported-capability error with the withheld reason
        }
        return publishing;
    }

    static String uid(AccountRef account) {
        Checks.notNull(account, "account");
        if (!account.platform().equals(PLATFORM)) {
            throw new InvalidValueException("account",
                    "account must be a Weibo account (was " + account.platform().id() + ")");
        }
        return account.accountId();
    }

    /** Weibo's rate limits are counted per hour (Rate-limiting page): wait until the next full hour. */
    static Duration untilNextHour(Instant now) {
        ZonedDateTime t = now.atZone(ZONE);
        return Duration.between(t, t.truncatedTo(ChronoUnit.HOURS).plusHours(1));
    }

    /** Splits ids into calls of at most {@link #MAX_IDS_PER_CALL}, refusing blank ids and duplicates. */
    static List<List<String>> chunks(String field, List<String> ids) {
        Checks.listOf(ids, field);
        List<String> clean = new ArrayList<>();
        for (String id : ids) {
            if (id == null || !id.strip().matches("\\d{1,20}")) {
                throw new InvalidValueException(field, field + " must hold numeric Weibo ids (was " + Checks.show(String.valueOf(id)) + ")");
            }
            if (!clean.contains(id.strip())) {
                clean.add(id.strip());
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < clean.size(); i += MAX_IDS_PER_CALL) {
            out.add(List.copyOf(clean.subList(i, Math.min(clean.size(), i + MAX_IDS_PER_CALL))));
        }
        return out;
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            if (redirectUri == null) {
                throw new InvalidValueException("redirectUri",
                        "authorize needs the redirect URI registered with the app: set Builder.redirectUri");
            }
            WeiboApi.TokenAnswer a = answer(runtime().readWithoutToken(ACCESS_TOKEN,
                    () -> api.accessToken(app(), appSecret.reveal(), "authorization_code", code, redirectUri)));
            Instant now = runtime().clock().instant();
            Secret refresh = a.refreshToken() == null || a.refreshToken().isBlank() ? null : Secret.of(a.refreshToken());
            return new UserGrant(WIRE.required(ACCESS_TOKEN, "uid", a.uid()),
                    Secret.of(WIRE.required(ACCESS_TOKEN, "access_token", a.accessToken())),
                    now.plusSeconds(WIRE.positiveSeconds(ACCESS_TOKEN, "expires_in", a.expiresIn())),
                    refresh, refresh == null ? null : now.plus(REFRESH_TOKEN_LIFETIME), 0);
        }

        /**
         * The {@code refresh_token} grant (mobile-SDK apps only; {@link UserTokens} never calls it for an account
         * without a refresh token). Weibo's documented answer has a new access token and {@code expires_in}; a new
         * refresh token, if one comes, replaces the old one for another 30 days.
         */
        @Override
        public UserGrant refresh(UserGrant current) {
            WeiboApi.TokenAnswer a = answer(runtime().readWithoutToken(ACCESS_TOKEN,
                    () -> api.refreshToken(app(), appSecret.reveal(), "refresh_token", current.refreshToken().reveal(),
                            redirectUri)));
            Instant now = runtime().clock().instant();
            Secret access = Secret.of(WIRE.required(ACCESS_TOKEN, "access_token", a.accessToken()));
            Instant expires = now.plusSeconds(WIRE.positiveSeconds(ACCESS_TOKEN, "expires_in",
                    a.expiresIn()));
            if (a.refreshToken() == null || a.refreshToken().isBlank()) {
                return new UserGrant(current.account(), access, expires, null, null, 0);
            }
            return new UserGrant(current.account(), access, expires, Secret.of(a.refreshToken()),
                    now.plus(REFRESH_TOKEN_LIFETIME), 0);
        }
    }

    private static WeiboApi.TokenAnswer answer(WeiboApi.TokenAnswer a) {
        if (a == null) {
            throw WIRE.unexpected(ACCESS_TOKEN, "an empty token answer");
        }
        return a;
    }

    /**
     * Builds a {@link WeiboConnector}; beside the template's options, the redirect URI for {@link #authorize}, the
     * app's safe domains (publishing is offered only with them) and the operating user's real IP that Weibo asks
     * for on every creating call ({@code rip}).
     */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private String redirectUri;
        private List<String> safeDomains = List.of();
        private String userIp;

        private Builder(ConnectorConfig config) {
            super(config, "appKey");
        }

        /** The callback address registered with the app; {@code oauth2/access_token} refuses any other (21322). */
        public Builder redirectUri(URI uri) {
            Checks.notNull(uri, "redirectUri");
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new InvalidValueException("redirectUri", "redirectUri must be an absolute URL (was " + uri + ")");
            }
            this.redirectUri = uri.toString();
            return this;
        }

        /**
         * The app's safe domains (我的应用 → 应用信息 → 安全域名): a {@code statuses/share} text must contain a link on
         * one of them, e.g. {@code "brand.example.cn"} (its subdomains count too).
         */
        public Builder safeDomains(String... domains) {
            Checks.notNull(domains, "safeDomains");
            List<String> out = new ArrayList<>();
            for (String d : domains) {
                String v = d == null ? "" : d.strip().toLowerCase(Locale.ROOT);
                if (!v.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
                    throw new InvalidValueException("safeDomains", "safeDomains must be host names like brand.example.cn (was "
                            + Checks.show(String.valueOf(d)) + ")");
                }
                out.add(v);
            }
            this.safeDomains = List.copyOf(out);
            return this;
        }

        /**
         * The real IP address of the user operating the account ({@code rip}), which Weibo requires on
         * {@code statuses/share} and {@code comments/reply}; an IPv4 or IPv6 literal.
         */
        public Builder userIp(String ip) {
            Checks.notBlank(ip, "userIp");
            String v = ip.strip();
            if (!v.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]+") || !literal(v)) {
                throw new InvalidValueException("userIp", "userIp must be an IPv4 or IPv6 address (was " + Checks.show(v) + ")");
            }
            this.userIp = v;
            return this;
        }

        private static boolean literal(String v) {
            try {
                InetAddress.getByName(v); // a literal of the forms matched above is parsed, never looked up
                return !v.contains(".") || java.util.Arrays.stream(v.split("\\.")).allMatch(p -> Integer.parseInt(p) <= 255);
            } catch (UnknownHostException | NumberFormatException e) {
                return false;
            }
        }

        @Override
        public WeiboConnector build() {
            return new WeiboConnector(this);
        }
    }
}
