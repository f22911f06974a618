package io.github.mediaops.connector.tencentads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator;
import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator.DailyRow;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account reads against the stateful simulator: budget, funds and today's spend agreeing with the daily report. */
class TencentAdsAccountsTest {
    /** 2026-03-20 12:00 Beijing. */
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
