package io.github.mediaops.connector.juguang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.juguang.simulator.JuguangSimulator;
import io.github.mediaops.connector.juguang.simulator.JuguangSimulator.CreativeRow;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.metrics.AdLevel;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connector against the stateful simulator: mapping, units, note ids, windows, pages and the token chain. */
class JuguangReportsTest {
    /** 2026-03-20 12:00 in Beijing. */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-20T04:00:00Z"));
    private final JuguangSimulator sim = JuguangSimulator.builder().clock(clock).accessTtl(Duration.ofHours(2)).build();
    private final AccountRef advertiser = AccountRef.of(Platform.XIAOHONGSHU, JuguangTestSupport.ADVERTISER);

    @AfterEach
    void stop() {
        sim.close();
    }

    private JuguangConnector connect() {
        JuguangConnector c = JuguangTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build();
        c.authorize(sim.authorizationCode(JuguangTestSupport.ADVERTISER));
        return c;
    }

    private static CreativeRow row(String day, String campaign, String unit, String creative, String note, String fee,
                                   Map<String, Long> metrics) {
        return new CreativeRow(LocalDate.parse(day), campaign, unit, creative, note, new BigDecimal(fee), metrics);
    }

    private static DateRange days(String first, String last) {
        return DateRange.of(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void creative_rows_carry_fee_in_yuan_the_metrics_and_the_promoted_note() {
        sim.put(advertiser.accountId(), row("2026-03-18", "11", "21", "31", "64f1a2b3000000001e03c2aa", "123.45",
                Map.of("impression", 50_000L, "click", 900L, "like", 31L, "collect", 12L, "comment", 4L, "share", 2L,
                        "follow", 1L)));
        sim.put(advertiser.accountId(), row("2026-03-18", "11", "21", "32", null, "0.01", Map.of("impression", 3L)));

        List<JuguangCreativeDay> days = connect().creativeDays(advertiser, days("2026-03-18", "2026-03-18"));

        assertThat(days).hasSize(2);
        JuguangCreativeDay note = days.get(0);
        assertThat(note.note()).contains("64f1a2b3000000001e03c2aa");
        AdPerformance p = note.performance();
        assertThat(p.campaignId()).isEqualTo("11");
        assertThat(p.adId()).isEqualTo("31");
        assertThat(p.day()).isEqualTo(LocalDate.parse("2026-03-18"));
        assertThat(p.zone()).isEqualTo(JuguangConnector.ZONE);
        assertThat(p.spend()).isEqualTo(Money.cny("123.45"));
        assertThat(p.metrics()).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.IMPRESSIONS, 50_000.0, Metric.CLICKS, 900.0,
                Metric.LIKES, 31.0, Metric.SAVES, 12.0, Metric.COMMENTS, 4.0, Metric.SHARES, 2.0, Metric.FOLLOWS_GAINED, 1.0));
        assertThat(days.get(1).note()).isEmpty();
        assertThat(days.get(1).performance().spend()).isEqualTo(Money.cny("0.01"));
        assertThat(days.get(1).performance().metrics()).containsOnlyKeys(Metric.IMPRESSIONS); // absent is not zero
    }

    @Test
    void campaign_and_unit_levels_read_their_own_reports() {
        sim.put(advertiser.accountId(), row("2026-03-18", "11", "21", "31", "n1", "10.10", Map.of("click", 5L)));
        sim.put(advertiser.accountId(), row("2026-03-18", "11", "21", "32", "n2", "2.02", Map.of("click", 1L)));
        sim.put(advertiser.accountId(), row("2026-03-18", "11", "22", "33", "n3", "0.30", Map.of("click", 2L)));
        JuguangConnector c = connect();
        DateRange d = days("2026-03-18", "2026-03-18");

        List<AdPerformance> campaigns = c.adReports().adPerformance(advertiser, d, AdLevel.CAMPAIGN);
        List<AdPerformance> units = c.adReports().adPerformance(advertiser, d, AdLevel.AD_GROUP);
        List<AdPerformance> creatives = c.adReports().adPerformance(advertiser, d);

        assertThat(campaigns).singleElement().satisfies(p -> {
            assertThat(p.ad()).isEmpty();
            assertThat(p.spend()).isEqualTo(Money.cny("12.42"));
            assertThat(p.metrics()).containsEntry(Metric.CLICKS, 8.0);
        });
        assertThat(units).extracting(AdPerformance::adId).containsExactly("21", "22");
        assertThat(units).extracting(AdPerformance::spend).containsExactly(Money.cny("12.12"), Money.cny("0.30"));
        assertThat(creatives).extracting(AdPerformance::adId).containsExactly("31", "32", "33");
        assertThat(sim.reportRequests()).containsExactly("campaign 2026-03-18..2026-03-18 1",
                "unit 2026-03-18..2026-03-18 1", "creativity 2026-03-18..2026-03-18 1");
    }

    @Test
    void long_ranges_are_read_in_windows_of_thirty_days_and_pages_of_a_thousand_rows_and_future_days_are_not_asked() {
        for (int i = 0; i < 1001; i++) {
            sim.put(advertiser.accountId(), row("2026-02-01", "11", "21", String.valueOf(100_000 + i), null, "1", Map.of()));
        }
        sim.put(advertiser.accountId(), row("2026-03-19", "11", "21", "31", null, "2", Map.of()));

        List<AdPerformance> rows = connect().adReports().adPerformance(advertiser, days("2026-01-15", "2026-04-30"));

        assertThat(rows).hasSize(1002);
        assertThat(sim.reportRequests()).containsExactly(
                "creativity 2026-01-15..2026-02-13 1", "creativity 2026-01-15..2026-02-13 2",
                "creativity 2026-02-14..2026-03-15 1", "creativity 2026-03-16..2026-03-20 1");
    }

    @Test
    void an_expired_access_token_is_refreshed_and_the_rotated_refresh_token_replaces_the_old_one() {
        sim.put(advertiser.accountId(), row("2026-03-18", "11", "21", "31", null, "1", Map.of()));
        JuguangConnector c = connect();
        Secret first = c.grant(advertiser.accountId()).orElseThrow().refreshToken();
        clock.advance(Duration.ofHours(3));

        assertThat(c.adReports().adPerformance(advertiser, days("2026-03-18", "2026-03-18"))).hasSize(1);

        assertThat(sim.tokenRequests()).isEqualTo(2); // the code exchange and one refresh
        Secret second = c.grant(advertiser.accountId()).orElseThrow().refreshToken();
        assertThat(second).isNotEqualTo(first);
        clock.advance(Duration.ofHours(3));
        assertThat(c.adReports().adPerformance(advertiser, days("2026-03-18", "2026-03-18"))).hasSize(1);
        assertThat(sim.tokenRequests()).isEqualTo(3); // the second refresh used the new refresh token and was accepted
    }

    @Test
    void a_refused_refresh_token_ends_in_reauthorization_without_looping() {
        JuguangConnector c = JuguangTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build();
        c.seed(new UserGrant(advertiser.accountId(), Secret.of("jg-at-stale"), clock.instant().minusSeconds(1),
                Secret.of("jg-rt-unknown"), clock.instant().plus(Duration.ofDays(10)), 0));

        assertThatThrownBy(() -> c.adReports().adPerformance(advertiser, days("2026-03-18", "2026-03-18")))
                .isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageNotContaining("jg-rt-unknown");
        assertThat(sim.tokenRequests()).isEqualTo(1);
    }

    @Test
    void advertiser_ids_must_be_numeric_xiaohongshu_accounts() {
        JuguangConnector c = connect();
        DateRange d = days("2026-03-18", "2026-03-18");
        assertThatThrownBy(() -> c.adReports().adPerformance(AccountRef.of(Platform.XIAOHONGSHU, "brand-x"), d))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("advertiser").hasMessageContaining("brand-x");
        assertThatThrownBy(() -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, "5832176"), d))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Xiaohongshu");
        assertThat(sim.apiRequests()).isZero();
    }

    @Test
    void a_non_numeric_app_id_is_refused_naming_the_field() {
        assertThatThrownBy(() -> JuguangConnector.builder(JuguangTestSupport.config(sim.baseUrl(), "app-x", "s", clock,
                Duration.ofSeconds(1))).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("appId").hasMessageContaining("app-x");
    }
}
