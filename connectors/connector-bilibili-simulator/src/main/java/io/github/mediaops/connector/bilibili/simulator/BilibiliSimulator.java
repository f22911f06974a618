package io.github.mediaops.connector.bilibili.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.SimulatorBuilder;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import io.github.mediaops.connector.tck.NativeFaults;
import io.github.mediaops.connector.tck.NativeFaults.PlatformError;
import io.github.mediaops.connector.tck.SimulatedApp;
import io.github.mediaops.connector.tck.SimulatedDailyLimit;
import io.github.mediaops.connector.tck.SimulatedGrants;
import io.github.mediaops.connector.tck.SimulatedUploads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stateful Bilibili open platform (哔哩哔哩开放平台, openhome) server on 127.0.0.1 that speaks the documented
 * protocol: the OAuth2 token endpoints of {@code api.bilibili.com} ({@code x/account-oauth2/v1/token},
 * {@code …/refresh_token}), the signed {@code member.bilibili.com/arcopen/fn/*} API (user info, user and archive
 * statistics, 30-day increments, archive list and view, upload init, merge, cover upload, {@code add-by-utoken})
 * and the part upload of {@code openupos.bilivideo.com} ({@code video/v2/part/upload}). One server answers all
 * three hosts' paths. Facts: {@code platform-apis.md} §5.1, {@code platform-apis-2.md} §7 and §9, the official
 * demo {@code bilibili-openplatform/demo}.
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Authorisation codes ({@link #authorizationCode}) are single-use (122002 when reused). A grant answers
 *   {@code expires_in} as an absolute Unix time in seconds. <b>Refresh tokens are single-use</b>: a refresh issues
 *   a new access token and a new refresh token and voids the old refresh token, whose reuse answers 122007
 *   ({@code refreshToken不合法}).</li>
 *   <li>Every {@code arcopen} request must be signed: the six {@code x-bili-*} headers, {@code x-bili-content-md5}
 *   = MD5 of the body, {@code x-bili-timestamp} within ±10 minutes of the simulator's clock (4003 otherwise),
 *   a nonce not seen before (4004), {@code Authorization} = hex HMAC-SHA256(client secret, the headers as
 *   sorted {@code name:value} lines joined by {@code \n}) (4002 otherwise, 4008 for a wrong MD5).</li>
 *   <li>Uploads: {@code video/init} opens a session ({@code upload_token}); parts are numbered from 1 and may
 *   arrive in any order (a part sent again replaces the earlier copy); {@code complete} needs parts 1..n without
 *   a gap; {@code add-by-utoken} needs a completed upload and consumes the token (127022 afterwards).
 *   {@link #dropPart} drops the connection when a given part arrives, without storing it.</li>
 *   <li>Archives: a submitted archive is under review ({@code addit_info.state} −30) until
 *   {@link #completePendingJobs()} opens it (state 0) or {@link #rejectPending} returns it (state −2).
 *   Titles over 80 characters answer 123030; a partition not in {@link Builder#partitions} 123009; more than
 *   {@link Builder#dailySubmissions} submissions per account and Asia/Shanghai day 123029 (the limit of
 *   non-formal members is 5 a day).</li>
 * </ul>
 * Errors are HTTP 200 with {@code {"code":<code>,"message":…,"ttl":1}}. Faults ({@link #failNext}) apply to API
 * and upload requests (not the token endpoints) and are native: busy 127201, rate limited 127009, token expired
 * 127001 ({@code access_token验证错误}), bad client 127004.
 */
public final class BilibiliSimulator extends LoopbackSimulator {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** How far a request's {@code x-bili-timestamp} may be from the simulator's clock. */
    public static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(10);
    /** {@code addit_info.state} of an archive under review (an assumption: Bilibili documents only 0 and −2). */
    public static final int STATE_REVIEWING = -30;

    /** Bilibili's own answers to the platform-coded faults. */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            new PlatformError(127201, "系统繁忙，请稍后再试"), // PLATFORM_BUSY
            new PlatformError(127009, "api请求次数达到上限"), // RATE_LIMITED
            new PlatformError(127001, "access_token验证错误"), // TOKEN_EXPIRED
            new PlatformError(127004, "client_id验证错误")); // BAD_CREDENTIALS

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedApp app;
    private final Clock clock;
    private final SimulatedDailyLimit submissions;
    private final Set<Integer> partitions;

    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Object lock = new Object();
    private final SimulatedGrants<String> grants;
    private final Map<String, List<Archive>> archives = new HashMap<>();
    private final Map<String, long[]> userStats = new HashMap<>();
    private final Map<String, Map<String, Long>> increments = new HashMap<>();
    private final SimulatedUploads uploads = new SimulatedUploads("ut", ids::incrementAndGet);
    private final Set<String> nonces = new HashSet<>();
    private final Map<Integer, Integer> droppedParts = new HashMap<>();
    private final List<String> refusedWords = new ArrayList<>();

    private static final class Archive {
        final String resourceId;
        final String title;
        final String desc;
        final String tag;
        final int tid;
        final String cover;
        final long ctime;
        int state;
        String rejectReason = "";
        final Map<String, Long> stat = new LinkedHashMap<>();

        Archive(String resourceId, String title, String desc, String tag, int tid, String cover, long ctime, int state) {
            this.resourceId = resourceId;
            this.title = title;
            this.desc = desc;
            this.tag = tag;
            this.tid = tid;
            this.cover = cover;
            this.ctime = ctime;
            this.state = state;
        }
    }

    private BilibiliSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.clock = app.clock();
        this.submissions = new SimulatedDailyLimit(clock, SHANGHAI, b.dailySubmissions);
        this.partitions = Set.copyOf(b.partitions);
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, path -> path.startsWith("/x/account-oauth2/"));
        slowness(Duration.ofSeconds(2));
        keepTokensIn(grants); // token requests (x/account-oauth2/) count in tokenRequests(), not as API requests
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

    /** A single-use authorisation code, as Bilibili sends to the redirect URI after {@code openId} consents. */
    public String authorizationCode(String openId) {
        return grants.issueCode("code", Objects.requireNonNull(openId, "openId"));
    }

    /** Sets an account's {@code data/user/stat} answer. */
    public void putUserStat(String openId, long following, long follower, long archivesPassed) {
        synchronized (lock) {
            userStats.put(Objects.requireNonNull(openId, "openId"), new long[] {following, follower, archivesPassed});
        }
    }

    /**
     * Sets an account's {@code data/arc/inc-stats} answer, field by field as Bilibili names them (the comment
     * increment is {@code icn_reply} in the official example; a field left out is left out of the answer).
     */
    public void putIncrements(String openId, Map<String, Long> fields) {
        synchronized (lock) {
            increments.put(Objects.requireNonNull(openId, "openId"), new LinkedHashMap<>(fields));
        }
    }

    /**
     * Adds an open archive of {@code openId} with its statistics, field by field as {@code data/arc/stat} names
     * them ({@code view, danmaku, reply, favorite, coin, share, like}; a field left out is left out of the answer).
     */
    public void addArchive(String openId, String resourceId, String title, Instant createdAt, Map<String, Long> stat) {
        synchronized (lock) {
            Archive a = new Archive(resourceId, title, "", "", 21, "http://i0.hdslb.com/bfs/archive/" + resourceId + ".jpg",
                    createdAt.getEpochSecond(), 0);
            a.stat.putAll(stat);
            archives.computeIfAbsent(openId, k -> new ArrayList<>()).add(a);
        }
    }

    /** Makes the review return archives whose title contains {@code word}: {@code add-by-utoken} answers 123024. */
    public void refuseTitlesWith(String word) {
        synchronized (lock) {
            refusedWords.add(Objects.requireNonNull(word, "word"));
        }
    }

    /**
     * The fault of this simulator: the next {@code times} times part {@code partNumber} arrives, the connection is
     * dropped without an answer and the part is not stored (a part lost in transit).
     */
    public void dropPart(int partNumber, int times) {
        synchronized (lock) {
            droppedParts.merge(partNumber, times, Integer::sum);
        }
    }

    /** How many times each part number of an upload session reached the server, whether stored or dropped. */
    public Map<Integer, Integer> partDeliveries(String uploadToken) {
        synchronized (lock) {
            SimulatedUploads.Session u = uploads.get(uploadToken);
            return u == null ? Map.of() : u.deliveries();
        }
    }

    /** The upload tokens issued so far, oldest first. */
    public List<String> uploadTokens() {
        synchronized (lock) {
            return List.copyOf(uploads.tokens());
        }
    }

    /** The titles of an account's archives, newest first. */
    public List<String> titles(String openId) {
        synchronized (lock) {
            return sorted(openId).stream().map(a -> a.title).toList();
        }
    }

    /** The submission fields Bilibili received for an archive (title, desc, tag, tid, cover), or an empty map. */
    public Map<String, Object> submitted(String openId, String resourceId) {
        synchronized (lock) {
            for (Archive a : archives.getOrDefault(openId, List.of())) {
                if (a.resourceId.equals(resourceId)) {
                    return Map.of("title", a.title, "desc", a.desc, "tag", a.tag, "tid", a.tid, "cover", a.cover);
                }
            }
            return Map.of();
        }
    }

    /** How many refresh grants were answered with new tokens. */
    public int refreshes() {
        return refreshes.get();
    }

    /** Ends the review of every archive under review: it opens (state 0). */
    @Override
    public void completePendingJobs() {
        synchronized (lock) {
            archives.values().forEach(list -> list.stream().filter(a -> a.state == STATE_REVIEWING).forEach(a -> a.state = 0));
        }
    }

    /** Ends the review of every archive under review by returning it (state −2) with {@code reason}. */
    public void rejectPending(String reason) {
        synchronized (lock) {
            archives.values().forEach(list -> list.stream().filter(a -> a.state == STATE_REVIEWING).forEach(a -> {
                a.state = -2;
                a.rejectReason = reason;
            }));
        }
    }

    // ---------------------------------------------------------------- HTTP

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath().substring(1);
            Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.startsWith("x/account-oauth2/")) {
                reply(ex, oauth(path, query));
                return;
            }
            Fault fault;
            boolean drop = false;
            synchronized (lock) {
                fault = nextFault();
                String part = query.get("part_number");
                logRequest(path + (part != null ? "?" + part : ""));
                if (part != null && path.equals("video/v2/part/upload")) {
                    SimulatedUploads.Session u = uploads.get(query.getOrDefault("upload_token", ""));
                    int n = parseInt(part);
                    if (u != null) {
                        u.delivered(n);
                    }
                    Integer left = droppedParts.get(n);
                    drop = left != null && left > 0;
                    if (drop) {
                        droppedParts.put(n, left - 1);
                    }
                }
            }
            if (drop) {
                return; // closing the exchange without an answer drops the connection; the part was not stored
            }
            if (fault != null && answerFault(ex, fault, NATIVE_FAULTS.bodies(this::error),
                    "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":{\"list\":[{\"resource_id\":",
                    () -> api(path, query, ex.getRequestHeaders(), body))) {
                return;
            }
            reply(ex, api(path, query, ex.getRequestHeaders(), body));
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    // ---------------------------------------------------------------- OAuth

    private ObjectNode oauth(String path, Map<String, String> q) {
        synchronized (lock) {
            if (!app.id().equals(q.get("client_id"))) {
                return error(122000, "client_id错误");
            }
            if (!app.secret().equals(q.get("client_secret"))) {
                return error(122001, "client_secret 错误");
            }
            switch (path) {
                case "x/account-oauth2/v1/token" -> {
                    if (!"authorization_code".equals(q.get("grant_type"))) {
                        return error(127100, "请求参数错误");
                    }
                    String openId = grants.redeemCode(q.getOrDefault("code", ""));
                    if (openId == null) {
                        return error(122002, "code未找到");
                    }
                    return tokens(openId);
                }
                case "x/account-oauth2/v1/refresh_token" -> {
                    if (!"refresh_token".equals(q.get("grant_type"))) {
                        return error(127100, "请求参数错误");
                    }
                    SimulatedGrants.Refresh<String> r = grants.refresh(q.getOrDefault("refresh_token", ""));
                    if (r == null || !r.live()) {
                        return error(122007, "refreshToken不合法");
                    }
                    r.retire(); // single-use
                    refreshes.incrementAndGet();
                    return tokens(r.subject());
                }
                default -> {
                    return error(127100, "请求参数错误");
                }
            }
        }
    }

    private ObjectNode tokens(String openId) {
        Instant expires = clock.instant().plus(app.accessTtl());
        String at = grants.issueAccess("at", openId, expires);
        String rt = grants.issueRefresh("rt", openId, Instant.MAX); // Bilibili's refresh tokens do not expire here
        ObjectNode o = ok();
        ObjectNode d = o.putObject("data");
        d.put("access_token", at);
        d.put("expires_in", expires.getEpochSecond()); // an absolute Unix time, as Bilibili answers it
        d.put("refresh_token", rt);
        d.putArray("scopes").add("USER_INFO").add("ARC_BASE").add("ARC_DATA").add("USER_DATA");
        return o;
    }

    // ---------------------------------------------------------------- API

    private ObjectNode api(String path, Map<String, String> q, Headers headers, byte[] body) {
        synchronized (lock) {
            if (path.equals("video/v2/part/upload")) {
                return part(q, body);
            }
            if (!path.startsWith("arcopen/fn/")) {
                return error(127100, "请求参数错误");
            }
            ObjectNode refused = checkSignature(headers, body);
            if (refused != null) {
                return refused;
            }
            if (path.equals("arcopen/fn/archive/video/complete")) {
                return complete(q);
            }
            if (!app.id().equals(q.get("client_id"))) {
                return error(127004, "client_id验证错误");
            }
            String token = q.getOrDefault("access_token", "");
            String header = headers.getFirst("access-token");
            if (header != null && !header.equals(token)) {
                return error(127100, "请求参数错误: access_token and access-token differ");
            }
            SimulatedGrants.Access<String> a = grants.access(token);
            if (a == null || !a.validAt(clock.instant())) {
                return error(127001, "access_token验证错误");
            }
            String openId = a.subject();
            return switch (path) {
                case "arcopen/fn/user/account/info" -> {
                    ObjectNode o = ok();
                    o.putObject("data").put("name", "up" + openId.substring(0, 4)).put("face",
                            "http://i0.hdslb.com/bfs/face/" + openId + ".jpg").put("openid", openId);
                    yield o;
                }
                case "arcopen/fn/data/user/stat" -> userStat(openId);
                case "arcopen/fn/data/arc/stat" -> arcStat(openId, q.getOrDefault("resource_id", ""));
                case "arcopen/fn/data/arc/inc-stats" -> {
                    ObjectNode o = ok();
                    ObjectNode d = o.putObject("data");
                    increments.getOrDefault(openId, Map.of()).forEach(d::put);
                    yield o;
                }
                case "arcopen/fn/archive/viewlist" -> viewList(openId, q);
                case "arcopen/fn/archive/view" -> view(openId, q.getOrDefault("resource_id", ""));
                case "arcopen/fn/archive/video/init" -> init(openId, body);
                case "arcopen/fn/archive/cover/upload" -> cover(headers, body);
                case "arcopen/fn/archive/add-by-utoken" -> submit(openId, q.getOrDefault("upload_token", ""), body);
                default -> error(127100, "请求参数错误");
            };
        }
    }

    /** The signature check of every {@code arcopen} request (接口签名实现标准, platform-apis-2.md §7.1). */
    private ObjectNode checkSignature(Headers h, byte[] body) {
        String[] names = {"x-bili-accesskeyid", "x-bili-content-md5", "x-bili-signature-method", "x-bili-signature-nonce",
                "x-bili-signature-version", "x-bili-timestamp"};
        StringBuilder signed = new StringBuilder();
        for (String n : names) {
            String v = h.getFirst(n);
            if (v == null) {
                return error(127000, "缺少鉴权参数: " + n);
            }
            signed.append(signed.isEmpty() ? "" : "\n").append(n).append(':').append(v);
        }
        if (!app.id().equals(h.getFirst("x-bili-accesskeyid"))) {
            return error(127004, "client_id验证错误");
        }
        if (!"HMAC-SHA256".equals(h.getFirst("x-bili-signature-method"))) {
            return error(4005, "签名method异常");
        }
        if (!"2.0".equals(h.getFirst("x-bili-signature-version"))) {
            return error(4006, "签名版本异常");
        }
        if (!HexFormat.of().formatHex(digest("MD5", body)).equals(h.getFirst("x-bili-content-md5"))) {
            return error(4008, "MD5校验失败");
        }
        long ts;
        try {
            ts = Long.parseLong(h.getFirst("x-bili-timestamp"));
        } catch (NumberFormatException e) {
            return error(4003, "请求过期");
        }
        if (Math.abs(ts - clock.instant().getEpochSecond()) > TIMESTAMP_WINDOW.toSeconds()) {
            return error(4003, "请求过期");
        }
        if (!hmac(signed.toString()).equals(h.getFirst("Authorization"))) {
            return error(4002, "签名异常");
        }
        if (!nonces.add(h.getFirst("x-bili-signature-nonce"))) {
            return error(4004, "重复请求");
        }
        return null;
    }

    private ObjectNode userStat(String openId) {
        long[] s = userStats.get(openId);
        ObjectNode o = ok();
        ObjectNode d = o.putObject("data");
        if (s != null) {
            d.put("following", s[0]).put("follower", s[1]).put("arc_passed_total", s[2]);
        }
        return o;
    }

    private ObjectNode arcStat(String openId, String resourceId) {
        Archive a = find(openId, resourceId);
        if (a == null) {
            return error(127124, "不存在该稿件");
        }
        ObjectNode o = ok();
        ObjectNode d = o.putObject("data");
        a.stat.forEach(d::put);
        return o;
    }

    private ObjectNode viewList(String openId, Map<String, String> q) {
        int pn = parseInt(q.getOrDefault("pn", "1"));
        int ps = parseInt(q.getOrDefault("ps", "20"));
        if (pn < 1 || ps < 1 || ps > 50) {
            return error(127100, "请求参数错误");
        }
        List<Archive> all = sorted(openId);
        ObjectNode o = ok();
        ObjectNode d = o.putObject("data");
        d.putObject("page").put("pn", pn).put("ps", ps).put("total", all.size());
        ArrayNode list = d.putArray("list");
        int from = Math.min(all.size(), (pn - 1) * ps);
        all.subList(from, Math.min(all.size(), from + ps)).forEach(a -> list.add(archive(a)));
        return o;
    }

    private ObjectNode view(String openId, String resourceId) {
        Archive a = find(openId, resourceId);
        if (a == null) {
            return error(127124, "不存在该稿件");
        }
        ObjectNode o = ok();
        o.set("data", archive(a));
        return o;
    }

    private ObjectNode archive(Archive a) {
        ObjectNode o = json.createObjectNode();
        o.put("resource_id", a.resourceId);
        o.put("title", a.title);
        o.put("cover", a.cover);
        o.put("tid", a.tid);
        o.put("no_reprint", 1);
        o.put("desc", a.desc);
        o.put("tag", a.tag);
        o.put("copyright", 1);
        o.put("ctime", a.ctime);
        o.put("ptime", a.state == 0 ? a.ctime : 0);
        ObjectNode video = o.putObject("video_info");
        if (a.state == 0) {
            video.put("cid", 10_000 + Math.abs(a.resourceId.hashCode() % 10_000));
            video.put("share_url", "https://www.bilibili.com/video/" + a.resourceId);
        }
        ObjectNode addit = o.putObject("addit_info");
        addit.put("state", a.state);
        addit.put("state_desc", a.state == 0 ? "开放浏览" : a.state == -2 ? "已退回" : "审核中");
        addit.put("reject_reason", a.rejectReason);
        return o;
    }

    private ObjectNode init(String openId, byte[] body) {
        JsonNode req = parse(body);
        if (req == null || !req.path("name").isTextual() || req.path("name").asText().isBlank()) {
            return error(127100, "请求参数错误: name");
        }
        String name = req.path("name").asText();
        if (!name.contains(".")) {
            return error(127102, "文件类型错误");
        }
        String token = uploads.open(openId);
        ObjectNode o = ok();
        o.putObject("data").put("upload_token", token);
        return o;
    }

    private ObjectNode part(Map<String, String> q, byte[] body) {
        SimulatedUploads.Session u = uploads.live(q.getOrDefault("upload_token", ""));
        if (u == null) {
            return error(127022, "upload_token验证错误");
        }
        int n = parseInt(q.getOrDefault("part_number", ""));
        if (n < 1 || body.length == 0) {
            return error(127100, "请求参数错误: part_number");
        }
        u.putPart(n, body.length);
        return json.createObjectNode().put("code", 0).put("message", "0");
    }

    private ObjectNode complete(Map<String, String> q) {
        SimulatedUploads.Session u = uploads.live(q.getOrDefault("upload_token", ""));
        if (u == null) {
            return error(127022, "upload_token验证错误");
        }
        if (!u.contiguousFrom(1)) {
            return error(127100, "请求参数错误: 分片不完整");
        }
        u.complete();
        return json.createObjectNode().put("code", 0).put("message", "0");
    }

    private ObjectNode cover(Headers h, byte[] body) {
        String type = h.getFirst("Content-Type");
        if (type == null || !type.startsWith("multipart/form-data")) {
            return error(127100, "请求参数错误: multipart file");
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int name = text.indexOf("name=\"file\"");
        if (name < 0) {
            return error(127100, "请求参数错误: file");
        }
        int ct = text.indexOf("Content-Type: ", name);
        String partType = ct < 0 ? "" : text.substring(ct + 14, text.indexOf("\r\n", ct)).trim();
        if (!partType.equals("image/jpeg") && !partType.equals("image/png")) {
            return error(127102, "文件类型错误");
        }
        ObjectNode o = ok();
        o.putObject("data").put("url", "https://archive.biliimg.com/bfs/archive/cover" + ids.incrementAndGet() + ".jpg");
        return o;
    }

    private ObjectNode submit(String openId, String uploadToken, byte[] body) {
        SimulatedUploads.Session u = uploads.liveFor(uploadToken, openId);
        if (u == null) {
            return error(127022, "upload_token验证错误");
        }
        if (!u.completed()) {
            return error(127100, "请求参数错误: 视频未合片");
        }
        JsonNode req = parse(body);
        if (req == null) {
            return error(127100, "请求参数错误");
        }
        String title = req.path("title").asText("");
        if (title.isBlank()) {
            return error(123013, "标题不合法");
        }
        if (title.codePointCount(0, title.length()) > 80) {
            return error(123030, "稿件标题过长,已经超过80个字符");
        }
        int tid = req.path("tid").asInt(-1);
        if (!partitions.contains(tid)) {
            return error(123009, "该分区不存在");
        }
        if (!req.path("cover").asText("").startsWith("https://archive.biliimg.com/")) {
            return error(127100, "请求参数错误: cover");
        }
        for (String word : refusedWords) {
            if (title.contains(word) || req.path("desc").asText("").contains(word)) {
                return error(123024, "当前输入有敏感信息,请修正");
            }
        }
        if (!submissions.take(openId)) {
            return error(123029, "当前总提交视频个数已经超过上限");
        }
        u.use();
        String bv = "BV1" + Long.toString(ids.incrementAndGet() * 7919L, 36) + "sim";
        Archive a = new Archive(bv, title, req.path("desc").asText(""), req.path("tag").asText(""), tid,
                req.path("cover").asText(), clock.instant().getEpochSecond(), STATE_REVIEWING);
        for (String f : List.of("view", "danmaku", "reply", "favorite", "coin", "share", "like")) {
            a.stat.put(f, 0L);
        }
        archives.computeIfAbsent(openId, k -> new ArrayList<>()).add(a);
        ObjectNode o = ok();
        o.putObject("data").put("resource_id", bv);
        return o;
    }

    private Archive find(String openId, String resourceId) {
        for (Archive a : archives.getOrDefault(openId, List.of())) {
            if (a.resourceId.equals(resourceId)) {
                return a;
            }
        }
        return null;
    }

    private List<Archive> sorted(String openId) {
        List<Archive> all = new ArrayList<>(archives.getOrDefault(openId, List.of()));
        all.sort(Comparator.comparingLong((Archive a) -> a.ctime).reversed().thenComparing(a -> a.resourceId));
        return all;
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode n = json.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(app.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("code", 0).put("message", "0").put("ttl", 1);
    }

    private ObjectNode error(int code, String message) {
        return json.createObjectNode().put("code", code).put("message", message).put("ttl", 1);
    }

    /** Options of a {@link BilibiliSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private int dailySubmissions = 5;
        private Set<Integer> partitions = Set.of(17, 21, 75, 122, 138, 230);

        private Builder() {
            // How long an access token lives (default 30 days; Bilibili does not document it).
            super("bili-sim-client", "bili-sim-secret", Duration.ofDays(30), null);
        }

        public Builder app(String id, String secret) {
            return credentials(id, secret);
        }

        /** Submissions allowed per account and Asia/Shanghai day (default 5, the limit of non-formal members). */
        public Builder dailySubmissions(int max) {
            this.dailySubmissions = max;
            return this;
        }

        /** The partition ids ({@code tid}) a submission may name (default 17, 21, 75, 122, 138, 230). */
        public Builder partitions(Set<Integer> tids) {
            this.partitions = Set.copyOf(tids);
            return this;
        }

        /** Starts the simulator on a free loopback port. */
        public BilibiliSimulator build() {
            return new BilibiliSimulator(this);
        }
    }
}
