package io.github.mediaops.connector.tiktok.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.SimulatorBuilder;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import io.github.mediaops.connector.tck.SimulatedApp;
import io.github.mediaops.connector.tck.SimulatedGrants;
import io.github.mediaops.core.connector.WebhookRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stateful TikTok for Developers server on 127.0.0.1 that speaks the documented v2 protocol: the Login Kit token
 * endpoint ({@code /v2/oauth/token/}), the Content Posting API ({@code creator_info/query}, {@code video/init},
 * {@code inbox/video/init}, {@code status/fetch}) with the FILE_UPLOAD chunk {@code PUT}s to its upload URL
 * ({@code /video/?upload_id=…&upload_token=…}), and the Display API ({@code /v2/video/list/},
 * {@code /v2/video/query/}, {@code /v2/user/info/}). Facts: {@code platform-apis.md} §6.1 and §11, the official
 * reference pages (Login Kit "Manage User Access Tokens" and OAuth "Error Handling", API v2 "Error Handling", Content
 * Posting API "Direct Post", "Upload", "Media Transfer Guide", "Get Post Status", Display API "List Videos",
 * "Query Videos", "Get User Info", "Webhooks"), and the SKIT TikTokGlobal model samples.
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Authorisation codes ({@link #authorizationCode}) are single-use and must come with the registered
 *   redirect URI; access tokens live 24 h, refresh tokens 365 days. With {@link Builder#rotateRefreshTokens} (the
 *   default) a refresh issues a new refresh token and voids the old one; reusing it answers {@code invalid_grant}.
 *   OAuth errors are HTTP 400 {@code {"error":…,"error_description":…,"log_id":…}}.</li>
 *   <li>API errors are {@code {"data":{},"error":{"code":…,"message":…,"log_id":…}}} with TikTok's HTTP status:
 *   {@code access_token_invalid} 401, {@code scope_not_authorized} 401, {@code rate_limit_exceeded} 429,
 *   {@code invalid_params} 400, {@code privacy_level_option_mismatch} 400, {@code internal_error} 500.</li>
 *   <li>Posting: the privacy level must be one the creator offers ({@link #putCreator}); each token may init 6
 *   posts a minute (429 after). The chunk plan must follow the Media Transfer Guide: a video under 5 MB whole
 *   ({@code chunk_size = video_size}), else chunks of 5 MB to 64 MB, {@code total_chunk_count =
 *   floor(video_size / chunk_size)} from 1 to 1000, the last chunk taking the trailing bytes (up to 128 MB), a
 *   video over 64 MB in at least two chunks, up to 4 GB. Chunks arrive in order with {@code Content-Range}; each
 *   non-final chunk answers 206, the final one 201; a chunk sent again is accepted again. A finished upload is
 *   {@code PROCESSING_UPLOAD} until {@link #completePendingJobs()}: a direct post becomes
 *   {@code PUBLISH_COMPLETE} (with a {@code publicaly_available_post_id} unless it is {@code SELF_ONLY}) and joins
 *   the account's videos; an inbox upload becomes {@code SEND_TO_USER_INBOX} until {@link #postFromInbox}.
 *   {@link #failPending} fails them with a {@code fail_reason}.</li>
 *   <li>Webhooks: {@link #push} builds a request signed as TikTok signs ({@code TikTok-Signature: t=…,s=…},
 *   HMAC-SHA256 with the client secret over {@code t + "." + body}).</li>
 * </ul>
 * Faults ({@link #failNext}) apply to API and upload requests, not the token endpoint, in TikTok's shape: busy
 * {@code internal_error} 500, rate limited {@code rate_limit_exceeded} 429, token expired
 * {@code access_token_invalid} 401, bad credentials {@code scope_not_authorized} 401.
 */
public final class TikTokSimulator extends LoopbackSimulator {
    /** The smallest chunk, and the size under which a video goes whole: 5 MB. */
    public static final long MIN_CHUNK = 5L * 1024 * 1024;
    /** The largest chunk but the last: 64 MB. */
    public static final long MAX_CHUNK = 64L * 1024 * 1024;
    /** The largest final chunk: 128 MB. */
    public static final long MAX_FINAL_CHUNK = 128L * 1024 * 1024;
    /** The largest video: 4 GB. */
    public static final long MAX_VIDEO = 4096L * 1024 * 1024;
    /** Inits one access token may send per minute (the Direct Post and Upload references: 6 per minute). */
    public static final int INITS_PER_MINUTE = 6;
    /** The longest caption, in UTF-16 code units. */
    public static final int MAX_TITLE = 2200;

    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");
    private static final String TOKEN_PATH = "/v2/oauth/token/";

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedApp app;
    private final String redirectUri;
    private final Clock clock;
    private final boolean rotate;
    private final Object lock = new Object();
    private final AtomicLong ids = new AtomicLong(7_300_000_000_000_000_000L);
    private final AtomicInteger logIds = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final SimulatedGrants<String> grants;
    private final Map<String, Refresh> refreshTokens = new HashMap<>();
    private final Map<String, Creator> creators = new HashMap<>();
    private final Map<String, List<Video>> videos = new HashMap<>();
    private final Map<String, Post> posts = new LinkedHashMap<>();
    private final Map<String, Post> uploads = new HashMap<>();
    private final Map<String, List<Instant>> inits = new HashMap<>();

    private static final class Refresh {
        final String openId;
        final Instant expiresAt;
        boolean alive = true;

        Refresh(String openId, Instant expiresAt) {
            this.openId = openId;
            this.expiresAt = expiresAt;
        }
    }

    private record Creator(String username, String nickname, List<String> privacyOptions, long maxDurationSec,
                           long followers, long following, long likes) {
    }

    private static final class Video {
        final String id;
        final String title;
        final long createTime;
        final Map<String, Long> counts;

        Video(String id, String title, long createTime, Map<String, Long> counts) {
            this.id = id;
            this.title = title;
            this.createTime = createTime;
            this.counts = counts;
        }
    }

    private static final class Post {
        final String publishId;
        final String openId;
        final boolean inbox;
        final String privacy;
        final String title;
        final long videoSize;
        final long chunkSize;
        final int chunkCount;
        final String uploadToken;
        long received;
        String status = "PROCESSING_UPLOAD";
        String failReason;
        String postId;
        final Map<Long, Integer> deliveries = new HashMap<>();

        Post(String publishId, String openId, boolean inbox, String privacy, String title, long videoSize, long chunkSize,
             int chunkCount, String uploadToken) {
            this.publishId = publishId;
            this.openId = openId;
            this.inbox = inbox;
            this.privacy = privacy;
            this.title = title;
            this.videoSize = videoSize;
            this.chunkSize = chunkSize;
            this.chunkCount = chunkCount;
            this.uploadToken = uploadToken;
        }

        boolean uploaded() {
            return received == videoSize;
        }
    }

    private TikTokSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.redirectUri = b.redirectUri;
        this.clock = app.clock();
        this.rotate = b.rotate;
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, TOKEN_PATH::equals);
        slowness(Duration.ofSeconds(2));
        keepTokensIn(grants);
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- control

    public String clientKey() {
        return app.id();
    }

    public String clientSecret() {
        return app.secret();
    }

    public String redirectUri() {
        return redirectUri;
    }

    /** A single-use authorisation code, as TikTok sends to the redirect URI after {@code openId} consents. */
    public String authorizationCode(String openId) {
        return grants.issueCode("code.", Objects.requireNonNull(openId, "openId"));
    }

    /**
     * Sets a creator's profile: what {@code creator_info/query} answers (username, nickname, privacy options, longest
     * video) and the counts of {@code user/info} ({@code null} leaves a count out of the answer).
     */
    public void putCreator(String openId, String username, String nickname, List<String> privacyOptions,
                           long maxDurationSec, Long followers, Long following, Long likes) {
        synchronized (lock) {
            creators.put(Objects.requireNonNull(openId, "openId"), new Creator(username, nickname,
                    List.copyOf(privacyOptions), maxDurationSec, followers == null ? -1 : followers,
                    following == null ? -1 : following, likes == null ? -1 : likes));
        }
    }

    /**
     * Adds a public video of {@code openId}; {@code counts} by TikTok's field names ({@code view_count},
     * {@code like_count}, {@code comment_count}, {@code share_count}); a count left out is left out of answers.
     */
    public void addVideo(String openId, String id, String title, Instant createdAt, Map<String, Long> counts) {
        synchronized (lock) {
            videos.computeIfAbsent(Objects.requireNonNull(openId, "openId"), k -> new ArrayList<>())
                    .add(new Video(id, title, createdAt.getEpochSecond(), new LinkedHashMap<>(counts)));
        }
    }

    /** Makes every refresh token expired. */
    public void expireRefreshTokens() {
        synchronized (lock) {
            refreshTokens.replaceAll((k, r) -> {
                Refresh x = new Refresh(r.openId, clock.instant().minusSeconds(1));
                x.alive = r.alive;
                return x;
            });
        }
    }

    /** How many refresh grants were answered with new tokens. */
    public int refreshes() {
        return refreshes.get();
    }

    /** The status {@code status/fetch} would answer for a publish id, or {@code null} for an unknown one. */
    public String status(String publishId) {
        synchronized (lock) {
            Post p = posts.get(publishId);
            return p == null ? null : p.status;
        }
    }

    /** The caption a direct post was initialised with. */
    public String title(String publishId) {
        synchronized (lock) {
            Post p = posts.get(publishId);
            return p == null ? null : p.title;
        }
    }

    /** The publish ids initialised so far, in order. */
    public List<String> publishIds() {
        synchronized (lock) {
            return List.copyOf(posts.keySet());
        }
    }

    /** How many times the chunk at {@code offset} of a publish arrived. */
    public int deliveries(String publishId, long offset) {
        synchronized (lock) {
            Post p = posts.get(publishId);
            return p == null ? 0 : p.deliveries.getOrDefault(offset, 0);
        }
    }

    /** Finishes every fully uploaded post: see the class comment. */
    @Override
    public void completePendingJobs() {
        synchronized (lock) {
            for (Post p : posts.values()) {
                if (!p.status.equals("PROCESSING_UPLOAD") || !p.uploaded()) {
                    continue;
                }
                if (p.inbox) {
                    p.status = "SEND_TO_USER_INBOX";
                } else {
                    publish(p);
                }
            }
        }
    }

    /** The creator posts an inbox upload from the TikTok app. */
    public void postFromInbox(String publishId) {
        synchronized (lock) {
            Post p = Objects.requireNonNull(posts.get(publishId), "publishId");
            if (p.status.equals("SEND_TO_USER_INBOX")) {
                publish(p);
            }
        }
    }

    /** Fails every fully uploaded post still processing with {@code failReason}. */
    public void failPending(String failReason) {
        synchronized (lock) {
            for (Post p : posts.values()) {
                if (p.status.equals("PROCESSING_UPLOAD") && p.uploaded()) {
                    p.status = "FAILED";
                    p.failReason = failReason;
                }
            }
        }
    }

    private void publish(Post p) {
        p.status = "PUBLISH_COMPLETE";
        if (!"SELF_ONLY".equals(p.privacy) && !p.inbox) {
            p.postId = Long.toString(ids.incrementAndGet());
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("view_count", 0L);
            counts.put("like_count", 0L);
            counts.put("comment_count", 0L);
            counts.put("share_count", 0L);
            videos.computeIfAbsent(p.openId, k -> new ArrayList<>())
                    .add(new Video(p.postId, p.title, clock.instant().getEpochSecond(), counts));
        }
    }

    /**
     * A webhook request as TikTok sends it: body {@code {"client_key","event","create_time","user_openid","content"}}
     * ({@code content} a serialized JSON string), header {@code TikTok-Signature: t=<now>,s=<hex HMAC-SHA256>}.
     */
    public WebhookRequest push(String event, String openId, String contentJson) {
        long t = clock.instant().getEpochSecond();
        ObjectNode body = json.createObjectNode().put("client_key", app.id()).put("event", event).put("create_time", t)
                .put("user_openid", openId).put("content", contentJson);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return signed(t, bytes);
    }

    /** Signs {@code body} at {@code t} as TikTok does. */
    public WebhookRequest signed(long t, byte[] body) {
        return new WebhookRequest("POST", Map.of(), Map.of("Content-Type", "application/json",
                "TikTok-Signature", "t=" + t + ",s=" + sign(app.secret(), t, body)), body);
    }

    /** Hex HMAC-SHA256 with {@code secret} over {@code t + "." + body}. */
    public static String sign(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- HTTP

    private record Answer(int status, ObjectNode body) {
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.equals(TOKEN_PATH)) {
                reply(ex, oauth(LoopbackServer.form(new String(body, StandardCharsets.UTF_8))));
                return;
            }
            Fault fault;
            synchronized (lock) {
                fault = nextFault();
                String range = ex.getRequestHeaders().getFirst("Content-Range");
                logRequest(ex.getRequestMethod() + " " + path + (range == null ? "" : " " + range)); // with a chunk's Content-Range
            }
            if (fault != null) {
                switch (fault) {
                    case PLATFORM_BUSY -> {
                        reply(ex, error(500, "internal_error", "Something went wrong. Please try again later."));
                        return;
                    }
                    case RATE_LIMITED -> {
                        reply(ex, error(429, "rate_limit_exceeded", "The API rate limit was exceeded. Please try again later."));
                        return;
                    }
                    case TOKEN_EXPIRED -> {
                        reply(ex, error(401, "access_token_invalid", "The access token is invalid or not found in the request."));
                        return;
                    }
                    case BAD_CREDENTIALS -> {
                        reply(ex, error(401, "scope_not_authorized", "The user did not authorize the scope required for completing this request."));
                        return;
                    }
                    default -> {
                        if (answerFault(ex, fault, f -> "", "{\"data\":{\"videos\":[{\"id\":",
                                () -> api(ex, path, body))) {
                            return;
                        }
                    }
                }
            }
            reply(ex, api(ex, path, body));
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    private void reply(HttpExchange ex, Answer a) throws IOException {
        if (a.body() == null) {
            LoopbackServer.send(ex, a.status(), "text/plain", new byte[0]);
        } else {
            LoopbackServer.send(ex, a.status(), "application/json", json.writeValueAsBytes(a.body()));
        }
    }

    // ---------------------------------------------------------------- OAuth

    private Answer oauth(Map<String, String> f) {
        synchronized (lock) {
            if (!app.accepts(f.get("client_key"), f.get("client_secret"))) {
                return oauthError("invalid_client", "Client key or secret is incorrect.");
            }
            switch (f.getOrDefault("grant_type", "")) {
                case "authorization_code" -> {
                    if (!redirectUri.equals(f.get("redirect_uri"))) {
                        return oauthError("invalid_request", "Redirect_uri is not matched with the uri when requesting code.");
                    }
                    String openId = grants.redeemCode(f.getOrDefault("code", ""));
                    if (openId == null) {
                        return oauthError("invalid_grant", "Authorization code is expired.");
                    }
                    return tokens(openId);
                }
                case "refresh_token" -> {
                    Refresh r = refreshTokens.get(f.getOrDefault("refresh_token", ""));
                    if (r == null || !r.alive || !clock.instant().isBefore(r.expiresAt)) {
                        return oauthError("invalid_grant", "Refresh token is invalid or expired.");
                    }
                    refreshes.incrementAndGet();
                    if (!rotate) {
                        return tokens(r.openId, f.get("refresh_token"), r.expiresAt);
                    }
                    r.alive = false; // rotation: the old refresh token is void
                    return tokens(r.openId);
                }
                default -> {
                    return oauthError("unsupported_grant_type", "The grant type is not supported.");
                }
            }
        }
    }

    private Answer tokens(String openId) {
        String rt = "rft." + ids.incrementAndGet();
        Instant refreshExpires = clock.instant().plus(app.refreshTtl());
        refreshTokens.put(rt, new Refresh(openId, refreshExpires));
        return tokens(openId, rt, refreshExpires);
    }

    private Answer tokens(String openId, String refreshToken, Instant refreshExpires) {
        String at = grants.issueAccess("act.", openId, clock.instant().plus(app.accessTtl()));
        ObjectNode o = json.createObjectNode();
        o.put("access_token", at);
        o.put("expires_in", app.accessTtl().toSeconds());
        o.put("open_id", openId);
        o.put("refresh_expires_in", Math.max(1, Duration.between(clock.instant(), refreshExpires).toSeconds()));
        o.put("refresh_token", refreshToken);
        o.put("scope", "user.info.basic,user.info.stats,video.list,video.publish,video.upload");
        o.put("token_type", "Bearer");
        return new Answer(200, o);
    }

    private Answer oauthError(String error, String description) {
        ObjectNode o = json.createObjectNode().put("error", error).put("error_description", description)
                .put("log_id", logId());
        return new Answer(400, o);
    }

    // ---------------------------------------------------------------- API

    private Answer api(HttpExchange ex, String path, byte[] body) {
        synchronized (lock) {
            Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
            if (path.equals("/video/") && ex.getRequestMethod().equals("PUT")) {
                return chunk(query, ex.getRequestHeaders().getFirst("Content-Range"), body);
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
            SimulatedGrants.Access<String> access = grants.access(token);
            if (access == null || !access.validAt(clock.instant())) {
                return error(401, "access_token_invalid", "The access token is invalid or not found in the request.");
            }
            String openId = access.subject();
            JsonNode req;
            try {
                req = body.length == 0 ? json.createObjectNode() : json.readTree(body);
            } catch (IOException e) {
                return error(400, "invalid_params", "The request body is not JSON.");
            }
            return switch (ex.getRequestMethod() + " " + path) {
                case "POST /v2/post/publish/creator_info/query/" -> creatorInfo(openId);
                case "POST /v2/post/publish/video/init/" -> init(token, openId, req, false);
                case "POST /v2/post/publish/inbox/video/init/" -> init(token, openId, req, true);
                case "POST /v2/post/publish/status/fetch/" -> status(openId, req);
                case "POST /v2/video/list/" -> videoList(openId, query.getOrDefault("fields", ""), req);
                case "POST /v2/video/query/" -> videoQuery(openId, query.getOrDefault("fields", ""), req);
                case "GET /v2/user/info/" -> userInfo(openId, query.getOrDefault("fields", ""));
                default -> error(404, "invalid_params", "Unknown endpoint " + path);
            };
        }
    }

    private Creator creator(String openId) {
        return creators.getOrDefault(openId, new Creator("creator_" + openId, "Creator",
                List.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"), 600, -1, -1, -1));
    }

    private Answer creatorInfo(String openId) {
        Creator c = creator(openId);
        ObjectNode d = json.createObjectNode();
        d.put("creator_avatar_url", "https://p16-sign.tiktokcdn-us.com/avatar/" + openId + ".jpeg");
        d.put("creator_username", c.username());
        d.put("creator_nickname", c.nickname());
        ArrayNode options = d.putArray("privacy_level_options");
        c.privacyOptions().forEach(options::add);
        d.put("comment_disabled", false);
        d.put("duet_disabled", false);
        d.put("stitch_disabled", true);
        d.put("max_video_post_duration_sec", c.maxDurationSec());
        return ok(d);
    }

    private Answer init(String token, String openId, JsonNode req, boolean inbox) {
        List<Instant> recent = inits.computeIfAbsent(token, k -> new ArrayList<>());
        Instant now = clock.instant();
        recent.removeIf(at -> !at.isAfter(now.minus(Duration.ofMinutes(1))));
        if (recent.size() >= INITS_PER_MINUTE) {
            return error(429, "rate_limit_exceeded", "The API rate limit was exceeded. Please try again later.");
        }
        String privacy = null;
        String title = "";
        if (!inbox) {
            JsonNode post = req.path("post_info");
            privacy = post.path("privacy_level").asText("");
            if (!creator(openId).privacyOptions().contains(privacy)) {
                return error(400, "privacy_level_option_mismatch",
                        "The privacy_level is not one of the creator's privacy_level_options.");
            }
            title = post.path("title").asText("");
            if (title.length() > MAX_TITLE) {
                return error(400, "invalid_params", "The title is longer than " + MAX_TITLE + " characters.");
            }
        }
        JsonNode src = req.path("source_info");
        if (!"FILE_UPLOAD".equals(src.path("source").asText())) {
            return error(400, "invalid_params", "source_info.source must be FILE_UPLOAD or PULL_FROM_URL.");
        }
        long size = src.path("video_size").asLong(-1);
        long chunk = src.path("chunk_size").asLong(-1);
        long count = src.path("total_chunk_count").asLong(-1);
        String wrong = chunkPlanError(size, chunk, count);
        if (wrong != null) {
            return error(400, "invalid_params", wrong);
        }
        recent.add(now);
        long n = ids.incrementAndGet();
        String publishId = (inbox ? "v_inbox_file~v2." : "v_pub_file~v2-1.") + n;
        String uploadToken = "upt" + ids.incrementAndGet();
        Post p = new Post(publishId, openId, inbox, privacy, title, size, chunk, (int) count, uploadToken);
        posts.put(publishId, p);
        uploads.put(Long.toString(n), p);
        ObjectNode d = json.createObjectNode();
        d.put("publish_id", publishId);
        d.put("upload_url", baseUrl() + "video/?upload_id=" + n + "&upload_token=" + uploadToken);
        return ok(d);
    }

    /** The Media Transfer Guide's chunk restrictions; {@code null} when the plan follows them. */
    static String chunkPlanError(long size, long chunk, long count) {
        if (size < 1 || size > MAX_VIDEO) {
            return "video_size must be 1 byte to 4 GB.";
        }
        if (size < MIN_CHUNK) {
            return chunk == size && count == 1 ? null
                    : "A video under 5 MB must be uploaded whole: chunk_size = video_size, total_chunk_count = 1.";
        }
        if (chunk < MIN_CHUNK || chunk > MAX_CHUNK || chunk > size) {
            return "chunk_size must be 5 MB to 64 MB.";
        }
        if (count != size / chunk) {
            return "total_chunk_count must be video_size / chunk_size rounded down.";
        }
        if (count < 1 || count > 1000) {
            return "total_chunk_count must be 1 to 1000.";
        }
        if (size > MAX_CHUNK && count < 2) {
            return "A video over 64 MB must be uploaded in several chunks.";
        }
        if (size - (count - 1) * chunk > MAX_FINAL_CHUNK) {
            return "The final chunk must not exceed 128 MB.";
        }
        return null;
    }

    private Answer chunk(Map<String, String> q, String range, byte[] body) {
        Post p = uploads.get(q.getOrDefault("upload_id", ""));
        if (p == null || !p.uploadToken.equals(q.get("upload_token"))) {
            return error(404, "invalid_params", "The upload_url is invalid or expired.");
        }
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m == null || !m.matches()) {
            return error(400, "invalid_params", "Content-Range must be bytes first-last/total.");
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        if (total != p.videoSize || last < first || last - first + 1 != body.length) {
            return error(400, "invalid_file_upload", "Content-Range does not match the chunk or the video_size.");
        }
        if (first % p.chunkSize != 0) {
            return error(400, "invalid_file_upload", "A chunk must start at a multiple of chunk_size.");
        }
        long index = first / p.chunkSize;
        long expected = index == p.chunkCount - 1 ? p.videoSize - first : p.chunkSize;
        if (index >= p.chunkCount || body.length != expected) {
            return error(400, "invalid_file_upload", "The chunk has " + body.length + " bytes, " + expected + " expected.");
        }
        if (first > p.received) {
            return error(400, "invalid_file_upload", "Chunks must be uploaded sequentially.");
        }
        p.deliveries.merge(first, 1, Integer::sum);
        p.received = Math.max(p.received, last + 1);
        return new Answer(p.uploaded() ? 201 : 206, null);
    }

    private Answer status(String openId, JsonNode req) {
        Post p = posts.get(req.path("publish_id").asText(""));
        if (p == null || !p.openId.equals(openId)) {
            return error(400, "invalid_params", "The publish_id is invalid.");
        }
        ObjectNode d = json.createObjectNode();
        d.put("status", p.status);
        if (p.failReason != null) {
            d.put("fail_reason", p.failReason);
        }
        ArrayNode ids = d.putArray("publicaly_available_post_id");
        if (p.postId != null) {
            ids.add(p.postId);
        }
        d.put("uploaded_bytes", p.received);
        return ok(d);
    }

    private Answer videoList(String openId, String fields, JsonNode req) {
        int max = req.path("max_count").asInt(10);
        if (max < 1 || max > 20) {
            return error(400, "invalid_params", "max_count must be 1 to 20.");
        }
        long cursor = req.path("cursor").asLong(Long.MAX_VALUE);
        List<Video> all = videos.getOrDefault(openId, List.of()).stream()
                .filter(v -> v.createTime * 1000 < cursor)
                .sorted(Comparator.comparingLong((Video v) -> v.createTime).reversed()).toList();
        List<Video> page = all.subList(0, Math.min(max, all.size()));
        ObjectNode d = json.createObjectNode();
        ArrayNode list = d.putArray("videos");
        Set<String> wanted = fields(fields);
        page.forEach(v -> list.add(video(v, wanted)));
        d.put("cursor", page.isEmpty() ? cursor == Long.MAX_VALUE ? 0 : cursor : page.get(page.size() - 1).createTime * 1000);
        d.put("has_more", all.size() > page.size());
        return ok(d);
    }

    private Answer videoQuery(String openId, String fields, JsonNode req) {
        JsonNode idsNode = req.path("filters").path("video_ids");
        if (!idsNode.isArray() || idsNode.size() == 0 || idsNode.size() > 20) {
            return error(400, "invalid_params", "filters.video_ids must list 1 to 20 ids.");
        }
        Set<String> wantedIds = new LinkedHashSet<>();
        idsNode.forEach(n -> wantedIds.add(n.asText()));
        ObjectNode d = json.createObjectNode();
        ArrayNode list = d.putArray("videos");
        Set<String> wanted = fields(fields);
        videos.getOrDefault(openId, List.of()).stream().filter(v -> wantedIds.contains(v.id))
                .forEach(v -> list.add(video(v, wanted)));
        return ok(d);
    }

    private ObjectNode video(Video v, Set<String> wanted) {
        ObjectNode o = json.createObjectNode();
        if (wanted.contains("id")) {
            o.put("id", v.id);
        }
        if (wanted.contains("title")) {
            o.put("title", v.title);
        }
        if (wanted.contains("create_time")) {
            o.put("create_time", v.createTime);
        }
        if (wanted.contains("share_url")) {
            o.put("share_url", "https://www.tiktok.com/@sim/video/" + v.id);
        }
        v.counts.forEach((k, n) -> {
            if (wanted.contains(k)) {
                o.put(k, n);
            }
        });
        return o;
    }

    private Answer userInfo(String openId, String fields) {
        Set<String> wanted = fields(fields);
        Creator c = creator(openId);
        ObjectNode u = json.createObjectNode();
        if (wanted.contains("open_id")) {
            u.put("open_id", openId);
        }
        if (wanted.contains("display_name")) {
            u.put("display_name", c.nickname());
        }
        putCount(u, wanted, "follower_count", c.followers());
        putCount(u, wanted, "following_count", c.following());
        putCount(u, wanted, "likes_count", c.likes());
        if (wanted.contains("video_count")) {
            u.put("video_count", videos.getOrDefault(openId, List.of()).size());
        }
        ObjectNode d = json.createObjectNode();
        d.set("user", u);
        return ok(d);
    }

    private static void putCount(ObjectNode o, Set<String> wanted, String field, long value) {
        if (wanted.contains(field) && value >= 0) {
            o.put(field, value);
        }
    }

    private static Set<String> fields(String fields) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : fields.split(",")) {
            if (!f.isBlank()) {
                out.add(f.trim());
            }
        }
        return out;
    }

    private Answer ok(ObjectNode data) {
        ObjectNode o = json.createObjectNode();
        o.set("data", data);
        o.putObject("error").put("code", "ok").put("message", "").put("log_id", logId());
        return new Answer(200, o);
    }

    private Answer error(int status, String code, String message) {
        ObjectNode o = json.createObjectNode();
        o.putObject("data");
        o.putObject("error").put("code", code).put("message", message).put("log_id", logId());
        return new Answer(status, o);
    }

    private String logId() {
        return "20261206" + String.format("%026d", logIds.incrementAndGet());
    }

    /** Builds a {@link TikTokSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private String redirectUri = "https://ops.example.com/tiktok/callback";
        private boolean rotate = true;

        private Builder() {
            // Access token lifetime (TikTok: 24 h).
            super("tt-sim-client-key", "tt-sim-client-secret", Duration.ofHours(24), Duration.ofDays(365));
        }

        /** The app's client key and secret. */
        public Builder app(String key, String secret) {
            return credentials(key, secret);
        }

        /** The redirect URI registered for the app. */
        public Builder redirectUri(String uri) {
            this.redirectUri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /** Refresh token lifetime (TikTok: 365 days). */
        @Override
        public Builder refreshTtl(Duration ttl) {
            return super.refreshTtl(ttl);
        }

        /** Whether a refresh issues a new refresh token and voids the old one (default true). */
        public Builder rotateRefreshTokens(boolean rotate) {
            this.rotate = rotate;
            return this;
        }

        public TikTokSimulator build() {
            return new TikTokSimulator(this);
        }
    }
}
