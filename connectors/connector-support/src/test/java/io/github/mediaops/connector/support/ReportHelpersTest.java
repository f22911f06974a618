package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link AmountUnit}, {@link ReportCells} and {@link ReportPages}: the generic parts of ad-report connectors. */
class ReportHelpersTest {
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    // ------------------------------------------------------------------ AmountUnit: the fen / yuan trap, both ways

    @Test
    void fen_are_hundredths_of_a_yuan() {
        assertThat(AmountUnit.FEN.parse("cost", "1234", CNY)).isEqualTo(Money.cny("12.34"));
        assertThat(AmountUnit.FEN.parse("cost", "1", CNY)).isEqualTo(Money.cny("0.01"));
        assertThat(AmountUnit.FEN.parse("cost", "0", CNY)).isEqualTo(Money.cny("0"));
    }

    @Test
    void yuan_are_taken_as_they_are() {
        assertThat(AmountUnit.YUAN.parse("stat_cost", "1234", CNY)).isEqualTo(Money.cny("1234"));
        assertThat(AmountUnit.YUAN.parse("stat_cost", "12.34", CNY)).isEqualTo(Money.cny("12.34"));
        assertThat(AmountUnit.YUAN.parse("stat_cost", "0.00", CNY)).isEqualTo(Money.cny("0"));
    }

    @Test
    void the_same_text_in_the_two_units_differs_a_hundredfold() {
        Money asYuan = AmountUnit.YUAN.parse("x", "1234", CNY);
        Money asFen = AmountUnit.FEN.parse("x", "1234", CNY);
        assertThat(asYuan.amount()).isEqualByComparingTo(asFen.amount().movePointRight(2));
    }

    @Test
    void a_yuan_value_with_decimals_where_fen_are_expected_is_refused_naming_the_field() {
        assertThatThrownBy(() -> AmountUnit.FEN.parse("cost", "12.34", CNY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("cost").hasMessageContaining("12.34").hasMessageContaining("major units");
        assertThat(AmountUnit.FEN.parse("cost", "1200.00", CNY)).as("trailing zeros are still whole fen")
                .isEqualTo(Money.cny("12"));
    }

    @Test
    void minor_units_follow_the_currency() {
        assertThat(AmountUnit.MINOR.parse("cost", "500", JPY)).isEqualTo(Money.of("500", "JPY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "-1", "1e", "--"})
    void what_is_not_a_non_negative_amount_is_refused(String text) {
        assertThatThrownBy(() -> AmountUnit.YUAN.parse("stat_cost", text, CNY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("stat_cost");
    }

    // ------------------------------------------------------------------ ReportCells: absent is not zero

    @Test
    void empty_cells_are_absent_and_zero_is_a_value() {
        for (String absent : new String[] {null, "", " ", "-", "--", "null"}) {
            assertThat(ReportCells.count("show_cnt", absent)).as(String.valueOf(absent)).isEmpty();
        }
        assertThat(ReportCells.count("show_cnt", "0")).contains(0L);
        assertThat(ReportCells.count("show_cnt", "1200")).contains(1200L);
        assertThat(ReportCells.count("show_cnt", "1200.0")).contains(1200L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "1.5", "x"})
    void counts_are_whole_and_non_negative(String text) {
        assertThatThrownBy(() -> ReportCells.count("click_cnt", text))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("click_cnt").hasMessageContaining(text);
    }

    @Test
    void ids_are_trimmed_and_zero_ids_are_absent() {
        assertThat(ReportCells.id(" 7300 ")).contains("7300");
        assertThat(ReportCells.id("0")).isEmpty();
        assertThat(ReportCells.id(null)).isEmpty();
    }

    @Test
    void a_rows_counts_become_core_metrics_and_absent_cells_stay_out() {
        Map<Metric, Double> m = ReportCells.counts(Map.of("show_cnt", "100", "click_cnt", "--", "convert_cnt", "0"),
                Map.of("show_cnt", Metric.IMPRESSIONS, "click_cnt", Metric.CLICKS, "convert_cnt", Metric.CONVERSIONS,
                        "total_play", Metric.VIEWS));
        assertThat(m).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.IMPRESSIONS, 100.0, Metric.CONVERSIONS, 0.0));
    }

    // ------------------------------------------------------------------ TokenResponses

    @Test
    void a_token_answer_without_its_token_or_lifetime_is_refused_typed_without_the_value() {
        assertThat(TokenResponses.required(Platform.TENCENT_ADS, "oauth/token", "access_token", "T")).isEqualTo("T");
        assertThat(TokenResponses.seconds(Platform.TENCENT_ADS, "oauth/token", "expires_in", " 86400 ")).isEqualTo(86_400L);
        assertThatThrownBy(() -> TokenResponses.required(Platform.TENCENT_ADS, "oauth/token", "access_token", " "))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("access_token")
                .hasMessageContaining("oauth/token");
        assertThatThrownBy(() -> TokenResponses.seconds(Platform.OCEAN_ENGINE, "oauth2", "expires_in", "soon"))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("expires_in").hasMessageContaining("soon");
        assertThatThrownBy(() -> TokenResponses.seconds(Platform.OCEAN_ENGINE, "oauth2", "expires_in", "0"))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("> 0");
    }

    // ------------------------------------------------------------------ ReportPages: windows and pages

    @Test
    void a_range_is_read_window_by_window_and_page_by_page() {
        List<String> calls = new ArrayList<>();
        DateRange days = DateRange.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-16")); // 75 days
        List<String> rows = ReportPages.collect(days, 30, 10, (window, page) -> {
            calls.add(window.start() + ".." + window.end() + "#" + page);
            int pages = window.days() == 30 ? 3 : 1;
            return new ReportPages.Page<>(List.of(window.start() + "/" + page), pages);
        });
        assertThat(calls).containsExactly(
                "2026-01-01..2026-01-30#1", "2026-01-01..2026-01-30#2", "2026-01-01..2026-01-30#3",
                "2026-01-31..2026-03-01#1", "2026-01-31..2026-03-01#2", "2026-01-31..2026-03-01#3",
                "2026-03-02..2026-03-16#1");
        assertThat(rows).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void an_empty_page_ends_the_window_whatever_total_it_announces() {
        List<Integer> pages = new ArrayList<>();
        ReportPages.collect(DateRange.day(LocalDate.parse("2026-01-01")), 30, 10, (w, p) -> {
            pages.add(p);
            return new ReportPages.Page<>(List.of(), 5);
        });
        assertThat(pages).containsExactly(1);
    }

    @Test
    void a_window_announcing_more_pages_than_the_guard_is_refused() {
        assertThatThrownBy(() -> ReportPages.collect(DateRange.day(LocalDate.parse("2026-01-01")), 30, 3,
                (w, p) -> new ReportPages.Page<>(List.of("row"), 1_000)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("more than 3 pages");
    }

    @Test
    void an_amount_cell_is_absent_when_empty_present_when_zero_and_required_names_the_field() {
        Currency cny = Currency.getInstance("CNY");
        assertThat(ReportCells.amount("cost", "--", AmountUnit.FEN, cny)).isEmpty();
        assertThat(ReportCells.amount("cost", null, AmountUnit.FEN, cny)).isEmpty();
        assertThat(ReportCells.amount("cost", "0", AmountUnit.FEN, cny)).contains(Money.of("0.00", "CNY"));
        assertThat(ReportCells.amount("cost", "1300", AmountUnit.FEN, cny)).contains(Money.of("13.00", "CNY"));
        assertThat(ReportCells.requiredAmount("budget", "100.01", AmountUnit.YUAN, cny)).isEqualTo(Money.of("100.01", "CNY"));
        assertThatThrownBy(() -> ReportCells.requiredAmount("budget", "", AmountUnit.YUAN, cny))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("budget");
        assertThatThrownBy(() -> ReportCells.amount("cost", "12.5", AmountUnit.FEN, cny))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cost");
    }

    @Test
    void a_text_cell_is_trimmed_and_empty_cells_are_absent() {
        assertThat(ReportCells.text("  CUSTOMER_STATUS_NORMAL ")).contains("CUSTOMER_STATUS_NORMAL");
        assertThat(ReportCells.text("-")).isEmpty();
        assertThat(ReportCells.text(null)).isEmpty();
    }
}
