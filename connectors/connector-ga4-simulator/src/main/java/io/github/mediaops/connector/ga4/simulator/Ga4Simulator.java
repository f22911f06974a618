package io.github.mediaops.connector.ga4.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Google Analytics 4 property on loopback, answering as Google does:
 * <ul>
 *   <li>{@code POST /token}: the OAuth2 token endpoint for service accounts. It verifies the JWT assertion's RS256
 *   signature with the public half of {@link #serviceAccountJson()}'s key and its claims ({@code iss}, {@code aud} =
 *   the token URI, {@code scope} with {@code analytics.readonly}, {@code iat}/{@code exp} at most an hour apart and
 *   current) and answers {@code {"access_token","expires_in":3599,"token_type":"Bearer"}} or
 *   {@code 400 {"error":"invalid_grant","error_description":...}};</li>
 *   <li>{@code POST /v1beta/properties/{id}:runReport} and {@code :batchRunReports} over the simulated traffic: every
 *   value a string, metric headers typed, {@code rowCount} of the whole query (left out when 0, as proto3 JSON does),
 *   {@code limit}/{@code offset}, {@code dimensionFilter} (string, in-list, and/or/not groups), {@code orderBys},
 *   {@code metadata} and {@code propertyQuota} (the simulator charges 1 token plus 1 per 100 rows returned, from
 *   200,000 a day and 40,000 an hour; an exhausted day is {@code 429 RESOURCE_EXHAUSTED});</li>
 *   <li>{@code POST /mp/collect?measurement_id=&api_secret=}: the Measurement Protocol, {@code 204} always, keeping
 *   events only when the id and secret match and the payload is valid (Google drops the others silently), and
 *   {@code POST /debug/mp/collect}: the validation server's {@code {"validationMessages":[...]}}.</li>
 * </ul>
 * Traffic arrives with {@link #visit} (a page view on a landing URL, whose {@code utm_source}, {@code utm_medium} and
 * {@code utm_campaign} become the session's source, medium and campaign, as gtag.js reports them) and with
 * Measurement Protocol events, which join the client's latest session (or the one named by their {@code session_id}
 * parameter). Key events: {@code purchase} and whatever {@link #markKeyEvent} adds. Dimensions: {@code date},
 * {@code sessionSource}, {@code sessionMedium}, {@code sessionCampaignName}, {@code sessionSourceMedium},
 * {@code pagePath}, {@code eventName}; metrics: {@code sessions}, {@code activeUsers} and {@code totalUsers} (every
 * user counts as active), {@code screenPageViews}, {@code eventCount}, {@code keyEvents} and its older name
 * {@code conversions}, {@code transactions}, {@code purchaseRevenue}, {@code totalRevenue}. Rows are sorted by the
 * request's {@code orderBys}, else by dimension values.
 *
 * <p>Faults ({@link #failNext}) hit the Data API and Measurement Protocol requests in Google's shapes: 503 page,
 * {@code 503 UNAVAILABLE}, {@code 429 RESOURCE_EXHAUSTED}, {@code 401 UNAUTHENTICATED}, {@code 403 PERMISSION_DENIED},
 * malformed JSON, a stall, dropped connections.
 */
public final class Ga4Simulator extends LoopbackSimulator {
    /** The simulated property. */
    public static final String PROPERTY_ID = "123456789";
    /** The simulated web stream's measurement id. */
    public static final String MEASUREMENT_ID = "G-SIM0000001";
    /** The stream's Measurement Protocol API secret. */
    public static final String API_SECRET = "sim-mp-secret-4f1c";
    /** The service account the simulator trusts. */
    public static final String CLIENT_EMAIL = "mediaops-reader@mediaops-sim.iam.gserviceaccount.com";
    /** The id of the service account's key. */
    public static final String PRIVATE_KEY_ID = "5f2c0b7e9d1a4c3b8e6f0a2d4c6e8b1a3c5d7e9f";
    /** Core tokens per property per day (standard property). */
    public static final long TOKENS_PER_DAY = 200_000;
    /** Core tokens per property per hour (standard property). */
    public static final long TOKENS_PER_HOUR = 40_000;
    /** Seconds an access token lives. */
    public static final long TOKEN_SECONDS = 3599;

    private static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String SCOPE = "https://www.googleapis.com/auth/analytics.readonly";
    private static final KeyPair KEYS = keyPair();
    private static final Pattern REPORT_PATH = Pattern.compile("/v1beta/properties/([^/:]+):(runReport|batchRunReports)");
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    /** GA4's reserved event names, kept here independently of the connector's own check so that each tests the other. */
    private static final Set<String> RESERVED = Set.of("ad_activeview", "ad_click", "ad_exposure", "ad_query",
            "ad_reward", "adunit_exposure", "app_clear_data", "app_exception", "app_install", "app_remove",
            "app_store_refund", "app_update", "app_upgrade", "dynamic_link_app_open", "dynamic_link_app_update",
            "dynamic_link_first_open", "error", "firebase_campaign", "firebase_in_app_message_action",
            "firebase_in_app_message_dismiss", "firebase_in_app_message_impression", "first_open", "first_visit",
            "in_app_purchase", "notification_dismiss", "notification_foreground", "notification_open",
            "notification_receive", "notification_send", "os_update", "session_start", "user_engagement");
    private static final Set<String> DIMENSIONS = Set.of("date", "sessionSource", "sessionMedium", "sessionCampaignName",
            "sessionSourceMedium", "pagePath", "eventName", "dateRange");
    private static final Map<String, String> METRICS = Map.ofEntries(Map.entry("sessions", "TYPE_INTEGER"),
            Map.entry("activeUsers", "TYPE_INTEGER"), Map.entry("totalUsers", "TYPE_INTEGER"),
            Map.entry("screenPageViews", "TYPE_INTEGER"), Map.entry("eventCount", "TYPE_INTEGER"),
            Map.entry("keyEvents", "TYPE_INTEGER"), Map.entry("conversions", "TYPE_INTEGER"),
            Map.entry("transactions", "TYPE_INTEGER"), Map.entry("purchaseRevenue", "TYPE_CURRENCY"),
            Map.entry("totalRevenue", "TYPE_CURRENCY"));

    /** One collected event as the property keeps it. */
    public record CollectedEvent(String clientId, String name, Map<String, Object> params, LocalDate day) {
    }

    private record Session(String id, String clientId, LocalDate day, String source, String medium, String campaign) {
    }

    private record Event(Session session, String clientId, String name, LocalDate day, String pagePath, BigDecimal value,
                         Map<String, Object> params) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger droppedRequests = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(1000);
    private final List<Session> sessions = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Set<String> keyEvents = new LinkedHashSet<>(Set.of("purchase"));
    private long tokensPerDayLimit = TOKENS_PER_DAY;
    private long tokensUsedToday;
    private LocalDate quotaDay;

    /** A property reporting in UTC and USD on the system clock. */
    public Ga4Simulator() {
        this(Clock.systemUTC(), ZoneId.of("UTC"), "USD");
    }

    /** A property reporting in {@code zone} and {@code currency}, on {@code clock}. */
    public Ga4Simulator(Clock clock, ZoneId zone, String currency) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.currency = Objects.requireNonNull(currency, "currency");
        tokenEndpointAt("/token"); // token requests count in tokenRequests(), not as API requests
        start();
    }

    // ------------------------------------------------------------------ what a test sets up and reads

    /** The service account's JSON key file, whose {@code token_uri} is this simulator's {@code /token}. */
    public String serviceAccountJson() {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        ObjectNode n = json.createObjectNode();
        n.put("type", "service_account");
        n.put("project_id", "mediaops-sim");
        n.put("private_key_id", PRIVATE_KEY_ID);
        n.put("private_key", pem);
        n.put("client_email", CLIENT_EMAIL);
        n.put("client_id", "104729843201582736455");
        n.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        n.put("token_uri", tokenUri());
        n.put("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs");
        return n.toString();
    }

    /** The public half of the service account's key, which verifies its JWTs. */
    public PublicKey publicKey() {
        return KEYS.getPublic();
    }

    /** The token endpoint's URL. */
    public String tokenUri() {
        return baseUrl() + "token";
    }

    /**
     * A visitor lands on {@code landingUrl} on {@code day}: a new session whose source, medium and campaign are the
     * URL's {@code utm_source}, {@code utm_medium} and {@code utm_campaign} ({@code (direct)} / {@code (none)} without
     * them), with a {@code session_start} and a {@code page_view} of the URL's path.
     *
     * @return the session id
     */
    public synchronized String visit(String landingUrl, String clientId, LocalDate day) {
        URI uri = URI.create(Objects.requireNonNull(landingUrl, "landingUrl"));
        Map<String, String> q = LoopbackServer.form(uri.getRawQuery());
        boolean tagged = q.containsKey("utm_source");
        Session s = new Session(String.valueOf(ids.incrementAndGet()), Objects.requireNonNull(clientId, "clientId"),
                Objects.requireNonNull(day, "day"), tagged ? q.get("utm_source") : "(direct)",
                tagged ? q.getOrDefault("utm_medium", "(not set)") : "(none)",
                q.getOrDefault("utm_campaign", tagged ? "(not set)" : "(direct)"));
        sessions.add(s);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        events.add(new Event(s, clientId, "session_start", day, path, null, Map.of()));
        events.add(new Event(s, clientId, "page_view", day, path, null, Map.of("page_location", landingUrl)));
        return s.id();
    }

    /** Counts events of this name as key events (GA4: Admin &gt; Events &gt; Mark as key event). */
    public synchronized void markKeyEvent(String name) {
        keyEvents.add(Objects.requireNonNull(name, "name"));
    }

    /** Events the Measurement Protocol kept, in arrival order. */
    public synchronized List<CollectedEvent> collectedEvents() {
        List<CollectedEvent> out = new ArrayList<>();
        for (Event e : events) {
            if (e.params().containsKey("mp")) {
                Map<String, Object> p = new LinkedHashMap<>(e.params());
                p.remove("mp");
                out.add(new CollectedEvent(e.clientId(), e.name(), p, e.day()));
            }
        }
        return out;
    }

    /** Measurement Protocol requests dropped silently (wrong id or secret, no client id, invalid payload). */
    public int droppedRequests() {
        return droppedRequests.get();
    }

    /** Lowers the property's daily token quota (to test exhaustion). */
    public synchronized void tokensPerDay(long limit) {
        this.tokensPerDayLimit = limit;
    }

    @Override
    public void expireTokens() {
        Instant past = clock.instant().minusSeconds(1);
        tokens.replaceAll((k, v) -> past);
    }

    // ------------------------------------------------------------------ HTTP

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] body = ex.getRequestBody().readAllBytes();
        try {
            if (path.equals("/token")) {
                token(ex, new String(body, StandardCharsets.UTF_8));
                return;
            }
            Fault fault = nextFault();
            boolean collect = path.equals("/mp/collect");
            if (fault != null) {
                switch (fault) {
                    case SERVER_ERROR -> { LoopbackServer.serverError(ex); return; }
                    case PLATFORM_BUSY -> { error(ex, 503, "UNAVAILABLE", "The service is currently unavailable."); return; }
                    case RATE_LIMITED -> {
                        error(ex, 429, "RESOURCE_EXHAUSTED", "Exhausted concurrent requests quota.");
                        return;
                    }
                    case TOKEN_EXPIRED -> { unauthenticated(ex); return; }
                    case BAD_CREDENTIALS -> { noPermission(ex); return; }
                    case MALFORMED_JSON -> { reply(ex, 200, "application/json", "{\"dimensionHeaders\": [{\"name\""); return; }
                    case SLOW -> stall();
                    case DROP_AFTER_ACCEPT -> {
                        if (collect) {
                            collect(ex.getRequestURI().getRawQuery(), body);
                        }
                        return;
                    }
                    case DROP_BEFORE_ACCEPT -> { return; }
                }
            }
            if (collect) {
                collect(ex.getRequestURI().getRawQuery(), body);
                LoopbackServer.send(ex, 204, "text/plain", new byte[0]);
                return;
            }
            if (path.equals("/debug/mp/collect")) {
                reply(ex, 200, "application/json", validate(body).toString());
                return;
            }
            Matcher m = REPORT_PATH.matcher(path);
            if (!m.matches() || !ex.getRequestMethod().equals("POST")) {
                error(ex, 404, "NOT_FOUND", "Method not found.");
                return;
            }
            if (!authorised(ex)) {
                unauthenticated(ex);
                return;
            }
            if (!m.group(1).equals(PROPERTY_ID)) {
                noPermission(ex);
                return;
            }
            JsonNode request;
            try {
                request = json.readTree(body);
            } catch (IOException e) {
                error(ex, 400, "INVALID_ARGUMENT", "Invalid JSON payload received.");
                return;
            }
            ObjectNode answer;
            if (m.group(2).equals("runReport")) {
                answer = report(request);
            } else {
                JsonNode requests = request.path("requests");
                if (!requests.isArray() || requests.isEmpty() || requests.size() > 5) {
                    throw new ApiError(400, "INVALID_ARGUMENT", "requests must hold 1 to 5 report requests; got "
                            + requests.size() + ".");
                }
                answer = json.createObjectNode();
                ArrayNode reports = answer.putArray("reports");
                for (JsonNode r : requests) {
                    ObjectNode one = report(r);
                    reports.add(one);
                }
                answer.put("kind", "analyticsData#batchRunReports");
            }
            reply(ex, 200, "application/json", answer.toString());
        } catch (ApiError e) {
            error(ex, e.status, e.code, e.getMessage());
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    private static final class ApiError extends RuntimeException {
        final int status;
        final String code;

        ApiError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private void error(HttpExchange ex, int status, String code, String message) throws IOException {
        ObjectNode n = json.createObjectNode();
        ObjectNode e = n.putObject("error");
        e.put("code", status);
        e.put("message", message);
        e.put("status", code);
        reply(ex, status, "application/json", n.toString());
    }

    private void unauthenticated(HttpExchange ex) throws IOException {
        error(ex, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, "
                + "login cookie or other valid authentication credential. See "
                + "https://developers.google.com/identity/sign-in/web/devconsole-project.");
    }

    private void noPermission(HttpExchange ex) throws IOException {
        error(ex, 403, "PERMISSION_DENIED", "User does not have sufficient permissions for this property. To learn more "
                + "about Property ID, see https://developers.google.com/analytics/devguides/reporting/data/v1/property-id.");
    }

    private boolean authorised(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            return false;
        }
        Instant expiry = tokens.get(auth.substring(7));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    // ------------------------------------------------------------------ token endpoint

    private void token(HttpExchange ex, String form) throws IOException {
        Map<String, String> f = LoopbackServer.form(form);
        if (!GRANT.equals(f.get("grant_type"))) {
            oauthError(ex, "unsupported_grant_type", "Invalid grant_type: " + f.get("grant_type"));
            return;
        }
        String problem = checkAssertion(f.get("assertion"));
        if (problem != null) {
            oauthError(ex, "invalid_grant", problem);
            return;
        }
        String token = "ya29.sim-" + ids.incrementAndGet();
        tokens.put(token, clock.instant().plusSeconds(TOKEN_SECONDS));
        ObjectNode n = json.createObjectNode();
        n.put("access_token", token);
        n.put("expires_in", TOKEN_SECONDS);
        n.put("token_type", "Bearer");
        reply(ex, 200, "application/json", n.toString());
    }

    private void oauthError(HttpExchange ex, String error, String description) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("error", error);
        n.put("error_description", description);
        reply(ex, 400, "application/json", n.toString());
    }

    /** Why the assertion is refused, or null when it is good. */
    private String checkAssertion(String jwt) {
        if (jwt == null) {
            return "Missing required parameter: assertion";
        }
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return "Invalid JWT: not three parts";
        }
        Base64.Decoder b64 = Base64.getUrlDecoder();
        JsonNode header;
        JsonNode claims;
        try {
            header = json.readTree(b64.decode(parts[0]));
            claims = json.readTree(b64.decode(parts[1]));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(KEYS.getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(b64.decode(parts[2]))) {
                return "Invalid JWT Signature.";
            }
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            return "Invalid JWT Signature.";
        }
        if (!"RS256".equals(header.path("alg").asText())) {
            return "Invalid JWT: alg must be RS256";
        }
        if (!CLIENT_EMAIL.equals(claims.path("iss").asText())) {
            return "Invalid JWT: unknown issuer";
        }
        if (!tokenUri().equals(claims.path("aud").asText())) {
            return "Invalid JWT: audience must be " + tokenUri();
        }
        if (!List.of(claims.path("scope").asText("").split(" ")).contains(SCOPE)) {
            return "Invalid JWT: scope must include " + SCOPE;
        }
        long iat = claims.path("iat").asLong(-1);
        long exp = claims.path("exp").asLong(-1);
        long now = clock.instant().getEpochSecond();
        if (iat < 0 || exp <= iat || exp - iat > 3600 || iat > now + 60 || exp < now) {
            return "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
                    + "Check your iat and exp values in the JWT claim.";
        }
        return null;
    }

    // ------------------------------------------------------------------ Data API

    private synchronized ObjectNode report(JsonNode r) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (JsonNode d : r.path("dateRanges")) {
            ranges.add(new LocalDate[] {date(d.path("startDate").asText()), date(d.path("endDate").asText())});
        }
        if (ranges.isEmpty() || ranges.size() > 4) {
            throw new ApiError(400, "INVALID_ARGUMENT", "A request must have 1 to 4 dateRanges.");
        }
        List<String> dims = new ArrayList<>();
        for (JsonNode d : r.path("dimensions")) {
            dims.add(known(d.path("name").asText(), true));
        }
        if (ranges.size() > 1 && !dims.contains("dateRange")) {
            dims.add("dateRange");
        }
        List<String> mets = new ArrayList<>();
        for (JsonNode m : r.path("metrics")) {
            mets.add(known(m.path("name").asText(), false));
        }
        if (mets.isEmpty() && dims.isEmpty()) {
            throw new ApiError(400, "INVALID_ARGUMENT", "A request must have at least one metric or dimension.");
        }
        if (r.has("metricFilter")) {
            throw new ApiError(400, "INVALID_ARGUMENT", "metricFilter is not supported by the simulator.");
        }
        JsonNode filter = r.path("dimensionFilter");
        Map<List<String>, Acc> groups = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            LocalDate[] range = ranges.get(i);
            for (Event e : events) {
                if (e.day().isBefore(range[0]) || e.day().isAfter(range[1])) {
                    continue;
                }
                int rangeIndex = i;
                if (!filter.isMissingNode() && !matches(filter, name -> dimension(e, name, rangeIndex))) {
                    continue;
                }
                List<String> key = new ArrayList<>();
                for (String d : dims) {
                    key.add(dimension(e, d, i));
                }
                groups.computeIfAbsent(key, k -> new Acc()).add(e, keyEvents);
            }
        }
        List<Map.Entry<List<String>, Acc>> rows = new ArrayList<>(groups.entrySet());
        rows.sort(order(r.path("orderBys"), dims));
        long offset = r.path("offset").asLong(0);
        long limit = r.path("limit").asLong(10_000);
        if (limit < 0 || limit > 250_000 || offset < 0) {
            throw new ApiError(400, "INVALID_ARGUMENT", "limit must be 0 to 250000 and offset not negative.");
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode dh = out.putArray("dimensionHeaders");
        dims.forEach(d -> dh.addObject().put("name", d));
        ArrayNode mh = out.putArray("metricHeaders");
        mets.forEach(m -> mh.addObject().put("name", m).put("type", METRICS.get(m)));
        ArrayNode rowsOut = json.createArrayNode();
        for (int i = (int) Math.min(offset, rows.size()); i < rows.size() && rowsOut.size() < (limit == 0 ? 10_000 : limit); i++) {
            ObjectNode row = rowsOut.addObject();
            ArrayNode dv = row.putArray("dimensionValues");
            rows.get(i).getKey().forEach(v -> dv.addObject().put("value", v));
            ArrayNode mv = row.putArray("metricValues");
            Acc acc = rows.get(i).getValue();
            mets.forEach(m -> mv.addObject().put("value", acc.metric(m)));
        }
        if (!rowsOut.isEmpty()) {
            out.set("rows", rowsOut);
        }
        if (!rows.isEmpty()) {
            out.put("rowCount", rows.size());
        }
        ObjectNode meta = out.putObject("metadata");
        meta.put("currencyCode", currency);
        meta.put("timeZone", zone.getId());
        long cost = 1 + rowsOut.size() / 100;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!today.equals(quotaDay)) {
            quotaDay = today;
            tokensUsedToday = 0;
        }
        if (tokensUsedToday + cost > tokensPerDayLimit) {
            throw new ApiError(429, "RESOURCE_EXHAUSTED", "Exhausted property tokens per day quota. Consumed: "
                    + tokensUsedToday + " tokens; Remaining: " + Math.max(0, tokensPerDayLimit - tokensUsedToday)
                    + " tokens; Requested: " + cost + " tokens.");
        }
        tokensUsedToday += cost;
        if (r.path("returnPropertyQuota").asBoolean(false)) {
            ObjectNode q = out.putObject("propertyQuota");
            quota(q, "tokensPerDay", cost, tokensPerDayLimit - tokensUsedToday);
            quota(q, "tokensPerHour", cost, Math.max(0, TOKENS_PER_HOUR - tokensUsedToday));
            quota(q, "concurrentRequests", 0, 10);
            quota(q, "serverErrorsPerProjectPerHour", 0, 10);
            quota(q, "potentiallyThresholdedRequestsPerHour", 0, 120);
            quota(q, "tokensPerProjectPerHour", cost, Math.max(0, 14_000 - tokensUsedToday));
        }
        out.put("kind", "analyticsData#runReport");
        return out;
    }

    private static void quota(ObjectNode q, String name, long consumed, long remaining) {
        ObjectNode s = q.putObject(name);
        if (consumed != 0) {
            s.put("consumed", consumed); // proto3 JSON leaves zeros out
        }
        if (remaining != 0) {
            s.put("remaining", remaining);
        }
    }

    private static String known(String name, boolean dimension) {
        if (dimension ? !DIMENSIONS.contains(name) : !METRICS.containsKey(name)) {
            throw new ApiError(400, "INVALID_ARGUMENT", "Field " + name + " is not a valid " + (dimension ? "dimension" : "metric")
                    + ". For a list of valid dimensions and metrics, see "
                    + "https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema ");
        }
        return name;
    }

    private LocalDate date(String text) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (text.equals("today")) {
            return today;
        }
        if (text.equals("yesterday")) {
            return today.minusDays(1);
        }
        Matcher m = Pattern.compile("([0-9]+)daysAgo").matcher(text);
        if (m.matches()) {
            return today.minusDays(Long.parseLong(m.group(1)));
        }
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new ApiError(400, "INVALID_ARGUMENT", "Invalid date: " + text + ". Dates must be YYYY-MM-DD, NdaysAgo, "
                    + "yesterday, or today.");
        }
    }

    private static String dimension(Event e, String name, int range) {
        Session s = e.session();
        return switch (name) {
            case "date" -> e.day().format(DateTimeFormatter.BASIC_ISO_DATE);
            case "dateRange" -> "date_range_" + range;
            case "pagePath" -> e.pagePath() == null ? "(not set)" : e.pagePath();
            case "eventName" -> e.name();
            case "sessionSource" -> s == null ? "(not set)" : s.source();
            case "sessionMedium" -> s == null ? "(not set)" : s.medium();
            case "sessionCampaignName" -> s == null ? "(not set)" : s.campaign();
            case "sessionSourceMedium" -> s == null ? "(not set)" : s.source() + " / " + s.medium();
            default -> throw new ApiError(400, "INVALID_ARGUMENT", "Field " + name + " is not a valid dimension.");
        };
    }

    private static boolean matches(JsonNode expr, java.util.function.Function<String, String> dim) {
        if (expr.has("andGroup")) {
            for (JsonNode e : expr.path("andGroup").path("expressions")) {
                if (!matches(e, dim)) {
                    return false;
                }
            }
            return true;
        }
        if (expr.has("orGroup")) {
            for (JsonNode e : expr.path("orGroup").path("expressions")) {
                if (matches(e, dim)) {
                    return true;
                }
            }
            return false;
        }
        if (expr.has("notExpression")) {
            return !matches(expr.path("notExpression"), dim);
        }
        JsonNode f = expr.path("filter");
        String value = dim.apply(known(f.path("fieldName").asText(), true));
        if (f.has("stringFilter")) {
            JsonNode sf = f.path("stringFilter");
            boolean cs = sf.path("caseSensitive").asBoolean(false);
            String v = cs ? value : value.toLowerCase(java.util.Locale.ROOT);
            String want = cs ? sf.path("value").asText() : sf.path("value").asText().toLowerCase(java.util.Locale.ROOT);
            return switch (sf.path("matchType").asText("EXACT")) {
                case "EXACT" -> v.equals(want);
                case "BEGINS_WITH" -> v.startsWith(want);
                case "ENDS_WITH" -> v.endsWith(want);
                case "CONTAINS" -> v.contains(want);
                case "FULL_REGEXP" -> Pattern.compile(sf.path("value").asText(), cs ? 0 : Pattern.CASE_INSENSITIVE).matcher(value).matches();
                case "PARTIAL_REGEXP" -> Pattern.compile(sf.path("value").asText(), cs ? 0 : Pattern.CASE_INSENSITIVE).matcher(value).find();
                default -> throw new ApiError(400, "INVALID_ARGUMENT", "Unknown matchType " + sf.path("matchType").asText());
            };
        }
        if (f.has("inListFilter")) {
            boolean cs = f.path("inListFilter").path("caseSensitive").asBoolean(false);
            for (JsonNode v : f.path("inListFilter").path("values")) {
                if (cs ? v.asText().equals(value) : v.asText().equalsIgnoreCase(value)) {
                    return true;
                }
            }
            return false;
        }
        throw new ApiError(400, "INVALID_ARGUMENT", "The filter on " + f.path("fieldName").asText()
                + " needs a stringFilter or inListFilter in the simulator.");
    }

    private static Comparator<Map.Entry<List<String>, Acc>> order(JsonNode orderBys, List<String> dims) {
        Comparator<Map.Entry<List<String>, Acc>> c = null;
        for (JsonNode o : orderBys) {
            Comparator<Map.Entry<List<String>, Acc>> one;
            if (o.has("metric")) {
                String m = known(o.path("metric").path("metricName").asText(), false);
                one = Comparator.comparing(e -> new BigDecimal(e.getValue().metric(m)));
            } else {
                int i = dims.indexOf(o.path("dimension").path("dimensionName").asText());
                if (i < 0) {
                    throw new ApiError(400, "INVALID_ARGUMENT", "orderBys names a dimension the request does not have.");
                }
                one = Comparator.comparing(e -> e.getKey().get(i));
            }
            if (o.path("desc").asBoolean(false)) {
                one = one.reversed();
            }
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<Map.Entry<List<String>, Acc>> byKey = Comparator.comparing(e -> String.join("\u0000", e.getKey()));
        return c == null ? byKey : c.thenComparing(byKey);
    }

    /** The metrics of one row. */
    private static final class Acc {
        final Set<String> sessionIds = new HashSet<>();
        final Set<String> users = new HashSet<>();
        long pageViews;
        long eventCount;
        long keyEvents;
        long transactions;
        BigDecimal revenue = BigDecimal.ZERO;

        void add(Event e, Set<String> keys) {
            if (e.session() != null) {
                sessionIds.add(e.session().id());
            }
            users.add(e.clientId());
            eventCount++;
            if (e.name().equals("page_view")) {
                pageViews++;
            }
            if (keys.contains(e.name())) {
                keyEvents++;
            }
            if (e.name().equals("purchase")) {
                transactions++;
                if (e.value() != null) {
                    revenue = revenue.add(e.value());
                }
            }
        }

        String metric(String m) {
            return switch (m) {
                case "sessions" -> Long.toString(sessionIds.size());
                case "activeUsers", "totalUsers" -> Long.toString(users.size());
                case "screenPageViews" -> Long.toString(pageViews);
                case "eventCount" -> Long.toString(eventCount);
                case "keyEvents", "conversions" -> Long.toString(keyEvents);
                case "transactions" -> Long.toString(transactions);
                case "purchaseRevenue", "totalRevenue" -> revenue.stripTrailingZeros().toPlainString();
                default -> throw new ApiError(400, "INVALID_ARGUMENT", "Field " + m + " is not a valid metric.");
            };
        }
    }

    // ------------------------------------------------------------------ Measurement Protocol

    private synchronized void collect(String rawQuery, byte[] body) {
        Map<String, String> q = LoopbackServer.form(rawQuery);
        JsonNode payload;
        try {
            payload = json.readTree(body);
        } catch (IOException e) {
            droppedRequests.incrementAndGet();
            return;
        }
        if (!MEASUREMENT_ID.equals(q.get("measurement_id")) || !API_SECRET.equals(q.get("api_secret"))
                || payload == null || !validate(body).path("validationMessages").isEmpty()) {
            droppedRequests.incrementAndGet();
            return;
        }
        String clientId = payload.path("client_id").asText();
        LocalDate day = payload.has("timestamp_micros")
                ? Instant.EPOCH.plus(payload.path("timestamp_micros").asLong(), ChronoUnit.MICROS).atZone(zone).toLocalDate()
                : LocalDate.now(clock.withZone(zone));
        for (JsonNode e : payload.path("events")) {
            Map<String, Object> params = new LinkedHashMap<>();
            e.path("params").fields().forEachRemaining(p -> params.put(p.getKey(),
                    p.getValue().isNumber() ? p.getValue().decimalValue() : p.getValue().isBoolean() ? p.getValue().asBoolean()
                            : p.getValue().isTextual() ? p.getValue().asText() : p.getValue().toString()));
            Session s = sessionOf(clientId, day, params.get("session_id"));
            BigDecimal value = null;
            if (params.get("value") instanceof BigDecimal v) {
                value = v;
            }
            params.put("mp", Boolean.TRUE);
            events.add(new Event(s, clientId, e.path("name").asText(), day, null, value, params));
        }
    }

    private Session sessionOf(String clientId, LocalDate day, Object sessionId) {
        Session latest = null;
        for (Session s : sessions) {
            if (!s.clientId().equals(clientId) || s.day().isAfter(day)) {
                continue;
            }
            if (sessionId != null && s.id().equals(sessionId instanceof BigDecimal b ? b.toPlainString() : String.valueOf(sessionId))) {
                return s;
            }
            latest = s;
        }
        return latest;
    }

    private ObjectNode validate(byte[] body) {
        ObjectNode out = json.createObjectNode();
        ArrayNode messages = out.putArray("validationMessages");
        JsonNode p;
        try {
            p = json.readTree(body);
        } catch (IOException e) {
            message(messages, "", "Unable to parse Measurement Protocol JSON payload.", "VALUE_INVALID");
            return out;
        }
        if (p == null || !p.isObject()) {
            message(messages, "", "Unable to parse Measurement Protocol JSON payload.", "VALUE_INVALID");
            return out;
        }
        if (p.path("client_id").asText("").isBlank()) {
            message(messages, "client_id", "Measurement requires a client_id.", "VALUE_REQUIRED");
        }
        JsonNode events = p.path("events");
        if (events.size() > 25) {
            message(messages, "events", "Measurement has too many events: " + events.size() + ". Max 25 events allowed.",
                    "EXCEEDED_MAX_ENTITIES");
        }
        int i = 0;
        for (JsonNode e : events) {
            String name = e.path("name").asText("");
            if (!EVENT_NAME.matcher(name).matches()) {
                message(messages, "events", "Event at index: [" + i + "] has invalid name [" + name
                        + "]. Names must start with an alphabetic character.", "NAME_INVALID");
            } else if (RESERVED.contains(name)) {
                message(messages, "events", "Event at index: [" + i + "] has name [" + name + "] which is reserved.",
                        "NAME_RESERVED");
            }
            if (e.path("params").size() > 25) {
                message(messages, "events.params", "Event at index: [" + i + "] has too many params.", "EXCEEDED_MAX_ENTITIES");
            }
            int k = i;
            e.path("params").fields().forEachRemaining(f -> {
                if (f.getValue().isTextual() && f.getValue().asText().length() > 100) {
                    message(messages, "events.params." + f.getKey(), "Event at index: [" + k + "] has param ["
                            + f.getKey() + "] with value that is too long.", "VALUE_OUT_OF_BOUNDS");
                }
            });
            i++;
        }
        return out;
    }

    private static void message(ArrayNode messages, String fieldPath, String description, String code) {
        ObjectNode m = messages.addObject();
        m.put("fieldPath", fieldPath);
        m.put("description", description);
        m.put("validationCode", code);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is required by every Java platform", e);
        }
    }
}
