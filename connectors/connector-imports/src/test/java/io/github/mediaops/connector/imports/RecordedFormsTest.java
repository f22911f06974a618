package io.github.mediaops.connector.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

    @Test
    void decodes_the_xhhhh_escapes_excel_writes_for_a_carriage_return_in_a_cell() throws IOException {
        // Excel and Apache POI write a CR inside a cell as _x000D_ (ECMA-376 Part 1, 22.9.2.19), and a literal "_x" as
        // "_x005F_x"; FastExcel hands the escapes through, so titles read "第一行_x000D_" before this fix
        String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
                + "<si><t>标题</t></si><si><t xml:space=\"preserve\">第一行_x000D_\n第二行</t></si>"
                + "<si><r><t>rich_x000D_</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">\nrun</t></r></si>"
                + "<si><t>literal _x005F_x0041_ and _xZZZZ_ and _x41_</t></si></sst>";
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>inline_x000D_\nline</t></is></c></row>"
                + "</sheetData></worksheet>";
        ColumnMap title = ColumnMap.builder().required("title", "标题").build();
        ImportResult<String> r = TableImporter.builder(title).build().read(new ByteArrayInputStream(workbook(sst, sheet)),
                TableFormat.XLSX, row -> row.text("title").orElseThrow());
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).containsExactly("第一行\r\n第二行", "rich\r\nrun", "literal _x0041_ and _xZZZZ_ and _x41_", "inline\r\nline");
    }

    @Test
    void unescape_decodes_surrogate_pairs_and_leaves_everything_else() {
        assertThat(XlsxSource.unescape("a_xD83D__xDE00_b")).isEqualTo("a\uD83D\uDE00b");
        assertThat(XlsxSource.unescape("no escapes")).isEqualTo("no escapes");
        assertThat(XlsxSource.unescape("_x000D")).isEqualTo("_x000D");
        assertThat(XlsxSource.unescape("__x000A__")).isEqualTo("_\n_");
    }

    @Test
    void reads_iso_8601_date_cells_as_node_xlsx_stream_and_sheetjs_write_them() throws IOException {
        // FastExcel's own test file xlsx-stream-d-date-cell.xlsx holds <c r="B5" t="d" s="2"><v>2014-02-14T08:27:48.765Z</v></c>;
        // the reader refused the type with a bare IllegalStateException
        String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>date</t></si></sst>";
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"d\" s=\"2\"><v>2014-02-14T08:27:48.765Z</v></c></row>"
                + "<row r='3'><c r='A3' t='d'><v>2024-01-15T10:30:00</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>45306.4375</v></c></row>"
                + "</sheetData></worksheet>";
        ColumnMap date = ColumnMap.builder().required("date", "date").build();
        ImportResult<Instant> r = TableImporter.builder(date).zone(ZoneId.of("Asia/Shanghai")).build()
                .read(new ByteArrayInputStream(workbook(sst, sheet)), TableFormat.XLSX, row -> row.instant("date").orElseThrow());
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).containsExactly(Instant.parse("2014-02-14T08:27:48Z"),
                Instant.parse("2024-01-15T02:30:00Z"), // no offset written: the importer's zone
                Instant.parse("2024-01-15T02:30:00Z")); // the same moment as a serial number
    }

    @Test
    void a_cell_type_the_reader_does_not_know_is_a_typed_error_naming_the_sheet() throws IOException {
        String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>date</t></si></sst>";
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"q\"><v>1</v></c></row>"
                + "</sheetData></worksheet>";
        ColumnMap date = ColumnMap.builder().required("date", "date").build();
        TableImporter importer = TableImporter.builder(date).build();
        assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(workbook(sst, sheet)), TableFormat.XLSX,
                row -> row.text("date")))
                .isInstanceOf(ImportException.class).hasMessageContaining("sheet \"Sheet1\"").hasMessageContaining("after row 1");
    }

    /** A minimal workbook: the parts Excel writes, with the given shared strings and sheet. */
    private static byte[] workbook(String sharedStrings, String sheet) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        parts.put("xl/sharedStrings.xml", sharedStrings);
        parts.put("xl/worksheets/sheet1.xml", sheet);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + p.getValue()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
