package io.github.mediaops.connector.youtube.simulator;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful YouTube server on 127.0.0.1 that speaks the documented protocols (platform-apis.md §6.2): Google's OAuth2
 * token endpoint ({@code /token}: authorization-code and refresh-token grants, RFC 6749 errors), the YouTube Data API
 * v3 ({@code /youtube/v3/channels}, {@code playlistItems}, {@code videos}, {@code commentThreads}, {@code comments},
 * {@code comments/setModerationStatus}), the resumable upload of {@code videos.insert}
 * ({@code /upload/youtube/v3/videos?uploadType=resumable}) and the YouTube Analytics API v2 ({@code /v2/reports}).
 * One server answers all hosts' paths.
 *
 * <p>State it keeps, as YouTube does:
 * <ul>
 *   <li>Authorisation codes ({@link #authorizationCode}) are single-use; access tokens live {@code accessTtl}
 *   (Google: 3599 s) and are checked on every API call ({@code 401 authError} otherwise); refresh tokens stay valid
 *   until {@link #revokeRefreshTokens()} ({@code 400 invalid_grant} afterwards).</li>
 *   <li>Quota: each Data API call costs what the quota calculator says (list 1, {@code comments.insert} and
 *   {@code setModerationStatus} 50, Analytics 0); {@code videos.insert} sessions count in their own bucket. Past
 *   {@link Builder#dailyUnits} units the answer is {@code 403 quotaExceeded} (domain {@code youtube.quota}).</li>
 *   <li>Resumable uploads: the session URI is the {@code Location} of the start answer; {@code PUT} with
 *   {@code Content-Range: bytes a-b/total} appends when {@code a} is the byte the session expects (else the bytes are
 *   read and ignored); {@code 308} confirms {@code Range: bytes=0-N} (no {@code Range} while nothing is held);
 *   {@code Content-Range: bytes *}{@code /total} asks the status. The last byte answers {@code 200} with the video
 *   resource ({@code uploadStatus: uploaded}); {@link #completePendingJobs()} processes uploaded videos.
 *   {@link #dropUploadAt} drops the connection in the middle of a body, keeping the bytes read so far or not.
 *   {@link #uploadPuts()} logs every PUT with the bytes the server actually read.</li>
 * </ul>
 * Faults ({@link #failNext}) apply to every request but the token endpoint, in Google's shapes: token expired
 * {@code 401 authError}, rate limited {@code 429 rateLimitExceeded}, busy {@code 503 backendError}, bad credentials
 * {@code 400 keyInvalid}.
 */
public final class YouTubeSimulator extends LoopbackSimulator {
    /** Analytics days and quota days are Pacific days. */
    public static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");
    private static final Pattern STATUS_RANGE = Pattern.compile("bytes \\*/(\\d+)");

    /** One PUT to an upload session as the server saw it. */
    public record UploadPut(String contentRange, long first, long bytesRead, int status) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedApp app;
    private final Clock clock;
    private final long dailyUnits;
    private final AtomicLong ids = new AtomicLong(1000);
    private final SimulatedGrants<String> grants;
    private final Object lock = new Object();
    private final Map<String, String> refreshTokens = new HashMap<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Map<String, Video> videos = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, CommentRow> comments = new LinkedHashMap<>();
    private final List<UploadPut> puts = new ArrayList<>();
    private final Map<LocalDate, Long> unitsByDay = new HashMap<>();
    private long dropAt = -1;
    private boolean dropKeeps;

    private static final class Channel {
        final String id;
        final String title;
        long subscribers;
        boolean hidden;
        final List<String> uploads = new ArrayList<>();
        final TreeMap<LocalDate, long[]> days = new TreeMap<>(); // gained, lost

        Channel(String id, String title, long subscribers, boolean hidden) {
            this.id = id;
            this.title = title;
            this.subscribers = subscribers;
            this.hidden = hidden;
        }
    }

    private static final class Video {
        final String id;
        final String channel;
        final String title;
        final String description;
        final Instant publishedAt;
        String uploadStatus;
        final String privacyStatus;
        final Map<String, Long> statistics = new LinkedHashMap<>();
        final TreeMap<LocalDate, Map<String, Number>> days = new TreeMap<>();
        final List<Thread> threads = new ArrayList<>();
        byte[] bytes = new byte[0];

        Video(String id, String channel, String title, String description, Instant publishedAt, String uploadStatus,
              String privacyStatus) {
            this.id = id;
            this.channel = channel;
            this.title = title;
            this.description = description;
            this.publishedAt = publishedAt;
            this.uploadStatus = uploadStatus;
            this.privacyStatus = privacyStatus;
        }
    }

    private static final class Thread {
        final CommentRow top;
        final List<CommentRow> replies = new ArrayList<>();

        Thread(CommentRow top) {
            this.top = top;
        }
    }

    private static final class CommentRow {
        final String id;
        final String videoId;
        final String parentId;
        final String authorChannelId;
        final String authorName;
        final String text;
        final long likes;
        final Instant publishedAt;
        String moderationStatus = "published";

        CommentRow(String id, String videoId, String parentId, String authorChannelId, String authorName, String text,
                   long likes, Instant publishedAt) {
            this.id = id;
            this.videoId = videoId;
            this.parentId = parentId;
            this.authorChannelId = authorChannelId;
            this.authorName = authorName;
            this.text = text;
            this.likes = likes;
            this.publishedAt = publishedAt;
        }
    }

    private static final class Session {
        final String channel;
        final long total;
        final JsonNode meta;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String videoId;

        Session(String channel, long total, JsonNode meta) {
            this.channel = channel;
            this.total = total;
            this.meta = meta;
        }
    }

    private YouTubeSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.clock = app.clock();
        this.dailyUnits = b.dailyUnits;
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, path -> path.equals("/token"));
        slowness(Duration.ofSeconds(2));
        keepTokensIn(grants);
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- control

    public String clientId() {
        return app.id();
    }

    public String clientSecret() {
        return app.secret();
    }

    /** A single-use authorisation code, as Google sends to the redirect URI after the owner of {@code channelId} consents. */
    public String authorizationCode(String channelId) {
        return grants.issueCode("4/0A", Objects.requireNonNull(channelId, "channelId"));
    }

    /** Makes every refresh token issued so far invalid ({@code invalid_grant}: revoked by the user). */
    public void revokeRefreshTokens() {
        synchronized (lock) {
            refreshTokens.clear();
        }
    }

    /** Adds a channel (its uploads playlist is {@code UU} + the id without {@code UC}). */
    public void addChannel(String channelId, String title, long subscribers, boolean hiddenSubscribers) {
        synchronized (lock) {
            channels.put(channelId, new Channel(channelId, title, subscribers, hiddenSubscribers));
        }
    }

    /** Sets a channel's Analytics day: {@code subscribersGained} and {@code subscribersLost}. */
    public void putChannelDay(String channelId, LocalDate day, long gained, long lost) {
        synchronized (lock) {
            channel(channelId).days.put(day, new long[] {gained, lost});
        }
    }

    /**
     * Adds a processed public video with its {@code statistics} (sent as strings, as YouTube does; a key left out is
     * left out of the answer).
     */
    public void addVideo(String channelId, String videoId, String title, Instant publishedAt, Map<String, Long> statistics) {
        synchronized (lock) {
            Video v = new Video(videoId, channelId, title, "", publishedAt, "processed", "public");
            v.statistics.putAll(statistics);
            videos.put(videoId, v);
            channel(channelId).uploads.add(0, videoId);
        }
    }

    /** Sets a video's Analytics day, metric by metric as YouTube names them ({@code views}, {@code likes}, ...). */
    public void putVideoDay(String videoId, LocalDate day, Map<String, ? extends Number> metrics) {
        synchronized (lock) {
            video(videoId).days.put(day, new LinkedHashMap<>(metrics));
        }
    }

    /** Adds a top-level comment (a new thread whose id is the comment's). */
    public void addComment(String videoId, String commentId, String authorChannelId, String authorName, String text,
                           long likes, Instant publishedAt) {
        synchronized (lock) {
            CommentRow c = new CommentRow(commentId, videoId, null, authorChannelId, authorName, text, likes, publishedAt);
            comments.put(commentId, c);
            video(videoId).threads.add(new Thread(c));
        }
    }

    /** The moderation status of a comment ({@code published}, {@code heldForReview}, {@code rejected}). */
    public String moderationStatus(String commentId) {
        synchronized (lock) {
            CommentRow c = comments.get(commentId);
            return c == null ? null : c.moderationStatus;
        }
    }

    /** The texts of the replies to a comment, oldest first. */
    public List<String> replies(String commentId) {
        synchronized (lock) {
            List<String> out = new ArrayList<>();
            for (CommentRow c : comments.values()) {
                if (commentId.equals(c.parentId)) {
                    out.add(c.text);
                }
            }
            return out;
        }
    }

    /**
     * The next upload PUT whose body covers absolute byte {@code offset} is cut there: the server reads the bytes
     * before it, keeps them ({@code keep}) or not, and drops the connection without answering.
     */
    public void dropUploadAt(long offset, boolean keep) {
        synchronized (lock) {
            this.dropAt = offset;
            this.dropKeeps = keep;
        }
    }

    /** Every PUT to an upload session so far, in order. */
    public List<UploadPut> uploadPuts() {
        synchronized (lock) {
            return List.copyOf(puts);
        }
    }

    /** The bytes an uploaded video's session assembled. */
    public byte[] uploadedBytes(String videoId) {
        synchronized (lock) {
            return video(videoId).bytes.clone();
        }
    }

    /** The Data API units charged on the current Pacific day. */
    public long unitsUsed() {
        synchronized (lock) {
            return unitsByDay.getOrDefault(LocalDate.ofInstant(clock.instant(), PACIFIC), 0L);
        }
    }

    /** Moves every uploaded video to {@code processed}. */
    @Override
    public void completePendingJobs() {
        synchronized (lock) {
            for (Video v : videos.values()) {
                if ("uploaded".equals(v.uploadStatus)) {
                    v.uploadStatus = "processed";
                }
            }
        }
    }

    /** Marks an uploaded video rejected by YouTube's review (e.g. {@code duplicate}). */
    public void rejectPending(String reason) {
        synchronized (lock) {
            for (Video v : videos.values()) {
                if ("uploaded".equals(v.uploadStatus)) {
                    v.uploadStatus = "rejected:" + reason;
                }
            }
        }
    }

    private Channel channel(String id) {
        Channel c = channels.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no channel " + id);
        }
        return c;
    }

    private Video video(String id) {
        Video v = videos.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no video " + id);
        }
        return v;
    }

    // ---------------------------------------------------------------- protocol

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/token")) {
                token(ex);
                return;
            }
            Fault fault = nextFault();
            if (fault != null && fault != Fault.DROP_AFTER_ACCEPT && fault(ex, fault)) {
                return;
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String channel = auth != null && auth.startsWith("Bearer ") ? subject(auth.substring(7)) : null;
            if (channel == null) {
                ex.getRequestBody().readAllBytes();
                googleError(ex, 401, "UNAUTHENTICATED", "global", "authError", "Invalid Credentials");
                return;
            }
            Map<String, String> q = LoopbackServer.form(ex.getRequestURI().getRawQuery());
            String method = ex.getRequestMethod();
            if (fault == Fault.DROP_AFTER_ACCEPT) {
                // the request takes effect (a reply is posted), then the connection drops before the answer
                if (path.equals("/youtube/v3/comments") && method.equals("POST")) {
                    insert(channel, json.readTree(ex.getRequestBody().readAllBytes()));
                }
                return;
            }
            int cost = switch (path) {
                case "/youtube/v3/channels", "/youtube/v3/playlistItems", "/youtube/v3/videos",
                        "/youtube/v3/commentThreads" -> 1;
                case "/youtube/v3/comments" -> method.equals("GET") ? 1 : 50;
                case "/youtube/v3/comments/setModerationStatus" -> 50;
                default -> 0; // Analytics is not Data API quota; upload sessions have their own bucket
            };
            if (cost > 0 && !charge(ex, cost)) {
                return;
            }
            if (path.equals("/upload/youtube/v3/videos") && method.equals("POST")) {
                startUpload(ex, channel, q);
            } else if (path.equals("/upload/youtube/v3/videos") && method.equals("PUT")) {
                putUpload(ex, channel, q);
            } else if (path.equals("/v2/reports")) {
                report(ex, channel, q);
            } else if (path.equals("/youtube/v3/channels")) {
                channels(ex, channel, q);
            } else if (path.equals("/youtube/v3/playlistItems")) {
                playlistItems(ex, channel, q);
            } else if (path.equals("/youtube/v3/videos")) {
                videosList(ex, q);
            } else if (path.equals("/youtube/v3/commentThreads")) {
                commentThreads(ex, q);
            } else if (path.equals("/youtube/v3/comments") && method.equals("POST")) {
                insertComment(ex, channel);
            } else if (path.equals("/youtube/v3/comments") && method.equals("GET")) {
                listReplies(ex, q);
            } else if (path.equals("/youtube/v3/comments/setModerationStatus") && method.equals("POST")) {
                moderate(ex, q);
            } else {
                ex.getRequestBody().readAllBytes();
                googleError(ex, 404, "NOT_FOUND", "global", "notFound", "Not Found");
            }
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    private boolean fault(HttpExchange ex, Fault fault) throws IOException {
        switch (fault) {
            case TOKEN_EXPIRED -> googleError(ex, 401, "UNAUTHENTICATED", "global", "authError", "Invalid Credentials");
            case RATE_LIMITED -> googleError(ex, 429, "RESOURCE_EXHAUSTED", "usageLimits", "rateLimitExceeded",
                    "Rate Limit Exceeded");
            case PLATFORM_BUSY -> googleError(ex, 503, "UNAVAILABLE", "global", "backendError", "Backend Error");
            case BAD_CREDENTIALS -> googleError(ex, 400, "INVALID_ARGUMENT", "usageLimits", "keyInvalid", "Bad Request");
            case SERVER_ERROR -> LoopbackServer.serverError(ex);
            case MALFORMED_JSON -> reply(ex, 200, "application/json", "{\"kind\": \"youtube#");
            case SLOW -> {
                stall();
                return false;
            }
            case DROP_AFTER_ACCEPT, DROP_BEFORE_ACCEPT -> {
                // nothing answered: the connection is dropped (reads are not changed by either)
            }
        }
        return true;
    }

    private String subject(String token) {
        SimulatedGrants.Access<String> a = grants.access(token);
        return a != null && a.validAt(clock.instant()) ? a.subject() : null;
    }

    /** Charges a Data API call; answers 403 quotaExceeded (and returns false) past the day's units. */
    private boolean charge(HttpExchange ex, long units) throws IOException {
        LocalDate day = LocalDate.ofInstant(clock.instant(), PACIFIC);
        synchronized (lock) {
            long used = unitsByDay.getOrDefault(day, 0L);
            if (used + units <= dailyUnits) {
                unitsByDay.put(day, used + units);
                return true;
            }
        }
        ex.getRequestBody().readAllBytes();
        googleError(ex, 403, null, "youtube.quota", "quotaExceeded",
                "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.");
        return false;
    }

    private void googleError(HttpExchange ex, int status, String grpcStatus, String domain, String reason, String message)
            throws IOException {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", status);
        error.put("message", message);
        ObjectNode e = error.putArray("errors").addObject();
        e.put("message", message);
        e.put("domain", domain);
        e.put("reason", reason);
        if (status == 401) {
            e.put("location", "Authorization");
            e.put("locationType", "header");
        }
        if (grpcStatus != null) {
            error.put("status", grpcStatus);
        }
        reply(ex, status, "application/json", json.writeValueAsString(root));
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = LoopbackServer.form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!app.accepts(form.get("client_id"), form.get("client_secret"))) {
            reply(ex, 401, "application/json", "{\n  \"error\": \"invalid_client\",\n  \"error_description\": \"Unauthorized\"\n}");
            return;
        }
        String grant = form.getOrDefault("grant_type", "");
        String channel;
        String refresh = null;
        if (grant.equals("authorization_code")) {
            channel = grants.redeemCode(form.getOrDefault("code", ""));
            if (channel == null || form.get("redirect_uri") == null) {
                reply(ex, 400, "application/json", "{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"Bad Request\"\n}");
                return;
            }
            refresh = "1//0e" + ids.incrementAndGet();
            synchronized (lock) {
                refreshTokens.put(refresh, channel);
            }
        } else if (grant.equals("refresh_token")) {
            synchronized (lock) {
                channel = refreshTokens.get(form.getOrDefault("refresh_token", ""));
            }
            if (channel == null) {
                reply(ex, 400, "application/json",
                        "{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"Token has been expired or revoked.\"\n}");
                return;
            }
        } else {
            reply(ex, 400, "application/json", "{\n  \"error\": \"unsupported_grant_type\",\n  \"error_description\": \"Invalid grant_type: " + grant + "\"\n}");
            return;
        }
        String access = grants.issueAccess("ya29.a0", channel, clock.instant().plus(app.accessTtl()));
        ObjectNode n = json.createObjectNode();
        n.put("access_token", access);
        n.put("expires_in", app.accessTtl().toSeconds());
        if (refresh != null) {
            n.put("refresh_token", refresh);
        }
        n.put("scope", "https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.force-ssl"
                + " https://www.googleapis.com/auth/yt-analytics.readonly");
        n.put("token_type", "Bearer");
        reply(ex, 200, "application/json", json.writeValueAsString(n));
    }

    private void channels(HttpExchange ex, String channelId, Map<String, String> q) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("kind", "youtube#channelListResponse");
        root.put("etag", "sim-" + ids.incrementAndGet());
        ArrayNode items = root.putArray("items");
        synchronized (lock) {
            Channel c = channels.get(channelId);
            if (c != null && "true".equals(q.get("mine"))) {
                String part = q.getOrDefault("part", "");
                ObjectNode item = items.addObject();
                item.put("kind", "youtube#channel");
                item.put("id", c.id);
                if (part.contains("contentDetails")) {
                    item.putObject("contentDetails").putObject("relatedPlaylists").put("likes", "")
                            .put("uploads", "UU" + c.id.substring(2));
                }
                if (part.contains("statistics")) {
                    ObjectNode s = item.putObject("statistics");
                    long views = 0;
                    for (String v : c.uploads) {
                        views += videos.get(v).statistics.getOrDefault("viewCount", 0L);
                    }
                    s.put("viewCount", Long.toString(views));
                    if (!c.hidden) {
                        s.put("subscriberCount", Long.toString(c.subscribers));
                    }
                    s.put("hiddenSubscriberCount", c.hidden);
                    s.put("videoCount", Long.toString(c.uploads.size()));
                }
            }
        }
        ObjectNode page = root.putObject("pageInfo");
        page.put("totalResults", items.size());
        page.put("resultsPerPage", 5);
        reply(ex, 200, "application/json", json.writeValueAsString(root));
    }

    private void playlistItems(HttpExchange ex, String channelId, Map<String, String> q) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("kind", "youtube#playlistItemListResponse");
        ArrayNode items = root.putArray("items");
        int max = Integer.parseInt(q.getOrDefault("maxResults", "5"));
        synchronized (lock) {
            Channel c = channels.get(channelId);
            if (c == null || !("UU" + c.id.substring(2)).equals(q.get("playlistId"))) {
                googleError(ex, 404, "NOT_FOUND", "youtube.playlistItem", "playlistNotFound",
                        "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.");
                return;
            }
            for (String v : c.uploads.subList(0, Math.min(max, c.uploads.size()))) {
                ObjectNode i = items.addObject();
                i.put("kind", "youtube#playlistItem");
                i.putObject("contentDetails").put("videoId", v).put("videoPublishedAt", videos.get(v).publishedAt.toString());
            }
            root.putObject("pageInfo").put("totalResults", c.uploads.size()).put("resultsPerPage", max);
        }
        reply(ex, 200, "application/json", json.writeValueAsString(root));
    }

    private void videosList(HttpExchange ex, Map<String, String> q) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("kind", "youtube#videoListResponse");
        ArrayNode items = root.putArray("items");
        String part = q.getOrDefault("part", "");
        synchronized (lock) {
            for (String id : q.getOrDefault("id", "").split(",")) {
                Video v = videos.get(id);
                if (v != null) {
                    items.add(videoJson(v, part));
                }
            }
        }
        root.putObject("pageInfo").put("totalResults", items.size()).put("resultsPerPage", items.size());
        reply(ex, 200, "application/json", json.writeValueAsString(root));
    }

    private ObjectNode videoJson(Video v, String part) {
        ObjectNode item = json.createObjectNode();
        item.put("kind", "youtube#video");
        item.put("id", v.id);
        if (part.contains("snippet")) {
            ObjectNode s = item.putObject("snippet");
            s.put("publishedAt", v.publishedAt.toString());
            s.put("channelId", v.channel);
            s.put("title", v.title);
            s.put("description", v.description);
        }
        if (part.contains("status")) {
            ObjectNode s = item.putObject("status");
            String status = v.uploadStatus.startsWith("rejected:") ? "rejected" : v.uploadStatus;
            s.put("uploadStatus", status);
            if (v.uploadStatus.startsWith("rejected:")) {
                s.put("rejectionReason", v.uploadStatus.substring("rejected:".length()));
            }
            s.put("privacyStatus", v.privacyStatus);
        }
        if (part.contains("statistics")) {
            ObjectNode s = item.putObject("statistics");
            v.statistics.forEach((k, n) -> s.put(k, Long.toString(n)));
        }
        return item;
    }

    private void commentThreads(HttpExchange ex, Map<String, String> q) throws IOException {
        int max = Integer.parseInt(q.getOrDefault("maxResults", "20"));
        int offset = q.containsKey("pageToken") ? Integer.parseInt(q.get("pageToken").substring(1)) : 0;
        ObjectNode root = json.createObjectNode();
        root.put("kind", "youtube#commentThreadListResponse");
        synchronized (lock) {
            Video v = videos.get(q.getOrDefault("videoId", ""));
            if (v == null) {
                googleError(ex, 404, "NOT_FOUND", "youtube.commentThread", "videoNotFound",
                        "The video identified by the <code><a href=\"/youtube/v3/docs/commentThreads/list#videoId\">videoId</a></code> parameter could not be found.");
                return;
            }
            List<Thread> threads = v.threads;
            int end = Math.min(threads.size(), offset + max);
            if (end < threads.size()) {
                root.put("nextPageToken", "p" + end);
            }
            root.putObject("pageInfo").put("totalResults", end - offset).put("resultsPerPage", max);
            ArrayNode items = root.putArray("items");
            for (Thread t : threads.subList(Math.min(offset, end), end)) {
                ObjectNode item = items.addObject();
                item.put("kind", "youtube#commentThread");
                item.put("id", t.top.id);
                ObjectNode s = item.putObject("snippet");
                s.put("videoId", v.id);
                s.set("topLevelComment", commentJson(t.top));
                s.put("canReply", true);
                s.put("totalReplyCount", t.replies.size());
                s.put("isPublic", true);
                if (!t.replies.isEmpty()) {
                    ArrayNode rs = item.putObject("replies").putArray("comments");
                    t.replies.forEach(r -> rs.add(commentJson(r)));
                }
            }
        }
        reply(ex, 200, "application/json", json.writeValueAsString(root));
    }

    private ObjectNode commentJson(CommentRow c) {
        ObjectNode n = json.createObjectNode();
        n.put("kind", "youtube#comment");
        n.put("id", c.id);
        ObjectNode s = n.putObject("snippet");
        s.put("videoId", c.videoId);
        s.put("textDisplay", c.text);
        s.put("textOriginal", c.text);
        if (c.parentId != null) {
            s.put("parentId", c.parentId);
        }
        s.put("authorDisplayName", c.authorName);
        s.putObject("authorChannelId").put("value", c.authorChannelId);
        s.put("canRate", true);
        s.put("viewerRating", "none");
        s.put("likeCount", c.likes);
        s.put("publishedAt", c.publishedAt.toString());
        s.put("updatedAt", c.publishedAt.toString());
        return n;
    }

    private void insertComment(HttpExchange ex, String channelId) throws IOException {
        JsonNode body = json.readTree(ex.getRequestBody().readAllBytes());
        String parent = body.path("snippet").path("parentId").asText("");
        String text = body.path("snippet").path("textOriginal").asText("");
        synchronized (lock) {
            CommentRow top = comments.get(parent);
            if (top == null || top.parentId != null) {
                googleError(ex, 404, "NOT_FOUND", "youtube.comment", "parentCommentNotFound",
                        "The specified parent comment could not be found.");
                return;
            }
            if (text.isBlank()) {
                googleError(ex, 400, "INVALID_ARGUMENT", "youtube.comment", "commentTextRequired",
                        "The comment resource that is being inserted must specify a value for the snippet.textOriginal property.");
                return;
            }
        }
        reply(ex, 200, "application/json", json.writeValueAsString(commentJson(insert(channelId, body))));
    }

    /** Posts a reply of the channel to a top-level comment (checked by the caller). */
    private CommentRow insert(String channelId, JsonNode body) {
        String parent = body.path("snippet").path("parentId").asText("");
        String text = body.path("snippet").path("textOriginal").asText("");
        synchronized (lock) {
            CommentRow top = comments.get(parent);
            Channel c = channels.get(channelId);
            CommentRow reply = new CommentRow(parent + "." + Long.toString(ids.incrementAndGet(), 36), top.videoId, parent,
                    channelId, c == null ? "" : c.title, text, 0, clock.instant());
            comments.put(reply.id, reply);
            for (Thread t : video(top.videoId).threads) {
                if (t.top == top) {
                    t.replies.add(reply);
                }
            }
            return reply;
        }
    }

    private void listReplies(HttpExchange ex, Map<String, String> q) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("kind", "youtube#commentListResponse");
        ArrayNode items = root.putArray("items");
        String parent = q.getOrDefault("parentId", "");
        synchronized (lock) {
            if (!comments.containsKey(parent)) {
                googleError(ex, 404, "NOT_FOUND", "youtube.comment", "commentNotFound",
                        "One or more of the comments that the request is trying to update cannot be found.");
                return;
            }
            for (CommentRow c : comments.values()) {
                if (parent.equals(c.parentId)) {
                    items.add(commentJson(c));
                }
            }
        }
        root.putObject("pageInfo").put("totalResults", items.size()).put("resultsPerPage", 20);
        reply(ex, 200, "application/json", json.writeValueAsString(root));
    }

    private void moderate(HttpExchange ex, Map<String, String> q) throws IOException {
        ex.getRequestBody().readAllBytes();
        String status = q.getOrDefault("moderationStatus", "");
        if (!List.of("published", "heldForReview", "rejected").contains(status)) {
            googleError(ex, 400, "INVALID_ARGUMENT", "youtube.comment", "invalidModerationStatus",
                    "The moderation status specified in the API request is not valid.");
            return;
        }
        synchronized (lock) {
            for (String id : q.getOrDefault("id", "").split(",")) {
                CommentRow c = comments.get(id);
                if (c == null) {
                    googleError(ex, 404, "NOT_FOUND", "youtube.comment", "commentNotFound",
                            "One or more of the comments that the request is trying to update cannot be found.");
                    return;
                }
                c.moderationStatus = status;
            }
        }
        ex.sendResponseHeaders(204, -1);
    }

    private void report(HttpExchange ex, String channelId, Map<String, String> q) throws IOException {
        LocalDate start = LocalDate.parse(q.get("startDate"));
        LocalDate end = LocalDate.parse(q.get("endDate"));
        String[] metrics = q.getOrDefault("metrics", "").split(",");
        String filter = q.getOrDefault("filters", "");
        ObjectNode root = json.createObjectNode();
        root.put("kind", "youtubeAnalytics#resultTable");
        ArrayNode headers = root.putArray("columnHeaders");
        headers.addObject().put("name", "day").put("columnType", "DIMENSION").put("dataType", "STRING");
        for (String m : metrics) {
            headers.addObject().put("name", m).put("columnType", "METRIC")
                    .put("dataType", m.startsWith("average") ? "FLOAT" : "INTEGER");
        }
        TreeMap<LocalDate, Map<String, Number>> rows = new TreeMap<>();
        synchronized (lock) {
            Channel c = channel(channelId);
            List<String> scope = filter.startsWith("video==") ? List.of(filter.substring(7).split(",")) : c.uploads;
            for (String id : scope) {
                Video v = videos.get(id);
                if (v == null || !v.channel.equals(channelId)) {
                    continue;
                }
                v.days.forEach((day, values) -> {
                    Map<String, Number> row = rows.computeIfAbsent(day, d -> new HashMap<>());
                    values.forEach((k, n) -> row.merge(k, n, (a, b) -> a.doubleValue() + b.doubleValue()));
                });
            }
            if (!filter.startsWith("video==")) {
                c.days.forEach((day, gl) -> {
                    Map<String, Number> row = rows.computeIfAbsent(day, d -> new HashMap<>());
                    row.put("subscribersGained", gl[0]);
                    row.put("subscribersLost", gl[1]);
                });
            }
        }
        ArrayNode out = root.putArray("rows");
        rows.subMap(start, true, end, true).forEach((day, values) -> {
            ArrayNode r = out.addArray();
            r.add(day.toString());
            for (String m : metrics) {
                Number n = values.getOrDefault(m, 0);
                if (n.doubleValue() == Math.rint(n.doubleValue()) && !m.startsWith("average")) {
                    r.add(n.longValue());
                } else {
                    r.add(n.doubleValue());
                }
            }
        });
        if (out.isEmpty()) {
            root.remove("rows");
        }
        reply(ex, 200, "application/json", json.writeValueAsString(root));
    }

    private void startUpload(HttpExchange ex, String channelId, Map<String, String> q) throws IOException {
        JsonNode meta = json.readTree(ex.getRequestBody().readAllBytes());
        if (!"resumable".equals(q.get("uploadType"))) {
            googleError(ex, 400, "INVALID_ARGUMENT", "global", "badRequest", "uploadType must be resumable here");
            return;
        }
        String length = ex.getRequestHeaders().getFirst("X-Upload-Content-Length");
        String title = meta.path("snippet").path("title").asText("");
        if (length == null || title.isBlank()) {
            googleError(ex, 400, "INVALID_ARGUMENT", "youtube.video", title.isBlank() ? "invalidTitle" : "badRequest",
                    title.isBlank() ? "The request metadata specifies an invalid or empty video title." : "X-Upload-Content-Length is required");
            return;
        }
        String id;
        synchronized (lock) {
            id = "AEnB2U" + ids.incrementAndGet();
            sessions.put(id, new Session(channelId, Long.parseLong(length), meta));
        }
        ex.getResponseHeaders().set("Location", baseUrl() + "upload/youtube/v3/videos?uploadType=resumable&upload_id=" + id);
        ex.sendResponseHeaders(200, -1);
    }

    private void putUpload(HttpExchange ex, String channelId, Map<String, String> q) throws IOException {
        Session s;
        synchronized (lock) {
            s = sessions.get(q.getOrDefault("upload_id", ""));
        }
        String range = ex.getRequestHeaders().getFirst("Content-Range");
        if (s == null || !s.channel.equals(channelId)) {
            ex.getRequestBody().readAllBytes();
            googleError(ex, 404, "NOT_FOUND", "global", "notFound", "Upload session not found or expired");
            return;
        }
        Matcher status = range == null ? null : STATUS_RANGE.matcher(range);
        if (status != null && status.matches()) {
            ex.getRequestBody().readAllBytes();
            log(range, -1, 0, 0);
            answerSession(ex, s);
            return;
        }
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m == null || !m.matches() || Long.parseLong(m.group(3)) != s.total) {
            ex.getRequestBody().readAllBytes();
            googleError(ex, 400, "INVALID_ARGUMENT", "global", "badContent", "Content-Range is missing or malformed");
            return;
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        long cut;
        boolean keep;
        synchronized (lock) {
            cut = dropAt >= first && dropAt <= last ? dropAt : -1;
            keep = dropKeeps;
            if (cut >= 0) {
                dropAt = -1;
            }
        }
        if (cut >= 0) {
            byte[] head = ex.getRequestBody().readNBytes((int) (cut - first));
            synchronized (lock) {
                if (keep && first == s.bytes.size()) {
                    s.bytes.write(head, 0, head.length);
                }
            }
            log(range, first, head.length, 0);
            return; // closing without an answer drops the connection mid-body
        }
        byte[] body = ex.getRequestBody().readAllBytes();
        synchronized (lock) {
            if (first == s.bytes.size() && body.length == last - first + 1) {
                s.bytes.write(body, 0, body.length);
            }
        }
        // logged before the answer: a client that has its answer finds the PUT in uploadPuts()
        log(range, first, body.length, s.bytes.size() == s.total ? 200 : 308);
        answerSession(ex, s);
    }

    private void log(String range, long first, long read, int status) {
        synchronized (lock) {
            puts.add(new UploadPut(range, first, read, status));
        }
    }

    /** 200 with the video once every byte is held, else 308 with the held range (none while nothing is held). */
    private void answerSession(HttpExchange ex, Session s) throws IOException {
        Video v;
        long held;
        synchronized (lock) {
            held = s.bytes.size();
            if (held < s.total) {
                v = null;
            } else {
                if (s.videoId == null) {
                    s.videoId = "sim" + Long.toString(ids.incrementAndGet(), 36) + "Vid";
                    Video created = new Video(s.videoId, s.channel, s.meta.path("snippet").path("title").asText(),
                            s.meta.path("snippet").path("description").asText(""), clock.instant(), "uploaded",
                            s.meta.path("status").path("privacyStatus").asText("public"));
                    created.bytes = s.bytes.toByteArray();
                    created.statistics.put("viewCount", 0L);
                    created.statistics.put("likeCount", 0L);
                    created.statistics.put("favoriteCount", 0L);
                    created.statistics.put("commentCount", 0L);
                    videos.put(s.videoId, created);
                    channel(s.channel).uploads.add(0, s.videoId);
                }
                v = videos.get(s.videoId);
            }
        }
        if (v == null) {
            if (held > 0) {
                ex.getResponseHeaders().set("Range", "bytes=0-" + (held - 1));
            }
            ex.sendResponseHeaders(308, -1);
            return;
        }
        reply(ex, 200, "application/json", json.writeValueAsString(videoJson(v, "snippet,status")));
    }

    /** Builds a {@link YouTubeSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private long dailyUnits = 10_000;

        private Builder() {
            // Access-token lifetime (Google: 3599 s).
            super("1234567890-sim.apps.googleusercontent.com", "GOCSPX-simulator-secret", Duration.ofSeconds(3599), null);
        }

        public Builder client(String id, String secret) {
            return credentials(id, secret);
        }

        /** The project's daily Data API units (default 10,000). */
        public Builder dailyUnits(long units) {
            this.dailyUnits = units;
            return this;
        }

        public YouTubeSimulator build() {
            return new YouTubeSimulator(this);
        }
    }
}
