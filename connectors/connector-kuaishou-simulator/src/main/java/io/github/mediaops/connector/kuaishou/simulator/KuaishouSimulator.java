package io.github.mediaops.connector.kuaishou.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.ForwardingSimulator;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import io.github.mediaops.connector.tck.NativeFaults;
import io.github.mediaops.connector.tck.NativeFaults.PlatformError;
import io.github.mediaops.connector.tck.SimulatedApp;
import io.github.mediaops.connector.tck.SimulatedDailyLimit;
import io.github.mediaops.connector.tck.SimulatedGrants;
import io.github.mediaops.connector.tck.SimulatedUploads;
import io.github.mediaops.connector.tck.SimulatorBuilder;
import io.github.mediaops.core.connector.WebhookRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful Kuaishou Open Platform server on 127.0.0.1 that speaks the documented protocol (facts in
 * {@code platform-apis.md} §5.2 and {@code platform-apis-2.md} §4, the official "创建视频" and "快手登录" pages and
 * the official Java SDK): {@code oauth2/access_token}, {@code oauth2/refresh_token}, {@code openapi/user_info},
 * {@code openapi/photo/list|info|start_upload|publish} and the upload gateway ({@code api/upload},
 * {@code api/upload/fragment|resume|complete}), which it serves itself: {@code start_upload} names this server as
 * the {@code endpoint}.
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Authorisation codes ({@link #authorizationCode}) are single-use. Access tokens live {@code accessTtl}
 *   (48 h), refresh tokens {@code refreshTtl} (180 days). A refresh issues a new access token and a new refresh
 *   token that inherits the old one's expiry (answered as the seconds left); the old refresh token is discarded
 *   (100200100 {@code refreshToken.discarded}); an expired one answers 100200113.</li>
 *   <li>Uploads: an upload token per {@code start_upload}; fragments must arrive in order (id at most one past
 *   the highest held; 100400 otherwise), {@code complete} needs every fragment 0..count−1 (120002 otherwise),
 *   {@code resume} lists the fragments held, and {@code publish} needs a finished upload (120002) and consumes
 *   the token. A published video is {@code pending} until {@link #completePendingJobs()}.</li>
 *   <li>Quota: at most {@code dailyPublishes} publishes per account and Asia/Shanghai day (100200410 beyond).</li>
 * </ul>
 * Errors are HTTP 200 with {@code {"result":<code>,"error_msg":…}}. Faults ({@link #failNext}) apply to API and
 * gateway requests (not the {@code oauth2/*} ones) and are native: busy 100200500, rate limited 100200410, token
 * expired 100200108, bad client 100200101. {@link #push} builds webhook pushes signed with {@code kwaisign}.
 */
public final class KuaishouSimulator extends ForwardingSimulator {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Kuaishou's own answers to the platform-coded faults. */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            new PlatformError(100200500, "服务内部错误"), // PLATFORM_BUSY
            new PlatformError(100200410, "api限流"), // RATE_LIMITED
            new PlatformError(100200108, "access_token过期"), // TOKEN_EXPIRED
            new PlatformError(100200101, "未授权的 client")); // BAD_CREDENTIALS

    private final ObjectMapper json = new ObjectMapper();
    private final Server server;
    private final SimulatedApp app;
    private final Clock clock;
    private final SimulatedDailyLimit publishes;

    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Object lock = new Object();
    private final SimulatedGrants<String> grants;
    private final Map<String, List<Video>> videos = new HashMap<>();
    private final Map<String, Long> fans = new HashMap<>();
    private final SimulatedUploads uploads = new SimulatedUploads("up-", ids::incrementAndGet);
    private final List<String> refusedWords = new ArrayList<>();

    private static final class Video {
        final String photoId;
        final String caption;
        final long createTime;
        Long views;
        Long likes;
        Long comments;
        boolean pending;

        Video(String photoId, String caption, long createTime, boolean pending) {
            this.photoId = photoId;
            this.caption = caption;
            this.createTime = createTime;
            this.pending = pending;
        }
    }

    private KuaishouSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.clock = app.clock();
        this.publishes = new SimulatedDailyLimit(clock, SHANGHAI, b.dailyPublishes);
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, path -> path.startsWith("/oauth2/"));
        this.server = new Server();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A simulator for app {@code ks-sim-app} / secret {@code ks-sim-secret}, with no accounts yet. */
    public static KuaishouSimulator start() {
        return builder().build();
    }

    // ---------------------------------------------------------------- control

    public String appId() {
        return app.id();
    }

    public String appSecret() {
        return app.secret();
    }

    /** A single-use code, as Kuaishou sends to the redirect URI after {@code openId} consents. */
    public String authorizationCode(String openId) {
        return grants.issueCode("code-", Objects.requireNonNull(openId, "openId"));
    }

    /**
     * Adds a live video of {@code openId} with its lifetime counts ({@code null} = left out of the answer, as
     * Kuaishou leaves out what it has not counted).
     */
    public void addVideo(String openId, String photoId, Instant createdAt, String caption, Long views, Long likes,
                         Long comments) {
        synchronized (lock) {
            Video v = new Video(photoId, caption, createdAt.toEpochMilli(), false);
            v.views = views;
            v.likes = likes;
            v.comments = comments;
            videos.computeIfAbsent(openId, k -> new ArrayList<>()).add(v);
        }
    }

    /**
     * Makes Kuaishou's review refuse captions containing {@code word}: {@code publish} answers 120003 (视频发布失败)
     * naming it, and the upload token stays unused.
     */
    public void refuseCaptionsWith(String word) {
        synchronized (lock) {
            refusedWords.add(Objects.requireNonNull(word, "word"));
        }
    }

    /** Sets an account's follower count ({@code null} = left out of {@code user_info}). */
    public void putFans(String openId, Long count) {
        synchronized (lock) {
            fans.put(openId, count);
        }
    }

    /** The captions of the account's videos, newest first (what a duplicate check looks at). */
    public List<String> captions(String openId) {
        synchronized (lock) {
            return sorted(openId).stream().map(v -> v.caption).toList();
        }
    }

    /** How many refresh grants were answered with new tokens. */
    public int refreshes() {
        return refreshes.get();
    }

    /**
     * A push as Kuaishou sends it to the app's webhook URL: JSON body
     * {@code {"event","app_id","open_id","message_id","timestamp"}} (timestamp in epoch milliseconds from the
     * simulator's clock) with header {@code kwaisign} = hex MD5 of the body followed by the app secret.
     */
    public WebhookRequest push(String event, String openId) {
        ObjectNode body = json.createObjectNode();
        body.put("event", Objects.requireNonNull(event, "event"));
        body.put("app_id", app.id());
        body.put("open_id", Objects.requireNonNull(openId, "openId"));
        body.put("message_id", "msg-" + ids.incrementAndGet());
        body.put("timestamp", clock.millis());
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return new WebhookRequest("POST", Map.of(), Map.of("kwaisign", sign(bytes), "Content-Type", "application/json"),
                bytes);
    }

    /** {@code kwaisign}: hex MD5 of the body followed by the app secret. */
    private String sign(byte[] body) {
        byte[] secret = app.secret().getBytes(StandardCharsets.UTF_8);
        byte[] signed = Arrays.copyOf(body, body.length + secret.length);
        System.arraycopy(secret, 0, signed, body.length, secret.length);
        return HexFormat.of().formatHex(md5(signed));
    }

    /** Finishes Kuaishou's processing of every published video: it is no longer pending and has a play URL. */
    @Override
    public void completePendingJobs() {
        synchronized (lock) {
            videos.values().forEach(list -> list.forEach(v -> v.pending = false));
        }
    }

    @Override
    protected LoopbackSimulator server() {
        return server;
    }

    // ---------------------------------------------------------------- HTTP

    /**
     * The HTTP side on the shared {@link LoopbackSimulator} (request counter, fault queue, stall, server);
     * composed rather than inherited ({@link ForwardingSimulator}) because {@link KuaishouSimulator#start()} is this class's
     * public factory.
     */
    private final class Server extends LoopbackSimulator {
        Server() {
            slowness(Duration.ofSeconds(2));
            keepTokensIn(grants); // token requests (oauth2/) count in tokenRequests(), not as API requests
            start();
        }

        @Override
        protected void handle(HttpExchange ex) throws IOException {
            try {
                String path = ex.getRequestURI().getPath().substring(1);
                Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
                byte[] body = ex.getRequestBody().readAllBytes();
                if (path.startsWith("oauth2/")) {
                    reply(ex, oauth(path, query));
                    return;
                }
                Fault fault;
                synchronized (lock) {
                    fault = nextFault();
                    logRequest(path + (query.containsKey("fragment_id") ? "?" + query.get("fragment_id") : ""));
                }
                if (fault != null && answerFault(ex, fault, path, query, body)) {
                    return;
                }
                reply(ex, api(path, query, body));
            } catch (RuntimeException e) {
                LoopbackServer.simulatorFailure(ex, e);
            }
        }

        private boolean answerFault(HttpExchange ex, Fault fault, String path, Map<String, String> query, byte[] body)
                throws IOException {
            return answerFault(ex, fault, NATIVE_FAULTS.bodies(KuaishouSimulator.this::error),
                    "{\"result\":1,\"video_list\":[{\"photo_id\":",
                    () -> api(path, query, body));
        }
    }

    // ---------------------------------------------------------------- OAuth

    private ObjectNode oauth(String path, Map<String, String> q) {
        synchronized (lock) {
            if (!app.accepts(q.get("app_id"), q.get("app_secret"))) {
                return error(100200101, "未授权的 client，无效的 app 或 developer");
            }
            Instant now = clock.instant();
            switch (path) {
                case "oauth2/access_token" -> {
                    if (!"authorization_code".equals(q.get("grant_type"))) {
                        return error(100200104, "请求的 grantType 不支持");
                    }
                    String openId = grants.redeemCode(q.getOrDefault("code", ""));
                    if (openId == null) {
                        return error(100200105, "请求的 code 错误");
                    }
                    String rt = grants.issueRefresh("rt-", openId, now.plus(app.refreshTtl()));
                    ObjectNode a = tokens(openId, now, rt, app.refreshTtl().toSeconds());
                    a.put("open_id", openId);
                    return a;
                }
                case "oauth2/refresh_token" -> {
                    if (!"refresh_token".equals(q.get("grant_type"))) {
                        return error(100200104, "请求的 grantType 不支持");
                    }
                    SimulatedGrants.Refresh<String> r = grants.refresh(q.getOrDefault("refresh_token", ""));
                    if (r == null || !r.live()) {
                        return error(100200100, "refreshToken.discarded");
                    }
                    if (!r.usableAt(now)) {
                        return error(100200113, "refresh_token过期");
                    }
                    r.retire();
                    String rt = grants.issueRefresh("rt-", r.subject(), r.expiresAt()); // the new token inherits the expiry
                    refreshes.incrementAndGet();
                    return tokens(r.subject(), now, rt, Duration.between(now, r.expiresAt()).toSeconds());
                }
                default -> {
                    return error(100200100, "请求缺少参数或参数类型错误");
                }
            }
        }
    }

    private ObjectNode tokens(String openId, Instant now, String rt, long refreshSeconds) {
        String at = grants.issueAccess("at.", openId, now.plus(app.accessTtl()));
        ObjectNode a = ok();
        a.put("access_token", at);
        a.put("expires_in", app.accessTtl().toSeconds());
        a.put("refresh_token", rt);
        a.put("refresh_token_expires_in", refreshSeconds);
        a.putArray("scopes").add("user_info").add("user_video_publish").add("user_video_info");
        return a;
    }

    // ---------------------------------------------------------------- API and upload gateway

    private ObjectNode api(String path, Map<String, String> q, byte[] body) {
        synchronized (lock) {
            if (path.startsWith("api/upload")) {
                return gateway(path, q, body);
            }
            if (!app.id().equals(q.get("app_id"))) {
                return error(100200101, "未授权的 client，无效的 app 或 developer");
            }
            SimulatedGrants.Access<String> a = grants.access(q.getOrDefault("access_token", ""));
            if (a == null) {
                return error(100200102, "请求被拒绝，无效的 access_token");
            }
            if (!a.validAt(clock.instant())) {
                return error(100200108, "access_token过期");
            }
            String openId = a.subject();
            return switch (path) {
                case "openapi/user_info" -> userInfo(openId);
                case "openapi/photo/list" -> photoList(openId, q);
                case "openapi/photo/info" -> photoInfo(openId, q.getOrDefault("photo_id", ""));
                case "openapi/photo/start_upload" -> {
                    String token = uploads.open(openId);
                    ObjectNode o = ok();
                    o.put("upload_token", token);
                    o.put("endpoint", server.baseUrl().getAuthority());
                    yield o;
                }
                case "openapi/photo/publish" -> publish(openId, q.getOrDefault("upload_token", ""), body);
                default -> error(100400, "参数错误");
            };
        }
    }

    private ObjectNode gateway(String path, Map<String, String> q, byte[] body) {
        SimulatedUploads.Session u = uploads.live(q.getOrDefault("upload_token", ""));
        if (u == null) {
            return error(100400, "upload_token 无效");
        }
        switch (path) {
            case "api/upload" -> {
                if (body.length > 0) {
                    u.complete();
                }
                return ok();
            }
            case "api/upload/fragment" -> {
                int id;
                try {
                    id = Integer.parseInt(q.getOrDefault("fragment_id", ""));
                } catch (NumberFormatException e) {
                    return error(100400, "fragment_id 参数错误");
                }
                int next = u.nextInOrder(0);
                if (id < 0 || id > next || body.length == 0) {
                    return error(100400, "分片需按顺序上传");
                }
                u.putPart(id, body.length);
                ObjectNode o = ok();
                o.put("checksum", HexFormat.of().formatHex(md5(body)));
                o.put("size", body.length);
                return o;
            }
            case "api/upload/resume" -> {
                ObjectNode o = ok();
                o.put("existed", u.completed());
                ArrayNode list = o.putArray("fragment_list");
                u.parts().forEach((id, size) -> list.addObject().put("id", id).put("size", size));
                return o;
            }
            case "api/upload/complete" -> {
                int count;
                try {
                    count = Integer.parseInt(q.getOrDefault("fragment_count", ""));
                } catch (NumberFormatException e) {
                    return error(100400, "fragment_count 参数错误");
                }
                if (count <= 0 || u.parts().size() != count || !u.contiguousFrom(0)) {
                    return error(120002, "视频未上传完成");
                }
                u.complete();
                return ok();
            }
            default -> {
                return error(100400, "参数错误");
            }
        }
    }

    private ObjectNode publish(String openId, String uploadToken, byte[] body) {
        SimulatedUploads.Session u = uploads.liveFor(uploadToken, openId);
        if (u == null) {
            return error(100400, "upload_token 无效");
        }
        if (!u.completed()) {
            return error(120002, "视频未上传完成");
        }
        String caption = captionOf(body);
        if (caption == null) {
            return error(100400, "caption 参数错误");
        }
        for (String word : refusedWords) {
            if (caption.contains(word)) {
                return error(120003, "视频发布失败: 标题含违规内容「" + word + "」");
            }
        }
        if (!publishes.take(openId)) {
            return error(100200410, "api限流");
        }
        u.use();
        Video v = new Video("3x" + ids.incrementAndGet() + "ks", caption, clock.millis(), true);
        v.views = 0L;
        v.likes = 0L;
        v.comments = 0L;
        videos.computeIfAbsent(openId, k -> new ArrayList<>()).add(v);
        ObjectNode o = ok();
        o.set("video_info", video(v));
        return o;
    }

    /** The {@code caption} part of a multipart body (UTF-8 text), or {@code null} when there is none. */
    private static String captionOf(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int name = text.indexOf("name=\"caption\"");
        if (name < 0) {
            return null;
        }
        int start = text.indexOf("\r\n\r\n", name);
        int end = start < 0 ? -1 : text.indexOf("\r\n--", start + 4);
        return start < 0 || end < 0 ? null : text.substring(start + 4, end);
    }

    private ObjectNode userInfo(String openId) {
        ObjectNode o = ok();
        ObjectNode u = o.putObject("user_info");
        u.put("name", "用户" + openId);
        u.put("sex", "F");
        Long f = fans.get(openId);
        if (f != null) {
            u.put("fan", f);
        }
        u.put("follow", 17);
        u.put("head", "http://head.invalid/" + openId + ".png");
        return o;
    }

    private ObjectNode photoList(String openId, Map<String, String> q) {
        int count;
        try {
            count = Integer.parseInt(q.getOrDefault("count", "20"));
        } catch (NumberFormatException e) {
            return error(100400, "count 参数错误");
        }
        if (count <= 0 || count > 20) {
            return error(100400, "count 参数错误");
        }
        List<Video> all = sorted(openId);
        int from = 0;
        String cursor = q.get("cursor");
        if (cursor != null && !cursor.isEmpty()) {
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).photoId.equals(cursor)) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                return error(100400, "cursor 参数错误");
            }
        }
        ObjectNode o = ok();
        ArrayNode list = o.putArray("video_list");
        all.subList(from, Math.min(all.size(), from + count)).forEach(v -> list.add(video(v)));
        return o;
    }

    private ObjectNode photoInfo(String openId, String photoId) {
        for (Video v : videos.getOrDefault(openId, List.of())) {
            if (v.photoId.equals(photoId)) {
                ObjectNode o = ok();
                o.set("video_info", video(v));
                return o;
            }
        }
        return error(120001, "视频不存在");
    }

    private List<Video> sorted(String openId) {
        List<Video> all = new ArrayList<>(videos.getOrDefault(openId, List.of()));
        all.sort(Comparator.comparingLong((Video v) -> v.createTime).reversed().thenComparing(v -> v.photoId));
        return all;
    }

    private ObjectNode video(Video v) {
        ObjectNode o = json.createObjectNode();
        o.put("photo_id", v.photoId);
        o.put("caption", v.caption);
        o.put("cover", "http://cover.invalid/" + v.photoId + ".jpg");
        if (!v.pending) {
            o.put("play_url", "https://www.kuaishou.com/short-video/" + v.photoId);
        }
        o.put("create_time", v.createTime);
        if (v.likes != null) {
            o.put("like_count", v.likes);
        }
        if (v.comments != null) {
            o.put("comment_count", v.comments);
        }
        if (v.views != null) {
            o.put("view_count", v.views);
        }
        o.put("pending", v.pending);
        return o;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("result", 1);
    }

    private ObjectNode error(int code, String message) {
        return json.createObjectNode().put("result", code).put("error_msg", message);
    }

    /** Options of a {@link KuaishouSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private int dailyPublishes = 50;

        private Builder() {
            super("ks-sim-app", "ks-sim-secret", Duration.ofHours(48), Duration.ofDays(180));
        }

        /** The app's id and secret (default {@code ks-sim-app} / {@code ks-sim-secret}). */
        public Builder app(String id, String secret) {
            return credentials(id, secret);
        }

        /** Access- and refresh-token lifetimes (default 48 hours and 180 days). */
        public Builder tokenLifetimes(Duration access, Duration refresh) {
            return accessTtl(access).refreshTtl(refresh);
        }

        /** Publishes allowed per account and Asia/Shanghai day (default 50). */
        public Builder dailyPublishes(int max) {
            this.dailyPublishes = max;
            return this;
        }

        public KuaishouSimulator build() {
            return new KuaishouSimulator(this);
        }
    }
}
