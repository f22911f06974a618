package io.github.mediaops.connector.ga4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.ga4.simulator.Ga4Simulator;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.math.BigDecimal;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GA4 connector's own behaviour against {@link Ga4Simulator} over loopback. */
class Ga4ConnectorTest {
    private static final Instant NOW = Instant.parse("2026-06-18T04:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);
    private static final DateRange WEEK = DateRange.of(DAY.minusDays(6), DAY);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Ga4Simulator sim;
    private Ga4Connector ga4;

    @BeforeEach
    void start() {
        sim = new Ga4Simulator(clock, ZoneId.of("UTC"), "USD");
        ga4 = Ga4TestSupport.connector(sim, clock);
    }

    @AfterEach
    void stop() {
        ga4.close();
        sim.close();
    }

    private Ga4ReportRequest.Builder bySource() {
        return Ga4ReportRequest.builder(WEEK).dimensions("sessionSource").metrics("sessions", "totalUsers", "purchaseRevenue");
    }

    @Test
    void report_values_are_typed_by_their_metric_headers_and_the_quota_is_reported() {
        sim.visit("https://shop.example.com/a?utm_source=douyin&utm_medium=social&utm_campaign=c1", "u1", DAY);
        sim.visit("https://shop.example.com/b?utm_source=douyin&utm_medium=social&utm_campaign=c1", "u2", DAY);
        ga4.sendEvents(Ga4EventBatch.of("u1", "order-1", Ga4Event.purchase("T-1", Money.of("129.90", "USD"))));

        Ga4Report r = ga4.runReport(bySource().build());

        assertThat(r.dimensions()).containsExactly("sessionSource");
        assertThat(r.metrics()).containsExactly(Map.entry("sessions", Ga4MetricType.INTEGER),
                Map.entry("totalUsers", Ga4MetricType.INTEGER), Map.entry("purchaseRevenue", Ga4MetricType.CURRENCY));
        assertThat(r.rowCount()).isEqualTo(1);
        Ga4Row row = r.rows().get(0);
        assertThat(row.dimension("sessionSource")).isEqualTo("douyin");
        assertThat(row.count("sessions")).hasValue(2);
        assertThat(row.count("totalUsers")).hasValue(2);
        assertThat(row.money("purchaseRevenue")).contains(Money.of("129.9", "USD"));
        assertThat(r.timeZone()).contains(ZoneId.of("UTC"));
        assertThatThrownBy(() -> row.count("purchaseRevenue")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("CURRENCY");
        assertThatThrownBy(() -> row.dimension("sessionMedium")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("sessionMedium");

        Ga4Quota q = r.quota().orElseThrow();
        assertThat(q.tokensPerDay()).contains(new Ga4QuotaStatus(1, Ga4Simulator.TOKENS_PER_DAY - 1));
        assertThat(q.concurrentRequests()).contains(new Ga4QuotaStatus(0, 10));
        Ga4Report second = ga4.runReport(bySource().build());
        assertThat(second.quota().orElseThrow().tokensPerDay()).contains(new Ga4QuotaStatus(1, Ga4Simulator.TOKENS_PER_DAY - 2));
        assertThat(ga4.lastQuota()).isEqualTo(second.quota());
    }

    @Test
    void all_rows_are_read_page_by_page_with_limit_and_offset_until_row_count() {
        for (int i = 0; i < 25; i++) {
            sim.visit("https://shop.example.com/p" + (100 + i), "u" + i, DAY.minusDays(i % 5));
        }
        Ga4ReportRequest request = Ga4ReportRequest.builder(WEEK).dimensions("pagePath").metrics("screenPageViews")
                .limit(10).build();
        Ga4Report first = ga4.runReport(request);
        assertThat(first.rows()).hasSize(10);
        assertThat(first.rowCount()).isEqualTo(25);
        assertThat(first.hasMoreAfter(0)).isTrue();

        int before = sim.apiRequests();
        Ga4Report all = ga4.runReportAllRows(request, 1000);
        assertThat(sim.apiRequests() - before).as("pages of 10, 10 and 5").isEqualTo(3);
        assertThat(all.rows()).hasSize(25);
        assertThat(all.rows()).extracting(x -> x.dimension("pagePath")).doesNotHaveDuplicates();
        assertThat(all.rows()).allSatisfy(x -> assertThat(x.count("screenPageViews")).hasValue(1));
        assertThatThrownBy(() -> ga4.runReportAllRows(request, 20)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("maxRows");
    }

    @Test
    void batch_run_reports_answers_each_request_in_order_and_takes_at_most_five() {
        sim.visit("https://shop.example.com/a?utm_source=weibo&utm_medium=social&utm_campaign=c2", "u1", DAY);
        List<Ga4Report> reports = ga4.batchRunReports(List.of(bySource().build(),
                Ga4ReportRequest.builder(WEEK).dimensions("sessionCampaignName").metrics("sessions").build()));
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).rows().get(0).dimension("sessionSource")).isEqualTo("weibo");
        assertThat(reports.get(1).rows().get(0).dimension("sessionCampaignName")).isEqualTo("c2");
        List<Ga4ReportRequest> six = java.util.Collections.nCopies(6, bySource().build());
        assertThatThrownBy(() -> ga4.batchRunReports(six)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("requests");
    }

    @Test
    void resource_exhausted_is_retried_with_backoff_and_a_persistent_one_is_typed() {
        int before = sim.apiRequests();
        sim.failNext(Fault.RATE_LIMITED, 1);
        ga4.runReport(bySource().build());
        assertThat(sim.apiRequests() - before).isEqualTo(2);

        sim.failNext(Fault.RATE_LIMITED, 10);
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> ga4.runReport(bySource().build()));
        assertThat(e).isNotNull();
        assertThat(e.platformCode()).contains("RESOURCE_EXHAUSTED");
        assertThat(e.httpStatus()).hasValue(429);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void an_exhausted_daily_token_quota_is_a_typed_rate_limit_with_googles_message() {
        sim.tokensPerDay(2);
        ga4.runReport(bySource().build());
        ga4.runReport(bySource().build());
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> ga4.runReport(bySource().build()));
        assertThat(e).isNotNull();
        assertThat(e.platformMessage().orElseThrow()).contains("tokens per day");
    }

    @Test
    void a_401_refreshes_the_token_once_and_a_refused_service_account_fails_without_looping() throws Exception {
        ga4.runReport(bySource().build());
        assertThat(sim.tokenRequests()).isEqualTo(1);
        sim.expireTokens();
        ga4.runReport(bySource().build());
        assertThat(sim.tokenRequests()).isEqualTo(2);

        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String stranger = ServiceAccountJwtTest.keyFile(g.generateKeyPair(), sim.tokenUri());
        try (Ga4Connector wrongKey = Ga4TestSupport.connector(sim.baseUrl(), stranger, clock, Duration.ofSeconds(2))) {
            int tokensBefore = sim.tokenRequests();
            int apiBefore = sim.apiRequests();
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> wrongKey.runReport(bySource().build()));
            assertThat(e).isNotNull();
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("reader@p.iam.gserviceaccount.com").doesNotContain("PRIVATE KEY");
            assertThat(sim.tokenRequests() - tokensBefore).isEqualTo(1);
            assertThat(sim.apiRequests() - apiBefore).isZero();
        }
    }

    @Test
    void googles_error_statuses_are_typed_with_their_messages() {
        InvalidRequestException bad = catchThrowableOfType(InvalidRequestException.class, () -> ga4.runReport(
                Ga4ReportRequest.builder(WEEK).dimensions("utmFoo").metrics("sessions").build()));
        assertThat(bad).isNotNull();
        assertThat(bad.platformCode()).contains("INVALID_ARGUMENT");
        assertThat(bad.platformMessage().orElseThrow()).contains("utmFoo is not a valid dimension");

        Credentials other = Credentials.builder().identifier("propertyId", "987654321")
                .secret("serviceAccountJson", sim.serviceAccountJson()).build();
        try (Ga4Connector elsewhere = Ga4Connector.builder(ConnectorConfig.builder().credentials(other)
                .baseUrl(sim.baseUrl()).clock(clock).build()).build()) {
            assertThatThrownBy(() -> elsewhere.runReport(bySource().build())).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void bad_configuration_and_requests_fail_fast_naming_the_field() {
        Credentials noKey = Credentials.builder().identifier("propertyId", "123").build();
        assertThatThrownBy(() -> Ga4Connector.builder(ConnectorConfig.builder().credentials(noKey).build()).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("serviceAccountJson");
        Credentials badProperty = Credentials.builder().identifier("propertyId", "properties/123")
                .secret("serviceAccountJson", sim.serviceAccountJson()).build();
        assertThatThrownBy(() -> Ga4Connector.builder(ConnectorConfig.builder().credentials(badProperty).build()).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("propertyId");
        assertThatThrownBy(() -> Ga4ReportRequest.builder(WEEK).dimensions("date").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("metrics");
        assertThatThrownBy(() -> Ga4ReportRequest.builder(WEEK).metrics("sessions").limit(250_001))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> Ga4ReportRequest.builder(WEEK).metrics("sessions; drop")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("metrics");
        assertThatThrownBy(() -> ga4.contentMetrics().contentMetrics(AccountRef.of(Platform.GOOGLE_ANALYTICS, "1"), WEEK))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("account");
    }

    @Test
    void pages_are_content_with_views_viewers_and_conversions() {
        sim.markKeyEvent("generate_lead");
        sim.visit("https://shop.example.com/guide?utm_source=douyin&utm_medium=social&utm_campaign=c1", "u1", DAY);
        sim.visit("https://shop.example.com/guide", "u2", DAY);
        sim.visit("https://shop.example.com/guide", "u2", DAY.minusDays(1));
        List<ContentMetrics> m = ga4.contentMetrics().contentMetrics(ga4.account(), WEEK);
        assertThat(m).hasSize(2);
        ContentMetrics today = m.stream().filter(x -> x.day().equals(DAY)).findFirst().orElseThrow();
        assertThat(today.postId()).isEqualTo("/guide");
        assertThat(today.platform()).isEqualTo(Platform.GOOGLE_ANALYTICS);
        assertThat(today.count(Metric.VIEWS)).hasValue(2);
        assertThat(today.count(Metric.UNIQUE_VIEWERS)).hasValue(2);
        assertThat(today.count(Metric.CONVERSIONS)).hasValue(0);
    }

    @Test
    void measurement_protocol_sends_once_per_key_and_never_shows_the_api_secret() {
        sim.visit("https://shop.example.com/a?utm_source=douyin&utm_medium=social&utm_campaign=c1", "u1", DAY);
        Ga4EventBatch batch = Ga4EventBatch.of("u1", "wecom-order-88", Ga4Event.purchase("WX-88", Money.of("399", "USD")));
        Ga4Delivery d = ga4.sendEvents(batch);
        assertThat(d.events()).containsExactly("purchase");
        int before = sim.apiRequests();
        assertThat(ga4.sendEvents(batch)).isEqualTo(d);
        assertThat(sim.apiRequests()).as("a repeated key sends nothing").isEqualTo(before);
        assertThat(sim.collectedEvents()).singleElement().satisfies(e -> {
            assertThat(e.clientId()).isEqualTo("u1");
            assertThat(e.name()).isEqualTo("purchase");
            assertThat(e.params()).containsEntry("transaction_id", "WX-88").containsEntry("currency", "USD");
            assertThat((BigDecimal) e.params().get("value")).isEqualByComparingTo("399");
        });
        assertThat(sim.droppedRequests()).isZero();

        sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
        AmbiguousOutcomeException lost = catchThrowableOfType(AmbiguousOutcomeException.class,
                () -> ga4.sendEvents(Ga4EventBatch.of("u1", "wecom-order-89", Ga4Event.purchase("WX-89", Money.of("5", "USD")))));
        assertThat(lost).isNotNull();
        assertThat(lost.retryable()).isFalse();
        for (String shown : List.of(lost.toString(), String.valueOf(lost.getMessage()), lost.details().toString(),
                ga4.toString(), d.toString(), batch.toString())) {
            assertThat(shown).doesNotContain(Ga4Simulator.API_SECRET);
        }
    }

    @Test
    void a_wrong_api_secret_is_dropped_silently_as_google_does_and_validation_finds_nothing_in_a_valid_batch() {
        Credentials wrong = Credentials.builder().identifier("propertyId", Ga4Simulator.PROPERTY_ID)
                .secret("serviceAccountJson", sim.serviceAccountJson()).identifier("measurementId", Ga4Simulator.MEASUREMENT_ID)
                .secret("apiSecret", "not-the-secret").build();
        try (Ga4Connector c = Ga4Connector.builder(ConnectorConfig.builder().credentials(wrong).baseUrl(sim.baseUrl())
                .clock(clock).build()).build()) {
            Ga4EventBatch batch = Ga4EventBatch.of("u1", "k-1", Ga4Event.generateLead());
            c.sendEvents(batch);
            assertThat(sim.collectedEvents()).isEmpty();
            assertThat(sim.droppedRequests()).isEqualTo(1);
            assertThat(c.validateEvents(batch)).as("the validation server does not check api_secret").isEmpty();
        }
    }

    @Test
    void events_are_checked_against_the_documented_limits_before_sending() {
        assertThatThrownBy(() -> Ga4Event.of("_badEventName", Map.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Ga4Event.of("session_start", Map.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> Ga4Event.of("lead", Map.of("ga_source", "x"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ga_source");
        assertThatThrownBy(() -> Ga4Event.of("lead", Map.of("note", "x".repeat(101)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("params.note");
        assertThatThrownBy(() -> Ga4Event.purchase("T-1", Money.of("-1", "USD"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("value");
        Ga4Event lead = Ga4Event.generateLead();
        assertThatThrownBy(() -> new Ga4EventBatch("u1", null, null, java.util.Collections.nCopies(26, lead), "k"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("events");
        Ga4EventBatch old = Ga4EventBatch.of("u1", "k-2", lead).at(NOW.minus(Duration.ofHours(73)));
        assertThatThrownBy(() -> ga4.sendEvents(old)).isInstanceOf(InvalidValueException.class).hasMessageContaining("timestamp");
        Credentials noMp = Credentials.builder().identifier("propertyId", Ga4Simulator.PROPERTY_ID)
                .secret("serviceAccountJson", sim.serviceAccountJson()).build();
        try (Ga4Connector c = Ga4Connector.builder(ConnectorConfig.builder().credentials(noMp).baseUrl(sim.baseUrl()).build()).build()) {
            assertThatThrownBy(() -> c.sendEvents(Ga4EventBatch.of("u1", "k-3", lead))).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("measurementId");
        }
    }

    @Test
    void an_event_sent_with_a_time_lands_on_that_day_in_the_clients_session() {
        sim.visit("https://shop.example.com/a?utm_source=douyin&utm_medium=social&utm_campaign=c1", "u1", DAY.minusDays(2));
        ga4.sendEvents(Ga4EventBatch.of("u1", "k-1", Ga4Event.purchase("T-9", Money.of("10", "USD")))
                .at(NOW.minus(Duration.ofHours(48))));
        Ga4Report r = ga4.runReport(Ga4ReportRequest.builder(WEEK).dimensions("date", "sessionCampaignName")
                .metrics("transactions").filter("sessionCampaignName", "c1").build());
        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.dimension("date")).isEqualTo("20260616");
            assertThat(row.count("transactions")).hasValue(1);
        });
    }
}
