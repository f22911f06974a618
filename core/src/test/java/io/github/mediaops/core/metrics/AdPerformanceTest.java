package io.github.mediaops.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.AdReports;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdPerformanceTest {
    private static final AccountRef ADVERTISER = AccountRef.of(Platform.OCEAN_ENGINE, "1760312309087432");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static AdPerformance row(String spend, Map<Metric, Double> metrics) {
        return new AdPerformance(ADVERTISER, "P1", "A1", LocalDate.parse("2026-03-18"), SHANGHAI, Money.cny(spend), metrics);
    }

    @Test
    void cost_per_conversion_is_spend_over_conversions() {
        assertThat(row("100", Map.of(Metric.CONVERSIONS, 8.0)).costPerConversion()).contains(Money.cny("12.5"));
        assertThat(row("100", Map.of(Metric.CONVERSIONS, 3.0)).costPerConversion().orElseThrow().amount())
                .isEqualByComparingTo("33.33333333");
    }

    @Test
    void no_conversions_reported_or_zero_conversions_give_no_cost_per_conversion() {
        assertThat(row("100", Map.of(Metric.CLICKS, 4.0)).costPerConversion()).isEmpty();
        assertThat(row("100", Map.of(Metric.CONVERSIONS, 0.0)).costPerConversion()).isEmpty();
    }

    @Test
    void a_connector_without_levels_refuses_a_level_naming_it() {
        AdReports flat = (advertiser, days) -> List.of();
        assertThatThrownBy(() -> flat.adPerformance(ADVERTISER, DateRange.day(LocalDate.parse("2026-03-18")), AdLevel.CREATIVE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("CREATIVE")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("level"));
    }
}
