package io.github.mediaops.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.kpi.KpiCatalog;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignTest {
    private static final DateRange DOUBLE_11 = DateRange.of(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 11));

    private static Campaign.Builder base() {
        return Campaign.builder("cmp-1111", "双11 预热", CampaignType.LAUNCH_WARM_UP)
                .period(DOUBLE_11)
                .channel(Platform.DOUYIN)
                .channel(Platform.XIAOHONGSHU)
                .budget(Money.cny("50000"));
    }

    @Test
    void builds_with_zero_spend_in_the_budget_currency() {
        Campaign c = base()
                .goal(new KpiTarget(KpiCatalog.ROAS.id(), 3.0, DOUBLE_11))
                .partner(new Partner(PartnerKind.KOL, "穿搭博主小林", AccountRef.of(Platform.DOUYIN, "kol_1")))
                .partner(Partner.of(PartnerKind.AD_PLATFORM, "Ocean Engine"))
                .build();
        assertThat(c.spend()).isEqualTo(Money.cny("0"));
        Campaign spent = c.addSpend(Money.cny("12000")).addSpend(Money.cny("40000"));
        assertThat(spent.remainingBudget()).isEqualTo(Money.cny("0"));
        assertThat(spent.overspend()).isEqualTo(Money.cny("2000"));
        assertThat(spent.overspent()).isTrue();
        assertThat(c.addSpend(Money.cny("30000")).remainingBudget()).isEqualTo(Money.cny("20000"));
        assertThat(c.addSpend(Money.cny("30000")).overspend()).isEqualTo(Money.cny("0"));
        Json.assertRoundTrip(spent);
    }

    @Test
    void the_builder_names_every_missing_part_at_once() {
        assertThatThrownBy(() -> Campaign.builder("c", " ", CampaignType.OTHER).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("campaign c is missing name, period, budget, channels")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("name, period, budget, channels");
    }

    @Test
    void refuses_mixed_currencies_and_negative_money() {
        assertThatThrownBy(() -> base().spend(Money.of("10", "USD")).build())
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD");
        assertThatThrownBy(() -> base().budget(Money.cny("-1")).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("budget");
        Campaign c = base().build();
        assertThatThrownBy(() -> c.addSpend(Money.cny("-5"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> c.addSpend(Money.of("5", "EUR"))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refuses_goals_outside_the_period_and_no_channels() {
        KpiTarget december = new KpiTarget("views", 1e6, DateRange.monthOf(LocalDate.of(2026, 12, 1)));
        assertThatThrownBy(() -> base().goal(december).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> Campaign.builder("c", "n", CampaignType.OTHER).period(DOUBLE_11)
                .budget(Money.cny("1")).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> new KpiTarget("views", Double.NaN, DOUBLE_11))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("NaN");
    }
}
