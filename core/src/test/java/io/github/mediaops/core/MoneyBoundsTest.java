package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: Money refuses amounts whose scale or magnitude no currency needs, cheaply and with a short message.
 * The 30 s limits catch the unbounded work (expanding 10^999999999 takes far longer or exhausts memory) with room
 * for a loaded build machine; they are not a speed test.
 */
class MoneyBoundsTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void refuses_a_giant_magnitude_with_a_short_message() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> Money.cny("-1e999999999"))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).contains("amount"));
            assertThatThrownBy(() -> new Money(new BigDecimal("1e999999999"), CNY))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        });
    }

    @Test
    void refuses_a_giant_scale_quickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> new Money(new BigDecimal("1e-10000000"), CNY))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).contains("decimals"));
        });
    }

    @Test
    void accepts_the_documented_headroom_and_refuses_one_past_it() {
        assertThat(new Money(new BigDecimal("0.00000001"), CNY).amount()).isEqualByComparingTo("1e-8"); // 2 + 6
        assertThatThrownBy(() -> new Money(new BigDecimal("0.000000001"), CNY))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Money(new BigDecimal("999999999999999999.99"), CNY).signum()).isEqualTo(1);
        assertThatThrownBy(() -> new Money(new BigDecimal("1000000000000000000"), CNY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("-1e18"), CNY))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Money(new BigDecimal("1E+3"), CNY).amount()).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> new Money(new BigDecimal("0.0000001"), Currency.getInstance("JPY")))
                .isInstanceOf(InvalidValueException.class);   // JPY has 0 decimals: 0 + 6
    }

    @Test
    void trailing_zeros_beyond_the_headroom_are_dropped_and_absurd_digit_counts_refused() {
        assertThat(new Money(new BigDecimal("1.000000000000"), CNY).amount().scale()).isEqualTo(8);
        assertThat(new Money(new BigDecimal("1.000000000000"), CNY)).isEqualTo(Money.cny("1"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> new Money(new BigDecimal("1." + "0".repeat(200_000)), CNY))
                        .isInstanceOf(InvalidValueException.class)
                        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300)));
    }

    @Test
    void multiplying_by_a_long_fraction_rounds_to_the_headroom_instead_of_failing() {
        Money m = Money.cny("10").times(new BigDecimal("0.333333333333333333333"));
        assertThat(m.amount()).isEqualByComparingTo("3.33333333");
    }

    @Test
    void json_refuses_the_same_amounts() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> Json.MAPPER.readValue("{\"amount\":-1e999999999,\"currency\":\"CNY\"}", Money.class))
                    .isInstanceOf(JsonMappingException.class).hasRootCauseInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Json.MAPPER.readValue("{\"amount\":\"1e-10000000\",\"currency\":\"CNY\"}", Money.class))
                    .isInstanceOf(JsonMappingException.class).hasRootCauseInstanceOf(InvalidValueException.class);
        });
    }
}
