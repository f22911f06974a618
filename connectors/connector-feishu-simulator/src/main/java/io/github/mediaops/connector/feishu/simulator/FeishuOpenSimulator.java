package io.github.mediaops.connector.feishu.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import io.github.mediaops.connector.tck.NativeFaults;
import io.github.mediaops.connector.tck.NativeFaults.PlatformError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feishu's open platform on loopback for an internal (自建) app: tenant access tokens and the records of one
 * Bitable table, answering in Feishu's {@code {code,msg,data}} shapes.
 *
 * <ul>
 *   <li>{@code POST /open-apis/auth/v3/tenant_access_token/internal}: {@link #APP_ID} / {@link #APP_SECRET}
 *       get {@code {"code":0,"msg":"ok","tenant_access_token":"t-…","expire":…}}; as documented, the same
 *       token (with its remaining lifetime) while 30 minutes or more remain, a new one in the last 30
 *       minutes (the old one stays valid until it expires). A wrong secret is {@code 10014}, an unknown
 *       app id {@code 10003}.</li>
 *   <li>{@code POST|PUT|GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records[/:record_id]} with
 *       {@code Authorization: Bearer t-…}: a missing or expired token is HTTP 400 {@code 99991663}; an unknown
 *       base {@code 1254040}, table {@code 1254041}, record {@code 1254043}. A repeated {@code client_token}
 *       answers the record it created first.</li>
 * </ul>
 *
 * <p>It also accepts unsigned custom bot messages on {@code /open-apis/bot/v2/hook/}{@link FeishuBotSimulator#HOOK_TOKEN}
 * (only counted; {@link FeishuBotSimulator} checks signatures and keeps the messages), so that one connector
 * with both the app credentials and a bot can be tested against it.
 *
 * <p>Injected faults apply to the records calls, in Feishu's native shapes: {@link Fault#RATE_LIMITED} HTTP
 * 429 with {@code 99991400}, {@link Fault#PLATFORM_BUSY} {@code 1254607} (data not ready),
 * {@link Fault#TOKEN_EXPIRED} {@code 99991663}, {@link Fault#BAD_CREDENTIALS} {@code 10014}.
 */
public final class FeishuOpenSimulator extends LoopbackSimulator {
    /** The internal app's id. */
    public static final String APP_ID = "cli_a1b2c3d4e5f60718";
    /** The internal app's secret. */
    public static final String APP_SECRET = "sim-app-secret-9f8e7d6c5b4a";
    /** The Bitable base's app_token. */
    public static final String APP_TOKEN = "bascnSimCalendar0001";
    /** The calendar table's id. */
    public static final String TABLE_ID = "tblSimCalendar01";

    private static final String JSON = "application/json";
    private static final String HOOK = "/open-apis/bot/v2/hook/";
    private static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
    private static final String RECORDS = "/open-apis/bitable/v1/apps/" + APP_TOKEN + "/tables/" + TABLE_ID + "/records";
    private static final Duration LIFETIME = Duration.ofHours(2);
    private static final Duration RENEWAL = Duration.ofMinutes(30);

    /** Feishu's own answers to the platform-coded faults. */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            // PLATFORM_BUSY
            new PlatformError(1254607, "Data not ready, please try again later"),
            // RATE_LIMITED
            new PlatformError(99991400, "request trigger frequency limit"),
            // TOKEN_EXPIRED
            new PlatformError(99991663, "Invalid access token for authorization. Please make a request with token attached."),
            // BAD_CREDENTIALS
            new PlatformError(10014, "app secret invalid"));

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<String, Instant> tokens = new HashMap<>();        // token -> expiry
    private final Map<String, ObjectNode> records = new LinkedHashMap<>(); // record_id -> fields
    private final Map<String, String> clientTokens = new HashMap<>();   // client_token -> record_id
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    private String current;
    private int botMessages;

    /** A simulator on the system clock. */
    public FeishuOpenSimulator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock token lifetimes run on */
    public FeishuOpenSimulator(Clock clock) {
        this.clock = clock;
        try {
            json.readTree("{\"warm\":[1]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokenEndpointAt(TOKEN_PATH); // token requests count in tokenRequests(), not as API requests
        start();
    }

    /** Every token it issued stops working (the platform revoked them). */
    @Override
    public synchronized void expireTokens() {
        tokens.clear();
        current = null;
    }

    /** The records of the table now, by record id (copies). */
    public synchronized Map<String, JsonNode> records() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        records.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return copy;
    }

    /** Sets one cell as a person editing the table in Feishu would (e.g. moves the 状态 option). */
    public synchronized void edit(String recordId, String field, String value) {
        ObjectNode r = records.get(recordId);
        if (r == null) {
            throw new IllegalArgumentException("no record " + recordId);
        }
        r.put(field, value);
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] raw = ex.getRequestBody().readAllBytes();
        if (path.equals(TOKEN_PATH) && "POST".equals(ex.getRequestMethod())) {
            token(ex, raw);
            return;
        }
        Fault fault = nextFault();
        if (fault == Fault.RATE_LIMITED) {
            reply(ex, 429, JSON, error(99991400, "request trigger frequency limit"));
            return;
        }
        if (fault != null && answerFault(ex, fault, NATIVE_FAULTS.bodies(FeishuOpenSimulator::error),
                "{\"code\":0,\"data\":{\"record\":", () -> apply(ex, path, raw))) {
            return;
        }
        if (path.startsWith(HOOK) && "POST".equals(ex.getRequestMethod())) {
            hook(ex, path.substring(HOOK.length()), raw);
            return;
        }
        if (!path.startsWith("/open-apis/bitable/v1/apps/")) {
            reply(ex, 404, JSON, "404 page not found");
            return;
        }
        if (!tokenValid(ex.getRequestHeaders().getFirst("Authorization"))) {
            reply(ex, 400, JSON, error(99991663, "Invalid access token for authorization. Please make a request with token attached."));
            return;
        }
        String[] p = path.split("/");
        // ["", open-apis, bitable, v1, apps, app, tables, table, records, record?]
        if (p.length < 9 || !"tables".equals(p[6]) || !"records".equals(p[8])) {
            reply(ex, 404, JSON, "404 page not found");
            return;
        }
        if (!APP_TOKEN.equals(p[5])) {
            reply(ex, 200, JSON, error(1254040, "BaseTokenNotFound"));
            return;
        }
        if (!TABLE_ID.equals(p[7])) {
            reply(ex, 200, JSON, error(1254041, "TableIdNotFound"));
            return;
        }
        String answer = apply(ex, path, raw);
        reply(ex, 200, JSON, answer);
    }

    private synchronized void hook(HttpExchange ex, String token, byte[] raw) throws IOException {
        if (!FeishuBotSimulator.HOOK_TOKEN.equals(token)) {
            reply(ex, 200, JSON, error(19001, "param invalid: incoming webhook access token invalid"));
            return;
        }
        JsonNode body = json.readTree(raw);
        if (body == null || body.path("msg_type").asText().isEmpty()) {
            reply(ex, 200, JSON, error(19002, "params error, msg_type need"));
            return;
        }
        botMessages++;
        reply(ex, 200, JSON, "{\"code\":0,\"data\":{},\"msg\":\"success\"}");
    }

    /** How many custom bot messages it accepted. */
    public synchronized int botMessages() {
        return botMessages;
    }

    /** Applies a records call and returns the answer body. */
    private synchronized String apply(HttpExchange ex, String path, byte[] raw) {
        String method = ex.getRequestMethod();
        String[] p = path.split("/");
        try {
            if (p.length == 9 && "POST".equals(method)) {
                String clientToken = query(ex, "client_token").orElse(null);
                if (clientToken != null && clientTokens.containsKey(clientToken)) {
                    return ok(clientTokens.get(clientToken));
                }
                JsonNode body = json.readTree(raw);
                if (!body.path("fields").isObject()) {
                    return error(1254001, "WrongRequestBody");
                }
                String id = "recSim" + String.format("%06d", serial.incrementAndGet());
                records.put(id, ((ObjectNode) body.get("fields")).deepCopy());
                if (clientToken != null) {
                    clientTokens.put(clientToken, id);
                }
                return ok(id);
            }
            if (p.length == 10) {
                String id = p[9];
                ObjectNode fields = records.get(id);
                if (fields == null) {
                    return error(1254043, "RecordIdNotFound");
                }
                if ("PUT".equals(method)) {
                    JsonNode body = json.readTree(raw);
                    if (!body.path("fields").isObject()) {
                        return error(1254001, "WrongRequestBody");
                    }
                    fields.setAll((ObjectNode) body.get("fields"));
                }
                if ("PUT".equals(method) || "GET".equals(method)) {
                    return ok(id);
                }
            }
            return error(1254001, "WrongRequestBody");
        } catch (IOException e) {
            return error(1254001, "WrongRequestBody");
        }
    }

    private String ok(String id) {
        ObjectNode root = json.createObjectNode();
        root.put("code", 0);
        ObjectNode rec = root.putObject("data").putObject("record");
        rec.set("fields", records.get(id).deepCopy());
        rec.put("id", id);
        rec.put("record_id", id);
        root.put("msg", "success");
        return root.toString();
    }

    private synchronized void token(HttpExchange ex, byte[] raw) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            reply(ex, 400, JSON, error(9499, "Bad Request"));
            return;
        }
        if (!APP_ID.equals(body.path("app_id").asText())) {
            reply(ex, 200, JSON, error(10003, "invalid param"));
            return;
        }
        if (!APP_SECRET.equals(body.path("app_secret").asText())) {
            reply(ex, 200, JSON, error(10014, "app secret invalid"));
            return;
        }
        Instant now = clock.instant();
        Instant expiry = current == null ? null : tokens.get(current);
        if (expiry == null || !now.isBefore(expiry) || Duration.between(now, expiry).compareTo(RENEWAL) < 0) {
            current = "t-" + java.util.HexFormat.of().formatHex(randomBytes(20));
            expiry = now.plus(LIFETIME);
            tokens.put(current, expiry);
        }
        long remaining = Duration.between(now, expiry).toSeconds();
        reply(ex, 200, JSON, "{\"code\":0,\"expire\":" + remaining + ",\"msg\":\"ok\",\"tenant_access_token\":\"" + current + "\"}");
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private synchronized boolean tokenValid(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        Instant expiry = tokens.get(authorization.substring("Bearer ".length()));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    private static Optional<String> query(HttpExchange ex, String name) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return Optional.empty();
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String error(int code, String msg) {
        return "{\"code\":" + code + ",\"msg\":\"" + msg + "\",\"data\":{}}";
    }
}
