package io.github.mediaops.connector.bilibili;

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
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Bilibili open platform (哔哩哔哩开放平台, openhome) connector: per-user OAuth2 tokens whose refresh token
 * works once, signed requests, video submission (upload init → resumable chunked upload → merge → cover →
 * {@code add-by-utoken}) and the statistics Bilibili opens to apps (user followers, lifetime counts of each
 * archive, and the account's increments over the last 30 days).
 *
 * <p>Credentials: identifier {@code clientId}, secret {@code clientSecret} (also the signing key). Each account
 * (an {@code openid}) authorises the app on Bilibili's page; the host hands the code to {@link #authorize}, after
 * which calls for {@code AccountRef.of(Platform.BILIBILI, openid)} use that account's token. Every refresh returns
 * a new refresh token and voids the one it used ({@link RefreshRules#rotating()}); the new pair is written to the
 * token store under the account's lock, so instances sharing the store never use a refresh token twice. A
 * refresh token that Bilibili refuses (122007, e.g. one already used by another system) ends the chain with a
 * {@link io.github.mediaops.connector.support.ReauthorizationRequiredException} naming the account.
 *
 * <p>Hosts: the {@code arcopen} API on {@link #DEFAULT_BASE_URL} (or {@link ConnectorConfig#baseUrl()}), the
 * token endpoints on {@link #DEFAULT_TOKEN_URL} and the part upload on {@link #DEFAULT_UPLOAD_URL}. When the
 * config names a base URL (a simulator, a gateway) and the builder names no other host, all three go there.
 */
public final class BilibiliConnector extends HttpConnector {
    /** The host of the {@code arcopen} API. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://member.bilibili.com/");
    /** The host of the OAuth2 token endpoints. */
    public static final URI DEFAULT_TOKEN_URL = URI.create("https://api.bilibili.com/");
    /** The host of the part upload. */
    public static final URI DEFAULT_UPLOAD_URL = URI.create("https://openupos.bilivideo.com/");
    /** The zone Bilibili's accounts and counts are kept in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Bilibili's rule: each refresh token works once and the refresh returns a new one (platform-apis-2.md §7.1). */
    public static final RefreshRules REFRESH_RULES = RefreshRules.rotating();
    /** The part size Bilibili asks for: 8 MB, every part but the last (文件分片上传). */
    public static final long PART_BYTES = 8L * 1024 * 1024;
    /** The largest video file Bilibili accepts: 4 GB (文件上传预处理). */
    public static final long MAX_VIDEO_BYTES = 4L * 1024 * 1024 * 1024;
    /**
     * An {@code expires_in} at or above this is an absolute Unix time (Bilibili answers the expiry that way);
     * below it, a lifetime in seconds.
     */
    public static final long EPOCH_THRESHOLD = 1_000_000_000L;

    static final Platform PLATFORM = Platform.BILIBILI;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);
    static final String TOKEN = "x/account-oauth2/v1/token";
    static final String REFRESH = "x/account-oauth2/v1/refresh_token";
    static final String ACCOUNT_INFO = "arcopen/fn/user/account/info";

    /**
     * Bilibili's status codes (状态码, platform-apis-2.md §7.4; the signature and submission codes of 接口签名实现标准和
     * 状态码 as frozen in masterAventador/automation-tool {@code contracts/publishing/bilibili-open-api.v1.json}): the
     * code is {@code code} on HTTP 200, 0 meaning success, the message {@code message}. 122007 (refresh token not
     * valid: used, revoked or unknown) refuses the credentials, so the refresh is never tried again.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(PLATFORM)
            .codeAt("/code").messageAt("/message").success("0")
            .map(ErrorKind.TOKEN_EXPIRED, 127001)
            .map(ErrorKind.CREDENTIALS_REFUSED, 122000, 122001, 122002, 122007, 122008, 127000, 127002, 127004, 127010,
                    127023)
            .map(ErrorKind.PERMISSION_DENIED, 123001, 127003, 127005, 127006, 127007, 127008, 127011, 127304, 127305)
            .map(ErrorKind.RATE_LIMITED, 123015, 123026, 123029, 123036, 127009, 127306)
            .retryAfter(123026, now -> Duration.ofSeconds(30))
            .retryAfter(123029, BilibiliConnector::untilMidnight)
            .map(ErrorKind.TRANSIENT, 4010, 4011, 122009, 122010, 123002, 123023, 123028, 127201)
            .map(ErrorKind.NOT_FOUND, 123004, 123005, 127107, 127124)
            .map(ErrorKind.CONTENT_REJECTED, 123003, 123006, 123008, 123009, 123010, 123011, 123012, 123013, 123014,
                    123016, 123017, 123018, 123019, 123020, 123021, 123022, 123024, 123027, 123030, 123033, 123038)
            .map(ErrorKind.INVALID_REQUEST, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4012, 127022,
                    127100, 127102, 127200, 127207)
            .build();

    private final BilibiliApi api;
    private final Secret clientSecret;
    private final BilibiliSigner signer;
    private final UserTokens users;
    private final String tokenUrl;
    private final String refreshUrl;
    private final BilibiliMetrics metrics;

    private BilibiliConnector(Builder b) {
        super(BilibiliConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.clientSecret = config().credentials().requireSecret("clientSecret");
        this.api = api(BilibiliApi.class);
        this.signer = new BilibiliSigner(app(), clientSecret.reveal(), runtime().clock(), b.nonces);
        URI fallback = config().baseUrl().orElse(null);
        URI tokenHost = slash(b.tokenUrl != null ? b.tokenUrl : fallback != null ? fallback : DEFAULT_TOKEN_URL);
        URI uploadHost = slash(b.uploadUrl != null ? b.uploadUrl : fallback != null ? fallback : DEFAULT_UPLOAD_URL);
        this.tokenUrl = tokenHost + TOKEN;
        this.refreshUrl = tokenHost + REFRESH;
        this.users = userTokens(b.refreshRules(), new Grants());
        this.metrics = new BilibiliMetrics(api, app(), signer, runtime(), users);
        offer(Capability.CONTENT_METRICS, metrics);
        offer(Capability.AUDIENCE_METRICS, metrics);
        BilibiliUpload upload = new BilibiliUpload(api, runtime(), signer, uploadHost + BilibiliUpload.PART, b.partRules(),
                b.uploadListener());
        offer(Capability.PUBLISH, new BilibiliPublishing(api, app(), signer, runtime(), users, metrics, upload, b.rules(),
                b.enforceFrom(), b.partition));
    }

    /** A builder for a connector with {@code config}'s credentials ({@code clientId}, {@code clientSecret}). */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the authorisation code Bilibili sent to the host's redirect URI
     * ({@code x/account-oauth2/v1/token}), reads the account's {@code openid} ({@code arcopen/fn/user/account/info})
     * and keeps the account's tokens in the token store.
     *
     * @return the grant; its {@code account()} is the user's {@code openid}
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

    /**
     * The account's increments over the last 30 days ({@code arcopen/fn/data/arc/inc-stats}), all archives
     * together, with Bilibili's misspelt {@code icn_reply} mapped to comments; see {@link BilibiliIncrements}.
     */
    public BilibiliIncrements increments(AccountRef account) {
        return metrics.increments(account);
    }

    static String openId(AccountRef account) {
        Checks.notNull(account, "account");
        if (!account.platform().equals(PLATFORM)) {
            throw new InvalidValueException("account",
                    "account must be a Bilibili account (was " + account.platform().id() + ")");
        }
        return account.accountId();
    }

    /** {@code expires_in} as an instant: an absolute Unix time, or a lifetime from {@code now} when small. */
    static Instant expiry(String op, Long expiresIn, Instant now) {
        long v = WIRE.positiveSeconds(op, "data.expires_in", expiresIn);
        return v >= EPOCH_THRESHOLD ? Instant.ofEpochSecond(v) : now.plusSeconds(v);
    }

    static Duration untilMidnight(Instant now) {
        LocalDate tomorrow = LocalDate.ofInstant(now, ZONE).plusDays(1);
        return Duration.between(now, tomorrow.atStartOfDay(ZONE).toInstant());
    }

    private static URI slash(URI u) {
        String s = u.toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            BilibiliApi.TokenData d = data(TOKEN, runtime().readWithoutToken(TOKEN,
                    () -> api.token(tokenUrl, app(), clientSecret.reveal(), "authorization_code", code)));
            Instant now = runtime().clock().instant();
            String access = WIRE.required(TOKEN, "data.access_token", d.accessToken());
            BilibiliApi.Envelope<BilibiliApi.AccountInfo> info = runtime().readWithoutToken(ACCOUNT_INFO,
                    () -> api.accountInfo(signer.headers(new byte[0], access), app(), access));
            if (info == null || info.data() == null) {
                throw WIRE.unexpected(ACCOUNT_INFO, "an answer without data");
            }
            return new UserGrant(WIRE.required(ACCOUNT_INFO, "data.openid", info.data().openid()),
                    Secret.of(access), expiry(TOKEN, d.expiresIn(), now),
                    Secret.of(WIRE.required(TOKEN, "data.refresh_token", d.refreshToken())), null, 0);
        }

        /**
         * Bilibili answers a new access token and a new refresh token; the used one is void from then on. Bilibili
         * reports no lifetime for the refresh token, so none is stored.
         */
        @Override
        public UserGrant refresh(UserGrant current) {
            BilibiliApi.TokenData d = data(REFRESH, runtime().readWithoutToken(REFRESH,
                    () -> api.refresh(refreshUrl, app(), clientSecret.reveal(), "refresh_token",
                            current.refreshToken().reveal())));
            Instant now = runtime().clock().instant();
            return new UserGrant(current.account(),
                    Secret.of(WIRE.required(REFRESH, "data.access_token", d.accessToken())),
                    expiry(REFRESH, d.expiresIn(), now),
                    Secret.of(WIRE.required(REFRESH, "data.refresh_token", d.refreshToken())), null, 0);
        }
    }

    private static BilibiliApi.TokenData data(String op, BilibiliApi.TokenEnvelope e) {
        if (e == null || e.data() == null) {
            throw WIRE.unexpected(op, "an answer without data");
        }
        return e.data();
    }

    /**
     * Builds a {@link BilibiliConnector}; beside the template's options: the partition archives are submitted to,
     * the upload's part size and progress listener, the platform rules checked before an upload, the hosts of the
     * token endpoints and the part upload, and the refresh-token rules.
     */
    public static final class Builder extends VideoCreatorBuilder<Builder> {
        private long partBytes = PART_BYTES;
        private Integer partition;
        private URI tokenUrl;
        private URI uploadUrl;
        private Supplier<String> nonces = () -> UUID.randomUUID().toString();

        private Builder(ConnectorConfig config) {
            super(config, "clientId", REFRESH_RULES);
        }

        /**
         * The partition ({@code tid}, from Bilibili's 分区查询) archives are submitted to; required for publishing.
         */
        public Builder partition(int tid) {
            if (tid < 1) {
                throw new InvalidValueException("partition", "partition must be a positive tid (was " + tid + ")");
            }
            this.partition = tid;
            return this;
        }

        /** The size of every part but the last: 1 byte to {@link #PART_BYTES} (8 MB, the default and Bilibili's advice). */
        public Builder partBytes(long bytes) {
            if (bytes < 1 || bytes > PART_BYTES) {
                throw new InvalidValueException("partBytes", "partBytes must be 1 to " + PART_BYTES + " (was " + bytes + ")");
            }
            this.partBytes = bytes;
            return this;
        }

        /** The host of the token endpoints (default {@link #DEFAULT_TOKEN_URL}, or the config's base URL when set). */
        public Builder tokenUrl(URI host) {
            this.tokenUrl = Checks.notNull(host, "tokenUrl");
            return this;
        }

        /** The host of the part upload (default {@link #DEFAULT_UPLOAD_URL}, or the config's base URL when set). */
        public Builder uploadUrl(URI host) {
            this.uploadUrl = Checks.notNull(host, "uploadUrl");
            return this;
        }

        /** Where signature nonces come from (default random UUIDs); each must be unique. */
        Builder nonces(Supplier<String> nonces) {
            this.nonces = Checks.notNull(nonces, "nonces");
            return this;
        }

        PartRules partRules() {
            // parts of partBytes (8 MB advised), numbered from 1; no documented part-count limit; 4 GB at most
            return new PartRules(1, partBytes, PART_BYTES, Integer.MAX_VALUE, MAX_VIDEO_BYTES, 1);
        }

        @Override
        public BilibiliConnector build() {
            return new BilibiliConnector(this);
        }
    }
}
