package io.github.mediaops.connector.douyin.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.SimulatorControl;
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
 * {@code data/external/item/{play,like,comment,share}/} and {@code data/external/user/fans/}.
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
 * </ul>
 * Errors come as HTTP 200 with {@code data.error_code} / {@code data.description} and the same in
 * {@code extra}, the official error example's shape. Faults ({@link #failNext}) are API-only and native:
 * busy 2100004, quota 2190001, token expired 2190008, bad client 10013. {@link #push} builds signed webhook pushes.
 */
public final class DouyinSimulator implements SimulatorControl {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The series endpoints, in the order of the values of {@link #putDaily}. */
    public static final List<String> SERIES = List.of("play", "like", "comment", "share");

    private final ObjectMapper json = new ObjectMapper();
    private final LoopbackServer server;
    private final String clientKey;
    private final String clientSecret;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final int maxRenewals;

    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger apiRequests = new AtomicInteger();
    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Object lock = new Object();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, AccessState> access = new HashMap<>();
    private final Map<String, RefreshState> refresh = new HashMap<>();
    private final Map<String, Map<String, Video>> videos = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Long[]>> fans = new HashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private volatile Duration slowness = Duration.ofSeconds(2);

    private record AccessState(String openId, Instant expiresAt) {
    }

    private static final class RefreshState {
        final String openId;
        final Instant expiresAt;
        final int renewals;
        boolean alive = true;

        RefreshState(String openId, Instant expiresAt, int renewals) {
            this.openId = openId;
            this.expiresAt = expiresAt;
            this.renewals = renewals;
        }
    }

    private record Video(String itemId, Instant createdAt, String title, TreeMap<LocalDate, Long[]> daily) {
    }

    private DouyinSimulator(Builder b) {
        this.clientKey = b.clientKey;
        this.clientSecret = b.clientSecret;
        this.clock = b.clock;
        this.accessTtl = b.accessTtl;
        this.refreshTtl = b.refreshTtl;
        this.maxRenewals = b.maxRenewals;
        this.server = LoopbackServer.start("douyin-simulator", 16, this::handle);
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
        return clientKey;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** A single-use code, as Douyin sends to the redirect URI after {@code openId} consents. */
    public String authorizationCode(String openId) {
        synchronized (lock) {
            String code = "code-" + ids.incrementAndGet();
            codes.put(code, Objects.requireNonNull(openId, "openId"));
            return code;
        }
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
                + json.valueToTree(clientKey) + ",\"content\":" + Objects.requireNonNull(contentJson, "contentJson") + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new WebhookRequest("POST", Map.of(), Map.of("X-Douyin-Signature", sign(bytes),
                "Msg-Id", "msg-" + ids.incrementAndGet(), "Content-Type", "application/json"), bytes);
    }

    private String sign(byte[] body) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(clientSecret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    /** How many refresh-token renewals were made. */
    public int renewals() {
        return renewals.get();
    }

    @Override
    public URI baseUrl() {
        return server.baseUrl();
    }

    @Override
    public int tokenRequests() {
        return tokenRequests.get();
    }

    @Override
    public int apiRequests() {
        return apiRequests.get();
    }

    @Override
    public void expireTokens() {
        synchronized (lock) {
            Instant past = clock.instant().minusSeconds(1);
            access.replaceAll((k, v) -> new AccessState(v.openId(), past));
        }
    }

    @Override
    public void failNext(Fault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                faults.addLast(fault);
            }
        }
    }

    @Override
    public void slowness(Duration delay) {
        this.slowness = Objects.requireNonNull(delay, "delay");
    }

    /** Douyin publishing is not simulated yet: there are no pending jobs. */
    @Override
    public void completePendingJobs() {
    }

    @Override
    public void close() {
        server.close();
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring(1);
            Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.startsWith("oauth/")) {
                tokenRequests.incrementAndGet();
                reply(ex, oauth(path, LoopbackServer.form(new String(body, StandardCharsets.UTF_8))));
                return;
            }
            apiRequests.incrementAndGet();
            Fault fault;
            synchronized (lock) {
                fault = faults.pollFirst();
            }
            if (fault != null && answerFault(ex, fault, path, query, ex.getRequestHeaders().getFirst("access-token"))) {
                return;
            }
            reply(ex, api(path, query, ex.getRequestHeaders().getFirst("access-token")));
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    private boolean answerFault(HttpExchange ex, Fault fault, String path, Map<String, String> query, String token)
            throws IOException {
        switch (fault) {
            case SERVER_ERROR -> LoopbackServer.serverError(ex);
            case PLATFORM_BUSY -> reply(ex, error(2100004, "系统繁忙，请稍后重试"));
            case RATE_LIMITED -> reply(ex, error(2190001, "quota exhausted"));
            case TOKEN_EXPIRED -> reply(ex, error(2190008, "access_token过期,请刷新或重新授权"));
            case BAD_CREDENTIALS -> reply(ex, error(10013, "client_key或client_secret报错"));
            case MALFORMED_JSON -> LoopbackServer.send(ex, 200, "application/json",
                    "{\"data\":{\"result_list\":[{\"date\":\"2026-".getBytes(StandardCharsets.UTF_8));
            case SLOW -> {
                LoopbackServer.pause(slowness);
                return false;
            }
            case DROP_AFTER_ACCEPT -> {
                api(path, query, token);
                return true; // closing without a response drops the connection
            }
            case DROP_BEFORE_ACCEPT -> {
                return true;
            }
        }
        return true;
    }

    private void reply(HttpExchange ex, ObjectNode answer) throws IOException {
        LoopbackServer.send(ex, 200, "application/json", json.writeValueAsBytes(answer));
    }

    // ---------------------------------------------------------------- OAuth

    private ObjectNode oauth(String path, Map<String, String> form) {
        synchronized (lock) {
            if (!clientKey.equals(form.get("client_key"))) {
                return error(10013, "client_key或client_secret报错");
            }
            Instant now = clock.instant();
            switch (path) {
                case "oauth/access_token/" -> {
                    if (!clientSecret.equals(form.get("client_secret"))) {
                        return error(10013, "client_key或client_secret报错");
                    }
                    if (!"authorization_code".equals(form.get("grant_type"))) {
                        return error(10002, "参数错误");
                    }
                    String openId = codes.remove(form.getOrDefault("code", ""));
                    if (openId == null) {
                        return error(10007, "授权码过期");
                    }
                    String rt = "rt-" + ids.incrementAndGet();
                    refresh.put(rt, new RefreshState(openId, now.plus(refreshTtl), 0));
                    return tokenAnswer(openId, newAccess(openId, now), rt, refreshTtl.toSeconds());
                }
                case "oauth/refresh_token/" -> {
                    RefreshState r = refresh.get(form.getOrDefault("refresh_token", ""));
                    if (!"refresh_token".equals(form.get("grant_type"))) {
                        return error(10002, "参数错误");
                    }
                    if (r == null || !r.alive || !now.isBefore(r.expiresAt)) {
                        return error(10010, "refresh_token过期,请重新授权");
                    }
                    return tokenAnswer(r.openId, newAccess(r.openId, now), form.get("refresh_token"),
                            Duration.between(now, r.expiresAt).toSeconds());
                }
                case "oauth/renew_refresh_token/" -> {
                    RefreshState r = refresh.get(form.getOrDefault("refresh_token", ""));
                    if (r == null || !r.alive || !now.isBefore(r.expiresAt)) {
                        return error(10010, "refresh_token过期,请重新授权");
                    }
                    if (r.renewals >= maxRenewals) {
                        return error(10020, "更新refresh_token次数超出限制");
                    }
                    r.alive = false;
                    String rt = "rt-" + ids.incrementAndGet();
                    refresh.put(rt, new RefreshState(r.openId, now.plus(refreshTtl), r.renewals + 1));
                    renewals.incrementAndGet();
                    ObjectNode data = json.createObjectNode();
                    data.put("refresh_token", rt);
                    data.put("expires_in", Long.toString(refreshTtl.toSeconds()));
                    return ok(data, true);
                }
                default -> {
                    return error(2100005, "Parameter error");
                }
            }
        }
    }

    private String newAccess(String openId, Instant now) {
        String at = "act." + ids.incrementAndGet();
        access.put(at, new AccessState(openId, now.plus(accessTtl)));
        return at;
    }

    private ObjectNode tokenAnswer(String openId, String at, String rt, long refreshSeconds) {
        ObjectNode data = json.createObjectNode();
        data.put("access_token", at);
        data.put("expires_in", Long.toString(accessTtl.toSeconds()));
        data.put("open_id", openId);
        data.put("refresh_token", rt);
        data.put("refresh_expires_in", Long.toString(refreshSeconds));
        data.put("scope", "user_info,video.list.bind,data.external.item,data.external.user");
        return ok(data, true);
    }

    // ---------------------------------------------------------------- API

    private ObjectNode api(String path, Map<String, String> query, String token) {
        synchronized (lock) {
            String openId = query.getOrDefault("open_id", "");
            AccessState a = token == null ? null : access.get(token);
            if (a == null) {
                return error(2190002, "access_token无效");
            }
            if (!clock.instant().isBefore(a.expiresAt())) {
                return error(2190008, "access_token过期,请刷新或重新授权");
            }
            if (!a.openId().equals(openId)) {
                return error(2190015, "请求参数access_token openid不匹配");
            }
            LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
            if (path.equals("api/douyin/v1/video/video_list/")) {
                return videoList(openId, query);
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
        int cursor;
        int count;
        try {
            cursor = Integer.parseInt(query.getOrDefault("cursor", "0"));
            count = Integer.parseInt(query.getOrDefault("count", "10"));
        } catch (NumberFormatException e) {
            return error(2100005, "Parameter error");
        }
        if (cursor < 0 || count <= 0 || count > 20) {
            return error(2100005, "Parameter error");
        }
        ArrayNode list = json.createArrayNode();
        int end = Math.min(all.size(), cursor + count);
        for (Video v : all.subList(Math.min(cursor, all.size()), end)) {
            ObjectNode item = list.addObject();
            item.put("item_id", v.itemId());
            item.put("title", v.title());
            item.put("create_time", v.createdAt().getEpochSecond());
            item.put("is_reviewed", true);
            item.put("is_top", false);
            item.put("video_status", 1);
            item.put("media_type", 4);
        }
        ObjectNode data = json.createObjectNode();
        data.put("cursor", end);
        data.put("has_more", end < all.size());
        data.set("list", list);
        return ok(data, false);
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
    public static final class Builder {
        private String clientKey = "dy-sim-key";
        private String clientSecret = "dy-sim-secret";
        private Clock clock = Clock.systemUTC();
        private Duration accessTtl = Duration.ofDays(15);
        private Duration refreshTtl = Duration.ofDays(30);
        private int maxRenewals = 5;

        private Builder() {
        }

        public Builder client(String key, String secret) {
            this.clientKey = Objects.requireNonNull(key, "key");
            this.clientSecret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder tokenLifetimes(Duration access, Duration refresh) {
            this.accessTtl = Objects.requireNonNull(access, "access");
            this.refreshTtl = Objects.requireNonNull(refresh, "refresh");
            return this;
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
