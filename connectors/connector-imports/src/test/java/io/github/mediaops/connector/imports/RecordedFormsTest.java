package io.github.mediaops.connector.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cell forms that real exports written by other software use and that the importer read wrongly or not at
 * all before (each case names the export it was seen in; {@code src/test/resources/recorded/SOURCES.md} lists
 * the files). The rows here are written by the test in those forms; {@link RecordedFilesReplayTest} and
 * {@code RecordedRealExportsIT} read the recorded files themselves.
 */
class RecordedFormsTest {
    static final ColumnMap ONE = ColumnMap.builder().required("v", "value").build();

    private static ImportResult<ImportRow> rows(String csv, ZoneId zone) {
        return TableImporter.builder(ONE).zone(zone).build()
                .read(new ByteArrayInputStream(("value\n" + csv).getBytes(StandardCharsets.UTF_8)), TableFormat.CSV, row -> row);
    }

    private static ImportRow one(String cell, ZoneId zone) {
        ImportResult<ImportRow> r = rows(cell.contains(",") ? "\"" + cell + "\"" : cell, zone);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).hasSize(1);
        return r.rows().get(0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // X (Twitter) analytics tweet_activity_metrics_*.csv writes small rates in scientific notation
            "7.358351729212656E-4|0.0007358351729212656",
            "0.015571591340676035|0.015571591340676035",
            // a node-xlsx-stream workbook (FastExcel's test file xlsx-stream-d-date-cell.xlsx) and Excel's CSV of long ids
            "1.23456789e+22|12345678900000000000000",
            "1.23E+11|123000000000",
            "-2.5e-3|-0.0025",
    })
    void reads_scientific_notation_exactly(String text, String expected) {
        assertThat(Units.decimal(text)).isEqualByComparingTo(expected);
        assertThat(one(text, ZoneId.of("UTC")).decimal("v")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void a_count_written_with_a_decimal_point_as_x_analytics_writes_it_is_whole() {
        assertThat(Units.count("2633.0")).isEqualTo(2633);
        assertThat(Units.count("1.2e3")).isEqualTo(1200);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // YouTube Studio "Table data.csv": Video publish time
            "Oct 2, 2025|2025-10-02T00:00",
            "Mar 15, 2025|2025-03-15T00:00",
            "Dec 9, 2024|2024-12-09T00:00",
            // the stock-price export kept by Apache Commons CSV (CSV-107): d-Mon-yy, years 13 and 14
            "14-Mar-14|2014-03-14T00:00",
            "2-Jan-14|2014-01-02T00:00",
            "31-Dec-13|2013-12-31T00:00",
            // two-digit years as spreadsheets read them: 00-29 are 20xx, 30-99 are 19xx
            "1-Jan-29|2029-01-01T00:00",
            "1-Jan-30|1930-01-01T00:00",
            // full month names, a time, a 12-hour clock
            "October 2, 2025 10:30|2025-10-02T10:30",
            "2 October 2025|2025-10-02T00:00",
            "Sept 5, 2025|2025-09-05T00:00",
            "Oct 2, 2025 10:30 PM|2025-10-02T22:30",
            "Oct 2, 2025 12:05 AM|2025-10-02T00:05",
            "2024/1/15 10:30pm|2024-01-15T22:30",
    })
    void reads_english_month_names_and_twelve_hour_clocks(String text, String expected) {
        assertThat(one(text, ZoneId.of("Asia/Shanghai")).dateTime("v")).contains(LocalDateTime.parse(expected));
    }

    @Test
    void a_time_written_with_its_offset_is_that_instant_whatever_the_importer_zone() {
        // X analytics: "time" = "2019-01-31 23:32 +0000"
        ImportRow x = one("2019-01-31 23:32 +0000", ZoneId.of("Asia/Shanghai"));
        assertThat(x.instant("v")).contains(Instant.parse("2019-01-31T23:32:00Z"));
        assertThat(x.dateTime("v")).contains(LocalDateTime.parse("2019-02-01T07:32")); // in the importer's zone
        assertThat(x.date("v")).contains(LocalDate.of(2019, 2, 1));
        // ISO forms: Z (node-xlsx-stream writes t="d" cells so), +08:00, and UTC / GMT+8
        assertThat(one("2014-02-14T08:27:48.765Z", ZoneId.of("UTC")).instant("v")).contains(Instant.parse("2014-02-14T08:27:48Z"));
        assertThat(one("2024-01-15 10:30:00+08:00", ZoneId.of("UTC")).instant("v")).contains(Instant.parse("2024-01-15T02:30:00Z"));
        assertThat(one("2024-01-15 10:30 -0500", ZoneId.of("UTC")).instant("v")).contains(Instant.parse("2024-01-15T15:30:00Z"));
        assertThat(one("2024-01-15 10:30 UTC", ZoneId.of("Asia/Shanghai")).instant("v")).contains(Instant.parse("2024-01-15T10:30:00Z"));
        assertThat(one("2024-01-15 10:30 GMT+8", ZoneId.of("UTC")).instant("v")).contains(Instant.parse("2024-01-15T02:30:00Z"));
    }

    @Test
    void a_trailing_z_is_no_longer_silently_dropped_into_the_importer_zone() {
        // before: "...T19:30:03Z" matched the local pattern and was read as 19:30:03 in Asia/Shanghai, 8 hours off
        assertThat(one("2016-12-21T19:30:03Z", ZoneId.of("Asia/Shanghai")).instant("v")).contains(Instant.parse("2016-12-21T19:30:03Z"));
    }

    @Test
    void dates_without_an_offset_keep_the_importer_zone_and_a_date_is_not_an_offset() {
        ImportRow plain = one("2024-01-15 10:30:00", ZoneId.of("Asia/Shanghai"));
        assertThat(plain.instant("v")).contains(Instant.parse("2024-01-15T02:30:00Z"));
        assertThat(one("2024-01-15", ZoneId.of("UTC")).dateTime("v")).contains(LocalDateTime.parse("2024-01-15T00:00"));
        assertThat(one("2024年01月15日10时30分00秒", ZoneId.of("UTC")).dateTime("v")).contains(LocalDateTime.parse("2024-01-15T10:30"));
    }

    @Test
    void unknown_month_names_and_impossible_twelve_hour_times_are_row_problems_not_guesses() {
        for (String bad : new String[]{"Foo 2, 2025", "Oct 32, 2025", "Oct 2, 2025 13:00 PM", "2024-01-15 10:30 +2500"}) {
            ImportResult<Optional<LocalDateTime>> r = TableImporter.builder(ONE).build().read(
                    new ByteArrayInputStream(("value\n\"" + bad + "\"\n").getBytes(StandardCharsets.UTF_8)), TableFormat.CSV,
                    row -> row.dateTime("v"));
            assertThat(r.rows()).as(bad).isEmpty();
            assertThat(r.problems()).as(bad).singleElement().satisfies(p -> {
                assertThat(p.value()).isEqualTo(bad);
                assertThat(p.column()).isEqualTo("v");
            });
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // YouTube Studio: "Impressions click-through rate (%)", "Average percentage viewed (%)" hold percent points
            "6.19|0.0619",
            "100|1",
            "0|0",
            "14.29|0.1429",
            "6.19%|0.0619",
    })
    void percent_reads_columns_that_hold_percent_points(String text, String expected) {
        ImportRow row = one(text, ZoneId.of("UTC"));
        assertThat(row.percent("v")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void percent_and_fraction_differ_exactly_where_the_column_convention_differs() {
        ImportRow row = one("6.19", ZoneId.of("UTC"));
        assertThat(row.fraction("v")).contains(new BigDecimal("6.19"));
        assertThat(row.percent("v")).contains(new BigDecimal("0.0619"));
        assertThat(one("-", ZoneId.of("UTC")).percent("v")).isEmpty();
    }
}
