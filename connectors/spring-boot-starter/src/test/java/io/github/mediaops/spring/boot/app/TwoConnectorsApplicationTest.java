package io.github.mediaops.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.douyin.DouyinConnector;
import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.support.JdbcTokenStore;
import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.spring.boot.ConnectorMetrics;
import io.github.mediaops.spring.boot.MediaOpsConnectors;
import io.github.mediaops.spring.boot.MediaOpsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 20's done-when: an application with two connectors configured in YAML ({@code application.yml}:
 * WeChat and Douyin, on their simulators on loopback) calls both, and sees their metrics in the
 * {@link MeterRegistry} and their health in the Actuator, over HTTP. Also: pushes through the webhook
 * endpoint become application events, no secret shows in logs, toString or the Actuator, and tokens live in
 * the application's (embedded H2) {@code DataSource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoConnectorsApplicationTest {
    /** Secrets distinct enough that finding one in any output cannot be a coincidence. */
    private static final String WECHAT_SECRET = "wechat-secret-7f3a9c51e2";
    private static final String PUSH_TOKEN = "pushtoken4b8e21d6";
    private static final String DOUYIN_SECRET = "douyin-secret-0c94d7aa31";
    private static final String OPEN_ID = "_000aBcD-open-id";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    private static final WeChatSimulator WECHAT = WeChatSimulator.builder().clock(TestApplication.CLOCK)
            .app("wx5e1d5c0ffee00001", WECHAT_SECRET).originalId("gh_5e1d5c0ffee0")
            .push(PUSH_TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG").build();
    private static final DouyinSimulator DOUYIN = DouyinSimulator.builder().clock(TestApplication.CLOCK)
            .client("awk5e1d5c0ffee0001", DOUYIN_SECRET).build();

    @DynamicPropertySource
    static void simulatorsAndSecrets(DynamicPropertyRegistry registry) {
        registry.add("test.wechat.base-url", () -> WECHAT.baseUrl().toString());
        registry.add("test.douyin.base-url", () -> DOUYIN.baseUrl().toString());
        registry.add("WECHAT_APP_SECRET", () -> WECHAT_SECRET);
        registry.add("WECHAT_PUSH_TOKEN", () -> PUSH_TOKEN);
        registry.add("DOUYIN_CLIENT_SECRET", () -> DOUYIN_SECRET);
        DOUYIN.addVideo(OPEN_ID, "item-1", DAY.minusDays(5).atStartOfDay(DouyinSimulator.SHANGHAI).toInstant(), "秋季新品");
        DOUYIN.putDaily(OPEN_ID, "item-1", DAY, 1234L, 56L, 7L, 8L);
    }

    @AfterAll
    static void stopSimulators() {
        WECHAT.close();
        DOUYIN.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MediaOpsConnectors connectors;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TestApplication.Pushes pushes;

    @Autowired
    MediaOpsProperties properties;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void calls_both_connectors_and_sees_their_metrics_and_health() throws Exception {
        assertThat(connectors.names()).containsExactly("wechat", "douyin");

        PlatformConnector wechat = connectors.get("wechat");
        List<ContentMetrics> wechatDay = wechat.contentMetrics().contentMetrics(
                AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_5e1d5c0ffee0"), DateRange.day(DAY));
        assertThat(wechatDay).as("the simulator has WeChat posts on 2026-11-19").isNotEmpty();

        DouyinConnector douyin = connectors.get("douyin", DouyinConnector.class);
        douyin.authorize(DOUYIN.authorizationCode(OPEN_ID));
        List<ContentMetrics> douyinDay = douyin.contentMetrics().contentMetrics(AccountRef.of(Platform.DOUYIN, OPEN_ID),
                DateRange.day(DAY));
        assertThat(douyinDay).singleElement().satisfies(m -> assertThat(m.postId()).isEqualTo("item-1"));

        // Every WeChat API request the simulator served was one logical call (no faults, so no retries; the token
        // fetch is nested in the first call), and each was timed under the connector's name.
        assertThat(callCount("wechat", "success")).isEqualTo(WECHAT.apiRequests()).isPositive();
        assertThat(callCount("wechat", "transient")).isZero();
        assertThat(meters.get(ConnectorMetrics.CALLS).tags("connector", "douyin", "outcome", "success").timers())
                .extracting(t -> t.getId().getTag("operation"))
                .as("the code exchange and the data calls").contains("oauth/access_token").hasSizeGreaterThan(1);
        assertThat(meters.get(ConnectorMetrics.RATE_LIMIT_WAITS).tags("connector", "douyin", "permitted", "true").timer()
                .count()).isPositive();
        assertThat(meters.get(ConnectorMetrics.CIRCUIT_BREAKER_STATE).tags("connector", "wechat", "state", "closed")
                .gauge().value()).isEqualTo(1.0);
        assertThat(meters.get(ConnectorMetrics.CIRCUIT_BREAKER_STATE).tags("connector", "wechat", "state", "open")
                .gauge().value()).isEqualTo(0.0);

        String health = get("/actuator/health/mediaops").body();
        assertThat(health).contains("\"status\":\"UP\"").contains("\"wechat\":{").contains("\"douyin\":{")
                .contains("\"connector\":\"wechat-oa\"").contains("\"connector\":\"douyin\"")
                .contains("\"lastOutcome\":\"success\"").contains("\"circuitBreaker\":\"CLOSED\"");
        String wechatHealth = get("/actuator/health/mediaops/wechat").body();
        assertThat(wechatHealth).contains("\"status\":\"UP\"").contains("\"calls\":" + WECHAT.apiRequests());

        HttpResponse<String> metric = get("/actuator/metrics/" + ConnectorMetrics.CALLS + "?tag=connector:douyin");
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(metric.body()).contains("\"COUNT\"").contains("\"operation\"").contains("\"outcome\"");
    }

    @Test
    @Order(3)
    void a_verified_push_becomes_an_application_event_and_a_forged_one_is_refused() throws Exception {
        WebhookRequest push = WECHAT.pushes().textMessage("oUser123", "你好", false);
        HttpResponse<String> ok = post("/mediaops/webhooks/wechat", push);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("success");
        assertThat(pushes.heard).singleElement().satisfies(e -> {
            assertThat(e.connector()).isEqualTo("wechat");
            assertThat(e.platform()).isEqualTo(Platform.WECHAT_OFFICIAL_ACCOUNT);
            assertThat(e.event()).isInstanceOf(WebhookEvent.MessageReceived.class);
        });

        assertThat(post("/mediaops/webhooks/wechat", push).statusCode()).as("a repeat is answered").isEqualTo(200);
        assertThat(pushes.heard).as("a repeat publishes nothing").hasSize(1);

        WebhookRequest next = WECHAT.pushes().textMessage("oUser123", "again", false);
        Map<String, String> badSignature = new java.util.HashMap<>(next.query());
        badSignature.put("signature", "0".repeat(40));
        WebhookRequest forged = new WebhookRequest("POST", badSignature, next.headers(), next.body());
        assertThat(post("/mediaops/webhooks/wechat", forged).statusCode()).isEqualTo(401);
        assertThat(post("/mediaops/webhooks/nobody", next).statusCode()).isEqualTo(404);
        assertThat(post("/mediaops/webhooks/douyin", next).statusCode()).as("Douyin's verifier refuses a WeChat push")
                .isBetween(400, 401);
        assertThat(pushes.heard).hasSize(1);
    }

    @Test
    @Order(4)
    void secrets_never_show_in_logs_to_string_or_the_actuator(CapturedOutput output) throws Exception {
        WECHAT.expireTokens();   // the next call fetches a token with the AppSecret, under TRACE logging
        connectors.get("wechat").contentMetrics().contentMetrics(
                AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_5e1d5c0ffee0"), DateRange.day(DAY));
        connectors.get("douyin", DouyinConnector.class).authorize(DOUYIN.authorizationCode(OPEN_ID));
        String env = get("/actuator/env").body();
        String configprops = get("/actuator/configprops").body();
        assertThat(env).as("the env endpoint shows values (show-values: always) but not ours")
                .contains("wx5e1d5c0ffee00001").contains("mediaops.connectors.wechat.secrets.appSecret");
        assertThat(configprops).contains("awk5e1d5c0ffee0001").contains("appSecret");
        String everything = String.join("\n", env, configprops, get("/actuator/health").body(), output.getAll(),
                connectors.toString(), properties.toString(), String.valueOf(tokenStore));
        for (String secret : List.of(WECHAT_SECRET, PUSH_TOKEN, DOUYIN_SECRET)) {
            assertThat(everything).doesNotContain(secret);
        }
        assertThat(output.getAll()).as("TRACE logging of the exchanges was on").contains("cgi-bin/stable_token")
                .contains("oauth/access_token");
        assertThat(env).as("the variables the placeholders read are masked too").contains("\"WECHAT_APP_SECRET\":{\"value\":\"******\"");
    }

    @Test
    @Order(5)
    void tokens_live_in_the_applications_data_source() throws Exception {
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT token_key FROM mediaops_token ORDER BY token_key")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            assertThat(keys).as("the WeChat app token and the Douyin user's token, stored by the connectors")
                    .anyMatch(k -> k.startsWith("wechat-oa:wx5e1d5c0ffee00001"))
                    .anyMatch(k -> k.startsWith("douyin:awk5e1d5c0ffee0001:user:" + OPEN_ID));
        }
    }

    private long callCount(String connector, String outcome) {
        return meters.find(ConnectorMetrics.CALLS).tags("connector", connector, "outcome", outcome).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, WebhookRequest push) throws IOException, InterruptedException {
        String query = push.query().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
                        StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + "?" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(push.body()));
        push.headers().forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

}
