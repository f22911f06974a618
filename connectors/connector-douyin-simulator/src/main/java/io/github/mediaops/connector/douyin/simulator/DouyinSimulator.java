package io.github.mediaops.connector.douyin.simulator;

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
import io.github.mediaops.connector.tck.SimulatedGrants;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful Douyin Open Platform server on 127.0.0.1 that speaks the documented protocol (facts in
 * {@code platform-apis.md} §2 and {@code platform-apis-2.md} §3): the user OAuth2 endpoints
 * ({@code oauth/access_token/}, {@code oauth/refresh_token/}, {@code oauth/renew_refresh_token/}),
 * {@code api/douyin/v1/video/video_list/}, the per-video daily series
 * {@code data/external/item/{play,like,comment,share}/} and {@code data/external/user/fans/}, publishing
 * ({@code upload_video/}, {@code init_video_part_upload/}, {@code upload_video_part/} (multipart field
 * {@code video}), {@code complete_video_part_upload/}, {@code create_video/}, {@code video_data/}) and an
 * enterprise account's comments ({@code video/comment/list/}, {@code reply/list/}, {@code reply/}, {@code top/}).
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Authorisation codes ({@link #authorizationCode}) are single-use. Access tokens live
 *   {@code accessTtl} (15 days), refresh tokens {@code refreshTtl} (30 days). A refresh issues a new access
 *   token and keeps the refresh token and its expiry; a renewal kills the old refresh token and issues a new
 *   one, at most {@code maxRenewals} (5) times, then answers 10020. An expired refresh token answers 10010.</li>
 *   <li>Daily data is T+1 in Asia/Shanghai: series end yesterday and cover {@code date_type} 7, 15 or 30
 *   days; a video created more than 30 days ago has no item data. A metric stored as {@code null} is left
 *   out of its row, as the platform leaves out what it has not computed.</li>
 *   <li>Uploads: a session holds numbered parts (a part sent again replaces the first copy); completing it
 *   requires parts 1..N without a gap, each but the last at least {@code minPartBytes} (5 MiB), else 2100005;
 *   completing again returns the same {@code video_id}. {@code create_video} needs a {@code video_id} of the
 *   same account, refuses a caption with a sensitive word (2111001) and more than {@code dailyPublishLimit}
 *   videos per Beijing day (2114007); the new video is in review ({@code video_status} 4) until
 *   {@link #completePendingJobs} (public, 5) or {@link #reject} (2).</li>
 *   <li>Comments: only accounts marked {@link #enterprise} may list, reply or feature (else 10004); a reply
 *   is written by the account's open_id and counted in {@code reply_comment_total}.</li>
 * </ul>
 * Targeted faults: {@link #failNextCallTo} (one endpoint) and {@link #failPart} (one part number).
 * Errors come as HTTP 200 with {@code data.error_code} / {@code data.description} and the same in
 * {@code extra}, the official error example's shape. Faults ({@link #failNext}) are API-only and native:
 * busy 2100004, quota 2190001, token expired 2190008, bad client 10013. {@link #push} builds signed webhook pushes.
 */
public final class DouyinSimulator extends ForwardingSimulator {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The series endpoints, in the order of the values of {@link #putDaily}. */
    public static final List<String> SERIES = List.of("play", "like", "comment", "share");

    /** Douyin's own answers to the platform-coded faults. */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            new PlatformError(2100004, "系统繁忙，请稍后重试"), // PLATFORM_BUSY
            new PlatformError(2190001, "quota exhausted"), // RATE_LIMITED
            new PlatformError(2190008, "access_token过期,请刷新或重新授权"), // TOKEN_EXPIRED
            new PlatformError(10013, "client_key或client_secret报错")); // BAD_CREDENTIALS

    private final ObjectMapper json = new ObjectMapper();
    private final Server server;
    private final SimulatedApp app;
    private final Clock clock;
    private final int maxRenewals;

    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Object lock = new Object();
    private final SimulatedGrants<String> grants;
    private final Map<String, Integer> renewalsBehind = new HashMap<>(); // refresh token -> renewals that led to it
    private final Map<String, Map<String, Video>> videos = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Long[]>> fans = new HashMap<>();
    private final Map<String, Deque<Fault>> endpointFaults = new HashMap<>();
    private final Map<Integer, Deque<Fault>> partFaults = new HashMap<>();
    private final Map<String, Upload> uploads = new HashMap<>();
    private final Map<String, String> uploadedVideos = new HashMap<>(); // video_id -> open_id
    private final Map<String, Integer> status = new HashMap<>();        // item_id -> video_status
    private final Map<String, List<SimComment>> comments = new HashMap<>();
    private final java.util.Set<String> enterprise = new java.util.HashSet<>();
    private final List<Integer> partsReceived = new ArrayList<>();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final long minPartBytes;
    private final int dailyPublishLimit;
    private final List<String> sensitiveWords;

    private record Video(String itemId, Instant createdAt, String title, TreeMap<LocalDate, Long[]> daily) {
    }

    private static final class Upload {
        final String openId;
        final TreeMap<Integer, byte[]> parts = new TreeMap<>();
        String videoId;

        Upload(String openId) {
            this.openId = openId;
        }
    }

    private static final class SimComment {
        final String id;
        final String userId;
        final String nickname;
        final String text;
        final long createTime;
        final List<SimComment> replies = new ArrayList<>();
        boolean top;

        SimComment(String id, String userId, String nickname, String text, long createTime) {
            this.id = id;
            this.userId = userId;
            this.nickname = nickname;
            this.text = text;
            this.createTime = createTime;
        }
    }

    private DouyinSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.clock = app.clock();
        this.maxRenewals = b.maxRenewals;
        this.minPartBytes = b.minPartBytes;
        this.dailyPublishLimit = b.dailyPublishLimit;
        this.sensitiveWords = List.copyOf(b.sensitiveWords);
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, path -> path.startsWith("/oauth/"));
        this.server = new Server();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A simulator for client key {@code dy-sim-key} / secret {@code dy-sim-secret}, with no accounts yet. */
    public static DouyinSimulator start() {
        return builder().build();
    }

    // ---------------------------------------------------------------- control

    public String clientKey() {
        return app.id();
    }

    public String clientSecret() {
        return app.secret();
    }

    /** A single-use code, as Douyin sends to the redirect URI after {@code openId} consents. */
    public String authorizationCode(String openId) {
        return grants.issueCode("code-", Objects.requireNonNull(openId, "openId"));
    }

    /** Adds a video of {@code openId}, created at {@code createdAt}. */
    public void addVideo(String openId, String itemId, Instant createdAt, String title) {
        synchronized (lock) {
            videos.computeIfAbsent(openId, k -> new LinkedHashMap<>())
                    .put(itemId, new Video(itemId, createdAt, title, new TreeMap<>()));
        }
    }

    /**
     * Sets one day of a video's series: plays, likes, comments, shares ({@link #SERIES} order); a {@code null}
     * is left out of that endpoint's row for the day.
     */
    public void putDaily(String openId, String itemId, LocalDate day, Long plays, Long likes, Long comments, Long shares) {
        synchronized (lock) {
            Video v = Objects.requireNonNull(videos.getOrDefault(openId, Map.of()).get(itemId), "unknown video " + itemId);
            v.daily().put(day, new Long[] {plays, likes, comments, shares});
        }
    }

    /** Sets one day of an account's fans: new fans and total fans ({@code null} = left out). */
    public void putFans(String openId, LocalDate day, Long newFans, Long totalFans) {
        synchronized (lock) {
            fans.computeIfAbsent(openId, k -> new TreeMap<>()).put(day, new Long[] {newFans, totalFans});
        }
    }

    /**
     * A push as Douyin sends it to the app's webhook URL: JSON body {@code {"event","client_key","content"}},
     * header {@code X-Douyin-Signature} = hex SHA-1 of the client secret followed by the body, and a fresh
     * {@code Msg-Id}.
     *
     * @param contentJson the event's {@code content} as JSON text
     */
    public WebhookRequest push(String event, String contentJson) {
        String body = "{\"event\":" + json.valueToTree(Objects.requireNonNull(event, "event")) + ",\"client_key\":"
                + json.valueToTree(app.id()) + ",\"content\":" + Objects.requireNonNull(contentJson, "contentJson") + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new WebhookRequest("POST", Map.of(), Map.of("X-Douyin-Signature", sign(bytes),
                "Msg-Id", "msg-" + ids.incrementAndGet(), "Content-Type", "application/json"), bytes);
    }

    private String sign(byte[] body) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(app.secret().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    /** Lets {@code openId} manage comments as an enterprise account (企业号); others are refused with 10004. */
    public void enterprise(String openId) {
        synchronized (lock) {
            enterprise.add(Objects.requireNonNull(openId, "openId"));
        }
    }

    /** Adds a top-level comment by {@code userId} on a video. */
    public void addComment(String itemId, String commentId, String userId, String nickname, String text, Instant at) {
        synchronized (lock) {
            comments.computeIfAbsent(itemId, k -> new ArrayList<>())
                    .add(new SimComment(commentId, userId, nickname, text, at.getEpochSecond()));
        }
    }

    /** Texts of the replies to a comment, oldest first. */
    public List<String> replies(String itemId, String commentId) {
        synchronized (lock) {
            return comments.getOrDefault(itemId, List.of()).stream().filter(c -> c.id.equals(commentId))
                    .flatMap(c -> c.replies.stream()).map(r -> r.text).toList();
        }
    }

    /** Whether a comment is featured (置顶). */
    public boolean featured(String itemId, String commentId) {
        synchronized (lock) {
            return comments.getOrDefault(itemId, List.of()).stream().anyMatch(c -> c.id.equals(commentId) && c.top);
        }
    }

    /**
     * Answers the next {@code times} calls to {@code endpoint} (a path such as
     * {@code api/douyin/v1/video/create_video/}) with {@code fault}, before the general {@link #failNext} queue.
     */
    public void failNextCallTo(String endpoint, Fault fault, int times) {
        synchronized (lock) {
            Deque<Fault> q = endpointFaults.computeIfAbsent(Objects.requireNonNull(endpoint, "endpoint"), k -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                q.addLast(Objects.requireNonNull(fault, "fault"));
            }
        }
    }

    /** Answers the next {@code times} uploads of part {@code partNumber} with {@code fault}. */
    public void failPart(int partNumber, Fault fault, int times) {
        synchronized (lock) {
            Deque<Fault> q = partFaults.computeIfAbsent(partNumber, k -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                q.addLast(Objects.requireNonNull(fault, "fault"));
            }
        }
    }

    /** Part numbers received by {@code upload_video_part/}, in arrival order (dropped ones included). */
    public List<Integer> partsReceived() {
        synchronized (lock) {
            return List.copyOf(partsReceived);
        }
    }

    /** How many {@code create_video/} calls arrived (refused and dropped ones included). */
    public int createVideoCalls() {
        return createCalls.get();
    }

    /** Videos of an account as item ids, oldest first. */
    public List<String> videoIds(String openId) {
        synchronized (lock) {
            return List.copyOf(videos.getOrDefault(openId, Map.of()).keySet());
        }
    }

    /** The caption of a video. */
    public String caption(String openId, String itemId) {
        synchronized (lock) {
            return Objects.requireNonNull(videos.getOrDefault(openId, Map.of()).get(itemId), "unknown video " + itemId).title();
        }
    }

    /** Review refuses a video: its {@code video_status} becomes 2 (not suitable for public view). */
    public void reject(String itemId) {
        synchronized (lock) {
            status.put(itemId, 2);
        }
    }

    /** How many refresh-token renewals were made. */
    public int renewals() {
        return renewals.get();
    }

    /** Review passes every video in review ({@code video_status} 4): they become public (5). */
    @Override
    public void completePendingJobs() {
        synchronized (lock) {
            status.replaceAll((k, v) -> v == 4 ? 5 : v);
        }
    }

    @Override
    protected LoopbackSimulator server() {
        return server;
    }

    // ---------------------------------------------------------------- HTTP

    /**
     * The HTTP side on the shared {@link LoopbackSimulator} (request counter, fault queue, stall, server);
     * composed rather than inherited ({@link ForwardingSimulator}) because {@link DouyinSimulator#start()} is this class's
     * public factory.
     */
    private final class Server extends LoopbackSimulator {
        Server() {
            slowness(Duration.ofSeconds(2));
            keepTokensIn(grants); // token requests (oauth/) count in tokenRequests(), not as API requests
            start();
        }

        @Override
        protected void handle(HttpExchange ex) throws IOException {
            try {
                String path = ex.getRequestURI().getPath().substring(1);
                Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
                byte[] body = ex.getRequestBody().readAllBytes();
                if (path.startsWith("oauth/")) {
                    reply(ex, oauth(path, LoopbackServer.form(new String(body, StandardCharsets.UTF_8))));
                    return;
                }
                Request r = new Request(path, query, ex.getRequestHeaders().getFirst("access-token"), body,
                        ex.getRequestHeaders().getFirst("Content-Type"));
                Fault fault;
                synchronized (lock) {
                    fault = pollTargeted(r); // before the general queue, which keeps its fault for the next request
                }
                if (fault == null) {
                    fault = nextFault();
                }
                if (fault != null && answerFault(ex, fault, r)) {
                    return;
                }
                reply(ex, api(r));
            } catch (RuntimeException e) {
                LoopbackServer.simulatorFailure(ex, e);
            }
        }

        private Fault pollTargeted(Request r) {
            if (r.path().equals("api/douyin/v1/video/upload_video_part/")) {
                try {
                    Deque<Fault> q = partFaults.get(Integer.parseInt(r.query().getOrDefault("part_number", "")));
                    if (q != null && !q.isEmpty()) {
                        return q.pollFirst();
                    }
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            Deque<Fault> q = endpointFaults.get(r.path());
            return q == null ? null : q.pollFirst();
        }

        private boolean answerFault(HttpExchange ex, Fault fault, Request r) throws IOException {
            boolean answeredHere = fault != Fault.DROP_AFTER_ACCEPT && fault != Fault.SLOW; // else api() counts the call
            if (answeredHere && r.path().equals("api/douyin/v1/video/upload_video_part/")) {
                synchronized (lock) {
                    partsReceived.add(partNumber(r.query()));
                }
            }
            if (answeredHere && r.path().equals("api/douyin/v1/video/create_video/")) {
                createCalls.incrementAndGet();
            }
            return answerFault(ex, fault, NATIVE_FAULTS.bodies(DouyinSimulator.this::error),
                    "{\"data\":{\"result_list\":[{\"date\":\"2026-",
                    () -> api(r));
        }
    }

    private record Request(String path, Map<String, String> query, String token, byte[] body, String contentType) {
    }

    // ---------------------------------------------------------------- OAuth

    private ObjectNode oauth(String path, Map<String, String> form) {
        synchronized (lock) {
            if (!app.id().equals(form.get("client_key"))) {
                return error(10013, "client_key或client_secret报错");
            }
            Instant now = clock.instant();
            switch (path) {
                case "oauth/access_token/" -> {
                    if (!app.secret().equals(form.get("client_secret"))) {
                        return error(10013, "client_key或client_secret报错");
                    }
                    if (!"authorization_code".equals(form.get("grant_type"))) {
                        return error(10002, "参数错误");
                    }
                    String openId = grants.redeemCode(form.getOrDefault("code", ""));
                    if (openId == null) {
                        return error(10007, "授权码过期");
                    }
                    String rt = grants.issueRefresh("rt-", openId, now.plus(app.refreshTtl()));
                    return tokenAnswer(openId, newAccess(openId, now), rt, app.refreshTtl().toSeconds());
                }
                case "oauth/refresh_token/" -> {
                    SimulatedGrants.Refresh<String> r = grants.refresh(form.getOrDefault("refresh_token", ""));
                    if (!"refresh_token".equals(form.get("grant_type"))) {
                        return error(10002, "参数错误");
                    }
                    if (r == null || !r.usableAt(now)) {
                        return error(10010, "refresh_token过期,请重新授权");
                    }
                    return tokenAnswer(r.subject(), newAccess(r.subject(), now), form.get("refresh_token"),
                            Duration.between(now, r.expiresAt()).toSeconds());
                }
                case "oauth/renew_refresh_token/" -> {
                    String old = form.getOrDefault("refresh_token", "");
                    SimulatedGrants.Refresh<String> r = grants.refresh(old);
                    if (r == null || !r.usableAt(now)) {
                        return error(10010, "refresh_token过期,请重新授权");
                    }
                    int behind = renewalsBehind.getOrDefault(old, 0);
                    if (behind >= maxRenewals) {
                        return error(10020, "更新refresh_token次数超出限制");
                    }
                    r.retire();
                    String rt = grants.issueRefresh("rt-", r.subject(), now.plus(app.refreshTtl()));
                    renewalsBehind.put(rt, behind + 1);
                    renewals.incrementAndGet();
                    ObjectNode data = json.createObjectNode();
                    data.put("refresh_token", rt);
                    data.put("expires_in", Long.toString(app.refreshTtl().toSeconds()));
                    return ok(data, true);
                }
                default -> {
                    return error(2100005, "Parameter error");
                }
            }
        }
    }

    private String newAccess(String openId, Instant now) {
        return grants.issueAccess("act.", openId, now.plus(app.accessTtl()));
    }

    private ObjectNode tokenAnswer(String openId, String at, String rt, long refreshSeconds) {
        ObjectNode data = json.createObjectNode();
        data.put("access_token", at);
        data.put("expires_in", Long.toString(app.accessTtl().toSeconds()));
        data.put("open_id", openId);
        data.put("refresh_token", rt);
        data.put("refresh_expires_in", Long.toString(refreshSeconds));
        data.put("scope", "user_info,video.list.bind,data.external.item,data.external.user");
        return ok(data, true);
    }

    // ---------------------------------------------------------------- API

    private ObjectNode api(Request r) {
        String path = r.path();
        Map<String, String> query = r.query();
        String token = r.token();
        if (path.equals("api/douyin/v1/video/create_video/")) {
            createCalls.incrementAndGet();
        }
        synchronized (lock) {
            String openId = query.getOrDefault("open_id", "");
            SimulatedGrants.Access<String> a = token == null ? null : grants.access(token);
            if (a == null) {
                return error(2190002, "access_token无效");
            }
            if (!a.validAt(clock.instant())) {
                return error(2190008, "access_token过期,请刷新或重新授权");
            }
            if (!a.subject().equals(openId)) {
                return error(2190015, "请求参数access_token openid不匹配");
            }
            LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
            if (path.equals("api/douyin/v1/video/video_list/")) {
                return videoList(openId, query);
            }
            if (path.startsWith("api/douyin/v1/video/") && !path.equals("api/douyin/v1/video/video_list/")) {
                return publishing(openId, r);
            }
            if (path.startsWith("video/comment/")) {
                return comments(openId, r);
            }
            if (path.startsWith("data/external/item/")) {
                String metric = path.substring("data/external/item/".length()).replace("/", "");
                int index = SERIES.indexOf(metric);
                Integer dateType = dateType(query);
                Video v = videos.getOrDefault(openId, Map.of()).get(query.getOrDefault("item_id", ""));
                if (index < 0 || dateType == null || v == null) {
                    return error(2100005, "Parameter error");
                }
                ArrayNode rows = json.createArrayNode();
                if (!LocalDate.ofInstant(v.createdAt(), SHANGHAI).isBefore(today.minusDays(30))) {
                    v.daily().subMap(today.minusDays(dateType), today).forEach((day, values) -> {
                        ObjectNode row = rows.addObject().put("date", day.toString());
                        if (values[index] != null) {
                            row.put(metric, Long.toString(values[index]));
                        }
                    });
                }
                ObjectNode data = json.createObjectNode();
                data.set("result_list", rows);
                return ok(data, false);
            }
            if (path.equals("data/external/user/fans/")) {
                Integer dateType = dateType(query);
                if (dateType == null) {
                    return error(2100005, "Parameter error");
                }
                ArrayNode rows = json.createArrayNode();
                fans.getOrDefault(openId, new TreeMap<>()).subMap(today.minusDays(dateType), today).forEach((day, values) -> {
                    ObjectNode row = rows.addObject().put("date", day.toString());
                    if (values[0] != null) {
                        row.put("new_fans", Long.toString(values[0]));
                    }
                    if (values[1] != null) {
                        row.put("total_fans", Long.toString(values[1]));
                    }
                });
                ObjectNode data = json.createObjectNode();
                data.set("result_list", rows);
                return ok(data, false);
            }
            return error(2100005, "Parameter error");
        }
    }

    private ObjectNode videoList(String openId, Map<String, String> query) {
        List<Video> all = new ArrayList<>(videos.getOrDefault(openId, Map.of()).values());
        int[] window = window(query, 20);
        if (window == null) {
            return error(2100005, "Parameter error");
        }
        int cursor = window[0];
        int count = window[1];
        ArrayNode list = json.createArrayNode();
        int end = Math.min(all.size(), cursor + count);
        for (Video v : all.subList(Math.min(cursor, all.size()), end)) {
            describe(list.addObject(), v);
        }
        return page(list, end, all.size());
    }

    /** A cursor-paged answer: {@code cursor} (where the next page starts), {@code has_more} and {@code list}. */
    private ObjectNode page(ArrayNode list, int end, int total) {
        ObjectNode data = json.createObjectNode();
        data.put("cursor", end);
        data.put("has_more", end < total);
        data.set("list", list);
        return ok(data, false);
    }

    /** A video as {@code video_list} and {@code video_data} describe it. */
    private void describe(ObjectNode item, Video v) {
        item.put("item_id", v.itemId());
        item.put("title", v.title());
        item.put("create_time", v.createdAt().getEpochSecond());
        int st = status.getOrDefault(v.itemId(), 1);
        item.put("is_reviewed", st != 4);
        item.put("is_top", false);
        item.put("video_status", st);
        item.put("media_type", 4);
        item.put("share_url", "https://www.iesdouyin.com/share/video/" + v.itemId().replaceAll("[^A-Za-z0-9]", "") + "/");
    }

    // ---------------------------------------------------------------- publishing

    private ObjectNode publishing(String openId, Request r) {
        Map<String, String> q = r.query();
        switch (r.path()) {
            case "api/douyin/v1/video/upload_video/" -> {
                byte[] video = multipartFile(r, "video");
                if (video == null || video.length == 0) {
                    return error(2100005, "Parameter error");
                }
                return uploaded(openId, newVideoId(openId));
            }
            case "api/douyin/v1/video/init_video_part_upload/" -> {
                String id = "@" + Long.toString(ids.incrementAndGet(), 36) + "hdauTCM";
                uploads.put(id, new Upload(openId));
                ObjectNode data = json.createObjectNode().put("upload_id", id);
                return ok(data, false);
            }
            case "api/douyin/v1/video/upload_video_part/" -> {
                Upload u = uploads.get(q.getOrDefault("upload_id", ""));
                int n = partNumber(q);
                partsReceived.add(n);
                byte[] video = multipartFile(r, "video");
                if (u == null || !u.openId.equals(openId) || n < 1 || video == null || video.length == 0 || u.videoId != null) {
                    return error(2100005, "Parameter error");
                }
                u.parts.put(n, video);
                return ok(json.createObjectNode(), false);
            }
            case "api/douyin/v1/video/complete_video_part_upload/" -> {
                Upload u = uploads.get(q.getOrDefault("upload_id", ""));
                if (u == null || !u.openId.equals(openId)) {
                    return error(2100005, "Parameter error");
                }
                if (u.videoId == null) {
                    int expected = 1;
                    for (Map.Entry<Integer, byte[]> e : u.parts.entrySet()) {
                        boolean last = e.getKey().equals(u.parts.lastKey());
                        if (e.getKey() != expected++ || (!last && e.getValue().length < minPartBytes)) {
                            return error(2100005, "Parameter error");
                        }
                    }
                    if (u.parts.isEmpty()) {
                        return error(2100005, "Parameter error");
                    }
                    u.videoId = newVideoId(openId);
                }
                return uploaded(openId, u.videoId);
            }
            case "api/douyin/v1/video/create_video/" -> {
                com.fasterxml.jackson.databind.JsonNode body = jsonBody(r);
                String videoId = body == null ? "" : body.path("video_id").asText("");
                String text = body == null ? "" : body.path("text").asText("");
                if (!openId.equals(uploadedVideos.get(videoId))) {
                    return error(2100005, "Parameter error");
                }
                for (String word : sensitiveWords) {
                    if (text.contains(word)) {
                        return error(2111001, "内容包含敏感词");
                    }
                }
                LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
                long todays = videos.getOrDefault(openId, Map.of()).values().stream().filter(v -> status.containsKey(v.itemId())
                        && LocalDate.ofInstant(v.createdAt(), SHANGHAI).equals(today)).count();
                if (todays >= dailyPublishLimit) {
                    return error(2114007, "今日发布视频数量已达上限");
                }
                String itemId = "@9Vw" + Long.toString(ids.incrementAndGet(), 36) + "OBUN9mJyD3bNxvGc==";
                videos.computeIfAbsent(openId, k -> new LinkedHashMap<>())
                        .put(itemId, new Video(itemId, clock.instant(), text, new TreeMap<>()));
                status.put(itemId, 4);
                return ok(json.createObjectNode().put("item_id", itemId), false);
            }
            case "api/douyin/v1/video/video_data/" -> {
                com.fasterxml.jackson.databind.JsonNode body = jsonBody(r);
                if (body == null || !body.path("item_ids").isArray() || body.path("item_ids").isEmpty()) {
                    return error(2100005, "Parameter error");
                }
                ArrayNode list = json.createArrayNode();
                Map<String, Video> mine = videos.getOrDefault(openId, Map.of());
                body.path("item_ids").forEach(id -> {
                    Video v = mine.get(id.asText());
                    if (v != null) {
                        describe(list.addObject(), v);
                    }
                });
                ObjectNode data = json.createObjectNode();
                data.set("list", list);
                return ok(data, false);
            }
            default -> {
                return error(2100005, "Parameter error");
            }
        }
    }

    private String newVideoId(String openId) {
        String id = "v0200f45" + Long.toString(ids.incrementAndGet(), 36) + "0bn8c6aa0ifki8fikg1b0";
        uploadedVideos.put(id, openId);
        return id;
    }

    private ObjectNode uploaded(String openId, String videoId) {
        ObjectNode data = json.createObjectNode();
        data.putObject("video").put("video_id", videoId).put("width", "720").put("height", "1280");
        return ok(data, false);
    }

    private static int partNumber(Map<String, String> q) {
        try {
            return Integer.parseInt(q.getOrDefault("part_number", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private com.fasterxml.jackson.databind.JsonNode jsonBody(Request r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            return null;
        }
    }

    /** The bytes of the file field {@code name} of a multipart/form-data body, or null. */
    static byte[] multipartFile(Request r, String name) {
        String ct = r.contentType();
        int b = ct == null ? -1 : ct.indexOf("boundary=");
        if (b < 0) {
            return null;
        }
        String boundary = ct.substring(b + "boundary=".length()).replace("\"", "").split(";")[0].trim();
        byte[] body = r.body();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                return null;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                return null;
            }
            if (headers.contains("name=\"" + name + "\"")) {
                return java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
            }
            at = next + 2;
        }
        return null;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- comments

    private ObjectNode comments(String openId, Request r) {
        if (!enterprise.contains(openId)) {
            return error(10004, "权限不足：需要企业号评论管理能力");
        }
        Map<String, String> q = r.query();
        switch (r.path()) {
            case "video/comment/list/", "video/comment/reply/list/" -> {
                String itemId = q.getOrDefault("item_id", "");
                if (!videos.getOrDefault(openId, Map.of()).containsKey(itemId)) {
                    return error(2100005, "Parameter error");
                }
                List<SimComment> all = comments.getOrDefault(itemId, List.of());
                if (r.path().equals("video/comment/reply/list/")) {
                    String commentId = q.getOrDefault("comment_id", "");
                    all = all.stream().filter(c -> c.id.equals(commentId)).findFirst().map(c -> c.replies).orElse(null);
                    if (all == null) {
                        return error(2100005, "Parameter error");
                    }
                }
                int[] window = window(q, 50);
                if (window == null) {
                    return error(2100005, "Parameter error");
                }
                int cursor = window[0];
                int count = window[1];
                int end = Math.min(all.size(), cursor + count);
                ArrayNode list = json.createArrayNode();
                for (SimComment c : all.subList(Math.min(cursor, all.size()), end)) {
                    list.addObject().put("comment_id", c.id).put("comment_user_id", c.userId).put("content", c.text)
                            .put("create_time", c.createTime).put("digg_count", 0).put("reply_comment_total", c.replies.size())
                            .put("top", c.top).put("nick_name", c.nickname);
                }
                return page(list, end, all.size());
            }
            case "video/comment/reply/", "video/comment/top/" -> {
                com.fasterxml.jackson.databind.JsonNode body = jsonBody(r);
                String itemId = body == null ? "" : body.path("item_id").asText("");
                String commentId = body == null ? "" : body.path("comment_id").asText("");
                SimComment c = comments.getOrDefault(itemId, List.of()).stream().filter(x -> x.id.equals(commentId))
                        .findFirst().orElse(null);
                if (c == null || !videos.getOrDefault(openId, Map.of()).containsKey(itemId)) {
                    return error(2100005, "Parameter error");
                }
                if (r.path().equals("video/comment/top/")) {
                    c.top = body.path("top").asBoolean(false);
                    return ok(json.createObjectNode(), false);
                }
                String content = body.path("content").asText("");
                if (content.isBlank()) {
                    return error(2100005, "Parameter error");
                }
                SimComment reply = new SimComment("@reply" + ids.incrementAndGet(), openId, "", content, clock.instant().getEpochSecond());
                c.replies.add(reply);
                return ok(json.createObjectNode().put("comment_id", reply.id), false);
            }
            default -> {
                return error(2100005, "Parameter error");
            }
        }
    }

    /** {@code cursor} (default 0) and {@code count} (default 10, at most {@code maxCount}); null when invalid. */
    private static int[] window(Map<String, String> query, int maxCount) {
        try {
            int cursor = Integer.parseInt(query.getOrDefault("cursor", "0"));
            int count = Integer.parseInt(query.getOrDefault("count", "10"));
            return cursor < 0 || count <= 0 || count > maxCount ? null : new int[] {cursor, count};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer dateType(Map<String, String> query) {
        String t = query.getOrDefault("date_type", "");
        return switch (t) {
            case "7" -> 7;
            case "15" -> 15;
            case "30" -> 30;
            default -> null;
        };
    }

    private ObjectNode ok(ObjectNode data, boolean oauth) {
        data.put("error_code", 0);
        data.put("description", "");
        ObjectNode root = json.createObjectNode();
        root.set("data", data);
        if (oauth) {
            root.put("message", "success");
        } else {
            root.set("extra", extra(0, ""));
        }
        return root;
    }

    private ObjectNode error(int code, String description) {
        ObjectNode root = json.createObjectNode();
        root.putObject("data").put("error_code", code).put("description", description);
        root.set("extra", extra(code, description));
        return root;
    }

    private ObjectNode extra(int code, String description) {
        ObjectNode extra = json.createObjectNode();
        extra.put("error_code", code);
        extra.put("description", description);
        extra.put("sub_error_code", 0);
        extra.put("sub_description", "");
        extra.put("logid", "2026" + ids.incrementAndGet());
        extra.put("now", clock.millis());
        return extra;
    }

    /** Options of a {@link DouyinSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private int maxRenewals = 5;
        private long minPartBytes = 5L * 1024 * 1024;
        private int dailyPublishLimit = 20;
        private List<String> sensitiveWords = List.of("违禁词");

        private Builder() {
            super("dy-sim-key", "dy-sim-secret", Duration.ofDays(15), Duration.ofDays(30));
        }

        /** Smallest size of a part that is not the last (default 5 MiB, Douyin's documented minimum). */
        public Builder minPartBytes(long bytes) {
            this.minPartBytes = bytes;
            return this;
        }

        /** Videos an account may create per Beijing day before 2114007 (default 20). */
        public Builder dailyPublishLimit(int limit) {
            this.dailyPublishLimit = limit;
            return this;
        }

        /** Words that make create_video answer 2111001 (default: 违禁词). */
        public Builder sensitiveWords(List<String> words) {
            this.sensitiveWords = List.copyOf(words);
            return this;
        }

        /** The app's client key and secret (default {@code dy-sim-key} / {@code dy-sim-secret}). */
        public Builder client(String key, String secret) {
            return credentials(key, secret);
        }

        /** Access- and refresh-token lifetimes (default 15 and 30 days). */
        public Builder tokenLifetimes(Duration access, Duration refresh) {
            return accessTtl(access).refreshTtl(refresh);
        }

        public Builder maxRenewals(int max) {
            this.maxRenewals = max;
            return this;
        }

        public DouyinSimulator build() {
            return new DouyinSimulator(this);
        }
    }
}
