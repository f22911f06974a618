package io.github.mediaops.connector.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Responses recorded by others (Airbyte's GA4 source tests, Google's documentation; see
 * {@code src/test/resources/replay/SOURCES.md}) served over loopback and read field by field: the token exchange,
 * reports typed by their metric headers, {@code rowCount}, metadata, property quotas, a batch, and the Measurement
 * Protocol validation server's messages. Expected values are the recorded ones (and, for Airbyte's, the values
 * Airbyte's own tests assert), never values produced by this connector.
 */
class Ga4ReplayTest {
    private static final DateRange DAYS = DateRange.of(LocalDate.of(2022, 7, 25), LocalDate.of(2022, 7, 31));
    private static KeyPair keys;
    private RecordedResponses replay;
    private Ga4Connector ga4;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
    }

    @BeforeEach
    void start() {
        replay = new RecordedResponses();
        Credentials c = Credentials.builder().identifier("propertyId", "496180525")
                .secret("serviceAccountJson", ServiceAccountJwtTest.keyFile(keys, replay.baseUrl() + "token"))
                .identifier("measurementId", "G-7KQ2M4XW9P").secret("apiSecret", "replay-secret").build();
        ga4 = Ga4Connector.builder(ConnectorConfig.builder().credentials(c).baseUrl(replay.baseUrl())
                .readTimeout(Duration.ofSeconds(2)).clock(Clock.systemUTC()).build()).build();
    }

    @AfterEach
    void stop() {
        ga4.close();
        replay.close();
    }

    private Ga4ReportRequest request(String dimension, String... metrics) {
        return Ga4ReportRequest.builder(DAYS).dimensions(dimension).metrics(metrics).build();
    }

    @Test
    void the_token_exchange_posts_a_jwt_bearer_assertion_and_reads_the_recorded_answer() {
        replay.enqueue(200, "airbyte/oauth2_token.json").enqueue(200, "composed/runreport_row_reference.json");
        ga4.runReport(request("eventName", "eventCount"));
        RecordedResponses.Received token = replay.received().get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.uri()).isEqualTo("/token");
        assertThat(token.body()).startsWith("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=");
        assertThat(token.body().substring(token.body().indexOf("assertion=") + 10).split("\\.")).hasSize(3);
        RecordedResponses.Received report = replay.received().get(1);
        assertThat(report.uri()).isEqualTo("/v1beta/properties/496180525:runReport");
        assertThat(report.body()).contains("\"dateRanges\":[{\"startDate\":\"2022-07-25\",\"endDate\":\"2022-07-31\"}]")
                .contains("\"dimensions\":[{\"name\":\"eventName\"}]").contains("\"returnPropertyQuota\":true");
    }

    @Test
    void airbytes_device_report_is_typed_by_its_metric_headers() {
        replay.enqueue(200, "airbyte/oauth2_token.json").enqueue(200, "airbyte/runreport_date_device_os_browser.json");
        Ga4Report r = ga4.runReport(request("date", "totalUsers"));
        assertThat(r.dimensions()).containsExactly("date", "deviceCategory", "operatingSystem", "browser");
        assertThat(r.metrics()).containsExactly(Map.entry("totalUsers", Ga4MetricType.INTEGER),
                Map.entry("newUsers", Ga4MetricType.INTEGER), Map.entry("sessions", Ga4MetricType.INTEGER),
                Map.entry("sessionsPerUser", Ga4MetricType.FLOAT), Map.entry("averageSessionDuration", Ga4MetricType.SECONDS),
                Map.entry("screenPageViews", Ga4MetricType.INTEGER), Map.entry("screenPageViewsPerSession", Ga4MetricType.FLOAT),
                Map.entry("bounceRate", Ga4MetricType.FLOAT));
        assertThat(r.rowCount()).isEqualTo(54);
        assertThat(r.hasMoreAfter(0)).isTrue();
        assertThat(r.currency()).contains(Currency.getInstance("USD"));
        assertThat(r.timeZone()).contains(ZoneId.of("America/Los_Angeles"));
        assertThat(r.quota()).isEmpty();
        assertThat(r.rows()).hasSize(2);
        Ga4Row mac = r.rows().get(0);
        assertThat(mac.dimensions()).containsExactly(Map.entry("date", "20220731"), Map.entry("deviceCategory", "desktop"),
                Map.entry("operatingSystem", "Macintosh"), Map.entry("browser", "Chrome"));
        assertThat(mac.count("totalUsers")).hasValue(344);
        assertThat(mac.count("newUsers")).hasValue(169);
        assertThat(mac.count("sessions")).hasValue(420);
        assertThat(mac.metric("sessionsPerUser").value()).isEqualByComparingTo("1.2209302325581395");
        assertThat(mac.metric("averageSessionDuration").value()).isEqualByComparingTo("194.76313766428572");
        assertThat(mac.count("screenPageViews")).hasValue(614);
        assertThat(mac.metric("screenPageViewsPerSession").asDouble()).isEqualTo(1.4619047619047618);
        assertThat(mac.metric("bounceRate").value()).isEqualByComparingTo(new BigDecimal("0.47857142857142859"));
        Ga4Row windows = r.rows().get(1);
        assertThat(windows.dimension("operatingSystem")).isEqualTo("Windows");
        assertThat(List.of(windows.count("totalUsers").getAsLong(), windows.count("newUsers").getAsLong(),
                windows.count("sessions").getAsLong(), windows.count("screenPageViews").getAsLong())).containsExactly(322L, 211L, 387L, 669L);
        assertThat(windows.metric("sessionsPerUser").asDouble()).isEqualTo(1.2018633540372672);
        assertThat(windows.metric("averageSessionDuration").asDouble()).isEqualTo(249.21595714211884);
        assertThat(windows.metric("screenPageViewsPerSession").asDouble()).isEqualTo(1.7286821705426356);
        assertThat(windows.metric("bounceRate").asDouble()).isEqualTo(0.42377260981912146);
    }

    @Test
    void airbytes_eight_incremental_responses_read_as_their_test_expects() {
        replay.enqueue(200, "airbyte/oauth2_token.json");
        for (int i = 1; i <= 8; i++) {
            replay.enqueue(200, "airbyte/runreport_yearweek_" + i + ".json");
        }
        List<String> weeks = new java.util.ArrayList<>();
        List<Long> users = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Ga4Report r = ga4.runReport(request("yearWeek", "totalUsers"));
            assertThat(r.rowCount()).isEqualTo(1);
            assertThat(r.metrics()).containsExactly(Map.entry("totalUsers", Ga4MetricType.INTEGER));
            assertThat(r.currency()).isEmpty();
            assertThat(r.timeZone()).isEmpty();
            Ga4Row row = r.rows().get(0);
            weeks.add(row.dimension("yearWeek"));
            users.add(row.count("totalUsers").getAsLong());
        }
        assertThat(weeks).containsExactly("202201", "202201", "202201", "202202", "202202", "202202", "202202", "202202");
        assertThat(users).containsExactly(100L, 110L, 120L, 130L, 112L, 125L, 140L, 150L);
        assertThat(replay.received()).hasSize(9).filteredOn(x -> x.uri().equals("/token")).hasSize(1);
    }

    @Test
    void airbytes_four_property_quotas_are_typed_figures() {
        replay.enqueue(200, "airbyte/oauth2_token.json");
        for (String name : List.of("full", "partial", "running_out_tokens_per_project_per_hour", "running_out_concurrent_requests")) {
            replay.enqueue(200, "airbyte/property_quota_" + name + ".json");
        }
        long[][] expected = {{0, 10, 1, 1735}, {0, 10, 5, 955}, {2, 8, 5, 172}, {9, 1, 5, 935}};
        for (long[] e : expected) {
            Ga4Report r = ga4.runReport(request("date", "sessions"));
            assertThat(r.rows()).isEmpty();
            assertThat(r.rowCount()).isZero();
            Ga4Quota q = r.quota().orElseThrow();
            assertThat(q.concurrentRequests()).contains(new Ga4QuotaStatus(e[0], e[1]));
            assertThat(q.tokensPerProjectPerHour()).contains(new Ga4QuotaStatus(e[2], e[3]));
            assertThat(q.tokensPerDay()).isEmpty();
            assertThat(q.tokensPerHour()).isEmpty();
            assertThat(ga4.lastQuota()).contains(q);
        }
    }

    @Test
    void a_batch_answers_its_reports_in_order() {
        replay.enqueue(200, "airbyte/oauth2_token.json").enqueue(200, "composed/batch_two_reports.json");
        List<Ga4Report> reports = ga4.batchRunReports(List.of(request("date", "totalUsers"), request("eventName", "eventCount")));
        assertThat(replay.received().get(1).uri()).isEqualTo("/v1beta/properties/496180525:batchRunReports");
        assertThat(replay.received().get(1).body()).startsWith("{\"requests\":[{");
        assertThat(reports.get(0).rowCount()).isEqualTo(54);
        assertThat(reports.get(1).rows()).singleElement().satisfies(row -> {
            assertThat(row.dimension("eventName")).isEqualTo("in_app_purchase");
            assertThat(row.dimension("countryId")).isEqualTo("JP");
            assertThat(row.count("eventCount")).hasValue(15);
        });
    }

    @Test
    void the_reference_sample_reads_its_currency_and_zone() {
        replay.enqueue(200, "airbyte/oauth2_token.json").enqueue(200, "reference/runreport_active_users_by_date.json");
        Ga4Report r = ga4.runReport(request("date", "activeUsers"));
        assertThat(r.currency()).contains(Currency.getInstance("EUR"));
        assertThat(r.timeZone()).contains(ZoneId.of("Europe/Warsaw"));
        assertThat(r.rowCount()).isEqualTo(5);
        assertThat(r.rows()).extracting(x -> x.dimension("date")).containsExactly("20240614", "20240613");
        assertThat(r.rows()).extracting(x -> x.count("activeUsers").getAsLong()).containsExactly(2L, 101L);
        assertThat(Money.of("1", "EUR").currency()).isEqualTo(r.currency().orElseThrow());
    }

    @Test
    void the_validation_servers_documented_answers_become_messages() {
        replay.enqueue(200, "google/mp_validation_name_invalid.json").enqueue(200, "google/mp_validation_ok.json");
        Ga4EventBatch batch = Ga4EventBatch.of("1837264019.1759312800", "k-1", Ga4Event.generateLead());
        assertThat(ga4.validateEvents(batch)).containsExactly(new Ga4ValidationMessage("events",
                "Event at index: [0] has invalid name [_badEventName]. Names must start with an alphabetic character.",
                "NAME_INVALID"));
        assertThat(ga4.validateEvents(batch)).isEmpty();
        RecordedResponses.Received sent = replay.received().get(0);
        assertThat(sent.uri()).startsWith("/debug/mp/collect?");
        assertThat(sent.query()).containsEntry("measurement_id", "G-7KQ2M4XW9P").containsEntry("api_secret", "replay-secret");
        assertThat(sent.body()).isEqualTo("{\"client_id\":\"1837264019.1759312800\",\"events\":[{\"name\":\"generate_lead\",\"params\":{}}]}");
    }
}
