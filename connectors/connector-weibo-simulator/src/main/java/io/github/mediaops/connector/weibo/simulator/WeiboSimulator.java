package io.github.mediaops.connector.weibo.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.SimulatorBuilder;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import io.github.mediaops.connector.tck.SimulatedApp;
import io.github.mediaops.core.rules.LengthUnit;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful Weibo Open API (v2) server on 127.0.0.1 that speaks the documented protocol (platform-apis.md §3,
 * open.weibo.com {@code Oauth2/access_token}, {@code Oauth2/get_token_info}, {@code 2/statuses/share},
 * {@code 2/comments/show|reply|destroy}, {@code 2/users/show|counts}, {@code 2/statuses/count},
 * {@code 2/statuses/user_timeline/ids}).
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Authorisation codes ({@link #authorizationCode}) are single-use and need the registered redirect URI
 *   (21322 otherwise). Access tokens live {@code accessTtl}; a web app gets no refresh token. A
 *   {@linkplain Builder#mobileApp mobile-SDK app} also gets a refresh token (30 days) that the {@code refresh_token}
 *   grant exchanges for a new access token.</li>
 *   <li>{@code statuses/share} requires {@code rip} (10016), a link on a safe domain and no {@code #话题#} (10017),
 *   at most 140 字 by Weibo's count (20012), and refuses the same text twice in a row (20019). A status is live at
 *   once.</li>
 *   <li>Comments: {@code comments/reply} adds a comment carrying {@code reply_comment}; {@code comments/destroy}
 *   removes one (20201 when unknown). Counts follow the comments.</li>
 * </ul>
 * Errors are HTTP 4xx/5xx with {@code {"request","error_code","error"}}. Faults ({@link #failNext}) apply to API
 * requests (not {@code oauth2/access_token}) and are native: busy 10009 (HTTP 500), rate limited 10023 (HTTP 403),
 * token expired 21327 (HTTP 401), bad client 21301 (HTTP 401).
 */
public final class WeiboSimulator extends LoopbackSimulator {
    /** Weibo's zone. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final Pattern URL = Pattern.compile("https?://([^/\\s?#:]+)[^\\s]*");
    private static final Pattern TOPIC = Pattern.compile("#[^#\\s]{1,64}#");
    private static final Duration REFRESH_TTL = Duration.ofDays(30);

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedApp app;
    private final String redirectUri;
    private final List<String> safeDomains;
    private final boolean mobileApp;
    private final Clock clock;

    private final AtomicLong ids = new AtomicLong(4_900_000_000_000_000L);
    private final Object lock = new Object();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, Grant> access = new HashMap<>();
    private final Map<String, Grant> refresh = new HashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Status> statuses = new LinkedHashMap<>();

    private record Grant(String uid, Instant createdAt, Instant expiresAt) {
    }

    private static final class User {
        final String uid;
        final String screenName;
        long followers;
        long friends;

        User(String uid, String screenName, long followers, long friends) {
            this.uid = uid;
            this.screenName = screenName;
            this.followers = followers;
            this.friends = friends;
        }
    }

    private static final class Status {
        final String id;
        final String uid;
        final String text;
        final Instant createdAt;
        final boolean picture;
        long reposts;
        long attitudes;
        final List<CommentRec> comments = new ArrayList<>(); // oldest first

        Status(String id, String uid, String text, Instant createdAt, boolean picture) {
            this.id = id;
            this.uid = uid;
            this.text = text;
            this.createdAt = createdAt;
            this.picture = picture;
        }
    }

    private record CommentRec(String id, String uid, String text, Instant createdAt, String replyTo) {
    }

    private WeiboSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.redirectUri = b.redirectUri;
        this.safeDomains = List.copyOf(b.safeDomains);
        this.mobileApp = b.mobileApp;
        this.clock = app.clock();
        tokenEndpointAt("/oauth2/access_token"); // token requests count in tokenRequests(), not as API requests
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String appKey() {
        return app.id();
    }

    public String appSecret() {
        return app.secret();
    }

    public URI redirectUri() {
        return URI.create(redirectUri);
    }

    /** A single-use authorisation code for {@code uid}, as Weibo sends to the redirect URI after consent. */
    public String authorizationCode(String uid) {
        synchronized (lock) {
            user(uid);
            String code = "code-" + ids.incrementAndGet();
            codes.put(code, uid);
            return code;
        }
    }

    /** Adds (or replaces) an account with its counts. */
    public void putUser(String uid, String screenName, long followers, long friends) {
        synchronized (lock) {
            users.put(uid, new User(uid, screenName, followers, friends));
        }
    }

    /** Adds a status of {@code uid} created at {@code at}, with reposts and likes; returns its id. */
    public String addStatus(String uid, String text, Instant at, long reposts, long attitudes) {
        synchronized (lock) {
            user(uid);
            Status s = new Status(String.valueOf(ids.incrementAndGet()), uid, text, at, false);
            s.reposts = reposts;
            s.attitudes = attitudes;
            statuses.put(s.id, s);
            return s.id;
        }
    }

    /** Adds a comment by {@code uid} on a status; returns its id. */
    public String addComment(String statusId, String uid, String text, Instant at) {
        synchronized (lock) {
            user(uid);
            Status s = Objects.requireNonNull(statuses.get(statusId), "no status " + statusId);
            String id = String.valueOf(ids.incrementAndGet());
            s.comments.add(new CommentRec(id, uid, text, at, null));
            return id;
        }
    }

    /** The texts of an account's statuses, oldest first. */
    public List<String> statusTexts(String uid) {
        synchronized (lock) {
            return statuses.values().stream().filter(s -> s.uid.equals(uid)).map(s -> s.text).toList();
        }
    }

    /** Whether a status was shared with a picture. */
    public boolean hasPicture(String statusId) {
        synchronized (lock) {
            Status s = statuses.get(statusId);
            return s != null && s.picture;
        }
    }

    /** The ids of the comments on a status, oldest first. */
    public List<String> commentIds(String statusId) {
        synchronized (lock) {
            Status s = statuses.get(statusId);
            return s == null ? List.of() : s.comments.stream().map(CommentRec::id).toList();
        }
    }

    /** Every access token issued so far stops working (21327); refresh tokens stay valid. */
    @Override
    public void expireTokens() {
        synchronized (lock) {
            Instant now = clock.instant();
            access.replaceAll((t, g) -> new Grant(g.uid(), g.createdAt(), now.minusSeconds(1)));
        }
    }

    // ---- dispatch ----

    private record Answer(int status, String body) {
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> params = params(ex);
        logRequest(ex.getRequestMethod() + " " + path);
        if (path.equals("/oauth2/access_token")) {
            send(ex, token(params));
            return;
        }
        Fault fault = nextFault();
        if (fault != null) {
            switch (fault) {
                case SERVER_ERROR -> {
                    LoopbackServer.serverError(ex);
                    return;
                }
                case PLATFORM_BUSY -> {
                    send(ex, error(500, path, 10009, "Too many pending tasks, system is busy"));
                    return;
                }
                case RATE_LIMITED -> {
                    send(ex, error(403, path, 10023, "User requests out of rate limit!"));
                    return;
                }
                case TOKEN_EXPIRED -> {
                    send(ex, error(401, path, 21327, "expired_token"));
                    return;
                }
                case BAD_CREDENTIALS -> {
                    send(ex, error(401, path, 21301, "auth faild!"));
                    return;
                }
                case MALFORMED_JSON -> {
                    send(ex, new Answer(200, "{\"created_at\": \"Tue May 31"));
                    return;
                }
                case SLOW -> stall();
                case DROP_AFTER_ACCEPT -> {
                    answer(path, params); // takes effect; closing without a response drops the connection
                    return;
                }
                case DROP_BEFORE_ACCEPT -> {
                    return;
                }
            }
        }
        send(ex, answer(path, params));
    }

    private Answer answer(String path, Map<String, String> p) {
        try {
            synchronized (lock) {
                if (path.equals("/oauth2/get_token_info")) {
                    return tokenInfo(p);
                }
                String uid = uidOf(p.get("access_token"));
                if (uid == null) {
                    return error(401, path, 21332, "invalid_access_token");
                }
                if (uid.startsWith("!")) {
                    return error(401, path, 21327, "expired_token");
                }
                return switch (path) {
                    case "/2/statuses/share.json" -> share(path, uid, p);
                    case "/2/statuses/user_timeline/ids.json" -> timelineIds(path, uid, p);
                    case "/2/statuses/count.json" -> counts(path, p);
                    case "/2/users/show.json" -> userShow(path, p);
                    case "/2/users/counts.json" -> userCounts(path, p);
                    case "/2/comments/show.json" -> commentsShow(path, p);
                    case "/2/comments/reply.json" -> reply(path, uid, p);
                    case "/2/comments/destroy.json" -> destroy(path, uid, p);
                    default -> error(404, path, 10008, "Param error, see doc for more info: no such API");
                };
            }
        } catch (RuntimeException e) {
            return new Answer(500, "simulator failure: " + e);
        }
    }

    // ---- oauth2 ----

    private Answer token(Map<String, String> p) {
        String path = "/oauth2/access_token";
        synchronized (lock) {
            if (!app.accepts(p.get("client_id"), p.get("client_secret"))) {
                return oauthError(21324, "invalid_client");
            }
            String grant = p.getOrDefault("grant_type", "");
            String uid;
            if (grant.equals("authorization_code")) {
                if (!redirectUri.equals(p.get("redirect_uri"))) {
                    return oauthError(21322, "redirect_uri_mismatch");
                }
                uid = codes.remove(p.getOrDefault("code", ""));
                if (uid == null) {
                    return oauthError(21325, "invalid_grant");
                }
            } else if (grant.equals("refresh_token")) {
                Grant r = refresh.get(p.getOrDefault("refresh_token", ""));
                if (r == null) {
                    return oauthError(21325, "invalid_grant");
                }
                if (!clock.instant().isBefore(r.expiresAt())) {
                    return oauthError(21327, "expired_token");
                }
                uid = r.uid();
            } else {
                return oauthError(21328, "unsupported_grant_type");
            }
            Instant now = clock.instant();
            String token = "2.00sim" + ids.incrementAndGet();
            access.put(token, new Grant(uid, now, now.plus(app.accessTtl())));
            ObjectNode out = json.createObjectNode();
            out.put("access_token", token);
            out.put("expires_in", app.accessTtl().toSeconds());
            out.put("remind_in", String.valueOf(app.accessTtl().toSeconds()));
            out.put("uid", uid);
            if (mobileApp && grant.equals("authorization_code")) {
                String rt = "rt-" + ids.incrementAndGet();
                refresh.put(rt, new Grant(uid, now, now.plus(REFRESH_TTL)));
                out.put("refresh_token", rt);
            }
            return new Answer(200, out.toString());
        }
    }

    private static Answer oauthError(int code, String error) {
        return new Answer(400, "{\"error\":\"" + error + "\",\"error_code\":" + code + ",\"request\":\"/oauth2/access_token\"}");
    }

    private Answer tokenInfo(Map<String, String> p) {
        Grant g = access.get(p.getOrDefault("access_token", ""));
        if (g == null) {
            return error(401, "/oauth2/get_token_info", 21332, "invalid_access_token");
        }
        long left = Duration.between(clock.instant(), g.expiresAt()).toSeconds();
        if (left <= 0) {
            return error(401, "/oauth2/get_token_info", 21327, "expired_token");
        }
        ObjectNode out = json.createObjectNode();
        out.put("uid", Long.parseLong(g.uid()));
        out.put("appkey", app.id());
        out.putNull("scope");
        out.put("create_at", g.createdAt().getEpochSecond());
        out.put("expire_in", left);
        return new Answer(200, out.toString());
    }

    /** The uid of a live token, {@code "!"+uid} for an expired one, {@code null} for an unknown one. */
    private String uidOf(String token) {
        Grant g = token == null ? null : access.get(token);
        if (g == null) {
            return null;
        }
        return clock.instant().isBefore(g.expiresAt()) ? g.uid() : "!" + g.uid();
    }

    // ---- statuses ----

    private Answer share(String path, String uid, Map<String, String> p) {
        String text = p.get("status");
        if (text == null || text.isBlank()) {
            return error(400, path, 10016, "Miss required parameter (status) , see doc for more info.");
        }
        if (p.get("rip") == null || p.get("rip").isBlank()) {
            return error(400, path, 10016, "Miss required parameter (rip) , see doc for more info.");
        }
        if (TOPIC.matcher(text).find()) {
            return error(400, path, 10017, "Parameter (status)'s value invalid: #topic# is not allowed");
        }
        Matcher m = URL.matcher(text);
        boolean safe = false;
        while (m.find()) {
            String host = m.group(1).toLowerCase(Locale.ROOT);
            safe |= safeDomains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
        }
        if (!safe) {
            return error(400, path, 10017, "Parameter (status)'s value invalid: no url of the app's safe domain");
        }
        if (weiboLength(text) > 140) {
            return error(400, path, 20012, "Text too long, please input text less than 140 characters!");
        }
        Status last = null;
        for (Status s : statuses.values()) {
            if (s.uid.equals(uid)) {
                last = s;
            }
        }
        if (last != null && last.text.equals(text)) {
            return error(400, path, 20019, "Repeat content!");
        }
        Status s = new Status(String.valueOf(ids.incrementAndGet()), uid, text, clock.instant(), p.containsKey("pic"));
        statuses.put(s.id, s);
        return new Answer(200, status(s).toString());
    }

    private Answer timelineIds(String path, String uid, Map<String, String> p) {
        String asked = p.getOrDefault("uid", uid);
        if (!asked.equals(uid)) {
            return error(403, path, 10014, "Insufficient app permissions: only the authorised user's statuses");
        }
        List<Status> own = statuses.values().stream().filter(s -> s.uid.equals(uid)).toList();
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("statuses");
        for (int i = own.size() - 1; i >= 0; i--) {
            list.add(own.get(i).id);
        }
        out.put("previous_cursor", 0);
        out.put("next_cursor", 0);
        out.put("total_number", own.size());
        return new Answer(200, out.toString());
    }

    private Answer counts(String path, Map<String, String> p) {
        String[] wanted = p.getOrDefault("ids", "").split(",");
        if (wanted.length > 100) {
            return error(400, path, 10017, "Parameter (ids)'s value invalid, expect (at most 100 ids)");
        }
        ArrayNode out = json.createArrayNode();
        for (String id : wanted) {
            Status s = statuses.get(id.trim());
            if (s != null) {
                ObjectNode n = out.addObject();
                n.put("id", s.id);
                n.put("comments", String.valueOf(s.comments.size()));
                n.put("reposts", String.valueOf(s.reposts));
                n.put("attitudes", String.valueOf(s.attitudes));
            }
        }
        return new Answer(200, out.toString());
    }

    // ---- users ----

    private Answer userShow(String path, Map<String, String> p) {
        User u = users.get(p.getOrDefault("uid", ""));
        if (u == null) {
            return error(400, path, 20003, "User does not exists!");
        }
        return new Answer(200, user(u).toString());
    }

    private Answer userCounts(String path, Map<String, String> p) {
        String[] wanted = p.getOrDefault("uids", "").split(",");
        if (wanted.length > 100) {
            return error(400, path, 10017, "Parameter (uids)'s value invalid, expect (at most 100 uids)");
        }
        ArrayNode out = json.createArrayNode();
        for (String id : wanted) {
            User u = users.get(id.trim());
            if (u != null) {
                ObjectNode n = out.addObject();
                n.put("id", u.uid);
                n.put("followers_count", String.valueOf(u.followers));
                n.put("friends_count", String.valueOf(u.friends));
                n.put("statuses_count", String.valueOf(statusCount(u.uid)));
            }
        }
        return new Answer(200, out.toString());
    }

    // ---- comments ----

    private Answer commentsShow(String path, Map<String, String> p) {
        Status s = statuses.get(p.getOrDefault("id", ""));
        if (s == null) {
            return error(400, path, 20101, "Target weibo does not exist!");
        }
        int count = Integer.parseInt(p.getOrDefault("count", "50"));
        int page = Integer.parseInt(p.getOrDefault("page", "1"));
        List<CommentRec> newest = new ArrayList<>(s.comments);
        java.util.Collections.reverse(newest);
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("comments");
        int from = (page - 1) * count;
        for (int i = from; i < Math.min(newest.size(), from + count); i++) {
            list.add(comment(s, newest.get(i)));
        }
        out.put("previous_cursor", 0);
        out.put("next_cursor", 0);
        out.put("total_number", newest.size());
        return new Answer(200, out.toString());
    }

    private Answer reply(String path, String uid, Map<String, String> p) {
        Status s = statuses.get(p.getOrDefault("id", ""));
        if (s == null) {
            return error(400, path, 20101, "Target weibo does not exist!");
        }
        CommentRec target = s.comments.stream().filter(c -> c.id().equals(p.get("cid"))).findFirst().orElse(null);
        if (target == null) {
            return error(400, path, 20201, "Target weibo comment does not exist!");
        }
        if (p.get("rip") == null || p.get("rip").isBlank()) {
            return error(400, path, 10016, "Miss required parameter (rip) , see doc for more info.");
        }
        String text = p.getOrDefault("comment", "");
        if (text.isBlank() || weiboLength(text) > 140) {
            return error(400, path, 20012, "Text too long, please input text less than 140 characters!");
        }
        if (!s.comments.isEmpty()) {
            CommentRec last = s.comments.get(s.comments.size() - 1);
            if (last.uid().equals(uid) && last.text().equals(text)) {
                return error(400, path, 20019, "Repeat content!");
            }
        }
        String body = "1".equals(p.get("without_mention")) ? text : "回复@" + user(target.uid()).screenName + ":" + text;
        CommentRec c = new CommentRec(String.valueOf(ids.incrementAndGet()), uid, body, clock.instant(), target.id());
        s.comments.add(c);
        return new Answer(200, comment(s, c).toString());
    }

    private Answer destroy(String path, String uid, Map<String, String> p) {
        for (Status s : statuses.values()) {
            for (CommentRec c : s.comments) {
                if (c.id().equals(p.get("cid"))) {
                    if (!c.uid().equals(uid) && !s.uid.equals(uid)) {
                        return error(403, path, 20206, "Not permitted to delete this comment");
                    }
                    s.comments.remove(c);
                    return new Answer(200, comment(s, c).toString());
                }
            }
        }
        return error(400, path, 20201, "Target weibo comment does not exist!");
    }

    // ---- shapes ----

    private ObjectNode status(Status s) {
        ObjectNode n = json.createObjectNode();
        n.put("created_at", TIME.format(s.createdAt.atZone(SHANGHAI)));
        n.put("id", Long.parseLong(s.id));
        n.put("mid", s.id);
        n.put("idstr", s.id);
        n.put("text", s.text);
        n.put("favorited", false);
        n.put("truncated", false);
        n.put("reposts_count", s.reposts);
        n.put("comments_count", s.comments.size());
        n.put("attitudes_count", s.attitudes);
        n.set("user", user(user(s.uid)));
        return n;
    }

    private ObjectNode user(User u) {
        ObjectNode n = json.createObjectNode();
        n.put("id", Long.parseLong(u.uid));
        n.put("idstr", u.uid);
        n.put("screen_name", u.screenName);
        n.put("name", u.screenName);
        n.put("followers_count", u.followers);
        n.put("friends_count", u.friends);
        n.put("statuses_count", statusCount(u.uid));
        return n;
    }

    private ObjectNode comment(Status s, CommentRec c) {
        ObjectNode n = json.createObjectNode();
        n.put("created_at", TIME.format(c.createdAt().atZone(SHANGHAI)));
        n.put("id", Long.parseLong(c.id()));
        n.put("idstr", c.id());
        n.put("text", c.text());
        n.set("user", user(user(c.uid())));
        n.set("status", status(s));
        if (c.replyTo() != null) {
            s.comments.stream().filter(r -> r.id().equals(c.replyTo())).findFirst().ifPresent(r -> {
                ObjectNode rn = json.createObjectNode();
                rn.put("created_at", TIME.format(r.createdAt().atZone(SHANGHAI)));
                rn.put("id", Long.parseLong(r.id()));
                rn.put("idstr", r.id());
                rn.put("text", r.text());
                rn.set("user", user(user(r.uid())));
                n.set("reply_comment", rn);
            });
        }
        return n;
    }

    private long statusCount(String uid) {
        return statuses.values().stream().filter(s -> s.uid.equals(uid)).count();
    }

    private User user(String uid) {
        return users.computeIfAbsent(uid, u -> new User(u, "用户" + u, 0, 0));
    }

    private static Answer error(int http, String path, int code, String message) {
        String request = path.replaceFirst("^/2/", "/");
        return new Answer(http, "{\"request\":\"" + request + "\",\"error_code\":\"" + code + "\",\"error\":\""
                + message.replace("\"", "'") + "\"}");
    }

    /** Weibo's count: a non-ASCII character 1, two ASCII characters 1, rounded up. */
    static long weiboLength(String text) {
        return LengthUnit.HALF_WIDTH_HALF.measure(text);
    }

    private static void send(HttpExchange ex, Answer a) throws IOException {
        reply(ex, a.status(), a.status() == 500 && a.body().startsWith("simulator") ? "text/plain" : "application/json",
                a.body());
    }

    // ---- request parsing ----

    private static Map<String, String> params(HttpExchange ex) throws IOException {
        Map<String, String> out = new HashMap<>(LoopbackServer.form(ex.getRequestURI().getRawQuery()));
        byte[] body = ex.getRequestBody().readAllBytes();
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("multipart/form-data")) {
            out.putAll(multipart(body, type));
        } else if (body.length > 0) {
            out.putAll(LoopbackServer.form(new String(body, StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** The parts of a multipart body: text parts by name, a file part as its file name. */
    private static Map<String, String> multipart(byte[] body, String type) {
        Map<String, String> out = new HashMap<>();
        Matcher b = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(type);
        if (!b.find()) {
            return out;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split("--" + Pattern.quote(b.group(1)))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String head = part.substring(0, split);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(head);
            if (!name.find()) {
                continue;
            }
            String value = part.substring(split + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            Matcher file = Pattern.compile("filename=\"([^\"]*)\"").matcher(head);
            out.put(name.group(1), file.find() ? file.group(1)
                    : new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Builds a {@link WeiboSimulator}; defaults: a web app (no refresh tokens), 7-day tokens, the system clock. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private String redirectUri = "https://brand.example.cn/weibo/callback";
        private List<String> safeDomains = List.of("brand.example.cn");
        private boolean mobileApp;

        private Builder() {
            // How long an access token lives (Weibo: by the app's authorisation level, 1 day to 90 days).
            super("2975463159", "sim-app-secret-5f1c", Duration.ofDays(7), null);
        }

        public Builder app(String appKey, String appSecret) {
            return credentials(appKey, appSecret);
        }

        public Builder safeDomains(String... domains) {
            this.safeDomains = List.of(domains);
            return this;
        }

        /** An app authorised through Weibo's mobile SDK: its grants carry a refresh token (30 days). */
        public Builder mobileApp(boolean mobile) {
            this.mobileApp = mobile;
            return this;
        }

        public WeiboSimulator build() {
            return new WeiboSimulator(this);
        }
    }
}
