package io.github.mediaops.connector.juguang.simulator;

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
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server in the shapes of Xiaohongshu's 聚光 Marketing API under {@code /api/open/}: {@code POST
 * /oauth2/access_token} and {@code /oauth2/refresh_token} (JSON {@code app_id, secret, auth_code | refresh_token};
 * every refresh issues a new refresh token and kills the old one) and {@code POST
 * /jg/data/report/offline/{campaign|unit|creativity}} with {@code time_unit DAY}, {@code page_num}/{@code page_size}
 * and {@code data{data_list, total_count}}; campaign and unit rows are the sums of the creative rows a test puts in;
 * 蒲公英 {@code POST /pgy/note/post/data} ({@code user_id}, {@code date_type}, windows of at most 30 days, pages of at
 * most 100, {@code data{total, total_page, datas}}) for a code issued to a non-numeric brand user id.
 * Shapes follow bububa/spotlight-mapi @ 326295bb ({@code model/oauth/access_token.go},
 * {@code model/report/offline/*.go}, {@code model/response.go}).
 *
 * <p>聚光's error codes are not public, so this simulator invents none: a refused or expired token (and a dead refresh
 * token) is HTTP 401, a rate limit HTTP 429 with {@code Retry-After: 1}, a busy platform HTTP 503, each with
 * {@code {"success":false,"message":...}} and no {@code code}; a bad app secret or request is
 * {@code {"success":false,"code":400,...}} on HTTP 200 (a placeholder code, marked as such in the message).
 * Token lifetimes (1 day / 30 days by default) are the simulator's choice; the real ones are not documented.
 */
public final class JuguangSimulator extends LoopbackSimulator {
    private static final String PREFIX = "/api/open/";

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedApp app;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(5000);
    private final Object lock = new Object();
    private final SimulatedGrants<List<String>> grants;
    private final Map<String, List<CreativeRow>> rows = new HashMap<>();
    private final Map<String, List<KolPostRow>> kolPosts = new HashMap<>();
    private final List<String> reportRequests = new ArrayList<>();

    /**
     * One day of one creative (创意) of one unit (单元) of one campaign (计划).
     *
     * @param noteId  the promoted note, or {@code null} for a creative without one
     * @param feeYuan the day's spend in yuan
     * @param metrics wire metric names ({@code impression}, {@code click}, {@code like}, ...) to counts; a metric left
     *                out is left out of the answer
     */
    public record CreativeRow(LocalDate day, String campaignId, String unitId, String creativityId, String noteId,
                              BigDecimal feeYuan, Map<String, Long> metrics) {
        public CreativeRow {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(campaignId, "campaignId");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(creativityId, "creativityId");
            Objects.requireNonNull(feeYuan, "feeYuan");
            metrics = Map.copyOf(metrics);
        }
    }

    /**
     * One 蒲公英 KOL order row as the platform sends it ({@code fields}: {@code order_id}, {@code kol_id},
     * {@code note_id}, {@code kol_price}, {@code read_num}, {@code engage_rate} as {@code "50.00"}, ...), selected by
     * its order day ({@code date_type 1}) or note day ({@code date_type 2}, {@code null} before publication).
     */
    public record KolPostRow(LocalDate orderCreated, LocalDate notePublished, Map<String, Object> fields) {
        public KolPostRow {
            Objects.requireNonNull(orderCreated, "orderCreated");
            fields = Map.copyOf(fields);
        }
    }

    private JuguangSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.clock = app.clock();
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, p -> p.startsWith(PREFIX + "oauth2/"));
        keepTokensIn(grants);
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The gateway, {@code http://127.0.0.1:port/api/open/}: give it to the connector as its base URL. */
    @Override
    public URI baseUrl() {
        return super.baseUrl().resolve(PREFIX);
    }

    public String appId() {
        return app.id();
    }

    public String secret() {
        return app.secret();
    }

    /** A single-use {@code auth_code} that grants the app access to {@code advertiserIds} (the first is the account). */
    public String authorizationCode(String... advertiserIds) {
        if (advertiserIds.length == 0) {
            throw new IllegalArgumentException("at least one advertiser id");
        }
        return grants.issueCode("jg-auth-", List.of(advertiserIds));
    }

    /** Adds one creative day to an advertiser's reports. */
    public void put(String advertiserId, CreativeRow row) {
        synchronized (lock) {
            rows.computeIfAbsent(advertiserId, k -> new ArrayList<>()).add(Objects.requireNonNull(row, "row"));
        }
    }

    /** Adds one 蒲公英 order row to a brand user's post data. */
    public void putKolPost(String userId, KolPostRow row) {
        synchronized (lock) {
            kolPosts.computeIfAbsent(userId, k -> new ArrayList<>()).add(Objects.requireNonNull(row, "row"));
        }
    }

    /** The report requests answered so far, as {@code level start_date..end_date page_num}. */
    public List<String> reportRequests() {
        synchronized (lock) {
            return List.copyOf(reportRequests);
        }
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith(PREFIX)) {
                reply(ex, 404, "application/json", "{\"success\":false,\"message\":\"not found\"}");
                return;
            }
            String rel = path.substring(PREFIX.length());
            byte[] body = ex.getRequestBody().readAllBytes();
            JsonNode req = body.length == 0 ? json.createObjectNode() : json.readTree(body);
            if (rel.startsWith("oauth2/")) {
                oauth(ex, rel, req);
                return;
            }
            Fault fault = nextFault();
            if (fault != null) {
                switch (fault) {
                    case TOKEN_EXPIRED, BAD_CREDENTIALS -> {
                        refuse(ex, 401, "access_token invalid");
                        return;
                    }
                    case RATE_LIMITED -> {
                        ex.getResponseHeaders().add("Retry-After", "1");
                        refuse(ex, 429, "rate limited");
                        return;
                    }
                    case PLATFORM_BUSY -> {
                        refuse(ex, 503, "system busy");
                        return;
                    }
                    default -> {
                        if (answerFault(ex, fault, f -> "", "{\"success\":true,\"data\":{\"data_list\":[{\"time\":",
                                () -> { })) {
                            return;
                        }
                    }
                }
            }
            api(ex, rel, req, ex.getRequestHeaders().getFirst("Access-Token"));
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    private void oauth(HttpExchange ex, String rel, JsonNode req) throws IOException {
        ObjectNode answer;
        synchronized (lock) {
            if (!app.accepts(req.path("app_id").asText(), req.path("secret").asText())) {
                answer = error("app_id or secret mismatch");
            } else {
                Instant now = clock.instant();
                switch (rel) {
                    case "oauth2/access_token" -> {
                        List<String> advertisers = grants.redeemCode(req.path("auth_code").asText());
                        if (advertisers == null) {
                            refuse(ex, 401, "auth_code invalid or used");
                            return;
                        }
                        answer = issue(advertisers, now);
                    }
                    case "oauth2/refresh_token" -> {
                        SimulatedGrants.Refresh<List<String>> r = grants.refresh(req.path("refresh_token").asText());
                        if (r == null || !r.usableAt(now)) {
                            refuse(ex, 401, "refresh_token invalid or expired");
                            return;
                        }
                        r.retire(); // rotation: the old refresh token dies
                        answer = issue(r.subject(), now);
                    }
                    default -> answer = error("unknown path " + rel);
                }
            }
        }
        send(ex, answer);
    }

    private ObjectNode issue(List<String> advertisers, Instant now) {
        String at = grants.issueAccess("jg-at-", advertisers, now.plus(app.accessTtl()));
        String rt = grants.issueRefresh("jg-rt-", advertisers, now.plus(app.refreshTtl()));
        ObjectNode data = json.createObjectNode().put("access_token", at)
                .put("access_token_expires_in", app.accessTtl().toSeconds()).put("refresh_token", rt)
                .put("refresh_token_expires_in", app.refreshTtl().toSeconds()).put("approval_role_type", 4).put("role_type", 1);
        String first = advertisers.get(0);
        if (first.chars().allMatch(Character::isDigit)) {             // 聚光: advertisers
            data.put("user_id", "sim-user-" + first).put("platform_type", 1);
            ArrayNode list = data.putArray("approval_advertisers");
            for (String a : advertisers) {
                list.addObject().put("advertiser_id", Long.parseLong(a)).put("advertiser_name", "sim-" + a);
            }
        } else {                                                        // 蒲公英: the brand's user id
            data.put("user_id", first).put("platform_type", 2);
        }
        return ok(data);
    }

    private void api(HttpExchange ex, String rel, JsonNode req, String token) throws IOException {
        ObjectNode answer;
        synchronized (lock) {
            SimulatedGrants.Access<List<String>> g = token == null ? null : grants.access(token);
            if (g == null || !g.validAt(clock.instant())) {
                refuse(ex, 401, "access_token invalid or expired");
                return;
            }
            if (rel.equals("pgy/note/post/data")) {
                answer = notePosts(g.subject(), req);
            } else if (!rel.startsWith("jg/data/report/offline/")) {
                answer = error("unknown path " + rel);
            } else {
                answer = report(rel.substring("jg/data/report/offline/".length()), g.subject(), req);
            }
        }
        send(ex, answer);
    }

    private ObjectNode report(String level, List<String> advertisers, JsonNode req) {
        String advertiser = req.path("advertiser_id").asText();
        if (!advertisers.contains(advertiser)) {
            return error("advertiser " + advertiser + " is not authorised");
        }
        if (!"DAY".equals(req.path("time_unit").asText())) {
            return error("simulator answers time_unit DAY only");
        }
        LocalDate start = LocalDate.parse(req.path("start_date").asText());
        LocalDate end = LocalDate.parse(req.path("end_date").asText());
        int page = req.path("page_num").asInt(1);
        int size = req.path("page_size").asInt(20);
        if (size < 1 || size > 1000 || page < 1) {
            return error("page_num >= 1, page_size 1..1000");
        }
        reportRequests.add(level + " " + start + ".." + end + " " + page);
        Map<List<String>, List<CreativeRow>> groups = new LinkedHashMap<>();
        for (CreativeRow r : rows.getOrDefault(advertiser, List.of())) {
            if (r.day().isBefore(start) || r.day().isAfter(end)) {
                continue;
            }
            List<String> key = switch (level) {
                case "campaign" -> List.of(r.day().toString(), r.campaignId());
                case "unit" -> List.of(r.day().toString(), r.campaignId(), r.unitId());
                case "creativity" -> List.of(r.day().toString(), r.campaignId(), r.unitId(), r.creativityId());
                default -> null;
            };
            if (key == null) {
                return error("unknown report level " + level);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<List<String>> keys = new ArrayList<>(groups.keySet());
        ArrayNode list = json.createArrayNode();
        int from = Math.min((page - 1) * size, keys.size());
        for (List<String> key : keys.subList(from, Math.min(from + size, keys.size()))) {
            List<CreativeRow> g = groups.get(key);
            CreativeRow first = g.get(0);
            ObjectNode o = list.addObject().put("time", first.day().toString())
                    .put("campaign_id", Long.parseLong(first.campaignId())).put("campaign_name", "计划" + first.campaignId());
            if (!level.equals("campaign")) {
                o.put("unit_id", Long.parseLong(first.unitId())).put("unit_name", "单元" + first.unitId());
            }
            if (level.equals("creativity")) {
                o.put("creativity_id", Long.parseLong(first.creativityId()));
                if (first.noteId() != null) {
                    o.put("note_id", first.noteId());
                }
            }
            BigDecimal fee = g.stream().map(CreativeRow::feeYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
            o.put("fee", fee.toPlainString());
            Map<String, Long> sums = new LinkedHashMap<>();
            g.forEach(r -> r.metrics().forEach((k, v) -> sums.merge(k, v, Long::sum)));
            sums.forEach(o::put);
        }
        ObjectNode data = json.createObjectNode();
        data.set("data_list", list);
        data.put("total_count", keys.size());
        return ok(data);
    }

    private ObjectNode notePosts(List<String> subjects, JsonNode req) {
        String user = req.path("user_id").asText();
        if (!subjects.contains(user)) {
            return error("user " + user + " is not authorised");
        }
        int dateType = req.path("date_type").asInt();
        if (dateType != 1 && dateType != 2) {
            return error("date_type must be 1 or 2");
        }
        LocalDate start = LocalDate.parse(req.path("start_time").asText());
        LocalDate end = LocalDate.parse(req.path("end_time").asText());
        int page = req.path("page_num").asInt(1);
        int size = req.path("page_size").asInt(20);
        if (end.isBefore(start) || start.plusDays(30).isBefore(end) || size < 1 || size > 100 || page < 1) {
            return error("start_time..end_time at most 30 days, page_size 1..100");
        }
        reportRequests.add("pgy " + dateType + " " + start + ".." + end + " " + page);
        List<KolPostRow> hits = new ArrayList<>();
        for (KolPostRow r : kolPosts.getOrDefault(user, List.of())) {
            LocalDate d = dateType == 1 ? r.orderCreated() : r.notePublished();
            if (d != null && !d.isBefore(start) && !d.isAfter(end)) {
                hits.add(r);
            }
        }
        ArrayNode list = json.createArrayNode();
        int from = Math.min((page - 1) * size, hits.size());
        for (KolPostRow r : hits.subList(from, Math.min(from + size, hits.size()))) {
            list.add(json.valueToTree(r.fields()));
        }
        ObjectNode data = json.createObjectNode().put("total", hits.size()).put("page_num", page).put("page_size", size)
                .put("total_page", (hits.size() + size - 1) / size);
        data.set("datas", list);
        return ok(data);
    }

    private void refuse(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode o = json.createObjectNode().put("success", false).put("message", message).put("request_id", requestId());
        LoopbackServer.send(ex, status, "application/json", json.writeValueAsBytes(o));
    }

    private void send(HttpExchange ex, ObjectNode answer) throws IOException {
        LoopbackServer.send(ex, 200, "application/json", json.writeValueAsBytes(answer));
    }

    private ObjectNode ok(ObjectNode data) {
        ObjectNode o = json.createObjectNode().put("success", true).put("code", 0).put("message", "成功")
                .put("request_id", requestId());
        o.set("data", data);
        return o;
    }

    private ObjectNode error(String message) {
        return json.createObjectNode().put("success", false).put("code", 400)
                .put("message", message + " (simulator placeholder code)").put("request_id", requestId());
    }

    private String requestId() {
        return "jg-req-" + ids.incrementAndGet();
    }

    /** Builds a {@link JuguangSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private Builder() {
            super("4700000001", "jg-sim-secret", Duration.ofDays(1), Duration.ofDays(30));
        }

        public Builder app(String appId, String secret) {
            return credentials(appId, secret);
        }

        @Override
        public Builder refreshTtl(Duration ttl) {
            return super.refreshTtl(ttl);
        }

        public JuguangSimulator build() {
            return new JuguangSimulator(this);
        }
    }
}
