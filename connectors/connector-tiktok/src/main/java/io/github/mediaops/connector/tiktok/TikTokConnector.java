package io.github.mediaops.connector.tiktok;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.VideoCreatorBuilder;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.WebhookGate;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.connector.support.upload.PartRules;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The TikTok for Developers connector: Login Kit tokens per user (24 h access tokens refreshed with 365-day refresh
 * tokens that may rotate), the Content Posting API (creator info before every post, direct post or upload to the
 * creator's inbox, chunked {@code FILE_UPLOAD}, publish status), Display API video counts, the follower count, and
 * signed webhooks.
 *
 * <p>Credentials: identifier {@code clientKey}, secret {@code clientSecret}; the builder's {@code redirectUri} is the
 * one registered for the app (the code exchange repeats it). Each account (an {@code open_id}) authorises the app
 * on TikTok's page; the host hands the code to {@link #authorize}, after which calls for
 * {@code AccountRef.of(Platform.TIKTOK, openId)} use that account's token. When TikTok refuses an access token
 * ({@code access_token_invalid}) it is refreshed once and the call repeated once; when the refresh token is refused
 * ({@code invalid_grant}) or expired, a
 * {@link io.github.mediaops.connector.support.ReauthorizationRequiredException} asks for a new authorisation.
 *
 * <p>Comments: TikTok offers no API to read or answer comments on a creator's own videos (only the Research API
 * reads public comments, for approved researchers); the capability is not offered.
 */
public final class TikTokConnector extends HttpConnector {
    /** TikTok's open API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://open.tiktokapis.com/");
    /** TikTok reports epoch times; days are counted in UTC. */
    public static final ZoneId ZONE = ZoneOffset.UTC;
    /**
     * The refresh grant may return a new refresh token, which replaces the old one ("the refresh token may be
     * different", Login Kit "Manage User Access Tokens"): kept single-flight per account as for a rotating token.
     */
    public static final RefreshRules REFRESH_RULES = RefreshRules.rotating();
    /** The default chunk: 10,000,000 bytes, as in TikTok's Media Transfer Guide example. */
    public static final long DEFAULT_CHUNK_BYTES = 10_000_000L;
    /**
     * TikTok's chunk rules (Content Posting API Media Transfer Guide): chunks of 5 MB to 64 MB, the last one taking
     * the trailing bytes ({@code total_chunk_count = floor(video_size / chunk_size)}, up to 128 MB), a video under
     * 5 MB sent whole, 1 to 1000 chunks, videos up to 4 GB, chunks numbered in order from the first.
     */
    public static final PartRules CHUNK_RULES = new PartRules(5 * PartRules.MIB, DEFAULT_CHUNK_BYTES, 64 * PartRules.MIB,
            1000, 4096 * PartRules.MIB, 1).withRemainderInLastPart();

    static final Platform PLATFORM = Platform.TIKTOK;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);
    static final String TOKEN = "v2/oauth/token";

    /**
     * TikTok's error codes (platform-apis.md §6.1; the official "Error Handling" pages of API v2 and of Login Kit
     * OAuth; the Content Posting API reference). API answers carry {@code error.code} ({@code ok} is success) with
     * the HTTP status TikTok documents (401, 429, 400, 500); the token endpoint answers {@code error} as a string
     * with {@code error_description}. A refused refresh token ({@code invalid_grant}) is a credentials refusal, never
     * a token expiry, so the runtime does not refresh again.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(PLATFORM)
            .codeAt("/error/code").messageAt("/error/message").success("ok")
            .codeAlsoAt("/error", "/error_description")
            .map(ErrorKind.TOKEN_EXPIRED, "access_token_invalid")
            .map(ErrorKind.CREDENTIALS_REFUSED, "invalid_grant", "invalid_client", "access_denied", "unauthorized_client")
            .map(ErrorKind.PERMISSION_DENIED, "scope_not_authorized", "scope_permission_missed", "invalid_scope",
                    "unaudited_client_can_only_post_to_private_accounts", "spam_risk_user_banned_from_posting",
                    "url_ownership_unverified")
            .map(ErrorKind.RATE_LIMITED, "rate_limit_exceeded", "spam_risk_too_many_posts",
                    "spam_risk_too_many_pending_share", "reached_active_user_cap")
            .map(ErrorKind.INVALID_REQUEST, "invalid_params", "invalid_file_upload", "privacy_level_option_mismatch",
                    "invalid_request", "unsupported_grant_type", "unsupported_response_type")
            .map(ErrorKind.CONTENT_REJECTED, "spam_risk_text")
            .map(ErrorKind.TRANSIENT, "internal_error", "server_error", "temporarily_unavailable")
            .build();

    private final TikTokApi api;
    private final Secret clientSecret;
    private final String redirectUri;
    private final UserTokens users;
    private final TikTokPublishing publishing;
    private final TikTokMetrics metrics;

    private TikTokConnector(Builder b) {
        super(TikTokConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.clientSecret = config().credentials().requireSecret("clientSecret");
        this.redirectUri = b.redirectUri;
        this.api = api(TikTokApi.class);
        this.users = userTokens(b.refreshRules(), new Grants());
        this.metrics = new TikTokMetrics(api, runtime(), users);
        this.publishing = new TikTokPublishing(api, runtime(), users,
                new TikTokUpload(api, runtime(), b.chunkBytes, b.uploadListener()), b.postSettings, b.rules(), b.enforceFrom());
        offer(Capability.PUBLISH, publishing);
        offer(Capability.CONTENT_METRICS, metrics);
        offer(Capability.AUDIENCE_METRICS, metrics);
        offer(Capability.WEBHOOKS, new TikTokWebhooks(app(), clientSecret, runtime().webhooks(), publishing,
                WebhookGate.bodyLimit(config(), "maxPushBytes", TikTokWebhooks.DEFAULT_MAX_PUSH_BYTES)));
    }

    /** A builder for a connector with {@code config}'s credentials ({@code clientKey}, {@code clientSecret}). */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the authorisation code TikTok sent to the redirect URI ({@code POST /v2/oauth/token/},
     * {@code grant_type=authorization_code}) and keeps the account's tokens in the token store.
     *
     * @return the grant; its {@code account()} is the user's {@code open_id}
     * @throws InvalidValueException (field {@code redirectUri}) when the builder was given no redirect URI
     */
    public UserGrant authorize(String code) {
        if (redirectUri == null) {
            throw new InvalidValueException("redirectUri", "authorize needs the app's registered redirectUri (builder option)");
        }
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
     * The creator's posting options now ({@code post/publish/creator_info/query}): show the nickname and the offered
     * privacy levels to the person who posts, as TikTok requires of posting apps.
     */
    public CreatorInfo creatorInfo(AccountRef account) {
        return publishing.creatorInfo(openId(account));
    }

    /**
     * Publishes with this post's own TikTok settings (privacy level, mode, interactions, cover) instead of the
     * builder's {@code postSettings}; otherwise exactly {@code publishing().publish(request)}.
     *
     * @throws PrivacyLevelNotOfferedException when the creator does not offer {@code settings.privacyLevel()}
     */
    public PublishTicket publish(PublishRequest request, TikTokPostSettings settings) {
        return publishing.publish(request, Checks.notNull(settings, "settings"));
    }

    /**
     * The current counts of chosen videos of the account ({@code POST /v2/video/query/}, 20 ids a call; scope
     * {@code video.list}), as lifetime snapshots dated today (UTC): refresh a campaign's posts without listing every
     * video. Ids TikTok does not return (another account's, deleted, private) are left out.
     */
    public List<ContentMetrics> videoMetrics(AccountRef account, List<String> videoIds) {
        return metrics.query(openId(account), videoIds);
    }

    /** The publishing implementation (replay tests drive its init calls without uploading). */
    TikTokPublishing posting() {
        return publishing;
    }

    static String openId(AccountRef account) {
        Checks.notNull(account, "account");
        if (!account.platform().equals(PLATFORM)) {
            throw new InvalidValueException("account",
                    "account must be a TikTok account (was " + account.platform().id() + ")");
        }
        return account.accountId();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            TikTokApi.TokenAnswer a = answer(runtime().readWithoutToken(TOKEN,
                    () -> api.exchangeCode(app(), clientSecret.reveal(), code, "authorization_code", redirectUri)));
            Instant now = runtime().clock().instant();
            return new UserGrant(WIRE.required(TOKEN, "open_id", a.openId()),
                    Secret.of(WIRE.required(TOKEN, "access_token", a.accessToken())),
                    now.plusSeconds(WIRE.positiveSeconds(TOKEN, "expires_in", a.expiresIn())),
                    Secret.of(WIRE.required(TOKEN, "refresh_token", a.refreshToken())),
                    now.plusSeconds(WIRE.positiveSeconds(TOKEN, "refresh_expires_in",
                            a.refreshExpiresIn())), 0);
        }

        /**
         * The refresh grant. TikTok answers a refresh token with it, which may differ from the one sent: the
         * answer's token and {@code refresh_expires_in} replace the old ones; an answer without a refresh token
         * keeps the old one and its expiry.
         */
        @Override
        public UserGrant refresh(UserGrant current) {
            TikTokApi.TokenAnswer a = answer(runtime().readWithoutToken(TOKEN,
                    () -> api.refresh(app(), clientSecret.reveal(), "refresh_token", current.refreshToken().reveal())));
            Instant now = runtime().clock().instant();
            Secret access = Secret.of(WIRE.required(TOKEN, "access_token", a.accessToken()));
            Instant accessExpires = now.plusSeconds(WIRE.positiveSeconds(TOKEN, "expires_in",
                    a.expiresIn()));
            Instant refreshExpires = a.refreshExpiresIn() == null ? null
                    : now.plusSeconds(WIRE.positiveSeconds(TOKEN, "refresh_expires_in", a.refreshExpiresIn()));
            return UserGrant.afterRefresh(current, access, accessExpires, a.refreshToken(), refreshExpires);
        }
    }

    private static TikTokApi.TokenAnswer answer(TikTokApi.TokenAnswer a) {
        if (a == null) {
            throw WIRE.unexpected(TOKEN, "an empty token answer");
        }
        return a;
    }

    /**
     * Builds a {@link TikTokConnector}; beside the template's options, the registered redirect URI, the default post
     * settings, the refresh-token rules, the upload's chunk size and progress listener, and the platform rules
     * checked before an upload.
     */
    public static final class Builder extends VideoCreatorBuilder<Builder> {
        private String redirectUri;
        private TikTokPostSettings postSettings = TikTokPostSettings.directPost(PrivacyLevel.SELF_ONLY);
        private long chunkBytes = DEFAULT_CHUNK_BYTES;

        private Builder(ConnectorConfig config) {
            super(config, "clientKey", REFRESH_RULES);
        }

        /** The redirect URI registered for the app, sent again with the code exchange (required for {@link #authorize}). */
        public Builder redirectUri(String uri) {
            Checks.notBlank(uri, "redirectUri");
            try {
                URI parsed = URI.create(uri);
                if (!parsed.isAbsolute()) {
                    throw new InvalidValueException("redirectUri", "redirectUri must be absolute (was " + uri + ")");
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("redirectUri", "redirectUri is not a URI (was " + uri + ")");
            }
            this.redirectUri = uri;
            return this;
        }

        /** The settings of posts published through {@code publishing()}; default a {@code SELF_ONLY} direct post. */
        public Builder postSettings(TikTokPostSettings settings) {
            this.postSettings = Checks.notNull(settings, "postSettings");
            return this;
        }

        /**
         * The chunk size of a FILE_UPLOAD: 5 MB to 64 MB (TikTok's limits; default {@link #DEFAULT_CHUNK_BYTES}). A
         * video smaller than one chunk goes whole.
         */
        public Builder chunkBytes(long bytes) {
            if (bytes < CHUNK_RULES.minPartBytes() || bytes > CHUNK_RULES.maxPartBytes()) {
                throw new InvalidValueException("chunkBytes", "chunkBytes must be " + CHUNK_RULES.minPartBytes() + " to "
                        + CHUNK_RULES.maxPartBytes() + " (was " + bytes + ")");
            }
            this.chunkBytes = bytes;
            return this;
        }

        @Override
        public TikTokConnector build() {
            return new TikTokConnector(this);
        }
    }
}
