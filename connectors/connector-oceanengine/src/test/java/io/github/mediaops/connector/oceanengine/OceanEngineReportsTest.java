package io.github.mediaops.connector.oceanengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator.DouPlusRow;
import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator.FeedRow;
import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.PermissionDeniedException;
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

/** The connector against the stateful simulator: mapping, units, absence, windows, pages and the token chain. */
class OceanEngineReportsTest {
    /** 2026-03-20 12:00 in Beijing. */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-20T04:00:00Z"));
    private final LocalDate today = LocalDate.parse("2026-03-20");
    private final OceanEngineSimulator sim = OceanEngineSimulator.builder().clock(clock).build();
    private final AccountRef advertiser = AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER);

    @AfterEach
    void stop() {
        sim.close();
    }

    private OceanEngineConnector connect() {
        OceanEngineConnector c = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build();
        c.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER));
        return c;
    }

    private static FeedRow row(String day, String project, String promotion, String material, String cost, Long shows,
                               Long clicks, Long conversions) {
        return new FeedRow(LocalDate.parse(day), project, promotion, material, new BigDecimal(cost), shows, clicks, conversions);
    }

    @Test
    void stat_cost_is_yuan_and_counts_map_to_core_metrics_at_each_level() {
        sim.putFeed(advertiser.accountId(), row("2026-03-18", "P1", "A1", "M1", "1234", 50_000L, 900L, 30L));
        sim.putFeed(advertiser.accountId(), row("2026-03-18", "P1", "A1", "M2", "66.5", 2_000L, 40L, 2L));
        sim.putFeed(advertiser.accountId(), row("2026-03-18", "P1", "A2", "M3", "0.01", 1L, 0L, 0L));
        DateRange day = DateRange.day(LocalDate.parse("2026-03-18"));
        try (OceanEngineConnector c = connect()) {
            List<AdPerformance> creatives = c.adReports().adPerformance(advertiser, day, AdLevel.CREATIVE);
            assertThat(creatives).hasSize(3);
            AdPerformance m1 = creatives.get(0);
            assertThat(m1.campaignId()).isEqualTo("P1");
            assertThat(m1.ad()).contains("M1");
            assertThat(m1.spend()).as("1234 yuan, not 12.34").isEqualTo(Money.cny("1234"));
            assertThat(m1.metrics()).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.IMPRESSIONS, 50_000.0,
                    Metric.CLICKS, 900.0, Metric.CONVERSIONS, 30.0));
            assertThat(m1.costPerConversion().orElseThrow().amount()).as("1234 / 30 to 8 decimals").isEqualByComparingTo("41.13333333");
            assertThat(m1.zone()).isEqualTo(OceanEngineConnector.ZONE);

            List<AdPerformance> groups = c.adReports().adPerformance(advertiser, day);
            assertThat(groups).extracting(p -> p.ad().orElseThrow()).containsExactly("A1", "A2");
            assertThat(groups.get(0).spend()).isEqualTo(Money.cny("1300.5"));
            assertThat(groups.get(0).metrics()).containsEntry(Metric.CONVERSIONS, 32.0);

            List<AdPerformance> campaigns = c.adReports().adPerformance(advertiser, day, AdLevel.CAMPAIGN);
            assertThat(campaigns).singleElement().satisfies(p -> {
                assertThat(p.ad()).isEmpty();
                assertThat(p.spend()).isEqualTo(Money.cny("1300.51"));
                assertThat(p.metrics()).containsEntry(Metric.IMPRESSIONS, 52_001.0);
            });
        }
    }

    @Test
    void a_count_the_platform_did_not_report_stays_absent_and_zero_stays_zero() {
        sim.putFeed(advertiser.accountId(), row("2026-03-18", "P1", "A1", "M1", "10", 100L, 0L, null));
        try (OceanEngineConnector c = connect()) {
            AdPerformance p = c.adReports().adPerformance(advertiser, DateRange.day(LocalDate.parse("2026-03-18"))).get(0);
            assertThat(p.metrics()).containsEntry(Metric.CLICKS, 0.0).doesNotContainKey(Metric.CONVERSIONS);
            assertThat(p.costPerConversion()).as("no conversions reported: no cost per conversion").isEmpty();
        }
    }

    @Test
    void a_long_range_is_read_in_30_day_windows_of_100_row_pages_each_row_once() {
        LocalDate first = today.minusDays(75);
        for (int d = 0; d < 75; d++) {
            for (int a = 0; a < 5; a++) {
                sim.putFeed(advertiser.accountId(), row(first.plusDays(d).toString(), "P1", "A" + a, "M" + a, "1.00", 1L, 1L, 1L));
            }
        }
        try (OceanEngineConnector c = connect()) {
            int before = sim.apiRequests();
            List<AdPerformance> rows = c.adReports().adPerformance(advertiser, DateRange.of(first, today.minusDays(1)));
            assertThat(rows).hasSize(75 * 5);
            assertThat(rows).extracting(p -> p.day() + "/" + p.ad().orElseThrow()).doesNotHaveDuplicates();
            // windows of 30 + 30 + 15 days = 150 + 150 + 75 rows, pages of 100: 2 + 2 + 1 requests
            assertThat(sim.apiRequests() - before).isEqualTo(5);
        }
    }

    @Test
    void days_after_today_are_not_asked_for() {
        try (OceanEngineConnector c = connect()) {
            int before = sim.apiRequests();
            assertThat(c.adReports().adPerformance(advertiser, DateRange.of(today.plusDays(1), today.plusDays(9)))).isEmpty();
            assertThat(sim.apiRequests()).isEqualTo(before);
        }
    }

    @Test
    void refresh_rotates_the_refresh_token_and_a_second_instance_on_the_same_store_follows() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        try (OceanEngineConnector a = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5)).tokenStore(store).build();
             OceanEngineConnector b = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5)).tokenStore(store).build()) {
            UserGrant first = a.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER));
            clock.advance(Duration.ofDays(1).plusMinutes(1)); // the 1-day access token has expired
            DateRange day = DateRange.day(today.minusDays(1));
            a.adReports().adPerformance(advertiser, day);
            UserGrant rotated = a.grant(advertiser.accountId()).orElseThrow();
            assertThat(rotated.refreshToken()).isNotEqualTo(first.refreshToken());
            int tokenCalls = sim.tokenRequests();
            b.adReports().adPerformance(advertiser, day);
            assertThat(sim.tokenRequests()).as("b reads the rotated token from the shared store").isEqualTo(tokenCalls);
        }
    }

    @Test
    void when_the_refresh_token_has_expired_the_host_is_asked_to_reauthorise() {
        try (OceanEngineConnector c = connect()) {
            clock.advance(Duration.ofDays(31));
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                    () -> c.adReports().adPerformance(advertiser, DateRange.day(LocalDate.parse("2026-04-19"))));
            assertThat(e).isNotNull();
            assertThat(e.account()).isEqualTo(advertiser.accountId());
        }
    }

    @Test
    void an_agency_grant_is_shared_through_token_accounts_and_other_accounts_are_refused_by_the_platform() {
        String second = "1760312309087999";
        sim.putFeed(second, row("2026-03-18", "P9", "A9", "M9", "5", 1L, 1L, 1L));
        try (OceanEngineConnector c = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5))
                .tokenAccounts(id -> OceanEngineTestSupport.ADVERTISER).build()) {
            UserGrant g = c.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER, second));
            assertThat(g.account()).isEqualTo(OceanEngineTestSupport.ADVERTISER);
            assertThat(c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, second),
                    DateRange.day(LocalDate.parse("2026-03-18")))).singleElement()
                    .satisfies(p -> assertThat(p.advertiser().accountId()).isEqualTo(second));
            assertThatThrownBy(() -> c.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, "999"),
                    DateRange.day(LocalDate.parse("2026-03-18")))).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void dou_plus_orders_are_read_one_day_at_a_time_with_their_metrics() {
        sim.putDouPlus(OceanEngineTestSupport.SEC_UID, new DouPlusRow(LocalDate.parse("2026-03-17"), "700001", "800001",
                new BigDecimal("100"), Map.of("total_play", 12_000L, "dy_follow", 30L, "custom_like", 400L, "dp_target_convert_cnt", 12L)));
        sim.putDouPlus(OceanEngineTestSupport.SEC_UID, new DouPlusRow(LocalDate.parse("2026-03-18"), "700001", "800001",
                new BigDecimal("50.5"), Map.of("total_play", 5_000L)));
        sim.putDouPlus(OceanEngineTestSupport.SEC_UID, new DouPlusRow(LocalDate.parse("2026-03-18"), "700002", "800002",
                new BigDecimal("20"), Map.of("total_play", 900L, "dy_share", 3L)));
        AccountRef account = AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.SEC_UID);
        try (OceanEngineConnector c = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            c.authorize(sim.authorizationCode(OceanEngineTestSupport.SEC_UID));
            int before = sim.apiRequests();
            List<AdPerformance> rows = c.douPlus().adPerformance(account, DateRange.of(LocalDate.parse("2026-03-17"),
                    LocalDate.parse("2026-03-19")));
            assertThat(sim.apiRequests() - before).as("one request per day").isEqualTo(3);
            assertThat(rows).extracting(p -> p.day() + " " + p.campaignId() + " " + p.spend().amount().stripTrailingZeros().toPlainString())
                    .containsExactly("2026-03-17 700001 100", "2026-03-18 700001 50.5", "2026-03-18 700002 20");
            assertThat(rows.get(0).metrics()).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.VIEWS, 12_000.0,
                    Metric.FOLLOWS_GAINED, 30.0, Metric.LIKES, 400.0, Metric.CONVERSIONS, 12.0));
            assertThat(rows.get(1).metrics()).containsOnlyKeys(Metric.VIEWS);
            assertThat(rows).allSatisfy(p -> assertThat(p.ad()).isEmpty());
            assertThat(c.douPlus().adPerformance(account, DateRange.day(LocalDate.parse("2026-03-18")), AdLevel.AD_GROUP))
                    .extracting(p -> p.ad().orElseThrow()).containsExactly("800001", "800002");
            assertThatThrownBy(() -> c.douPlus().adPerformance(account, DateRange.day(LocalDate.parse("2026-03-18")), AdLevel.CREATIVE))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("level");
        }
    }

    @Test
    void an_account_of_another_platform_is_refused_before_any_call() {
        try (OceanEngineConnector c = connect()) {
            int before = sim.apiRequests();
            assertThatThrownBy(() -> c.adReports().adPerformance(AccountRef.of(Platform.TENCENT_ADS, "1"),
                    DateRange.day(today))).isInstanceOf(InvalidValueException.class).hasMessageContaining("advertiser");
            assertThat(sim.apiRequests()).isEqualTo(before);
        }
    }

    @Test
    void the_simulators_quota_answers_40110_which_is_typed_as_a_rate_limit() {
        try (OceanEngineSimulator limited = OceanEngineSimulator.builder().clock(clock).quotaPerMinute(1).build();
             OceanEngineConnector c = OceanEngineTestSupport.builder(limited, clock, Duration.ofSeconds(5)).build()) {
            c.authorize(limited.authorizationCode(OceanEngineTestSupport.ADVERTISER));
            DateRange day = DateRange.day(today.minusDays(1));
            c.adReports().adPerformance(advertiser, day);
            assertThatThrownBy(() -> c.adReports().adPerformance(advertiser, day))
                    .isInstanceOf(io.github.mediaops.core.connector.RateLimitedException.class)
                    .satisfies(e -> assertThat(((io.github.mediaops.core.connector.RateLimitedException) e).platformCode()).contains("40110"));
        }
    }
}
