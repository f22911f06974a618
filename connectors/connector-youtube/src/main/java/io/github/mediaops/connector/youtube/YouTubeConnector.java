package io.github.mediaops.connector.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.RawCall;
import io.github.mediaops.connector.support.RefreshRules;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.support.UserTokenGrants;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retrofit2.Call;

/**
 * The YouTube connector on the {@link HttpConnector} template: Google OAuth2 per channel (1-hour access tokens,
 * refreshed with the refresh token), the YouTube Data API v3 for resumable video upload, video and channel
 * statistics and comment threads, and the YouTube Analytics API v2 for daily reports, with the project's quota
 * counted per call ({@link #quota()}). Facts: platform-apis.md §6.2.
 *
 * <pre>{@code
 * YouTubeConnector yt = YouTubeConnector.builder(config).redirectUri(URI.create("https://ops.example.com/oauth")).build();
 * UserGrant grant = yt.authorize(codeFromRedirect);                  // account = the channel id (UC...)
 * AccountRef channel = AccountRef.of(Platform.YOUTUBE, grant.account());
 * List<ContentMetrics> daily = yt.dailyMetrics(channel, "dQw4w9WgXcQ", DateRange.of(from, to));
 * }</pre>
 */
public final class YouTubeConnector extends HttpConnector {
    /** The YouTube Data API host (and its upload path). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.googleapis.com/");
    /** Google's OAuth2 token endpoint. */
    public static final URI DEFAULT_TOKEN_URL = URI.create("https://oauth2.googleapis.com/token");
    /** The YouTube Analytics API host. */
    public static final URI DEFAULT_ANALYTICS_URL = URI.create("https://youtubeanalytics.googleapis.com/");
    /**
     * The zone YouTube Analytics reports days in and the Data API quota resets in (Pacific time: "Daily quotas reset
     * at midnight Pacific Time", quota calculator; Analytics days are Pacific days as well).
     */
    public static final ZoneId ZONE = QuotaLedger.PACIFIC;
    /** The project's default daily YouTube Data API units (quota calculator). */
    public static final long DEFAULT_DAILY_UNITS = 10_000;
    /** The project's default daily {@code videos.insert} calls, a bucket of its own (quota calculator). */
    public static final int DEFAULT_DAILY_UPLOADS = 100;
    /** Google keeps the refresh token on refresh (it may send a new one, which is then kept). */
    public static final RefreshRules REFRESH_RULES = RefreshRules.fixed();

    static final Platform PLATFORM = Platform.YOUTUBE;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);
    static final String TOKEN = "oauth2/token";
    static final String CHANNELS = "youtube/v3/channels";

    /**
     * Google's error reasons ({@code error.errors[0].reason} of a JSON error with HTTP 4xx/5xx; YouTube Data API
     * "Errors" page and platform-apis.md §6.2), and the OAuth2 token endpoint's {@code error} codes (RFC 6749 §5.2,
     * read by the token call itself). {@code quotaExceeded} waits until midnight Pacific time and becomes
     * {@link YouTubeQuotaExceededException}; {@code rateLimitExceeded} is retried with backoff.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(PLATFORM)
            .codeAt("/error/errors/0/reason").messageAt("/error/message")
            .map(ErrorKind.TOKEN_EXPIRED, "authError")
            .map(ErrorKind.CREDENTIALS_REFUSED, "invalid_grant", "invalid_client", "unauthorized_client", "keyInvalid")
            .map(ErrorKind.RATE_LIMITED, "quotaExceeded", "rateLimitExceeded", "userRateLimitExceeded",
                    "dailyLimitExceeded", "uploadLimitExceeded")
            .retryAfter(QuotaLedger.QUOTA_EXCEEDED, QuotaLedger::untilReset)
            .retryAfter("dailyLimitExceeded", QuotaLedger::untilReset)
            .map(ErrorKind.PERMISSION_DENIED, "forbidden", "insufficientPermissions", "commentsDisabled",
                    "channelClosed", "channelSuspended", "accountDelegationForbidden", "authenticatedUserAccountClosed",
                    "authenticatedUserAccountSuspended", "authenticatedUserNotChannel", "ineligibleAccount",
                    "SERVICE_UNAVAILABLE")
            .map(ErrorKind.NOT_FOUND, "videoNotFound", "commentNotFound", "channelNotFound", "commentThreadNotFound",
                    "parentCommentNotFound", "playlistNotFound", "notFound")
            .map(ErrorKind.CONTENT_REJECTED, "invalidTitle", "invalidDescription", "invalidTags",
                    "commentTextTooLong", "invalidCommentMetadata", "processingFailure")
            .map(ErrorKind.TRANSIENT, "backendError", "internalError")
            .map(ErrorKind.INVALID_REQUEST, "badRequest", "invalidPageToken", "missingRequiredParameter",
                    "unexpectedParameter", "incompatibleParameters", "invalidFilters", "invalidValue",
                    "invalid_request", "unsupported_grant_type", "invalid_scope")
            .build();

    private final YouTubeApi api;
    private final Secret clientSecret;
    private final String tokenUrl;
    private final URI redirectUri;
    private final UserTokens users;
    private final QuotaLedger quota;
    private final YouTubeMetrics metrics;
    private final YouTubeComments comments;
    private final ObjectMapper json = Json.tolerantMapper();

    private YouTubeConnector(Builder b) {
        super(YouTubeConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.clientSecret = config().credentials().requireSecret("clientSecret");
        this.api = api(YouTubeApi.class);
        URI fallback = config().baseUrl().map(YouTubeConnector::slash).orElse(null);
        this.tokenUrl = (b.tokenUrl != null ? b.tokenUrl : fallback != null ? fallback.resolve("token") : DEFAULT_TOKEN_URL)
                .toString();
        String analytics = slash(b.analyticsUrl != null ? b.analyticsUrl : fallback != null ? fallback : DEFAULT_ANALYTICS_URL)
                + "v2/reports";
        this.redirectUri = b.redirectUri;
        this.users = userTokens(b.refreshRules, new Grants());
        this.quota = new QuotaLedger(runtime().clock(), b.dailyUnits, b.dailyUploads);
        YouTubeCalls calls = new YouTubeCalls(api, runtime(), users, quota, analytics);
        this.metrics = new YouTubeMetrics(calls, b.maxVideos);
        this.comments = new YouTubeComments(calls);
        offer(Capability.CONTENT_METRICS, metrics);
        offer(Capability.AUDIENCE_METRICS, metrics);
        offer(Capability.COMMENTS, comments);
        offer(Capability.PUBLISH, new YouTubePublishing(calls, new ResumableUpload(calls, b.chunkBytes, b.maxResumes), b.privacy, b.categoryId));
    }

    /** A builder for a connector with {@code config}'s credentials ({@code clientId}, {@code clientSecret}). */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /**
     * Exchanges the authorisation code Google sent to the host's redirect URI (scopes {@code youtube.upload},
     * {@code youtube.force-ssl}, {@code yt-analytics.readonly}, with {@code access_type=offline} so that Google
     * issues a refresh token), reads the channel it belongs to ({@code channels?mine=true}) and keeps the channel's
     * tokens in the token store.
     *
     * @return the grant; its {@code account()} is the channel id
     * @throws InvalidValueException when the builder named no {@code redirectUri}
     */
    public UserGrant authorize(String code) {
        if (redirectUri == null) {
            throw new InvalidValueException("redirectUri", "authorize(code) needs the redirectUri the code was issued for;"
                    + " set it on the builder");
        }
        return users.authorize(code);
    }

    /** Stores tokens the host already holds for a channel (e.g. migrated from another system). */
    public void seed(UserGrant grant) {
        users.seed(grant);
    }

    /** The stored grant of a channel, if it authorised the app. */
    public Optional<UserGrant> grant(String channelId) {
        return users.grant(channelId);
    }

    /** What this connector has spent of the project's YouTube Data API quota today (Pacific time). */
    public YouTubeQuotaUsage quota() {
        return quota.usage();
    }

    /**
     * Daily metrics of one video from the YouTube Analytics API ({@code v2/reports}, {@code dimensions=day},
     * {@code filters=video==id}), one {@code DAY} snapshot per day YouTube reports, columns read by header name.
     */
    public List<io.github.mediaops.core.metrics.ContentMetrics> dailyMetrics(AccountRef channel, String videoId,
                                                                            io.github.mediaops.core.DateRange days) {
        return metrics.daily(channel, videoId, days);
    }

    /**
     * Sets the moderation status of comments on the channel's videos ({@code comments.setModerationStatus}, 50
     * units): publish a held comment, hold it for review, or reject it (optionally banning its author).
     */
    public void moderate(AccountRef channel, String commentId, ModerationStatus status, boolean banAuthor) {
        comments.moderate(channel, commentId, status, banAuthor);
    }

    static String channelId(AccountRef account) {
        Checks.notNull(account, "account");
        if (!account.platform().equals(PLATFORM)) {
            throw new InvalidValueException("account", "account must be a YouTube channel (was " + account.platform().id() + ")");
        }
        return account.accountId();
    }

    private static URI slash(URI u) {
        String s = u.toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    private Call<YouTubeApi.TokenAnswer> tokenCall(Map<String, String> form) {
        return RawCall.of(api.token(tokenUrl, form), status -> status == 400 || status == 401, (status, headers, body) -> {
            YouTubeApi.TokenAnswer a;
            try {
                a = json.readValue(body, YouTubeApi.TokenAnswer.class);
            } catch (IOException e) {
                throw WIRE.unexpected(TOKEN, "an unreadable token answer (HTTP " + status + ")");
            }
            if (a == null) {
                throw WIRE.unexpected(TOKEN, "an empty token answer (HTTP " + status + ")");
            }
            JsonNode error = a.error();
            if (error != null && error.isTextual()) {
                throw ERRORS.exception(TOKEN, error.asText(), a.errorDescription(), status, null, runtime().clock().instant());
            }
            if (status >= 300) {
                throw WIRE.unexpected(TOKEN, "HTTP " + status + " without an OAuth2 error code");
            }
            return a;
        });
    }

    private UserGrant grantOf(String channel, YouTubeApi.TokenAnswer a, Instant now, String fallbackRefresh) {
        String access = WIRE.required(TOKEN, "access_token", a.accessToken());
        long ttl = WIRE.positiveSeconds(TOKEN, "expires_in", a.expiresIn());
        Secret refresh = a.refreshToken() != null && !a.refreshToken().isBlank() ? Secret.of(a.refreshToken())
                : fallbackRefresh == null ? null : Secret.of(fallbackRefresh);
        Long refreshTtl = a.refreshTokenExpiresIn() == null ? null
                : WIRE.positiveSeconds(TOKEN, "refresh_token_expires_in", a.refreshTokenExpiresIn());
        return new UserGrant(channel, Secret.of(access), now.plusSeconds(ttl), refresh,
                refreshTtl == null ? null : now.plusSeconds(refreshTtl), 0);
    }

    private final class Grants implements UserTokenGrants {
        @Override
        public UserGrant exchange(String code) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "authorization_code");
            form.put("code", code);
            form.put("client_id", app());
            form.put("client_secret", clientSecret.reveal());
            form.put("redirect_uri", redirectUri.toString());
            YouTubeApi.TokenAnswer a = runtime().readWithoutToken(TOKEN, () -> tokenCall(form));
            Instant now = runtime().clock().instant();
            String access = WIRE.required(TOKEN, "access_token", a.accessToken());
            WIRE.required(TOKEN, "refresh_token (ask for access_type=offline)", a.refreshToken());
            YouTubeApi.ChannelList mine = runtime().readWithoutToken(CHANNELS,
                    () -> api.channels(YouTubeCalls.bearer(access), "id", true));
            if (mine == null || mine.items() == null || mine.items().isEmpty()) {
                throw WIRE.unexpected(CHANNELS, "the authorised Google account has no YouTube channel");
            }
            String channel = WIRE.required(CHANNELS, "items[0].id", mine.items().get(0).id());
            return grantOf(channel, a, now, null);
        }

        @Override
        public UserGrant refresh(UserGrant current) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "refresh_token");
            form.put("refresh_token", current.refreshToken().reveal());
            form.put("client_id", app());
            form.put("client_secret", clientSecret.reveal());
            YouTubeApi.TokenAnswer a = runtime().readWithoutToken(TOKEN, () -> tokenCall(form));
            UserGrant g = grantOf(current.account(), a, runtime().clock().instant(), null);
            return g;
        }
    }

    /**
     * Builds a {@link YouTubeConnector}; beside the template's options: the redirect URI of the authorisation step,
     * the hosts of the token endpoint and the Analytics API, the project's daily quota, the upload's chunk size and resume
     * limit, and the privacy and category of uploaded videos.
     */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private RefreshRules refreshRules = REFRESH_RULES;
        private URI tokenUrl;
        private URI analyticsUrl;
        private URI redirectUri;
        private long dailyUnits = DEFAULT_DAILY_UNITS;
        private int dailyUploads = DEFAULT_DAILY_UPLOADS;
        private long chunkBytes = ResumableUpload.DEFAULT_CHUNK_BYTES;
        private int maxResumes = ResumableUpload.DEFAULT_MAX_RESUMES;
        private Privacy privacy = Privacy.PUBLIC;
        private String categoryId = "22";
        private int maxVideos = YouTubeMetrics.DEFAULT_MAX_VIDEOS;

        private Builder(ConnectorConfig config) {
            super(config, "clientId");
        }

        /** How refresh tokens are kept; default {@link #REFRESH_RULES}. */
        public Builder refreshRules(RefreshRules rules) {
            this.refreshRules = Checks.notNull(rules, "refreshRules");
            return this;
        }

        /** The redirect URI registered for the OAuth client, sent with the code exchange ({@link #authorize}). */
        public Builder redirectUri(URI uri) {
            this.redirectUri = Checks.notNull(uri, "redirectUri");
            return this;
        }

        /** The token endpoint (default {@link #DEFAULT_TOKEN_URL}, or {@code <base URL>token} when a base URL is set). */
        public Builder tokenUrl(URI url) {
            this.tokenUrl = Checks.notNull(url, "tokenUrl");
            return this;
        }

        /** The Analytics API host (default {@link #DEFAULT_ANALYTICS_URL}, or the config's base URL when set). */
        public Builder analyticsUrl(URI host) {
            this.analyticsUrl = Checks.notNull(host, "analyticsUrl");
            return this;
        }

        /** The project's daily YouTube Data API units and {@code videos.insert} calls (defaults 10,000 and 100). */
        public Builder dailyQuota(long units, int uploads) {
            if (units < 1) {
                throw new InvalidValueException("dailyUnits", "dailyUnits must be > 0 (was " + units + ")");
            }
            if (uploads < 1) {
                throw new InvalidValueException("dailyUploads", "dailyUploads must be > 0 (was " + uploads + ")");
            }
            this.dailyUnits = units;
            this.dailyUploads = uploads;
            return this;
        }

        /**
         * The size of every upload chunk but the last: a multiple of 256 KiB, as Google's resumable protocol requires
         * (default 8 MiB).
         */
        public Builder chunkBytes(long bytes) {
            if (bytes < ResumableUpload.CHUNK_GRANULE || bytes % ResumableUpload.CHUNK_GRANULE != 0) {
                throw new InvalidValueException("chunkBytes", "chunkBytes must be a positive multiple of "
                        + ResumableUpload.CHUNK_GRANULE + " (256 KiB) (was " + bytes + ")");
            }
            this.chunkBytes = bytes;
            return this;
        }

        /** How many times one upload may resume after a dropped connection or a 5xx (default 5). */
        public Builder maxResumes(int resumes) {
            this.maxResumes = Checks.nonNegative(resumes, "maxResumes");
            return this;
        }

        /** The privacy of uploaded videos (default public; a scheduled publish is private until its time). */
        public Builder privacy(Privacy privacy) {
            this.privacy = Checks.notNull(privacy, "privacy");
            return this;
        }

        /** The video category id of uploads (default 22, People &amp; Blogs; see {@code videoCategories.list}). */
        public Builder categoryId(String id) {
            this.categoryId = Checks.notBlank(id, "categoryId");
            return this;
        }

        /** How many of the channel's latest uploads {@code contentMetrics} reads (1 to 50, default 50). */
        public Builder maxVideos(int videos) {
            if (videos < 1 || videos > 50) {
                throw new InvalidValueException("maxVideos", "maxVideos must be 1 to 50 (was " + videos + ")");
            }
            this.maxVideos = videos;
            return this;
        }

        @Override
        public YouTubeConnector build() {
            return new YouTubeConnector(this);
        }
    }
}
