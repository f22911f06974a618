package io.github.mediaops.connector.oceanengine.simulator;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful Ocean Engine (巨量引擎) Marketing API server on 127.0.0.1 (facts in {@code platform-apis.md} §9.1
 * and {@code platform-apis-2.md} §3.6): {@code open_api/oauth2/access_token/} and {@code refresh_token/},
 * {@code open_api/v3.0/report/custom/get/} and {@code open_api/v3.0/douplus/order/report/}, and the account reads
 * {@code oauth2/advertiser/get/}, {@code 2/advertiser/budget/get/} and {@code 2/advertiser/fund/get/} (budget and
 * balances as set with {@link #setBudget} and {@link #setFund}; {@code fund/daily_stat} is not simulated); codes from the official
 * 返回码 page (open.oceanengine.com/labels/7/docs/1696710760866831).
 *
 * <p>State it keeps, as the platform does:
 * <ul>
 *   <li>Authorisation codes are single-use (a second use answers 40115). Access tokens live {@code accessTtl}
 *   (1 day), refresh tokens {@code refreshTtl} (30 days); a refresh issues a new pair and kills the old refresh
 *   token (a reused one answers 40107, an expired one 40103); a wrong secret answers 40002. A token only reads the
 *   accounts its grant covers (else 40002); a missing or unknown token answers 40104.</li>
 *   <li>Feed reports: at most 30 days per request (else 40000), {@code page_size} 1–100, rows aggregated by the
 *   requested dimensions with {@code page_info}; DOU+ reports sum each order over {@code stat_time}
 *   ({@code end_time}'s day excluded, span ≤ 180 days), {@code page_size} 1–100.</li>
 *   <li>A per-minute request quota per app ({@code quotaPerMinute}, off by default) answers 40110.</li>
 * </ul>
 * Errors are HTTP 200 with {@code {"code","message","request_id"}}. Faults ({@link #failNext}) are API-only and
 * native: busy 50000, rate 40100, token expired 40102, bad credentials 40113.
 *
 * <p>{@link #simulateHill} generates a promotion's daily spend and conversions from a known Hill curve, so a
 * test can fit curves from the report and compare them with the truth.
 */
public final class OceanEngineSimulator extends LoopbackSimulator {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Ocean Engine's own answers to the platform-coded faults (official 返回码 page). */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            new PlatformError(50000, "SYS_ERROR"), // PLATFORM_BUSY
            new PlatformError(40100, "系统请求频率超限，请稍后重试"), // RATE_LIMITED
            new PlatformError(40102, "access_token已过期"), // TOKEN_EXPIRED
            new PlatformError(40113, "App不存在或者状态异常")); // BAD_CREDENTIALS

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedApp app;
    private final Clock clock;
    private final int quotaPerMinute;

    private final AtomicLong ids = new AtomicLong(1000);
    private final Object lock = new Object();
    private final SimulatedGrants<List<String>> grants;
    private final Map<String, List<FeedRow>> feed = new HashMap<>();
    private final Map<String, List<DouPlusRow>> douPlus = new HashMap<>();
    private final Map<String, BigDecimal> budgets = new HashMap<>();
    private final Map<String, BigDecimal[]> fundsYuan = new HashMap<>();
    private long quotaMinute = -1;
    private int quotaUsed;

    /**
     * One day of one material of one promotion; {@code null} counts are left out of the report.
     *
     * @param cost spend in yuan
     */
    public record FeedRow(LocalDate day, String projectId, String promotionId, String materialId, BigDecimal cost,
                          Long shows, Long clicks, Long conversions) {
        public FeedRow {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(promotionId, "promotionId");
            Objects.requireNonNull(materialId, "materialId");
            Objects.requireNonNull(cost, "cost");
        }
    }

    /** One day of one DOU+ order; {@code metrics} are the wire names ({@code total_play}, ...), cost in yuan. */
    public record DouPlusRow(LocalDate day, String orderId, String adId, BigDecimal cost, Map<String, Long> metrics) {
        public DouPlusRow {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(adId, "adId");
            Objects.requireNonNull(cost, "cost");
            metrics = Map.copyOf(metrics);
        }
    }

    private OceanEngineSimulator(Builder b) {
        this.app = b.simulatedApp();
        this.clock = app.clock();
        this.grants = new SimulatedGrants<>(clock, ids::incrementAndGet, OceanEngineSimulator::isTokenEndpoint);
        this.quotaPerMinute = b.quotaPerMinute;
        keepTokensIn(grants); // token requests count in tokenRequests(); expireTokens() ends access tokens only
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A simulator for app {@code 1700000000000001} / secret {@code oe-sim-secret}, with no accounts yet. */
    public static OceanEngineSimulator create() {
        return builder().build();
    }

    // ---------------------------------------------------------------- control

    public String appId() {
        return app.id();
    }

    public String secret() {
        return app.secret();
    }

    /** Sets an advertiser's daily budget in yuan ({@code advertiser/budget/get}); {@code null}, the default, is unlimited. */
    public void setBudget(String advertiserId, BigDecimal dailyYuan) {
        if (dailyYuan != null && dailyYuan.signum() < 0) {
            throw new IllegalArgumentException("dailyYuan must be >= 0");
        }
        synchronized (lock) {
            if (dailyYuan == null) {
                budgets.remove(Objects.requireNonNull(advertiserId, "advertiserId"));
            } else {
                budgets.put(Objects.requireNonNull(advertiserId, "advertiserId"), dailyYuan);
            }
        }
    }

    /** Sets an advertiser's cash and granted (赠款) balances in yuan ({@code advertiser/fund/get}); default 0. */
    public void setFund(String advertiserId, BigDecimal cashYuan, BigDecimal grantYuan) {
        if (cashYuan.signum() < 0 || grantYuan.signum() < 0) {
            throw new IllegalArgumentException("balances must be >= 0");
        }
        synchronized (lock) {
            fundsYuan.put(Objects.requireNonNull(advertiserId, "advertiserId"), new BigDecimal[] {cashYuan, grantYuan});
        }
    }

    /**
     * A single-use {@code auth_code}, as Ocean Engine sends after a user authorises the app for {@code accounts}
     * (advertiser ids, or DOU+ {@code aweme_sec_uid}s); the first is the grant's {@code advertiser_id}.
     */
    public String authorizationCode(String... accounts) {
        if (accounts.length == 0) {
            throw new IllegalArgumentException("a grant covers at least one account");
        }
        return grants.issueCode("auth-", List.of(accounts));
    }

    public void putFeed(String advertiserId, FeedRow row) {
        synchronized (lock) {
            feed.computeIfAbsent(advertiserId, k -> new ArrayList<>()).add(Objects.requireNonNull(row, "row"));
        }
    }

    public void putDouPlus(String awemeSecUid, DouPlusRow row) {
        synchronized (lock) {
            douPlus.computeIfAbsent(awemeSecUid, k -> new ArrayList<>()).add(Objects.requireNonNull(row, "row"));
        }
    }

    /**
     * Generates {@code days} days (from {@code first}) of one promotion with one material: spend drawn uniformly in
     * [{@code minSpend}, {@code maxSpend}] yuan (rounded to fen), conversions
     * {@code round(beta·s^alpha/(s^alpha+halfSaturation^alpha))}, impressions {@code round(40·s)} and clicks
     * {@code round(0.9·s)}.
     *
     * @return the generated rows, in day order
     */
    public List<FeedRow> simulateHill(String advertiserId, String projectId, String promotionId, LocalDate first, int days,
                                      double beta, double alpha, double halfSaturation, double minSpend, double maxSpend,
                                      long seed) {
        SimulatedSpend curve = new SimulatedSpend(beta, alpha, halfSaturation);
        double[] spends = SimulatedSpend.dailySpends(days, minSpend, maxSpend, seed);
        List<FeedRow> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            BigDecimal cost = BigDecimal.valueOf(spends[d]).setScale(2, RoundingMode.HALF_EVEN);
            double s = cost.doubleValue();
            FeedRow row = new FeedRow(first.plusDays(d), projectId, promotionId, promotionId + "-m1", cost,
                    Math.round(40 * s), Math.round(0.9 * s), curve.conversions(s));
            putFeed(advertiserId, row);
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- HTTP

    /** The token endpoints; {@code oauth2/advertiser/get/} is an API read with an access token. */
    private static boolean isTokenEndpoint(String path) {
        return path.equals("/open_api/oauth2/access_token/") || path.equals("/open_api/oauth2/refresh_token/");
    }

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (isTokenEndpoint(path)) {
                reply(ex, oauth(path, body.length == 0 ? json.createObjectNode() : json.readTree(body)));
                return;
            }
            Map<String, String> query = LoopbackServer.form(ex.getRequestURI().getRawQuery());
            String token = ex.getRequestHeaders().getFirst("Access-Token");
            Fault fault = nextFault();
            if (fault != null && answerFault(ex, fault, NATIVE_FAULTS.bodies(this::error),
                    "{\"code\":0,\"data\":{\"rows\":[{\"dimensions\":", () -> api(path, query, token))) {
                return;
            }
            reply(ex, api(path, query, token));
        } catch (RuntimeException e) {
            LoopbackServer.simulatorFailure(ex, e);
        }
    }

    // ---------------------------------------------------------------- OAuth

    private ObjectNode oauth(String path, JsonNode req) {
        synchronized (lock) {
            if (!app.accepts(req.path("app_id").asText(), req.path("secret").asText())) {
                return error(40002, "app_secret 不匹配，无权限操作当前应用");
            }
            Instant now = clock.instant();
            switch (path) {
                case "/open_api/oauth2/access_token/" -> {
                    if (!"auth_code".equals(req.path("grant_type").asText())) {
                        return error(40000, "grant_type: Field must be set to auth_code");
                    }
                    List<String> accounts = grants.redeemCode(req.path("auth_code").asText());
                    if (accounts == null) {
                        return error(40115, "auth_code已经被使用，请重新授权");
                    }
                    return issue(accounts, now, true);
                }
                case "/open_api/oauth2/refresh_token/" -> {
                    SimulatedGrants.Refresh<List<String>> r = grants.refresh(req.path("refresh_token").asText());
                    if (r == null || !r.live()) {
                        return error(40107, "refresh_token无效，请传入最新的refresh_token");
                    }
                    if (!r.usableAt(now)) {
                        return error(40103, "refresh_token已过期");
                    }
                    r.retire(); // rotation: the old refresh token dies
                    return issue(r.subject(), now, false);
                }
                default -> {
                    return error(40000, "unknown path " + path);
                }
            }
        }
    }

    private ObjectNode issue(List<String> accounts, Instant now, boolean withAccounts) {
        String at = grants.issueAccess("oe-at-", accounts, now.plus(app.accessTtl()));
        String rt = grants.issueRefresh("oe-rt-", accounts, now.plus(app.refreshTtl()));
        ObjectNode data = json.createObjectNode().put("access_token", at).put("expires_in", app.accessTtl().toSeconds())
                .put("refresh_token", rt).put("refresh_token_expires_in", app.refreshTtl().toSeconds());
        if (withAccounts) {
            if (accounts.get(0).chars().allMatch(Character::isDigit)) {
                data.put("advertiser_id", Long.parseLong(accounts.get(0)));
            }
            ArrayNode list = data.putArray("advertiser_ids");
            accounts.forEach(list::add);
        }
        return ok(data);
    }

    // ---------------------------------------------------------------- API

    private ObjectNode api(String path, Map<String, String> query, String token) {
        synchronized (lock) {
            Instant now = clock.instant();
            if (quotaPerMinute > 0) {
                long minute = now.getEpochSecond() / 60;
                if (minute != quotaMinute) {
                    quotaMinute = minute;
                    quotaUsed = 0;
                }
                if (++quotaUsed > quotaPerMinute) {
                    return error(40110, "您的开发者账户请求频率超限，请稍后重试");
                }
            }
            if (token == null || token.isBlank()) {
                return error(40104, "The access_token is empty.");
            }
            SimulatedGrants.Access<List<String>> g = grants.access(token);
            if (g == null) {
                return error(40104, "The access_token is empty.");
            }
            if (!g.validAt(now)) {
                return error(40102, "access_token已过期");
            }
            return switch (path) {
                case "/open_api/v3.0/report/custom/get/" -> customReport(g, query);
                case "/open_api/v3.0/douplus/order/report/" -> douPlusReport(g, query);
                case "/open_api/oauth2/advertiser/get/" -> authorizedAdvertisers(g);
                case "/open_api/2/advertiser/budget/get/" -> budget(g, query);
                case "/open_api/2/advertiser/fund/get/" -> fund(g, query);
                default -> error(40000, "unknown path " + path);
            };
        }
    }

    /** The grant's accounts; one that is not a number is a Douyin account, its id in {@code account_string_id}. */
    private ObjectNode authorizedAdvertisers(SimulatedGrants.Access<List<String>> g) {
        ArrayNode list = json.createArrayNode();
        for (String a : g.subject()) {
            ObjectNode o = list.addObject();
            if (a.chars().allMatch(Character::isDigit)) {
                o.put("advertiser_id", Long.parseLong(a)).put("advertiser_name", "sim-" + a)
                        .put("account_role", "PLATFORM_ROLE_ADVERTISER");
            } else {
                o.put("advertiser_id", Math.floorMod(a.hashCode(), 1_000_000_000L)).put("advertiser_name", "sim-aweme")
                        .put("account_role", "PLATFORM_ROLE_AWEME").put("account_string_id", a);
            }
            o.put("is_valid", true);
        }
        ObjectNode data = json.createObjectNode();
        data.set("list", list);
        return ok(data);
    }

    private ObjectNode budget(SimulatedGrants.Access<List<String>> g, Map<String, String> q) {
        List<String> ids = strings(q.get("advertiser_ids"));
        if (ids.isEmpty() || ids.size() > 100) {
            return error(40000, "advertiser_ids: 长度限制：[1,100]");
        }
        ArrayNode list = json.createArrayNode();
        for (String id : ids) {
            if (!g.subject().contains(id)) {
                return error(40002, "No permission to operate account " + id);
            }
            BigDecimal b = budgets.get(id);
            list.addObject().put("advertiser_id", Long.parseLong(id)).put("budget", b == null ? new BigDecimal("0.0") : b)
                    .put("budget_mode", b == null ? "BUDGET_MODE_INFINITE" : "BUDGET_MODE_DAY");
        }
        ObjectNode data = json.createObjectNode();
        data.set("list", list);
        return ok(data);
    }

    private ObjectNode fund(SimulatedGrants.Access<List<String>> g, Map<String, String> q) {
        String id = q.getOrDefault("advertiser_id", "");
        if (!g.subject().contains(id)) {
            return error(40002, "No permission to operate account " + id);
        }
        BigDecimal[] f = fundsYuan.getOrDefault(id, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        BigDecimal total = f[0].add(f[1]);
        return ok(json.createObjectNode().put("advertiser_id", Long.parseLong(id)).put("balance", total)
                .put("valid_balance", total).put("cash", f[0]).put("valid_cash", f[0]).put("grant", f[1])
                .put("valid_grant", f[1]));
    }

    private ObjectNode customReport(SimulatedGrants.Access<List<String>> g, Map<String, String> q) {
        String advertiser = q.getOrDefault("advertiser_id", "");
        if (!g.subject().contains(advertiser)) {
            return error(40002, "No permission to operate account " + advertiser);
        }
        List<String> dims = strings(q.get("dimensions"));
        LocalDate start;
        LocalDate end;
        int page;
        int size;
        try {
            start = LocalDate.parse(day(q.get("start_time")));
            end = LocalDate.parse(day(q.get("end_time")));
            page = Integer.parseInt(q.getOrDefault("page", "1"));
            size = Integer.parseInt(q.getOrDefault("page_size", "20"));
        } catch (RuntimeException e) {
            return error(40000, "start_time/end_time/page: Value must be an valid value (" + e.getMessage() + ")");
        }
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= 30) {
            return error(40000, "时间跨度不能超过30天");
        }
        if (size < 1 || size > 100 || page < 1 || !dims.contains("stat_time_day")) {
            return error(40000, "page_size: 页面大小。默认为10，最大100");
        }
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        Map<List<String>, BigDecimal> costs = new HashMap<>();
        Map<List<String>, boolean[]> present = new HashMap<>();
        List<FeedRow> rows = new ArrayList<>(feed.getOrDefault(advertiser, List.of()));
        rows.sort(Comparator.comparing(FeedRow::day).thenComparing(FeedRow::projectId).thenComparing(FeedRow::promotionId)
                .thenComparing(FeedRow::materialId));
        for (FeedRow r : rows) {
            if (r.day().isBefore(start) || r.day().isAfter(end)) {
                continue;
            }
            List<String> key = new ArrayList<>();
            for (String d : dims) {
                key.add(switch (d) {
                    case "stat_time_day" -> r.day().toString();
                    case "cdp_project_id" -> r.projectId();
                    case "cdp_promotion_id" -> r.promotionId();
                    case "material_id" -> r.materialId();
                    default -> "";
                });
            }
            long[] s = sums.computeIfAbsent(key, k -> new long[3]);
            boolean[] p = present.computeIfAbsent(key, k -> new boolean[3]);
            costs.merge(key, r.cost(), BigDecimal::add);
            Long[] v = {r.shows(), r.clicks(), r.conversions()};
            for (int i = 0; i < 3; i++) {
                if (v[i] != null) {
                    s[i] += v[i];
                    p[i] = true;
                }
            }
        }
        List<List<String>> keys = new ArrayList<>(sums.keySet());
        ArrayNode out = json.createArrayNode();
        int from = Math.min((page - 1) * size, keys.size());
        for (List<String> key : keys.subList(from, Math.min(from + size, keys.size()))) {
            ObjectNode row = out.addObject();
            ObjectNode dn = row.putObject("dimensions");
            for (int i = 0; i < dims.size(); i++) {
                dn.put(dims.get(i), dims.get(i).equals("stat_time_day") ? key.get(i) + " 00:00:00" : key.get(i));
            }
            ObjectNode mn = row.putObject("metrics");
            mn.put("stat_cost", costs.get(key).toPlainString());
            String[] names = {"show_cnt", "click_cnt", "convert_cnt"};
            for (int i = 0; i < 3; i++) {
                if (present.get(key)[i]) {
                    mn.put(names[i], Long.toString(sums.get(key)[i]));
                }
            }
        }
        ObjectNode data = json.createObjectNode();
        data.set("rows", out);
        data.set("page_info", pageInfo(page, size, keys.size()));
        return ok(data);
    }

    private ObjectNode douPlusReport(SimulatedGrants.Access<List<String>> g, Map<String, String> q) {
        String secUid = q.getOrDefault("aweme_sec_uid", "");
        if (!g.subject().contains(secUid)) {
            return error(40002, "No permission to operate account " + secUid);
        }
        LocalDate start;
        LocalDate end;
        int page;
        int size;
        try {
            JsonNode t = json.readTree(q.getOrDefault("stat_time", "{}"));
            start = LocalDate.parse(t.path("begin_time").asText());
            end = LocalDate.parse(t.path("end_time").asText());
            page = Integer.parseInt(q.getOrDefault("page", "1"));
            size = Integer.parseInt(q.getOrDefault("page_size", "10"));
        } catch (IOException | RuntimeException e) {
            return error(40000, "stat_time/page: Value must be an valid value (" + e.getMessage() + ")");
        }
        if (!end.isAfter(start) || ChronoUnit.DAYS.between(start, end) > 180) {
            return error(40000, "时间跨度不能超过180天");
        }
        if (size < 1 || size > 100 || page < 1) {
            return error(40000, "page_size允许值：1- 100");
        }
        Map<List<String>, BigDecimal> costs = new LinkedHashMap<>();
        Map<List<String>, Map<String, Long>> sums = new HashMap<>();
        List<DouPlusRow> rows = new ArrayList<>(douPlus.getOrDefault(secUid, List.of()));
        rows.sort(Comparator.comparing(DouPlusRow::orderId).thenComparing(DouPlusRow::adId));
        for (DouPlusRow r : rows) {
            if (r.day().isBefore(start) || !r.day().isBefore(end)) {
                continue; // end_time's day is excluded
            }
            List<String> key = List.of(r.orderId(), r.adId());
            costs.merge(key, r.cost(), BigDecimal::add);
            Map<String, Long> m = sums.computeIfAbsent(key, k -> new LinkedHashMap<>());
            r.metrics().forEach((k, v) -> m.merge(k, v, Long::sum));
        }
        List<List<String>> keys = new ArrayList<>(costs.keySet());
        ArrayNode out = json.createArrayNode();
        int from = Math.min((page - 1) * size, keys.size());
        for (List<String> key : keys.subList(from, Math.min(from + size, keys.size()))) {
            ObjectNode row = out.addObject();
            row.putObject("dimension_data").put("order_id", Long.parseLong(key.get(0))).put("ad_id", Long.parseLong(key.get(1)));
            ObjectNode mn = row.putObject("metrics_data");
            mn.put("stat_cost", costs.get(key).doubleValue());
            sums.get(key).forEach(mn::put);
        }
        ObjectNode data = json.createObjectNode();
        data.set("order_metrics", out);
        data.set("page_info", pageInfo(page, size, keys.size()));
        return ok(data);
    }

    private static String day(String time) {
        if (time == null || time.length() < 10) {
            throw new IllegalArgumentException("not yyyy-MM-dd[ HH:mm:ss]: " + time);
        }
        return time.substring(0, 10);
    }

    private ObjectNode pageInfo(int page, int size, int total) {
        return json.createObjectNode().put("page", page).put("page_size", size).put("total_number", total)
                .put("total_page", (total + size - 1) / size);
    }

    private List<String> strings(String jsonArray) {
        List<String> out = new ArrayList<>();
        try {
            json.readTree(jsonArray == null ? "[]" : jsonArray).forEach(n -> out.add(n.asText()));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON array: " + jsonArray, e);
        }
        return out;
    }

    private ObjectNode ok(ObjectNode data) {
        ObjectNode o = json.createObjectNode().put("code", 0).put("message", "OK").put("request_id", requestId());
        o.set("data", data);
        return o;
    }

    private ObjectNode error(int code, String message) {
        return json.createObjectNode().put("code", code).put("message", message).put("request_id", requestId());
    }

    private String requestId() {
        return "2026" + ids.incrementAndGet();
    }

    /** Builds an {@link OceanEngineSimulator}. */
    public static final class Builder extends SimulatorBuilder<Builder> {
        private int quotaPerMinute;

        private Builder() {
            super("1700000000000001", "oe-sim-secret", Duration.ofDays(1), Duration.ofDays(30));
        }

        public Builder app(String appId, String secret) {
            return credentials(appId, secret);
        }

        @Override
        public Builder refreshTtl(Duration ttl) {
            return super.refreshTtl(ttl);
        }

        /** Requests per minute before 40110 (developer QPS); 0 (default) for no quota. */
        public Builder quotaPerMinute(int quota) {
            this.quotaPerMinute = quota;
            return this;
        }

        public OceanEngineSimulator build() {
            return new OceanEngineSimulator(this);
        }
    }
}
