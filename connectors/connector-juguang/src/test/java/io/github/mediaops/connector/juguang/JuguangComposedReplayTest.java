package io.github.mediaops.connector.juguang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * COMPOSED responses (not recorded by anyone: see {@code replay/SOURCES.md}), written from the wire types that
 * bububa/spotlight-mapi declares, served over loopback; expected values are read from the raw JSON (a Jackson tree),
 * never through the connector's own records. They are not counted as recorded replays.
 */
class JuguangComposedReplayTest {
    private static final Instant NOW = Instant.parse("2026-03-20T04:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ObjectMapper raw = new ObjectMapper();
    private final RecordedResponses replay = new RecordedResponses();
    private final AccountRef advertiser = AccountRef.of(Platform.XIAOHONGSHU, "5832176");

    @AfterEach
    void stop() {
        replay.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(RecordedResponses.file(resource));
    }

    private JuguangConnector connectorOnReplay() {
        return JuguangConnector.builder(JuguangTestSupport.config(replay.baseUrl(), "4700000001", "replay-secret", clock,
                Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
    }

    private JsonNode sent(int i) throws IOException {
        return raw.readTree(replay.received().get(i).body());
    }

    @Test
    void the_code_exchange_stores_the_grant_under_the_first_approved_advertiser_with_its_lifetimes() throws IOException {
        JsonNode d = rawJson("composed/oauth2_access_token.json").get("data");
        replay.enqueue(200, "composed/oauth2_access_token.json");
        try (JuguangConnector c = connectorOnReplay()) {
            UserGrant g = c.authorize("auth-code-1");
            assertThat(g.account()).isEqualTo(d.get("approval_advertisers").get(0).get("advertiser_id").asText());
            assertThat(g.accessToken().reveal()).isEqualTo(d.get("access_token").asText());
            assertThat(g.accessExpiresAt()).isEqualTo(NOW.plusSeconds(d.get("access_token_expires_in").asLong()));
            assertThat(g.refreshToken().reveal()).isEqualTo(d.get("refresh_token").asText());
            assertThat(g.refreshExpiresAt()).isEqualTo(NOW.plusSeconds(d.get("refresh_token_expires_in").asLong()));
            assertThat(g.toString()).doesNotContain(d.get("access_token").asText(), d.get("refresh_token").asText());
        }
        assertThat(replay.received()).hasSize(1);
        assertThat(replay.received().get(0).uri()).isEqualTo("/oauth2/access_token");
        JsonNode body = sent(0);
        assertThat(body.get("app_id").isNumber()).isTrue();
        assertThat(body.get("app_id").asLong()).isEqualTo(4700000001L);
        assertThat(body.get("secret").asText()).isEqualTo("replay-secret");
        assertThat(body.get("auth_code").asText()).isEqualTo("auth-code-1");
    }

    @Test
    void a_refresh_with_quoted_lifetimes_then_a_creative_report_with_mixed_number_shapes() throws IOException {
        JsonNode refreshed = rawJson("composed/oauth2_refresh_token.json").get("data");
        JsonNode rows = rawJson("composed/offline_creativity.json").get("data").get("data_list");
        replay.enqueue(200, "composed/oauth2_refresh_token.json");
        replay.enqueue(200, "composed/offline_creativity.json");
        List<JuguangCreativeDay> days;
        try (JuguangConnector c = connectorOnReplay()) {
            c.seed(new UserGrant(advertiser.accountId(), Secret.of("old-access"), NOW.minusSeconds(1),
                    Secret.of("old-refresh"), NOW.plus(Duration.ofDays(3)), 0));
            days = c.creativeDays(advertiser, DateRange.day(LocalDate.parse("2026-03-18")));
            UserGrant g = c.grant(advertiser.accountId()).orElseThrow();
            assertThat(g.refreshToken().reveal()).isEqualTo(refreshed.get("refresh_token").asText());
            assertThat(g.refreshExpiresAt()).isEqualTo(NOW.plusSeconds(refreshed.get("refresh_token_expires_in").asLong()));
        }
        assertThat(replay.received().get(0).uri()).isEqualTo("/oauth2/refresh_token");
        assertThat(sent(0).get("refresh_token").asText()).isEqualTo("old-refresh");
        assertThat(replay.received().get(1).uri()).isEqualTo("/jg/data/report/offline/creativity");
        JsonNode req = sent(1);
        assertThat(req.get("advertiser_id").asLong()).isEqualTo(5832176L);
        assertThat(req.get("start_date").asText()).isEqualTo("2026-03-18");
        assertThat(req.get("end_date").asText()).isEqualTo("2026-03-18");
        assertThat(req.get("time_unit").asText()).isEqualTo("DAY");
        assertThat(req.get("page_num").asInt()).isEqualTo(1);
        assertThat(req.get("page_size").asInt()).isEqualTo(1000);

        assertThat(days).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            JuguangCreativeDay d = days.get(i);
            assertThat(d.performance().campaignId()).isEqualTo(r.get("campaign_id").asText());
            assertThat(d.performance().adId()).isEqualTo(r.get("creativity_id").asText());
            assertThat(d.performance().day()).isEqualTo(LocalDate.parse(r.get("time").asText()));
            assertThat(d.performance().spend()).isEqualTo(Money.of(new BigDecimal(r.get("fee").asText()), "CNY"));
            assertThat(d.performance().metrics().get(Metric.IMPRESSIONS)).isEqualTo(r.get("impression").asDouble());
            assertThat(d.note().orElse(null)).isEqualTo(r.hasNonNull("note_id") ? r.get("note_id").asText() : null);
            assertThat(d.performance().metrics().containsKey(Metric.CLICKS)).isEqualTo(r.has("click"));
        }
        assertThat(days.get(0).performance().metrics().get(Metric.SAVES)).isEqualTo(rows.get(0).get("collect").asDouble());
        assertThat(days.get(0).performance().metrics().get(Metric.COMMENTS)).isEqualTo(rows.get(0).get("comment").asDouble());
    }

    @Test
    void a_coded_refusal_keeps_the_platform_code_and_message() throws IOException {
        JsonNode e = rawJson("composed/error_code.json");
        replay.enqueue(200, "composed/error_code.json");
        try (JuguangConnector c = connectorOnReplay()) {
            c.seed(new UserGrant(advertiser.accountId(), Secret.of("access"), NOW.plus(Duration.ofHours(1)),
                    Secret.of("refresh"), NOW.plus(Duration.ofDays(3)), 0));
            InvalidRequestException x = catchThrowableOfType(InvalidRequestException.class,
                    () -> c.adReports().adPerformance(advertiser, DateRange.day(LocalDate.parse("2026-03-18"))));
            assertThat(x).isNotNull();
            assertThat(x.details().platformCode()).contains(e.get("code").asText());
            assertThat(x.getMessage()).contains(e.get("message").asText());
        }
        assertThat(replay.received()).hasSize(1); // an invalid request is not retried
    }
}
