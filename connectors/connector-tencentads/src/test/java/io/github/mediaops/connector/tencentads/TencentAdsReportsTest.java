package io.github.mediaops.connector.tencentads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator.DailyRow;
import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.metrics.AdLevel;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connector against the stateful simulator: fen, levels, absence, pages, look-back, nonces and tokens, and the
 * account reads (budget, funds, today's spend agreeing with the daily report).
 */
class TencentAdsReportsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-20T04:00:00Z"));
    private final LocalDate today = LocalDate.parse("2026-03-20");
    private final TencentAdsSimulator sim = TencentAdsSimulator.builder().clock(clock).build();
    private final AccountRef account = AccountRef.of(Platform.TENCENT_ADS, TencentAdsTestSupport.ACCOUNT);

    @AfterEach
    void stop() {
        sim.close();
    }

    private TencentAdsConnector connect() {
        TencentAdsConnector c = TencentAdsTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build();
        c.authorize(sim.authorizationCode(TencentAdsTestSupport.ACCOUNT));
        return c;
    }

    @Test
    void cost_is_fen_and_counts_map_to_core_metrics_by_ad_group_and_creative() {
        LocalDate day = today.minusDays(1);
        sim.putDaily(account.accountId(), new DailyRow(day, "40000001", "4000000101", 123_456, 20_000L, 300L, 12L));
        sim.putDaily(account.accountId(), new DailyRow(day, "40000001", "4000000102", 544, 100L, 2L, 0L));
        try (TencentAdsConnector c = connect()) {
            List<AdPerformance> groups = c.adReports().adPerformance(account, DateRange.day(day));
            assertThat(groups).singleElement().satisfies(p -> {
                assertThat(p.campaignId()).isEqualTo("40000001");
                assertThat(p.ad()).contains("40000001");
                assertThat(p.spend()).as("124000 fen = 1240 yuan, not 124000 yuan").isEqualTo(Money.cny("1240"));
                assertThat(p.metrics()).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.IMPRESSIONS, 20_100.0,
                        Metric.CLICKS, 302.0, Metric.CONVERSIONS, 12.0));
                assertThat(p.costPerConversion().orElseThrow().amount()).isEqualByComparingTo("103.33333333");
            });
            List<AdPerformance> creatives = c.adReports().adPerformance(account, DateRange.day(day), AdLevel.CREATIVE);
            assertThat(creatives).extracting(p -> p.ad().orElseThrow()).containsExactly("4000000101", "4000000102");
            assertThat(creatives.get(0).spend()).isEqualTo(Money.cny("1234.56"));
            assertThat(creatives.get(1).spend()).isEqualTo(Money.cny("5.44"));
            assertThat(creatives.get(1).costPerConversion()).as("zero conversions: no cost per conversion").isEmpty();
            assertThat(creatives.get(1).metrics()).containsEntry(Metric.CONVERSIONS, 0.0);
        }
    }

    @Test
    void a_count_the_platform_left_out_stays_absent() {
        sim.putDaily(account.accountId(), new DailyRow(today.minusDays(1), "40000001", "4000000101", 100, 10L, null, null));
        try (TencentAdsConnector c = connect()) {
            AdPerformance p = c.adReports().adPerformance(account, DateRange.day(today.minusDays(1))).get(0);
            assertThat(p.metrics()).containsOnlyKeys(Metric.IMPRESSIONS);
        }
    }

    @Test
    void tencent_ads_3_has_no_campaign_level() {
        try (TencentAdsConnector c = connect()) {
            assertThatThrownBy(() -> c.adReports().adPerformance(account, DateRange.day(today), AdLevel.CAMPAIGN))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("campaign");
        }
    }

    @Test
    void more_rows_than_a_page_are_read_page_by_page_each_once() {
        LocalDate first = today.minusDays(90);
        for (int d = 0; d < 90; d++) {
            for (int g = 0; g < 12; g++) {
                sim.putDaily(account.accountId(), new DailyRow(first.plusDays(d), Integer.toString(50_000_000 + g),
                        Integer.toString(60_000_000 + g), 100, 1L, 1L, 1L));
            }
        }
        try (TencentAdsConnector c = connect()) {
            int before = sim.apiRequests();
            List<AdPerformance> rows = c.adReports().adPerformance(account, DateRange.of(first, today.minusDays(1)));
            assertThat(rows).hasSize(1080).extracting(p -> p.day() + "/" + p.campaignId()).doesNotHaveDuplicates();
            assertThat(sim.apiRequests() - before).as("1080 rows in pages of 1000").isEqualTo(2);
        }
    }

    @Test
    void days_beyond_the_one_year_look_back_are_not_asked_for() {
        sim.putDaily(account.accountId(), new DailyRow(today.minusDays(10), "40000001", "4000000101", 100, 1L, 1L, 1L));
        try (TencentAdsConnector c = connect()) {
            int before = sim.apiRequests();
            assertThat(c.adReports().adPerformance(account, DateRange.of(today.minusDays(800), today.minusDays(400)))).isEmpty();
            assertThat(sim.apiRequests()).isEqualTo(before);
            assertThat(c.adReports().adPerformance(account, DateRange.of(today.minusDays(800), today.minusDays(1)))).hasSize(1);
        }
    }

    @Test
    void every_call_carries_a_fresh_nonce_and_the_current_timestamp() {
        try (TencentAdsConnector c = connect()) {
            DateRange day = DateRange.day(today.minusDays(1));
            for (int i = 0; i < 5; i++) {
                c.adReports().adPerformance(account, day); // the simulator refuses a reused nonce with 12100
                clock.advance(Duration.ofMinutes(1));
            }
        }
    }

    @Test
    void a_refresh_keeps_the_refresh_token_and_its_expiry_ends_the_chain() {
        try (TencentAdsConnector c = connect()) {
            UserGrant first = c.grant(account.accountId()).orElseThrow();
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            c.adReports().adPerformance(account, DateRange.day(LocalDate.parse("2026-03-20")));
            UserGrant refreshed = c.grant(account.accountId()).orElseThrow();
            assertThat(refreshed.accessToken()).isNotEqualTo(first.accessToken());
            assertThat(refreshed.refreshToken()).isEqualTo(first.refreshToken());
            assertThat(refreshed.refreshExpiresAt()).isEqualTo(first.refreshExpiresAt());
            clock.advance(Duration.ofDays(30));
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                    () -> c.adReports().adPerformance(account, DateRange.day(LocalDate.parse("2026-04-19"))));
            assertThat(e).isNotNull();
        }
    }

    @Test
    void another_account_is_refused_by_the_platform_as_a_permission_error() {
        try (TencentAdsConnector c = connect()) {
            c.seed(new UserGrant("99999", c.grant(account.accountId()).orElseThrow().accessToken(),
                    clock.instant().plus(Duration.ofHours(1)), null, null, 0));
            assertThatThrownBy(() -> c.adReports().adPerformance(AccountRef.of(Platform.TENCENT_ADS, "99999"),
                    DateRange.day(today.minusDays(1)))).isInstanceOf(PermissionDeniedException.class);
        }
    }

    // ------------------------------------------------------------------ account reads (TencentAdsAccounts)

    @Test
    void a_daily_budget_is_read_in_fen_and_zero_is_unlimited() {
        try (TencentAdsConnector c = connect()) {
            assertThat(c.accounts().dailyBudget(account).daily()).as("never set: 0, unlimited").isEmpty();
            sim.setDailyBudget(account.accountId(), 500_050);
            assertThat(c.accounts().dailyBudget(account).daily()).contains(Money.cny("5000.50"));
        }
    }

    @Test
    void funds_come_back_one_per_type_in_fen() {
        sim.setFund(account.accountId(), "GENERAL_CASH", 120_000);
        sim.setFund(account.accountId(), "GENERAL_GIFT", 0);
        try (TencentAdsConnector c = connect()) {
            Map<String, Money> balances = c.accounts().funds(account).stream()
                    .collect(Collectors.toMap(TencentAdsAccounts.Fund::fundType, TencentAdsAccounts.Fund::balance));
            assertThat(balances).containsOnly(Map.entry("GENERAL_CASH", Money.cny("1200")), Map.entry("GENERAL_GIFT", Money.cny("0")));
        }
    }

    @Test
    void todays_spend_per_ad_group_agrees_with_the_daily_report_for_today() {
        sim.putDaily(account.accountId(), new DailyRow(today, "40000001", "4000000101", 12_345, 1_000L, 10L, 1L));
        sim.putDaily(account.accountId(), new DailyRow(today, "40000001", "4000000102", 655, 100L, 1L, 0L));
        sim.putDaily(account.accountId(), new DailyRow(today, "40000002", "4000000201", 9_999, 500L, 5L, 0L));
        sim.putDaily(account.accountId(), new DailyRow(today.minusDays(1), "40000001", "4000000101", 77_700, 9L, 1L, 0L));
        try (TencentAdsConnector c = connect()) {
            List<TencentAdsAccounts.AdGroupCost> now = c.accounts().realtimeCost(account, List.of("40000001", "40000002"));
            Map<String, Money> report = c.adReports().adPerformance(account, DateRange.day(today)).stream()
                    .collect(Collectors.toMap(AdPerformance::campaignId, AdPerformance::spend));
            assertThat(now).extracting(TencentAdsAccounts.AdGroupCost::adGroupId).containsExactly("40000001", "40000002");
            assertThat(now).allSatisfy(g -> assertThat(g.cost()).isEqualTo(report.get(g.adGroupId())));
            assertThat(now.get(0).cost()).as("13000 fen today; yesterday's 77700 is not today's").isEqualTo(Money.cny("130"));
            assertThat(c.accounts().realtimeCost(account, List.of("40000002"))).singleElement()
                    .satisfies(g -> assertThat(g.cost()).isEqualTo(Money.cny("99.99")));
        }
    }

    @Test
    void another_accounts_budget_is_refused_by_the_platform_as_a_permission_error() {
        try (TencentAdsConnector c = connect()) {
            // a token of account 25610 stored under 99999: the platform refuses it for 99999's account_id (12203)
            c.seed(new UserGrant("99999", c.grant(account.accountId()).orElseThrow().accessToken(),
                    clock.instant().plus(Duration.ofHours(1)), null, null, 0));
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> c.accounts().dailyBudget(AccountRef.of(Platform.TENCENT_ADS, "99999")));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains("12203");
        }
    }
}
