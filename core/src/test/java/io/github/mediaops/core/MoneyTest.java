package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_and_subtracts_exactly() {
        Money a = Money.cny("0.10");
        Money b = Money.cny("0.20");
        assertThat(a.plus(b)).isEqualTo(Money.cny("0.3"));
        assertThat(b.minus(a).minus(a)).isEqualTo(Money.cny("0"));
        assertThat(Money.cny("19.99").times(3)).isEqualTo(Money.cny("59.97"));
        assertThat(Money.cny("10").times(new BigDecimal("0.15"))).isEqualTo(Money.cny("1.5"));
    }

    @Test
    void equality_ignores_scale_but_not_currency() {
        assertThat(Money.cny("10.0")).isEqualTo(Money.cny("10.00")).hasSameHashCodeAs(Money.cny("10"));
        assertThat(Money.of("10", "USD")).isNotEqualTo(Money.cny("10"));
    }

    @Test
    void refuses_mixed_currency_arithmetic_and_comparison() {
        Money cny = Money.cny("1");
        Money usd = Money.of("1", "USD");
        assertThatThrownBy(() -> cny.plus(usd))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("USD").hasMessageContaining("CNY");
        assertThatThrownBy(() -> cny.minus(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> cny.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> cny.ratioTo(usd)).isInstanceOf(CurrencyMismatchException.class);
        CurrencyMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(CurrencyMismatchException.class,
                () -> cny.plus(usd));
        assertThat(e.expected()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(e.actual()).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    void divides_to_the_minor_unit_and_refuses_zero() {
        assertThat(Money.cny("100").dividedBy(3, RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("33.33"));
        assertThat(Money.of("100", "JPY").dividedBy(3, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("33", "JPY"));
        assertThatThrownBy(() -> Money.cny("1").dividedBy(0, RoundingMode.HALF_EVEN))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("zero");
    }

    @Test
    void ratio_is_revenue_over_spend() {
        assertThat(Money.cny("350").ratioTo(Money.cny("100"))).isEqualTo(3.5);
        assertThatThrownBy(() -> Money.cny("1").ratioTo(Money.cny("0.00"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejects_bad_amounts_and_currencies_naming_the_value() {
        assertThatThrownBy(() -> Money.of("12,5", "CNY"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"12,5\"")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("amount");
        assertThatThrownBy(() -> Money.of("1", "RMB"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"RMB\"");
        assertThatThrownBy(() -> new Money(null, Currency.getInstance("CNY")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("amount");
    }

    @Test
    void typed_amounts_may_not_have_more_decimals_than_the_currency() {
        assertThatThrownBy(() -> Money.cny("1.005"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"1.005\"").hasMessageContaining("CNY allows (2)")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("amount");
        assertThatThrownBy(() -> Money.of("100.5", "JPY")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("JPY allows (0)");
        assertThat(Money.cny("1.000").amount()).isEqualByComparingTo("1");   // trailing zeros are not decimals
        assertThat(Money.of("100", "JPY").amount()).isEqualByComparingTo("100");
    }

    @Test
    void rounds_half_even_to_minor_unit() {
        assertThat(Money.of(new java.math.BigDecimal("2.345"), "CNY").rounded().amount()).isEqualByComparingTo("2.34");
        assertThat(Money.of(new java.math.BigDecimal("2.355"), "CNY").rounded().amount()).isEqualByComparingTo("2.36");
    }

    @Test
    void compares_and_prints() {
        assertThat(Money.cny("2")).isGreaterThan(Money.cny("1.99"));
        assertThat(Money.cny("199.00").toString()).isEqualTo("199.00 CNY");
        assertThat(Money.cny("-3").signum()).isEqualTo(-1);
        assertThat(Money.cny("3").negate()).isEqualTo(Money.cny("-3"));
    }

    @Test
    void round_trips_through_json() {
        String json = Json.assertRoundTrip(Money.cny("1999.90"));
        assertThat(json).contains("\"CNY\"").contains("1999.9");
    }
}
