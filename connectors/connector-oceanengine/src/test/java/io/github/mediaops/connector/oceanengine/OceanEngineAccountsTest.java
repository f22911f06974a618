package io.github.mediaops.connector.oceanengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account reads against the stateful simulator: the grant's accounts, budget modes and balances in yuan. */
class OceanEngineAccountsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-20T04:00:00Z"));
    private final OceanEngineSimulator sim = OceanEngineSimulator.builder().clock(clock).build();
    private final AccountRef advertiser = AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void an_agency_grant_lists_its_advertisers_and_its_douyin_account_with_the_sec_uid() {
        try (OceanEngineConnector c = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            String grantAccount = c.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER, "1760312309087999",
                    OceanEngineTestSupport.SEC_UID)).account();
            var list = c.accounts().authorizedAdvertisers(grantAccount);
            assertThat(list).extracting(OceanEngineAccounts.Advertiser::awemeSecUid)
                    .containsExactly(Optional.empty(), Optional.empty(), Optional.of(OceanEngineTestSupport.SEC_UID));
            assertThat(list.subList(0, 2)).extracting(OceanEngineAccounts.Advertiser::id)
                    .containsExactly(OceanEngineTestSupport.ADVERTISER, "1760312309087999");
            assertThat(list).allSatisfy(a -> assertThat(a.valid()).isTrue());
        }
    }

    @Test
    void an_unlimited_budget_is_empty_and_a_daily_budget_is_yuan() {
        try (OceanEngineConnector c = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            c.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER));
            OceanEngineAccounts.Budget none = c.accounts().budget(advertiser);
            assertThat(none.mode()).isEqualTo("BUDGET_MODE_INFINITE");
            assertThat(none.daily()).isEmpty();
            sim.setBudget(OceanEngineTestSupport.ADVERTISER, new BigDecimal("300.50"));
            OceanEngineAccounts.Budget day = c.accounts().budget(advertiser);
            assertThat(day.mode()).isEqualTo("BUDGET_MODE_DAY");
            assertThat(day.daily()).contains(Money.cny("300.50"));
        }
    }

    @Test
    void balances_are_yuan_and_the_total_is_cash_plus_grant() {
        sim.setFund(OceanEngineTestSupport.ADVERTISER, new BigDecimal("1000.25"), new BigDecimal("20"));
        try (OceanEngineConnector c = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            c.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER));
            OceanEngineAccounts.Fund f = c.accounts().fund(advertiser);
            assertThat(f.balance()).isEqualTo(Money.cny("1020.25"));
            assertThat(f.validBalance()).isEqualTo(Money.cny("1020.25"));
            assertThat(f.cash()).contains(Money.cny("1000.25"));
            assertThat(f.grant()).contains(Money.cny("20"));
        }
    }

    @Test
    void an_advertiser_outside_the_grant_is_refused_by_the_platform_as_a_permission_error() {
        try (OceanEngineConnector c = OceanEngineTestSupport.builder(sim, clock, Duration.ofSeconds(5))
                .tokenAccounts(id -> OceanEngineTestSupport.ADVERTISER).build()) {
            c.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER));
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> c.accounts().fund(AccountRef.of(Platform.OCEAN_ENGINE, "1760312309000000")));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains("40002");
        }
    }
}
