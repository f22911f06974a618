package io.github.mediaops.connector.tencentads.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.SimulatedSpend;
import io.github.mediaops.connector.tck.SimulatorBuilder;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import io.github.mediaops.connector.tck.NativeFaults;
import io.github.mediaops.connector.tck.NativeFaults.PlatformError;
import io.github.mediaops.connector.tck.SimulatedApp;
import io.github.mediaops.connector.tck.SimulatedGrants;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful Tencent Ads (腾讯广告) Marketing API server on 127.0.0.1 (facts in {@code platform-apis.md} §9.2 and
 * the official 3.0 pages: {@code oauth/token}, {@code daily_reports/get}, the return-code table):
 * {@code /oauth/token} (authorization code and refresh token grants), {@code /v3.0/daily_reports/get}, and the account
 * reads {@code advertiser_daily_budget/get}, {@code funds/get} and {@code realtime_cost/get}.
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Authorisation codes are single-use (11013). Access tokens live {@code accessTtl} (1 day), refresh tokens
 *   {@code refreshTtl} (30 days, 11012 after); a refresh returns a new access token only and the refresh token
 *   stays valid until it expires.</li>
 *   <li>Every API call must carry {@code access_token}, {@code timestamp} and {@code nonce} (else 12000); a
 *   timestamp more than 300 s from the simulator's clock answers 12101, a nonce seen before or longer than 32
 *   characters 12100. A token reads only the account that authorised it (else 12203).</li>
 *   <li>{@code daily_reports/get}: {@code level} {@code REPORT_LEVEL_ADGROUP} or {@code REPORT_LEVEL_DYNAMIC_CREATIVE},
 *   {@code date_range} within the last 365 days, {@code page_size} 1–2000, {@code cost} in fen (whole numbers).</li>
 *   <li>Account reads: the daily budget and fund balances the test set ({@link #setDailyBudget}, {@link #setFund};
 *   {@code min_daily_budget} and per-fund {@code realtime_cost} are not simulated); {@code realtime_cost/get} at level
 *   {@code ADGROUP} for today only (Beijing), filtered by {@code adgroup_id IN}, summing today's daily rows so it
 *   agrees with {@code daily_reports/get}.</li>
 * </ul>
 * Faults ({@link #failNext}) are API-only and native: busy 1000000, rate 11016 (per second, no wait), token
 * expired 11000, bad client 11007.
 */
public final class TencentAdsSimulator extends LoopbackSimulator {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Tencent Ads' own answers to the platform-coded faults (official 3.0 return-code table). */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            // PLATFORM_BUSY
            new PlatformError(1000000, "We are unable to process your request at this time. Please retry your request."),
            // RATE_LIMITED
            new PlatformError(11016, "Application has reached the request limit per second."),
            // TOKEN_EXPIRED
            new PlatformError(11000, "Access token is expired."),
            // BAD_CREDENTIALS
            new PlatformError(11007, "The client_id is invalid."));

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedApp app;
    private final Clock clock;

    private final AtomicLong ids = new AtomicLong(1000);
    private final Object lock = new Object();
    private final SimulatedGrants<String> grants;
    private final Set<String> nonces = new HashSet<>();
    private final Map<String, List<DailyRow>> daily = new HashMap<>();
    private final Map<String, Long> dailyBudgets = new HashMap<>();
    private final Map<String, Map<String, Long>> funds = new HashMap<>();

    /**
     * One day of one dynamic creative of one ad group; {@code costFen} in fen; {@code null} counts are left out.
     */
    public record DailyRow(LocalDate day, String adgroupId, String creativeId, long costFen, Long views, Long clicks,
                           Long conversions) {
        public DailyRow {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(adgroupId, "adgroupId");
            Objects.requireNonNull(creativeId, "creativeId");
        }
    }

    private TencentAdsSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.clock = app.clock();
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, path -> path.startsWith("/oauth/"));
        keepTokensIn(grants); // token requests (oauth/) count in tokenRequests(), not as API requests
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String clientId() {
        return app.id();
    }

    public String clientSecret() {
        return app.secret();
    }

    /** A single-use authorization code, as Tencent Ads sends after {@code accountId} authorises the app. */
    public String authorizationCode(String accountId) {
        return grants.issueCode("tq-code-", Objects.requireNonNull(accountId, "accountId"));
    }

    public void putDaily(String accountId, DailyRow row) {
        synchronized (lock) {
            daily.computeIfAbsent(accountId, k -> new ArrayList<>()).add(Objects.requireNonNull(row, "row"));
        }
    }

    /** Sets an account's daily budget in fen ({@code advertiser_daily_budget/get}); 0, the default, is unlimited. */
    public void setDailyBudget(String accountId, long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("fen must be >= 0");
        }
        synchronized (lock) {
            dailyBudgets.put(Objects.requireNonNull(accountId, "accountId"), fen);
        }
    }

    /** Sets the balance in fen of one of an account's funds ({@code funds/get}), e.g. {@code GENERAL_CASH}. */
    public void setFund(String accountId, String fundType, long balanceFen) {
        if (balanceFen < 0) {
            throw new IllegalArgumentException("balanceFen must be >= 0");
        }
        synchronized (lock) {
            funds.computeIfAbsent(Objects.requireNonNull(accountId, "accountId"), k -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(fundType, "fundType"), balanceFen);
        }
    }

    /**
     * Generates {@code days} days of one ad group with one creative: spend drawn uniformly in
     * [{@code minYuan}, {@code maxYuan}] and kept in whole fen, conversions
     * {@code round(beta·s^alpha/(s^alpha+halfSaturation^alpha))} with s in yuan, views {@code round(60·s)},
     * clicks {@code round(1.1·s)}.
     */
    public List<DailyRow> simulateHill(String accountId, String adgroupId, LocalDate first, int days, double beta,
                                       double alpha, double halfSaturation, double minYuan, double maxYuan, long seed) {
        SimulatedSpend curve = new SimulatedSpend(beta, alpha, halfSaturation);
        double[] spends = SimulatedSpend.dailySpends(days, minYuan, maxYuan, seed);
        List<DailyRow> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            long fen = Math.round(spends[d] * 100);
            double s = fen / 100.0;
            DailyRow row = new DailyRow(first.plusDays(d), adgroupId, adgroupId + "01", fen, Math.round(60 * s),
                    Math.round(1.1 * s), curve.conversions(s));
            putDaily(accountId, row);
            rows.add(row);
        }
        return rows;
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
            if (path.startsWith("/oauth/")) {
                reply(ex, oauth(path, query));
                return;
            }
            Fault fault = nextFault();
            if (fault != null && answerFault(ex, fault, NATIVE_FAULTS.bodies(this::error),
                    "{\"code\":0,\"data\":{\"list\":[{\"date\":",
                    () -> api(path, query))) {
                return;
            }
            reply(ex, api(path, query));
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    private ObjectNode oauth(String path, Map<String, String> q) {
        synchronized (lock) {
            if (!path.equals("/oauth/token")) {
                return error(12007, "The API you requested is unknown. Please check your URL and http method.");
            }
            if (!app.accepts(q.get("client_id"), q.get("client_secret"))) {
                return error(11007, "The client_id is invalid.");
            }
            Instant now = clock.instant();
            switch (q.getOrDefault("grant_type", "")) {
                case "authorization_code" -> {
                    String account = grants.redeemCode(q.getOrDefault("authorization_code", ""));
                    if (account == null) {
                        return error(11013, "Authorization code can only be used once.");
                    }
                    return issue(account, now, true);
                }
                case "refresh_token" -> {
                    SimulatedGrants.Refresh<String> r = grants.refresh(q.getOrDefault("refresh_token", ""));
                    if (r == null || !r.live()) {
                        return error(11010, "Refresh token is malformed.");
                    }
                    if (!r.usableAt(now)) {
                        return error(11012, "Refresh token is expired.");
                    }
                    return refreshed(r, now);
                }
                default -> {
                    return error(18009, "Parameter 'grant_type' must be one of the following values: [authorization_code, refresh_token].");
                }
            }
        }
    }

    private ObjectNode issue(String account, Instant now, boolean withAuthorizer) {
        String at = grants.issueAccess("tq-at-", account, now.plus(app.accessTtl()));
        String rt = grants.issueRefresh("tq-rt-", account, now.plus(app.refreshTtl()));
        ObjectNode data = json.createObjectNode();
        if (withAuthorizer) {
            ObjectNode info = data.putObject("authorizer_info").put("account_uin", 10000)
                    .put("account_id", Long.parseLong(account));
            info.putArray("scope_list").add("ads_insights");
            info.put("account_role_type", "ACCOUNT_ROLE_TYPE_ADVERTISER");
        }
        data.put("access_token", at).put("refresh_token", rt).put("access_token_expires_in", app.accessTtl().toSeconds())
                .put("refresh_token_expires_in", app.refreshTtl().toSeconds());
        return ok(data);
    }

    /** The refresh grant: a new access token; the refresh token is not returned and stays as it was. */
    private ObjectNode refreshed(SimulatedGrants.Refresh<String> r, Instant now) {
        String at = grants.issueAccess("tq-at-", r.subject(), now.plus(app.accessTtl()));
        return ok(json.createObjectNode().put("access_token", at).put("access_token_expires_in", app.accessTtl().toSeconds())
                .put("refresh_token_expires_in", Math.max(1, Duration.between(now, r.expiresAt()).toSeconds())));
    }

    private ObjectNode api(String path, Map<String, String> q) {
        synchronized (lock) {
            Instant now = clock.instant();
            String token = q.get("access_token");
            if (token == null || token.isBlank()) {
                return error(11005, "Access token is empty.");
            }
            String ts = q.get("timestamp");
            String nonce = q.get("nonce");
            if (ts == null || nonce == null) {
                return error(12000, "Your request is missing a required parameter which is one of access_token, timestamp and nonce.");
            }
            try {
                if (Math.abs(Long.parseLong(ts) - now.getEpochSecond()) > 300) {
                    return error(12101, "The timestamp is expired.");
                }
            } catch (NumberFormatException e) {
                return error(12101, "The timestamp is expired.");
            }
            if (nonce.isEmpty() || nonce.length() > 32 || !nonces.add(nonce)) {
                return error(12100, "The nonce has been used before.");
            }
            SimulatedGrants.Access<String> g = grants.access(token);
            if (g == null) {
                return error(11002, "Access token is invalid.");
            }
            if (!g.validAt(now)) {
                return error(11000, "Access token is expired.");
            }
            return switch (path) {
                case "/v3.0/daily_reports/get" -> dailyReports(g, q, now);
                case "/v3.0/advertiser_daily_budget/get" -> dailyBudget(g, q);
                case "/v3.0/funds/get" -> funds(g, q);
                case "/v3.0/realtime_cost/get" -> realtimeCost(g, q, now);
                default -> error(12007, "The API you requested is unknown. Please check your URL and http method.");
            };
        }
    }

    private ObjectNode dailyReports(SimulatedGrants.Access<String> g, Map<String, String> q, Instant now) {
        String account = q.getOrDefault("account_id", "");
        if (!g.subject().equals(account)) {
            return error(12203, "The resource owner is not permitted to operate this 'account_id'.");
        }
        String level = q.getOrDefault("level", "");
        boolean creative = level.equals("REPORT_LEVEL_DYNAMIC_CREATIVE");
        if (!creative && !level.equals("REPORT_LEVEL_ADGROUP")) {
            return error(18009, "Parameter 'level' must be one of the following values: [REPORT_LEVEL_ADGROUP, REPORT_LEVEL_DYNAMIC_CREATIVE].");
        }
        LocalDate start;
        LocalDate end;
        int page;
        int size;
        try {
            JsonNode r = json.readTree(q.getOrDefault("date_range", "{}"));
            start = LocalDate.parse(r.path("start_date").asText());
            end = LocalDate.parse(r.path("end_date").asText());
            page = Integer.parseInt(q.getOrDefault("page", "1"));
            size = Integer.parseInt(q.getOrDefault("page_size", "10"));
        } catch (IOException | RuntimeException e) {
            return error(34109, "Parameter date_range is invalid");
        }
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        if (end.isBefore(start) || start.isBefore(today.minusDays(365))) {
            return error(34109, "Parameter date_range is invalid");
        }
        if (size < 1 || size > 2000 || page < 1) {
            return error(18003, "The value you specified for 'page_size' is invalid. Valid values must be not greater than 2000.");
        }
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        Map<List<String>, boolean[]> present = new HashMap<>();
        List<DailyRow> rows = new ArrayList<>(daily.getOrDefault(account, List.of()));
        rows.sort(Comparator.comparing(DailyRow::day).thenComparing(DailyRow::adgroupId).thenComparing(DailyRow::creativeId));
        for (DailyRow r : rows) {
            if (r.day().isBefore(start) || r.day().isAfter(end)) {
                continue;
            }
            List<String> key = creative ? List.of(r.day().toString(), r.adgroupId(), r.creativeId())
                    : List.of(r.day().toString(), r.adgroupId());
            long[] s = sums.computeIfAbsent(key, k -> new long[4]);
            boolean[] p = present.computeIfAbsent(key, k -> new boolean[4]);
            Long[] v = {r.costFen(), r.views(), r.clicks(), r.conversions()};
            for (int i = 0; i < 4; i++) {
                if (v[i] != null) {
                    s[i] += v[i];
                    p[i] = true;
                }
            }
        }
        List<List<String>> keys = new ArrayList<>(sums.keySet());
        ArrayNode list = json.createArrayNode();
        int from = Math.min((page - 1) * size, keys.size());
        String[] names = {"cost", "view_count", "valid_click_count", "conversions_count"};
        for (List<String> key : keys.subList(from, Math.min(from + size, keys.size()))) {
            ObjectNode row = list.addObject().put("date", key.get(0)).put("adgroup_id", Long.parseLong(key.get(1)));
            if (creative) {
                row.put("dynamic_creative_id", Long.parseLong(key.get(2)));
            }
            for (int i = 0; i < 4; i++) {
                if (present.get(key)[i]) {
                    row.put(names[i], sums.get(key)[i]);
                }
            }
        }
        ObjectNode data = json.createObjectNode();
        data.set("list", list);
        data.putObject("page_info").put("page", page).put("page_size", size).put("total_number", keys.size())
                .put("total_page", (keys.size() + size - 1) / size);
        return ok(data);
    }

    private ObjectNode dailyBudget(SimulatedGrants.Access<String> g, Map<String, String> q) {
        String account = q.getOrDefault("account_id", "");
        if (!g.subject().equals(account)) {
            return error(12203, "The resource owner is not permitted to operate this 'account_id'.");
        }
        if (!q.containsKey("fields")) {
            return error(12000, "Your request is missing a required parameter 'fields'.");
        }
        return ok(json.createObjectNode().put("account_id", Long.parseLong(account))
                .put("daily_budget", dailyBudgets.getOrDefault(account, 0L)));
    }

    private ObjectNode funds(SimulatedGrants.Access<String> g, Map<String, String> q) {
        String account = q.getOrDefault("account_id", "");
        if (!g.subject().equals(account)) {
            return error(12203, "The resource owner is not permitted to operate this 'account_id'.");
        }
        ArrayNode list = json.createArrayNode();
        funds.getOrDefault(account, Map.of()).forEach((type, fen) ->
                list.addObject().put("fund_type", type).put("balance", fen).put("fund_status", "FUND_STATUS_NORMAL"));
        ObjectNode data = json.createObjectNode();
        data.set("list", list);
        return ok(data);
    }

    /** Today's spend per ad group: the cost of today's daily rows, so it agrees with {@code daily_reports/get}. */
    private ObjectNode realtimeCost(SimulatedGrants.Access<String> g, Map<String, String> q, Instant now) {
        String account = q.getOrDefault("account_id", "");
        if (!g.subject().equals(account)) {
            return error(12203, "The resource owner is not permitted to operate this 'account_id'.");
        }
        if (!q.getOrDefault("level", "").equals("ADGROUP")) {
            return error(18009, "Parameter 'level' must be one of the following values: [ADGROUP].");
        }
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        if (!q.getOrDefault("date", "").equals(today.toString())) {
            return error(34109, "Parameter date is invalid");
        }
        Set<String> wanted = new HashSet<>();
        int page;
        int size;
        try {
            JsonNode filter = json.readTree(q.getOrDefault("filtering", "[]")).path(0);
            if (!filter.path("field").asText().equals("adgroup_id") || !filter.path("operator").asText().equals("IN")) {
                return error(12000, "Your request is missing a required parameter 'filtering'.");
            }
            filter.path("values").forEach(v -> wanted.add(v.asText()));
            page = Integer.parseInt(q.getOrDefault("page", "1"));
            size = Integer.parseInt(q.getOrDefault("page_size", "10"));
        } catch (IOException | RuntimeException e) {
            return error(12000, "Your request is missing a required parameter 'filtering'.");
        }
        if (size < 1 || size > 100 || page < 1) {
            return error(18003, "The value you specified for 'page_size' is invalid. Valid values must be not greater than 100.");
        }
        Map<String, Long> cost = new TreeMap<>();
        for (DailyRow r : daily.getOrDefault(account, List.of())) {
            if (r.day().equals(today) && wanted.contains(r.adgroupId())) {
                cost.merge(r.adgroupId(), r.costFen(), Long::sum);
            }
        }
        List<Map.Entry<String, Long>> rows = new ArrayList<>(cost.entrySet());
        ArrayNode list = json.createArrayNode();
        int from = Math.min((page - 1) * size, rows.size());
        for (Map.Entry<String, Long> e : rows.subList(from, Math.min(from + size, rows.size()))) {
            list.addObject().put("adgroup_id", Long.parseLong(e.getKey())).put("cost", e.getValue());
        }
        ObjectNode data = json.createObjectNode();
        data.set("list", list);
        data.putObject("page_info").put("page", page).put("page_size", size).put("total_number", rows.size())
                .put("total_page", Math.max(1, (rows.size() + size - 1) / size));
        return ok(data);
    }

    private ObjectNode ok(ObjectNode data) {
        ObjectNode o = json.createObjectNode().put("code", 0).put("message", "").put("message_cn", "");
        o.set("data", data);
        return o;
    }

    private ObjectNode error(int code, String message) {
        return json.createObjectNode().put("code", code)
                .put("message", message + " trace_id: sim" + ids.incrementAndGet()).put("message_cn", message);
    }

    /** Builds a {@link TencentAdsSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private Builder() {
            super("1110000001", "tq-sim-secret", Duration.ofDays(1), Duration.ofDays(30));
        }

        public Builder client(String clientId, String clientSecret) {
            return credentials(clientId, clientSecret);
        }

        @Override
        public Builder refreshTtl(Duration ttl) {
            return super.refreshTtl(ttl);
        }

        public TencentAdsSimulator build() {
            return new TencentAdsSimulator(this);
        }
    }
}
