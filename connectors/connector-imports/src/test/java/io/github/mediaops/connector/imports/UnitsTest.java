package io.github.mediaops.connector.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "12345|12345",
            "12,345|12345",
            "1,234,567|1234567",
            "1.2w|12000",
            "1.2W|12000",
            "3.5万|35000",
            "1.1亿|110000000",
            "2.35亿|235000000",
            "1.5k|1500",
            "1.2M|1200000",
            "0.5千|500",
            "１２，３４５|12345",
            "' 3.5 万 '|35000",
            "12.30万|123000",
    })
    void reads_counts_exactly_with_magnitude_suffixes(String text, long expected) {
        assertThat(Units.count(text)).isEqualTo(expected);
    }

    @Test
    void keeps_decimals_exact_where_double_would_not() {
        // 1.1 * 1e8 in double is 110000000.00000001; 0.1 + 0.2 style errors must not appear
        assertThat(Units.decimal("1.1亿")).isEqualTo(new BigDecimal("110000000"));
        assertThat(Units.decimal("0.3")).isEqualTo(new BigDecimal("0.3"));
        assertThat(Units.decimal("1.23456w")).isEqualTo(new BigDecimal("12345.6"));
        assertThat(Units.decimal("-12.5")).isEqualTo(new BigDecimal("-12.5"));
    }

    @Test
    void reads_percentages_as_exact_fractions() {
        assertThat(Units.fraction("3.2%")).isEqualTo(new BigDecimal("0.032"));
        assertThat(Units.fraction("12.34%")).isEqualTo(new BigDecimal("0.1234"));
        assertThat(Units.fraction("100%")).isEqualTo(new BigDecimal("1"));
        assertThat(Units.fraction("３．２％")).isEqualTo(new BigDecimal("0.032"));
        assertThat(Units.fraction("5‰")).isEqualTo(new BigDecimal("0.005"));
        assertThat(Units.fraction("0.032")).isEqualTo(new BigDecimal("0.032"));
        assertThat(Units.fraction("-1.5%")).isEqualTo(new BigDecimal("-0.015"));
    }

    @Test
    void reads_lower_bounds_and_ranges() {
        Quantity plus = Units.quantity("10万+");
        assertThat(plus.low()).isEqualTo(new BigDecimal("100000"));
        assertThat(plus.high()).isEmpty();
        assertThat(plus.isExact()).isFalse();
        assertThat(plus).hasToString("100000+");
        assertThat(Units.quantity("10w以上")).isEqualTo(plus);

        Quantity range = Units.quantity("7.5w~10w");
        assertThat(range.low()).isEqualTo(new BigDecimal("75000"));
        assertThat(range.high()).contains(new BigDecimal("100000"));
        assertThat(Units.quantity("7.5万-10万")).isEqualTo(range);
        assertThat(Units.quantity("7.5万至10万")).isEqualTo(range);
        assertThat(Units.quantity("7.5万～10万")).isEqualTo(range);
        assertThat(Units.quantity("3.5万").isExact()).isTrue();
        assertThat(Units.quantity("3.5万")).isEqualTo(Units.quantity("35,000"));
    }

    @Test
    void refuses_bounds_and_ranges_where_one_exact_number_is_asked() {
        assertThatThrownBy(() -> Units.count("10万+")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lower bound").hasMessageContaining("10万+");
        assertThatThrownBy(() -> Units.decimal("1w~2w")).hasMessageContaining("a range");
        assertThatThrownBy(() -> Units.quantity("2w~1w")).hasMessageContaining("ends below its start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "12,34", "1.2.3", "万", "1.2x", "1.2ww", "%", "12%3"})
    void refuses_text_that_is_not_a_number(String text) {
        assertThatThrownBy(() -> Units.decimal(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(text);
    }

    @Test
    void refuses_counts_that_are_negative_fractional_or_too_large() {
        assertThatThrownBy(() -> Units.count("-3")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Units.count("1.5")).hasMessageContaining("whole");
        assertThatThrownBy(() -> Units.count("1.23456w")).hasMessageContaining("whole");
        assertThatThrownBy(() -> Units.count("99999999999亿")).hasMessageContaining("whole number within range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "--", "—", "/", "N/A", "null", "\u3000"})
    void knows_the_placeholders_that_mean_no_value(String text) {
        assertThat(Units.isBlank(text)).isTrue();
        assertThatThrownBy(() -> Units.count(text)).hasMessageContaining("no value");
    }

    @Test
    void zero_is_a_value_not_a_blank() {
        assertThat(Units.isBlank("0")).isFalse();
        assertThat(Units.count("0")).isZero();
    }

    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource(delimiter = '|', value = {
            "12|12", "12.5|12.5", "12.5s|12.5", "12.5秒|12.5", "1分23秒|83", "1分钟5秒|65", "1小时2分3秒|3723",
            "01:23|83", "1:02:03|3723", "2min|120", "0:07.5|7.5",
    })
    void reads_durations_in_seconds(String text, String seconds) {
        assertThat(Units.seconds(text)).isEqualByComparingTo(new BigDecimal(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1分钟x", "秒", "-3", "a:b"})
    void refuses_text_that_is_not_a_duration(String text) {
        assertThatThrownBy(() -> Units.seconds(text)).isInstanceOf(InvalidValueException.class);
    }
}
