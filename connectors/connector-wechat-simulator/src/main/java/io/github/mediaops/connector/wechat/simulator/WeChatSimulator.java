package io.github.mediaops.connector.wechat.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful WeChat Official Account server on 127.0.0.1 that speaks the documented protocol
 * (developers.weixin.qq.com; facts collected in {@code platform-apis.md} §1): {@code cgi-bin/token}
 * and {@code cgi-bin/stable_token}, permanent material upload, draft → freepublish with an
 * asynchronous job, datacube reports with per-endpoint span limits and T+1 data, comments, customer
 * service messages, and signed pushes through {@link #pushes()}.
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Tokens expire after {@code tokenTtl}. {@code cgi-bin/token} issues a new token on every call and
 *   the previous ones stop working after {@code tokenGrace}; {@code stable_token} returns the current
 *   token while it is valid and only a {@code force_refresh} replaces it.</li>
 *   <li>An optional quota (token bucket: {@code perSecond} refill, {@code burst} capacity) answers
 *   errcode 45011 when empty.</li>
 *   <li>{@code freepublish/submit} consumes the draft and starts a job in {@code publish_status} 1; the
 *   job finishes after {@code pollsToFinish} polls of {@code freepublish/get} or on
 *   {@link #completePendingJobs()}; a title containing {@code [reject]} ends in status 4 (audit refused).</li>
 * </ul>
 * Errors come as HTTP 200 with {@code {"errcode":..,"errmsg":..}}, as WeChat sends them.
 *
 * <p>Assumption made where the documentation is silent: a submitted draft leaves the draft box, so
 * {@code draft/get} on it answers 40007 (invalid media_id).
 */
public final class WeChatSimulator implements SimulatorControl {
    /** Datacube maximum span in days per endpoint (WxJava {@code WxMpDataCubeService} javadoc). */
    public static final Map<String, Integer> DATACUBE_SPANS = Map.ofEntries(
            Map.entry("getarticlesummary", 1), Map.entry("getarticletotal", 1), Map.entry("getuserread", 3),
            Map.entry("getuserreadhour", 1), Map.entry("getusershare", 7), Map.entry("getusersharehour", 1),
            Map.entry("getusersummary", 7), Map.entry("getusercumulate", 7), Map.entry("getarticleread", 1),
            Map.entry("getarticleshare", 1), Map.entry("getbizsummary", 1), Map.entry("getarticletotaldetail", 1));
    /** getuserread's user_source of WeChat's all-sources total row. */
    public static final int ALL_SOURCES = 99_999_999;
    /** Daily limit the simulator reports per API in {@code openapi/quota/get}. */
    public static final int DAILY_LIMIT = 10_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ObjectMapper json = new ObjectMapper();
    private final LoopbackServer server;
    private final String appId;
    private final String appSecret;
    private final String originalId;
    private final String messageToken;
    private final String encodingAesKey;
    private final Clock clock;
    private final Duration tokenTtl;
    private final Duration tokenGrace;
    private final int pollsToFinish;
    private final WeChatPushEmitter pushes;

    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger apiRequests = new AtomicInteger();
    private final AtomicInteger quotaRejections = new AtomicInteger();
    private final AtomicInteger succeededApiRequests = new AtomicInteger();
    private final Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(100_000_000L);

    private final Object lock = new Object();
    private final Map<String, TokenState> tokens = new HashMap<>();
    private String stableToken;
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Deque<Fault> tokenFaults = new ArrayDeque<>();
    private volatile Duration slowness = Duration.ofSeconds(2);
    private final Map<String, ObjectNode> drafts = new LinkedHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> comments = new HashMap<>();
    private final Set<String> recentlyActiveUsers = ConcurrentHashMap.newKeySet();
    private final List<ObjectNode> sentMessages = new ArrayList<>();
    private final Set<String> materials = ConcurrentHashMap.newKeySet();
    private final Set<String> closedComments = new HashSet<>();
    private final Map<String, Instant> draftTimes = new HashMap<>();
    private int quotaClears;
    private double quotaTokens;
    private long quotaStamp;
    private final int quotaPerSecond;
    private final int quotaBurst;

    private static final class TokenState {
        final Instant expiresAt;
        Instant invalidAfter;

        TokenState(Instant expiresAt) {
            this.expiresAt = expiresAt;
        }
    }

    private static final class Job {
        final String publishId;
        final String msgDataId;
        final String title;
        final String thumbMediaId;
        int status = 1;
        int polls;
        String articleId;
        Instant updated;

        Job(String publishId, String msgDataId, String title, String thumbMediaId, Instant at) {
            this.publishId = publishId;
            this.msgDataId = msgDataId;
            this.title = title;
            this.thumbMediaId = thumbMediaId;
            this.updated = at;
        }
    }

    private record Article(String articleId, String msgDataId, String title, String thumbMediaId, String url,
                           LocalDate publishedOn, Instant updated) {
    }

    private WeChatSimulator(Builder b) {
        this.appId = b.appId;
        this.appSecret = b.appSecret;
        this.originalId = b.originalId;
        this.messageToken = b.messageToken;
        this.encodingAesKey = b.encodingAesKey;
        this.clock = b.clock;
        this.tokenTtl = b.tokenTtl;
        this.tokenGrace = b.tokenGrace;
        this.pollsToFinish = b.pollsToFinish;
        this.quotaPerSecond = b.quotaPerSecond;
        this.quotaBurst = b.quotaBurst;
        this.quotaTokens = b.quotaBurst;
        this.quotaStamp = System.nanoTime();
        this.pushes = new WeChatPushEmitter(appId, originalId, b.messageToken, b.encodingAesKey, clock);
        for (Map.Entry<String, String> seeded : b.seedArticles.entrySet()) {
            String msgDataId = seeded.getKey();
            LocalDate on = LocalDate.now(clock.withZone(SHANGHAI)).minusDays(10);
            articles.put("seed-" + msgDataId, new Article("seed-" + msgDataId, msgDataId, seeded.getValue(), "seed-thumb",
                    articleUrl(msgDataId), on, clock.instant()));
            List<ObjectNode> list = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                ObjectNode c = json.createObjectNode();
                c.put("user_comment_id", i);
                if (i < 3) {
                    c.put("openid", "o-user-" + i); // WeChat leaves openid out for some identities: comment 3 has none
                }
                c.put("create_time", clock.instant().getEpochSecond() - 3600L * i);
                c.put("content", "comment " + i + " on " + seeded.getValue());
                c.put("comment_type", 0);
                list.add(c);
            }
            comments.put(msgDataId + "_1", list);
        }
        recentlyActiveUsers.addAll(b.activeUsers);
        this.server = LoopbackServer.start("wechat-simulator", 32, this::handle);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A simulator with the test app {@code wx-sim-app} / secret {@code sim-secret} and two seeded articles. */
    public static WeChatSimulator start() {
        return builder().build();
    }

    // ---------------------------------------------------------------- control

    @Override
    public URI baseUrl() {
        return server.baseUrl();
    }

    public String appId() {
        return appId;
    }

    public String appSecret() {
        return appSecret;
    }

    /** The account's original id ({@code gh_...}), the ToUserName of pushes. */
    public String originalId() {
        return originalId;
    }

    /** The push token configured in the simulated admin console (a connector needs it as secret {@code token}). */
    public String pushToken() {
        return messageToken;
    }

    /** The 43-character EncodingAESKey of safe mode (a connector needs it as secret {@code encodingAesKey}). */
    public String encodingAesKey() {
        return encodingAesKey;
    }

    /** Builds signed pushes (message push) as WeChat would send them to the host. */
    public WeChatPushEmitter pushes() {
        return pushes;
    }

    @Override
    public int tokenRequests() {
        return tokenRequests.get();
    }

    @Override
    public int apiRequests() {
        return apiRequests.get();
    }

    /** API requests that were answered with success. */
    public int succeededApiRequests() {
        return succeededApiRequests.get();
    }

    /** Requests received on one path, e.g. {@code cgi-bin/freepublish/submit}. */
    public int requests(String path) {
        AtomicInteger n = byPath.get(path);
        return n == null ? 0 : n.get();
    }

    /** API requests refused with 45011 because the quota was empty. */
    public int quotaRejections() {
        return quotaRejections.get();
    }

    /** Publish jobs accepted so far. */
    public int publishJobs() {
        synchronized (lock) {
            return jobs.size();
        }
    }

    /** Customer-service messages accepted so far. */
    public int sentMessages() {
        synchronized (lock) {
            return sentMessages.size();
        }
    }

    /** Marks a user as having written to the account recently (opens the 48-hour customer-service window). */
    public void userInteracted(String openid) {
        recentlyActiveUsers.add(Checks.notBlank(openid, "openid"));
    }

    @Override
    public void expireTokens() {
        synchronized (lock) {
            Instant past = clock.instant().minusSeconds(1);
            Map<String, TokenState> copy = new HashMap<>(tokens);
            tokens.clear();
            copy.forEach((k, v) -> {
                TokenState s = new TokenState(past);
                s.invalidAfter = v.invalidAfter;
                tokens.put(k, s);
            });
        }
    }

    @Override
    public void failNext(Fault fault, int times) {
        Checks.notNull(fault, "fault");
        Checks.nonNegative(times, "times");
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                faults.addLast(fault);
            }
        }
    }

    /**
     * Injects {@code fault} into the next {@code times} token requests ({@code cgi-bin/token} and
     * {@code stable_token}); {@link Fault#BAD_CREDENTIALS} answers 40001 as WeChat does for a wrong
     * AppSecret there.
     */
    public void failNextToken(Fault fault, int times) {
        Checks.notNull(fault, "fault");
        Checks.nonNegative(times, "times");
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                tokenFaults.addLast(fault);
            }
        }
    }

    /** Drops every queued fault. */
    public void clearFaults() {
        synchronized (lock) {
            faults.clear();
            tokenFaults.clear();
        }
    }

    @Override
    public void slowness(Duration delay) {
        this.slowness = Checks.notNull(delay, "delay");
    }

    @Override
    public void completePendingJobs() {
        synchronized (lock) {
            for (Job j : jobs.values()) {
                if (j.status == 1) {
                    finish(j);
                }
            }
        }
    }

    /** The publish_id of the job created from a draft title, for tests. */
    public List<String> publishIds() {
        synchronized (lock) {
            return List.copyOf(jobs.keySet());
        }
    }

    /** Saves a one-article draft as the admin console would and returns its media_id. */
    public String addDraft(String title) {
        Checks.notBlank(title, "title");
        synchronized (lock) {
            String id = "DRAFT_" + Long.toHexString(ids.incrementAndGet());
            ObjectNode d = json.createObjectNode();
            ObjectNode a = d.putArray("articles").addObject();
            a.put("title", title);
            a.put("content", "<p>" + title + "</p>");
            a.put("thumb_media_id", "seed-thumb");
            a.put("need_open_comment", 1);
            a.put("only_fans_can_comment", 0);
            drafts.put(id, d);
            draftTimes.put(id, clock.instant());
            return id;
        }
    }

    /** Whether comments on this post ({@code <msg_data_id>_<index>}) were closed with {@code comment/close}. */
    public boolean commentsClosed(String postId) {
        synchronized (lock) {
            return closedComments.contains(postId);
        }
    }

    /** The msg_data_id {@code freepublish/submit} returned with this publish_id. */
    public java.util.Optional<String> msgDataId(String publishId) {
        synchronized (lock) {
            return java.util.Optional.ofNullable(jobs.get(publishId)).map(j -> j.msgDataId);
        }
    }

    /**
     * Publishes {@code count} articles from elsewhere (the admin console, another tool), each one second
     * later than the previous and after now, so they list before everything published so far.
     */
    public void publishedElsewhere(int count) {
        Checks.positive(count, "count");
        synchronized (lock) {
            Instant base = clock.instant();
            for (int i = 1; i <= count; i++) {
                String msgDataId = Long.toString(ids.incrementAndGet() + 2_650_000_000L);
                String id = "ART_" + Long.toHexString(ids.incrementAndGet());
                Instant at = base.plusSeconds(i);
                articles.put(id, new Article(id, msgDataId, "elsewhere " + i, "seed-thumb", articleUrl(msgDataId),
                        LocalDate.ofInstant(at, SHANGHAI), at));
            }
        }
    }

    @Override
    public void close() {
        server.close();
    }

    // ---------------------------------------------------------------- HTTP

    /** Answers with {@code fault}; false when the request is then to be answered normally (SLOW). */
    private boolean answerFault(HttpExchange ex, Fault fault, String path, Map<String, String> query, byte[] body)
            throws IOException {
        switch (fault) {
            case SERVER_ERROR -> {
                LoopbackServer.serverError(ex);
                return true;
            }
            case PLATFORM_BUSY -> {
                reply(ex, 200, error(-1, "system error"));
                return true;
            }
            case RATE_LIMITED -> {
                reply(ex, 200, error(45011, "api minute-interval limit reached"));
                return true;
            }
            case TOKEN_EXPIRED -> {
                reply(ex, 200, error(42001, "access_token expired"));
                return true;
            }
            case MALFORMED_JSON -> {
                byte[] junk = "{\"list\":[{\"ref_date\":\"2026-".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, junk.length);
                ex.getResponseBody().write(junk);
                return true;
            }
            case SLOW -> LoopbackServer.pause(slowness);
            case BAD_CREDENTIALS -> {
                reply(ex, 200, error(40001, "invalid credential, access_token is invalid or not latest"));
                return true;
            }
            case DROP_AFTER_ACCEPT -> {
                ObjectNode ignored = api(path, query, body);
                return true; // closing without a response drops the connection
            }
            case DROP_BEFORE_ACCEPT -> {
                return true; // dropped without the API handler ever seeing the request
            }
        }
        return false;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring(1);
            byPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.equals("cgi-bin/token") || path.equals("cgi-bin/stable_token")) {
                tokenRequests.incrementAndGet();
                Fault fault;
                synchronized (lock) {
                    fault = tokenFaults.pollFirst();
                }
                if (fault == null || !answerFault(ex, fault, path, query, body)) {
                    reply(ex, 200, path.equals("cgi-bin/token") ? token(query) : stableToken(body));
                }
                return;
            }
            apiRequests.incrementAndGet();
            Fault fault;
            synchronized (lock) {
                fault = faults.pollFirst();
            }
            if (fault != null && answerFault(ex, fault, path, query, body)) {
                return;
            }
            ObjectNode answer = api(path, query, body);
            if (!answer.has("errcode") || answer.get("errcode").asInt() == 0) {
                succeededApiRequests.incrementAndGet();
            }
            reply(ex, 200, answer);
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    private void reply(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private ObjectNode error(int code, String message) {
        ObjectNode n = json.createObjectNode();
        n.put("errcode", code);
        n.put("errmsg", message + " rid: " + Long.toHexString(ids.incrementAndGet()));
        return n;
    }

    private ObjectNode ok() {
        ObjectNode n = json.createObjectNode();
        n.put("errcode", 0);
        n.put("errmsg", "ok");
        return n;
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- tokens

    private ObjectNode token(Map<String, String> q) {
        if (!"client_credential".equals(q.get("grant_type"))) {
            return error(40002, "invalid grant_type");
        }
        if (!appId.equals(q.get("appid"))) {
            return error(40013, "invalid appid");
        }
        if (!appSecret.equals(q.get("secret"))) {
            return error(40125, "invalid appsecret");
        }
        synchronized (lock) {
            Instant now = clock.instant();
            for (TokenState s : tokens.values()) {
                if (s.invalidAfter == null || s.invalidAfter.isAfter(now.plus(tokenGrace))) {
                    s.invalidAfter = now.plus(tokenGrace);
                }
            }
            return issue(now);
        }
    }

    private ObjectNode issue(Instant now) {
        String value = "SIMTOKEN_" + Long.toHexString(ids.incrementAndGet()) + "_" + Long.toHexString(System.nanoTime());
        tokens.put(value, new TokenState(now.plus(tokenTtl)));
        stableToken = value;
        ObjectNode n = json.createObjectNode();
        n.put("access_token", value);
        n.put("expires_in", tokenTtl.toSeconds());
        return n;
    }

    private ObjectNode stableToken(byte[] body) {
        JsonNode req = parse(body);
        if (req == null) {
            return error(47001, "data format error");
        }
        if (!"client_credential".equals(req.path("grant_type").asText())) {
            return error(40002, "invalid grant_type");
        }
        if (!appId.equals(req.path("appid").asText())) {
            return error(40013, "invalid appid");
        }
        if (!appSecret.equals(req.path("secret").asText())) {
            return error(40125, "invalid appsecret");
        }
        boolean force = req.path("force_refresh").asBoolean(false);
        synchronized (lock) {
            Instant now = clock.instant();
            TokenState current = stableToken == null ? null : tokens.get(stableToken);
            boolean usable = current != null && current.expiresAt.isAfter(now)
                    && (current.invalidAfter == null || current.invalidAfter.isAfter(now));
            if (usable && !force) {
                ObjectNode n = json.createObjectNode();
                n.put("access_token", stableToken);
                n.put("expires_in", Math.max(1, Duration.between(now, current.expiresAt).toSeconds()));
                return n;
            }
            if (current != null) {
                current.invalidAfter = now.plus(tokenGrace);
            }
            return issue(now);
        }
    }

    /** Null when the token is good, else the error to answer. */
    private ObjectNode checkToken(Map<String, String> q) {
        String t = q.get("access_token");
        if (t == null || t.isEmpty()) {
            return error(41001, "access_token missing");
        }
        synchronized (lock) {
            TokenState s = tokens.get(t);
            Instant now = clock.instant();
            if (s == null || (s.invalidAfter != null && !s.invalidAfter.isAfter(now))) {
                return error(40001, "invalid credential, access_token is invalid or not latest");
            }
            if (!s.expiresAt.isAfter(now)) {
                return error(42001, "access_token expired");
            }
        }
        return null;
    }

    private boolean takeQuota() {
        if (quotaPerSecond <= 0) {
            return true;
        }
        synchronized (lock) {
            long now = System.nanoTime();
            quotaTokens = Math.min(quotaBurst, quotaTokens + (now - quotaStamp) / 1e9 * quotaPerSecond);
            quotaStamp = now;
            if (quotaTokens >= 1) {
                quotaTokens -= 1;
                return true;
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- API

    private ObjectNode api(String path, Map<String, String> q, byte[] body) {
        ObjectNode tokenError = checkToken(q);
        if (tokenError != null) {
            return tokenError;
        }
        if (!takeQuota()) {
            quotaRejections.incrementAndGet();
            return error(45011, "api minute-interval limit reached");
        }
        if (path.equals("cgi-bin/material/add_material") || path.equals("cgi-bin/media/uploadimg")) {
            return upload(path, q, body);
        }
        if (path.equals("cgi-bin/draft/count")) {
            synchronized (lock) {
                ObjectNode n = json.createObjectNode();
                n.put("total_count", drafts.size());
                return n;
            }
        }
        JsonNode req = parse(body);
        if (req == null) {
            return error(44002, "empty post data");
        }
        if (path.startsWith("datacube/")) {
            return datacube(path.substring("datacube/".length()), req);
        }
        return switch (path) {
            case "cgi-bin/draft/add" -> draftAdd(req);
            case "cgi-bin/draft/get" -> draftGet(req);
            case "cgi-bin/freepublish/submit" -> submit(req);
            case "cgi-bin/freepublish/get" -> publishGet(req);
            case "cgi-bin/freepublish/batchget" -> batchGet(req);
            case "cgi-bin/comment/list" -> commentList(req);
            case "cgi-bin/comment/reply/add" -> commentReply(req);
            case "cgi-bin/comment/markelect", "cgi-bin/comment/unmarkelect" -> commentElect(req, path.endsWith("/markelect"));
            case "cgi-bin/comment/delete" -> commentDelete(req);
            case "cgi-bin/comment/open", "cgi-bin/comment/close" -> commentSwitch(req, path.endsWith("/open"));
            case "cgi-bin/comment/reply/delete" -> replyDelete(req);
            case "cgi-bin/message/custom/send" -> customSend(req);
            case "cgi-bin/draft/update" -> draftUpdate(req);
            case "cgi-bin/draft/delete" -> draftDelete(req);
            case "cgi-bin/draft/batchget" -> draftBatchGet(req);
            case "cgi-bin/freepublish/getarticle" -> publishedArticle(req);
            case "cgi-bin/freepublish/delete" -> publishedDelete(req);
            case "cgi-bin/openapi/quota/get" -> quotaGet(req);
            case "cgi-bin/clear_quota" -> clearQuota(req);
            default -> error(40066, "invalid url");
        };
    }

    private ObjectNode upload(String path, Map<String, String> q, byte[] body) {
        if (body.length == 0) {
            return error(41005, "media data missing");
        }
        if (path.endsWith("add_material") && !"image".equals(q.get("type")) && !"thumb".equals(q.get("type"))) {
            return error(40004, "invalid media type");
        }
        String id = "MEDIA_" + Long.toHexString(ids.incrementAndGet());
        materials.add(id);
        ObjectNode n = json.createObjectNode();
        if (path.endsWith("add_material")) {
            n.put("media_id", id);
        }
        n.put("url", "http://mmbiz.qpic.cn/sim/" + id);
        return n;
    }

    private ObjectNode draftAdd(JsonNode req) {
        JsonNode arts = req.path("articles");
        if (!arts.isArray() || arts.isEmpty()) {
            return error(40035, "invalid args: articles");
        }
        for (JsonNode a : arts) {
            if (a.path("title").asText().isEmpty()) {
                return error(40035, "invalid args: title");
            }
            if (a.path("title").asText().length() > 64) {
                return error(45003, "title size out of limit");
            }
            String thumb = a.path("thumb_media_id").asText();
            if (!thumb.isEmpty() && !materials.contains(thumb) && !thumb.equals("seed-thumb")) {
                return error(40007, "invalid media_id");
            }
        }
        synchronized (lock) {
            String id = "DRAFT_" + Long.toHexString(ids.incrementAndGet());
            drafts.put(id, (ObjectNode) req.deepCopy());
            draftTimes.put(id, clock.instant());
            ObjectNode n = json.createObjectNode();
            n.put("media_id", id);
            return n;
        }
    }

    private ObjectNode draftGet(JsonNode req) {
        synchronized (lock) {
            ObjectNode d = drafts.get(req.path("media_id").asText());
            if (d == null) {
                return error(40007, "invalid media_id");
            }
            ObjectNode n = json.createObjectNode();
            n.set("news_item", d.get("articles").deepCopy());
            return n;
        }
    }

    private ObjectNode submit(JsonNode req) {
        synchronized (lock) {
            ObjectNode d = drafts.remove(req.path("media_id").asText());
            if (d == null) {
                return error(40007, "invalid media_id");
            }
            JsonNode first = d.get("articles").get(0);
            String publishId = Long.toString(ids.incrementAndGet() + 2_247_000_000L);
            String msgDataId = Long.toString(ids.incrementAndGet() + 2_650_000_000L);
            jobs.put(publishId, new Job(publishId, msgDataId, first.path("title").asText(),
                    first.path("thumb_media_id").asText(), clock.instant()));
            ObjectNode n = ok();
            n.put("publish_id", Long.parseLong(publishId)); // WeChat sends both ids as JSON numbers
            n.put("msg_data_id", Long.parseLong(msgDataId));
            return n;
        }
    }

    private void finish(Job j) {
        j.updated = clock.instant();
        if (j.title.contains("[reject]")) {
            j.status = 4;
            return;
        }
        j.status = 0;
        j.articleId = "ART_" + Long.toHexString(ids.incrementAndGet());
        articles.put(j.articleId, new Article(j.articleId, j.msgDataId, j.title, j.thumbMediaId,
                articleUrl(j.msgDataId), LocalDate.ofInstant(j.updated, SHANGHAI), j.updated));
        comments.putIfAbsent(j.msgDataId + "_1", new ArrayList<>());
    }

    /** WeChat's long-form article URL: {@code mid} is the msg_data_id, {@code idx} the article's position. */
    private static String articleUrl(String msgDataId) {
        return "https://mp.weixin.qq.com/s?__biz=MzSimulator==&mid=" + msgDataId + "&idx=1&sn="
                + Integer.toHexString(msgDataId.hashCode()) + "#rd";
    }

    private ObjectNode publishGet(JsonNode req) {
        synchronized (lock) {
            Job j = jobs.get(req.path("publish_id").asText());
            if (j == null) {
                return error(53600, "Article ID invalid");
            }
            if (j.status == 1 && ++j.polls >= pollsToFinish) {
                finish(j);
            }
            return jobJson(j);
        }
    }

    ObjectNode jobJson(Job j) {
        ObjectNode n = json.createObjectNode();
        n.put("publish_id", Long.parseLong(j.publishId));
        n.put("publish_status", j.status);
        if (j.articleId != null) {
            n.put("article_id", j.articleId);
            ObjectNode detail = n.putObject("article_detail");
            detail.put("count", 1);
            ObjectNode item = detail.putArray("item").addObject();
            item.put("idx", 1);
            item.put("article_url", articles.get(j.articleId).url());
        }
        ArrayNode failIdx = n.putArray("fail_idx");
        if (j.status >= 2) {
            failIdx.add(1);
        }
        return n;
    }

    private ObjectNode batchGet(JsonNode req) {
        int offset = req.path("offset").asInt(0);
        int count = req.path("count").asInt(0);
        if (count < 1 || count > 20) {
            return error(40035, "invalid args: count");
        }
        synchronized (lock) {
            List<Article> all = new ArrayList<>(articles.values());
            all.sort((a, b) -> b.updated().compareTo(a.updated()));
            ObjectNode n = json.createObjectNode();
            n.put("total_count", all.size());
            ArrayNode items = n.putArray("item");
            for (int i = offset; i < Math.min(all.size(), offset + count); i++) {
                Article a = all.get(i);
                ObjectNode item = items.addObject();
                item.put("article_id", a.articleId());
                ObjectNode news = item.putObject("content").putArray("news_item").addObject();
                news.put("title", a.title());
                news.put("thumb_media_id", a.thumbMediaId());
                news.put("url", a.url());
                item.put("update_time", a.updated().getEpochSecond());
            }
            n.put("item_count", items.size());
            return n;
        }
    }

    private ObjectNode datacube(String name, JsonNode req) {
        Integer span = DATACUBE_SPANS.get(name);
        if (span == null) {
            return error(40066, "invalid url");
        }
        LocalDate begin;
        LocalDate end;
        try {
            begin = LocalDate.parse(req.path("begin_date").asText());
            end = LocalDate.parse(req.path("end_date").asText());
        } catch (RuntimeException e) {
            return error(61500, "date format error");
        }
        LocalDate yesterday = LocalDate.now(clock.withZone(SHANGHAI)).minusDays(1);
        if (end.isBefore(begin) || ChronoUnit.DAYS.between(begin, end) + 1 > span || end.isAfter(yesterday)) {
            return error(61501, "date range error");
        }
        ObjectNode n = json.createObjectNode();
        ArrayNode list = n.putArray("list");
        synchronized (lock) {
            for (LocalDate d = begin; !d.isAfter(end); d = d.plusDays(1)) {
                switch (name) {
                    case "getarticlesummary" -> {
                        for (Article a : articles.values()) {
                            if (!a.publishedOn().isAfter(d)) {
                                ObjectNode row = articleRow(list, d, a);
                                counters(row, a, d, 1);
                            }
                        }
                    }
                    case "getarticletotal" -> {
                        for (Article a : articles.values()) {
                            if (a.publishedOn().equals(d) || (a.articleId().startsWith("seed-") && a.publishedOn().equals(d))) {
                                ObjectNode row = articleRow(list, d, a);
                                ArrayNode details = row.putArray("details");
                                for (LocalDate s = d; !s.isAfter(yesterday) && !s.isAfter(d.plusDays(6)); s = s.plusDays(1)) {
                                    ObjectNode det = details.addObject();
                                    det.put("stat_date", s.toString());
                                    det.put("target_user", 261917);
                                    counters(det, a, s, (int) ChronoUnit.DAYS.between(d, s) + 1);
                                    long reads = det.get("int_page_read_count").asLong();
                                    long readers = det.get("int_page_read_user").asLong();
                                    // WeChat's per-source split of the reads (session, feed, history, friends, other)
                                    long[] part = {reads * 5 / 10, reads * 3 / 10, reads / 10, reads / 20};
                                    long[] users = {readers * 5 / 10, readers * 3 / 10, readers / 10, readers / 20};
                                    String[] src = {"session", "feed", "hist_msg", "friends"};
                                    long restReads = reads;
                                    long restUsers = readers;
                                    for (int k = 0; k < src.length; k++) {
                                        det.put("int_page_from_" + src[k] + "_read_count", part[k]);
                                        det.put("int_page_from_" + src[k] + "_read_user", users[k]);
                                        restReads -= part[k];
                                        restUsers -= users[k];
                                    }
                                    det.put("int_page_from_other_read_count", restReads);
                                    det.put("int_page_from_other_read_user", restUsers);
                                }
                            }
                        }
                    }
                    case "getuserread" -> readRows(list, d, null);
                    case "getuserreadhour" -> {
                        for (int h = 0; h < 24; h++) {
                            readRows(list, d, h);
                        }
                    }
                    case "getusershare" -> shareRows(list, d, null);
                    case "getusersharehour" -> {
                        for (int h = 0; h < 24; h++) {
                            shareRows(list, d, h);
                        }
                    }
                    case "getarticleread", "getarticleshare" -> {
                        for (Article a : articles.values()) {
                            if (!a.publishedOn().isAfter(d)) {
                                ObjectNode row = articleRow(list, d, a);
                                long reads = 200 + Math.floorMod(a.msgDataId().hashCode() * 31L + d.toEpochDay(), 997);
                                row.put(name.equals("getarticleread") ? "read_user" : "share_user",
                                        name.equals("getarticleread") ? reads * 9 / 10 : reads / 20);
                            }
                        }
                    }
                    case "getbizsummary" -> {
                        ObjectNode row = list.addObject();
                        row.put("ref_date", d.toString());
                        long base = Math.floorMod(d.toEpochDay() * 31, 1000);
                        row.put("read_user", 900 + base);
                        row.put("share_user", 40 + base / 10);
                    }
                    case "getarticletotaldetail" -> {
                        for (Article a : articles.values()) {
                            if (a.publishedOn().equals(d)) {
                                ObjectNode row = articleRow(list, d, a);
                                row.put("publish_type", 0);
                                ArrayNode details = row.putArray("detail_list");
                                for (LocalDate s = d; !s.isAfter(yesterday) && !s.isAfter(d.plusDays(29)); s = s.plusDays(1)) {
                                    long reads = 200 + Math.floorMod(a.msgDataId().hashCode() * 31L + d.toEpochDay(), 997)
                                            * (ChronoUnit.DAYS.between(d, s) + 1);
                                    ObjectNode det = details.addObject();
                                    det.put("stat_date", s.toString());
                                    det.put("read_user", reads * 9 / 10);
                                    det.put("share_user", reads / 20);
                                    det.put("zaikan_user", reads / 60);
                                    det.put("like_user", reads / 30);
                                    det.put("comment_count", reads / 120);
                                }
                            }
                        }
                    }
                    case "getusersummary" -> {
                        long base = Math.floorMod(d.toEpochDay() * 17, 50);
                        for (int source : new int[] {0, 1, 30}) {
                            ObjectNode row = list.addObject();
                            row.put("ref_date", d.toString());
                            row.put("user_source", source);
                            row.put("new_user", base + source);
                            row.put("cancel_user", source == 0 ? base / 5 : 0);
                        }
                    }
                    case "getusercumulate" -> {
                        ObjectNode row = list.addObject();
                        row.put("ref_date", d.toString());
                        row.put("cumulate_user", 1_217_056 + Math.floorMod(d.toEpochDay(), 1000));
                    }
                    default -> throw new IllegalStateException(name);
                }
            }
        }
        return n;
    }

    /** Deterministic counters: a reads curve per article and day (cumulative when {@code dayIndex} grows). */
    private static void counters(ObjectNode row, Article a, LocalDate d, int dayIndex) {
        long seed = Math.floorMod(a.msgDataId().hashCode() * 31L + d.toEpochDay(), 997);
        long reads = 200 + seed * dayIndex;
        row.put("int_page_read_user", reads * 9 / 10);
        row.put("int_page_read_count", reads);
        row.put("ori_page_read_user", reads / 50);
        row.put("ori_page_read_count", reads / 40);
        row.put("share_user", reads / 20);
        row.put("share_count", reads / 16);
        row.put("add_to_fav_user", reads / 100);
        row.put("add_to_fav_count", reads / 90);
    }

    /** getuserread[hour] rows: one per read source plus WeChat's total row (user_source 99999999). */
    private static void readRows(ArrayNode list, LocalDate d, Integer hour) {
        long base = Math.floorMod(d.toEpochDay() * 31 + (hour == null ? 0 : hour * 7L), 1000);
        int[] sources = {0, 1, 2, 4, 6, 7};
        long[] share = {40, 15, 20, 5, 12, 8}; // percent of the reads per source
        long reads = hour == null ? 1500 + base : 60 + base / 10;
        long totalReads = 0;
        long totalUsers = 0;
        long totalShares = 0;
        for (int k = 0; k < sources.length; k++) {
            long r = reads * share[k] / 100;
            ObjectNode row = list.addObject();
            row.put("ref_date", d.toString());
            if (hour != null) {
                row.put("ref_hour", hour * 100);
            }
            row.put("user_source", sources[k]);
            putReads(row, r, r * 8 / 10, r / 25);
            totalReads += r;
            totalUsers += r * 8 / 10;
            totalShares += r / 25;
        }
        ObjectNode total = list.addObject();
        total.put("ref_date", d.toString());
        if (hour != null) {
            total.put("ref_hour", hour * 100);
        }
        total.put("user_source", ALL_SOURCES);
        // a reader who came through two sources is one reader: the total's users are fewer than the sum
        putReads(total, totalReads, totalUsers * 9 / 10, totalShares);
    }

    private static void putReads(ObjectNode row, long reads, long readers, long shares) {
        row.put("int_page_read_user", readers);
        row.put("int_page_read_count", reads);
        row.put("ori_page_read_user", readers / 50);
        row.put("ori_page_read_count", reads / 50);
        row.put("share_user", shares * 8 / 10);
        row.put("share_count", shares);
        row.put("add_to_fav_user", readers / 100);
        row.put("add_to_fav_count", reads / 100);
    }

    /** getusershare[hour] rows: one per share scene (1 friends, 2 moments, 255 other). */
    private static void shareRows(ArrayNode list, LocalDate d, Integer hour) {
        long base = Math.floorMod(d.toEpochDay() * 31 + (hour == null ? 0 : hour * 7L), 1000);
        int[] scenes = {1, 2, 255};
        for (int k = 0; k < scenes.length; k++) {
            long shares = (hour == null ? 30 + base / 10 : 2 + base / 200) * (3 - k);
            ObjectNode row = list.addObject();
            row.put("ref_date", d.toString());
            if (hour != null) {
                row.put("ref_hour", hour * 100);
            }
            row.put("share_scene", scenes[k]);
            row.put("share_count", shares);
            row.put("share_user", Math.max(1, shares * 8 / 10));
        }
    }

    private List<ObjectNode> commentsOf(JsonNode req) {
        return comments.get(req.path("msg_data_id").asText() + "_" + (req.path("index").asInt(0) + 1));
    }

    private ObjectNode commentList(JsonNode req) {
        int begin = req.path("begin").asInt(0);
        int count = req.path("count").asInt(0);
        int type = req.path("type").asInt(0);
        if (count < 1 || count >= 50) {
            return error(40035, "invalid args: count must be below 50");
        }
        synchronized (lock) {
            List<ObjectNode> all = commentsOf(req);
            if (all == null) {
                return error(88000, "without comment privilege");
            }
            List<ObjectNode> filtered = all.stream()
                    .filter(c -> type == 0 || (type == 2) == (c.path("comment_type").asInt() == 1)).toList();
            ObjectNode n = ok();
            n.put("total", filtered.size());
            ArrayNode arr = n.putArray("comment");
            for (int i = begin; i < Math.min(filtered.size(), begin + count); i++) {
                arr.add(filtered.get(i).deepCopy());
            }
            return n;
        }
    }

    private ObjectNode findComment(JsonNode req) {
        List<ObjectNode> all = commentsOf(req);
        if (all == null) {
            return null;
        }
        long id = req.path("user_comment_id").asLong(-1);
        return all.stream().filter(c -> c.path("user_comment_id").asLong() == id).findFirst().orElse(null);
    }

    private ObjectNode commentReply(JsonNode req) {
        String content = req.path("content").asText();
        if (content.isEmpty()) {
            return error(40035, "invalid args: content");
        }
        synchronized (lock) {
            ObjectNode c = findComment(req);
            if (c == null) {
                return error(88010, "comment not exists");
            }
            ObjectNode reply = c.putObject("reply");
            reply.put("content", content);
            reply.put("create_time", clock.instant().getEpochSecond());
            return ok();
        }
    }

    private ObjectNode commentElect(JsonNode req, boolean elect) {
        synchronized (lock) {
            ObjectNode c = findComment(req);
            if (c == null) {
                return error(88010, "comment not exists");
            }
            c.put("comment_type", elect ? 1 : 0);
            return ok();
        }
    }

    private ObjectNode commentDelete(JsonNode req) {
        synchronized (lock) {
            ObjectNode c = findComment(req);
            if (c == null) {
                return error(88010, "comment not exists");
            }
            commentsOf(req).remove(c);
            return ok();
        }
    }

    private ObjectNode commentSwitch(JsonNode req, boolean open) {
        synchronized (lock) {
            if (commentsOf(req) == null) {
                return error(88000, "without comment privilege");
            }
            String key = req.path("msg_data_id").asText() + "_" + (req.path("index").asInt(0) + 1);
            if (open) {
                closedComments.remove(key);
            } else {
                closedComments.add(key);
            }
            return ok();
        }
    }

    private ObjectNode replyDelete(JsonNode req) {
        synchronized (lock) {
            ObjectNode c = findComment(req);
            if (c == null) {
                return error(88010, "comment not exists");
            }
            c.remove("reply");
            return ok();
        }
    }

    private ObjectNode draftUpdate(JsonNode req) {
        synchronized (lock) {
            ObjectNode d = drafts.get(req.path("media_id").asText());
            int index = req.path("index").asInt(-1);
            JsonNode article = req.path("articles");
            if (d == null) {
                return error(40007, "invalid media_id");
            }
            ArrayNode arts = (ArrayNode) d.get("articles");
            if (index < 0 || index >= arts.size() || !article.isObject() || article.path("title").asText().isEmpty()) {
                return error(40035, "invalid args");
            }
            arts.set(index, article.deepCopy());
            draftTimes.put(req.path("media_id").asText(), clock.instant());
            return ok();
        }
    }

    private ObjectNode draftDelete(JsonNode req) {
        synchronized (lock) {
            if (drafts.remove(req.path("media_id").asText()) == null) {
                return error(40007, "invalid media_id");
            }
            return ok();
        }
    }

    private ObjectNode draftBatchGet(JsonNode req) {
        int offset = req.path("offset").asInt(0);
        int count = req.path("count").asInt(0);
        if (count < 1 || count > 20) {
            return error(40035, "invalid args: count");
        }
        boolean noContent = req.path("no_content").asInt(0) == 1;
        synchronized (lock) {
            List<String> ids = new ArrayList<>(drafts.keySet());
            java.util.Collections.reverse(ids);
            ObjectNode n = json.createObjectNode();
            n.put("total_count", ids.size());
            ArrayNode items = n.putArray("item");
            for (int i = offset; i < Math.min(ids.size(), offset + count); i++) {
                ObjectNode item = items.addObject();
                item.put("media_id", ids.get(i));
                ArrayNode news = item.putObject("content").putArray("news_item");
                for (JsonNode a : drafts.get(ids.get(i)).get("articles")) {
                    ObjectNode copy = (ObjectNode) a.deepCopy();
                    if (noContent) {
                        copy.remove("content");
                    }
                    news.add(copy);
                }
                item.put("update_time", draftTimes.getOrDefault(ids.get(i), clock.instant()).getEpochSecond());
            }
            n.put("item_count", items.size());
            return n;
        }
    }

    /** A datacube row of one article on one day: {@code ref_date}, {@code msgid} ({@code <msg_data_id>_1}), {@code title}. */
    private static ObjectNode articleRow(ArrayNode list, LocalDate day, Article a) {
        ObjectNode row = list.addObject();
        row.put("ref_date", day.toString());
        row.put("msgid", a.msgDataId() + "_1");
        row.put("title", a.title());
        return row;
    }

    private ObjectNode publishedArticle(JsonNode req) {
        synchronized (lock) {
            Article a = articles.get(req.path("article_id").asText());
            if (a == null) {
                return error(53600, "Article ID invalid");
            }
            ObjectNode n = json.createObjectNode();
            ObjectNode news = n.putArray("news_item").addObject();
            news.put("title", a.title());
            news.put("thumb_media_id", a.thumbMediaId());
            news.put("url", a.url());
            news.put("is_deleted", false);
            return n;
        }
    }

    private ObjectNode publishedDelete(JsonNode req) {
        synchronized (lock) {
            Article a = articles.remove(req.path("article_id").asText());
            if (a == null) {
                return error(53600, "Article ID invalid");
            }
            return ok();
        }
    }

    private ObjectNode quotaGet(JsonNode req) {
        String cgi = req.path("cgi_path").asText();
        if (!cgi.startsWith("/")) {
            return error(76021, "cgi_path not found");
        }
        int used = byPath.getOrDefault(cgi.substring(1), new AtomicInteger()).get();
        ObjectNode n = ok();
        ObjectNode q = n.putObject("quota");
        q.put("daily_limit", DAILY_LIMIT);
        q.put("used", used);
        q.put("remain", Math.max(0, DAILY_LIMIT - used));
        return n;
    }

    private ObjectNode clearQuota(JsonNode req) {
        if (!appId.equals(req.path("appid").asText())) {
            return error(40013, "invalid appid");
        }
        synchronized (lock) {
            if (quotaClears >= 10) {
                return error(48006, "forbid to clear quota because of reaching the limit");
            }
            quotaClears++;
            byPath.keySet().removeIf(p -> !p.equals("cgi-bin/clear_quota"));
            return ok();
        }
    }

    private ObjectNode customSend(JsonNode req) {
        String to = req.path("touser").asText();
        if (to.isEmpty() || !"text".equals(req.path("msgtype").asText()) || req.path("text").path("content").asText().isEmpty()) {
            return error(40035, "invalid args");
        }
        if (!recentlyActiveUsers.contains(to)) {
            return error(45015, "response out of time limit or subscription is canceled");
        }
        synchronized (lock) {
            sentMessages.add((ObjectNode) req.deepCopy());
        }
        return ok();
    }

    @Override
    public String toString() {
        return "WeChatSimulator[" + baseUrl() + "]";
    }

    /** Builds a {@link WeChatSimulator}; {@link #build()} starts it. */
    public static final class Builder {
        private String appId = "wx-sim-app";
        private String appSecret = "sim-secret";
        private String originalId = "gh_sim0000001";
        private String messageToken = "sim-push-token";
        private String encodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        private Clock clock = Clock.systemUTC();
        private Duration tokenTtl = Duration.ofSeconds(7200);
        private Duration tokenGrace = Duration.ofMinutes(5);
        private int pollsToFinish = 2;
        private int quotaPerSecond;
        private int quotaBurst;
        private final Map<String, String> seedArticles = new LinkedHashMap<>(Map.of(
                "2650000001", "秋季新品上市", "2650000002", "会员日活动回顾"));
        private final Set<String> activeUsers = new java.util.HashSet<>(Set.of("o-user-1"));

        private Builder() {
        }

        public Builder app(String appId, String appSecret) {
            this.appId = Checks.notBlank(appId, "appId");
            this.appSecret = Checks.notBlank(appSecret, "appSecret");
            return this;
        }

        public Builder originalId(String originalId) {
            this.originalId = Checks.notBlank(originalId, "originalId");
            return this;
        }

        /** The push token and the 43-character EncodingAESKey configured in the simulated admin console. */
        public Builder push(String messageToken, String encodingAesKey) {
            this.messageToken = Checks.notBlank(messageToken, "messageToken");
            if (encodingAesKey.length() != 43) {
                throw new InvalidValueException("encodingAesKey", "EncodingAESKey must have 43 characters");
            }
            this.encodingAesKey = encodingAesKey;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        public Builder tokenTtl(Duration ttl) {
            this.tokenTtl = Checks.notNull(ttl, "ttl");
            return this;
        }

        /** How long a replaced token keeps working (WeChat: about 5 minutes). */
        public Builder tokenGrace(Duration grace) {
            this.tokenGrace = Checks.notNull(grace, "grace");
            return this;
        }

        public Builder pollsToFinish(int polls) {
            this.pollsToFinish = Checks.positive(polls, "polls");
            return this;
        }

        /** A quota on API calls: a bucket of {@code burst} calls refilled at {@code perSecond}. */
        public Builder quota(int perSecond, int burst) {
            this.quotaPerSecond = Checks.positive(perSecond, "perSecond");
            this.quotaBurst = Checks.positive(burst, "burst");
            return this;
        }

        public WeChatSimulator build() {
            return new WeChatSimulator(this);
        }
    }
}
