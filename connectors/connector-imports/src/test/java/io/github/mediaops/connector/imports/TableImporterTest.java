package io.github.mediaops.connector.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableImporterTest {
    record Post(String title, Optional<LocalDateTime> published, OptionalLong views, Optional<BigDecimal> rate) {
    }

    static final ColumnMap COLUMNS = ColumnMap.builder()
            .required("title", "标题", "笔记标题")
            .required("views", "阅读", "阅读数", "观看量")
            .optional("published", "发布时间", "首次发布时间")
            .optional("rate", "互动率")
            .build();

    static final RowMapper<Post> MAPPER = row -> new Post(row.text("title").orElseThrow(() -> row.missing("title")),
            row.dateTime("published"), row.count("views"), row.fraction("rate"));

    @TempDir
    Path dir;

    private Path csv(String name, String text, Charset cs, boolean bom) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            if (bom && cs.equals(StandardCharsets.UTF_8)) {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            } else if (bom && cs.equals(StandardCharsets.UTF_16LE)) {
                out.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
            }
            out.write(text.getBytes(cs));
        }
        return p;
    }

    @Test
    void reads_a_utf8_csv_with_notes_above_the_header_and_reports_the_bad_row_without_losing_its_neighbours() throws IOException {
        Path file = csv("posts.csv", String.join("\r\n",
                "数据导出,2024-01-01 至 2024-01-31",
                "",
                "笔记标题,首次发布时间,观看量,互动率,备注",
                "\"秋冬穿搭, 一周不重样\",2024年01月15日10时30分00秒,1.2w,3.2%,",
                "\"两行\n标题\",2024/1/16 9:05,\"12,345\",--,x",
                "第三篇,2024-01-17,很多,1%,",
                ",,,,",
                "第四篇,,3.5万,,") + "\r\n", StandardCharsets.UTF_8, true);

        ImportResult<Post> result = TableImporter.builder(COLUMNS).build().read(file, MAPPER);

        assertThat(result.rows()).extracting(Post::title).containsExactly("秋冬穿搭, 一周不重样", "两行\n标题", "第四篇");
        assertThat(result.rows().get(0).published()).contains(LocalDateTime.of(2024, 1, 15, 10, 30));
        assertThat(result.rows().get(0).views()).hasValue(12_000);
        assertThat(result.rows().get(0).rate()).contains(new BigDecimal("0.032"));
        assertThat(result.rows().get(1).published()).contains(LocalDateTime.of(2024, 1, 16, 9, 5));
        assertThat(result.rows().get(1).views()).hasValue(12_345);
        assertThat(result.rows().get(1).rate()).isEmpty();
        assertThat(result.rows().get(2).published()).isEmpty();
        assertThat(result.rows().get(2).views()).hasValue(35_000);

        ImportReport report = result.report();
        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.blankRows()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("views");
            assertThat(p.header()).isEqualTo("观看量");
            assertThat(p.value()).isEqualTo("很多");
            assertThat(p.message()).contains("row 6", "views", "观看量", "很多");
        });
        assertThatThrownBy(result::orThrow).isInstanceOf(ImportException.class).hasMessageContaining("row 6");
    }

    @Test
    void detects_gbk_csv_as_excel_on_chinese_windows_writes_it() throws IOException {
        Path file = csv("gbk.csv", "标题,阅读数\n国庆出游攻略,3.5万\n", Charset.forName("GBK"), false);
        List<Post> rows = TableImporter.builder(COLUMNS).build().read(file, MAPPER).orThrow();
        assertThat(rows).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("国庆出游攻略");
            assertThat(p.views()).hasValue(35_000);
        });
    }

    @Test
    void reads_utf16_tab_separated_text_as_excel_unicode_text_export() throws IOException {
        Path file = csv("u16.txt", "标题\t阅读\t发布时间\n早餐\t1.1亿\t2024-02-01 08:00\n", StandardCharsets.UTF_16LE, true);
        List<Post> rows = TableImporter.builder(COLUMNS).build().read(file, MAPPER).orThrow();
        assertThat(rows).singleElement().satisfies(p -> {
            assertThat(p.views()).hasValue(110_000_000);
            assertThat(p.published()).contains(LocalDateTime.of(2024, 2, 1, 8, 0));
        });
    }

    @Test
    void reads_an_xlsx_with_numeric_percent_date_and_text_cells_on_its_second_sheet() throws IOException {
        Path file = dir.resolve("posts.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "mediaops-test", "1.0")) {
            Worksheet notes = wb.newWorksheet("说明");
            notes.value(0, 0, "本表为笔记数据");
            Worksheet data = wb.newWorksheet("笔记数据");
            data.value(0, 0, "导出时间 2024-03-01");
            String[] header = {"标题", "发布时间", "阅读数", "互动率"};
            for (int c = 0; c < header.length; c++) {
                data.value(1, c, header[c]);
            }
            data.value(2, 0, "数值单元格");
            data.value(2, 1, LocalDateTime.of(2024, 2, 29, 18, 45, 30));
            data.style(2, 1).format("yyyy-mm-dd hh:mm:ss").set();
            data.value(2, 2, 12345);
            data.value(2, 3, 0.032);
            data.style(2, 3).format("0.0%").set();
            data.value(3, 0, "文本单元格");
            data.value(3, 1, "2024-03-01");
            data.value(3, 2, "2.5万");
            data.value(3, 3, "4.5%");
            data.value(4, 0, "空单元格");
            data.value(4, 2, 0);
            data.value(5, 0, "坏行");
            data.value(5, 2, "-7");
            data.value(6, 0, "坏行之后");
            data.value(6, 2, 8);
        }

        ImportResult<Post> result = TableImporter.builder(COLUMNS).build().read(file, MAPPER);

        assertThat(result.report().headerRow()).isEqualTo(2);
        assertThat(result.rows()).extracting(Post::title).containsExactly("数值单元格", "文本单元格", "空单元格", "坏行之后");
        Post numeric = result.rows().get(0);
        assertThat(numeric.published()).contains(LocalDateTime.of(2024, 2, 29, 18, 45, 30));
        assertThat(numeric.views()).hasValue(12_345);
        assertThat(numeric.rate()).contains(new BigDecimal("0.032"));
        Post text = result.rows().get(1);
        assertThat(text.published()).contains(LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(text.views()).hasValue(25_000);
        assertThat(text.rate()).contains(new BigDecimal("0.045"));
        Post empty = result.rows().get(2);
        assertThat(empty.views()).hasValue(0);
        assertThat(empty.published()).isEmpty();
        assertThat(empty.rate()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("views");
            assertThat(p.message()).contains("negative");
        });
    }

    @Test
    void reads_the_named_sheet_only() throws IOException {
        Path file = dir.resolve("two.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "mediaops-test", "1.0")) {
            for (String name : List.of("一月", "二月")) {
                Worksheet s = wb.newWorksheet(name);
                s.value(0, 0, "标题");
                s.value(0, 1, "阅读");
                s.value(1, 0, name + "笔记");
                s.value(1, 1, 1);
            }
        }
        List<Post> rows = TableImporter.builder(COLUMNS).sheet("二月").build().read(file, MAPPER).orThrow();
        assertThat(rows).extracting(Post::title).containsExactly("二月笔记");
        assertThatThrownBy(() -> TableImporter.builder(COLUMNS).sheet("三月").build().read(file, MAPPER))
                .isInstanceOf(ImportException.class).hasMessageContaining("三月").hasMessageContaining("一月");
    }

    @Test
    void interprets_date_times_in_the_configured_zone() throws IOException {
        Path file = csv("z.csv", "标题,阅读,发布时间\na,1,2024-01-15 10:30:00\n", StandardCharsets.UTF_8, false);
        ColumnMap columns = COLUMNS;
        List<Instant> shanghai = TableImporter.builder(columns).build()
                .<Instant>read(file, row -> row.instant("published").orElseThrow()).orThrow();
        List<Instant> utc = TableImporter.builder(columns).zone(ZoneId.of("UTC")).build()
                .<Instant>read(file, row -> row.instant("published").orElseThrow()).orThrow();
        assertThat(shanghai).containsExactly(Instant.parse("2024-01-15T02:30:00Z"));
        assertThat(utc).containsExactly(Instant.parse("2024-01-15T10:30:00Z"));
    }

    @Test
    void refuses_impossible_dates_as_row_problems() throws IOException {
        Path file = csv("d.csv", "标题,阅读,发布时间\na,1,2024-02-30\nb,2,2024-02-28\n", StandardCharsets.UTF_8, false);
        ImportResult<LocalDate> r = TableImporter.builder(COLUMNS).build()
                .read(file, row -> row.date("published").orElseThrow());
        assertThat(r.rows()).containsExactly(LocalDate.of(2024, 2, 28));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("row 2", "published", "2024-02-30"));
    }

    @Test
    void fails_the_whole_file_when_no_row_holds_the_required_headers() throws IOException {
        Path file = csv("nohead.csv", "名称,数量\na,1\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> TableImporter.builder(COLUMNS).build().read(file, MAPPER))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("title=[标题, 笔记标题]")
                .hasMessageContaining("views=")
                .hasMessageContaining("[名称, 数量]");
    }

    @Test
    void refuses_a_legacy_xls_file_by_name() throws IOException {
        Path file = dir.resolve("old.xls");
        Files.write(file, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> TableImporter.builder(COLUMNS).build().read(file, MAPPER))
                .isInstanceOf(ImportException.class).hasMessageContaining("legacy .xls");
    }

    @Test
    void refuses_a_header_row_that_names_one_column_twice() throws IOException {
        Path file = csv("dup.csv", "标题,阅读,阅读数\na,1,2\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> TableImporter.builder(COLUMNS).build().read(file, MAPPER))
                .isInstanceOf(ImportException.class).hasMessageContaining("appears twice").hasMessageContaining("阅读数");
    }

    @Test
    void records_deliberately_skipped_rows_and_rows_whose_values_break_a_rule() throws IOException {
        Path file = csv("s.csv", "标题,阅读\na,1\n合计,10\nb,2\n", StandardCharsets.UTF_8, false);
        ImportResult<Long> r = TableImporter.builder(COLUMNS).build().read(file, row -> {
            if (row.text("title").orElse("").equals("合计")) {
                throw row.skip("totals row");
            }
            long v = row.count("views").orElseThrow();
            if (v == 2) {
                throw new InvalidValueException("views", "views must be odd (was 2)");
            }
            return v;
        });
        assertThat(r.rows()).containsExactly(1L);
        assertThat(r.report().skipped()).containsExactly(new SkippedRow(3, "totals row"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("*");
            assertThat(p.message()).contains("row 4", "must be odd");
        });
        assertThat(r.report().summary()).isEqualTo("1 imported, 1 refused, 1 skipped, 0 blank (header at row 1)");
    }

    @Test
    void counts_problems_beyond_the_limit_instead_of_listing_them() throws IOException {
        StringBuilder text = new StringBuilder("标题,阅读\n");
        for (int i = 0; i < 5; i++) {
            text.append("t").append(i).append(",bad\n");
        }
        Path file = csv("many.csv", text.toString(), StandardCharsets.UTF_8, false);
        ImportReport report = TableImporter.builder(COLUMNS).maxProblems(2).build().forEach(file, MAPPER, p -> { });
        assertThat(report.problems()).extracting(RowProblem::row).containsExactly(2, 3);
        assertThat(report.problemsOmitted()).isEqualTo(3);
        assertThat(report.problemCount()).isEqualTo(5);
    }

    @Test
    void an_undeclared_column_key_is_a_programming_error_that_stops_the_import() throws IOException {
        Path file = csv("k.csv", "标题,阅读\na,1\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> TableImporter.builder(COLUMNS).build().read(file, row -> row.text("titel")))
                .isInstanceOf(ImportException.class).hasMessageContaining("titel").hasMessageContaining("declared");
    }

    @Test
    void streams_a_large_workbook_row_by_row() throws IOException {
        Path file = dir.resolve("large.xlsx");
        int n = 30_000;
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "mediaops-test", "1.0")) {
            Worksheet ws = wb.newWorksheet("data");
            ws.value(0, 0, "标题");
            ws.value(0, 1, "阅读数");
            for (int i = 1; i <= n; i++) {
                ws.value(i, 0, "t" + i);
                if (i % 2 == 0) {
                    ws.value(i, 1, i);                           // a number cell
                } else {
                    ws.value(i, 1, Integer.toString(i));         // a text cell
                }
            }
        }
        long[] sum = {0};
        ImportReport report = TableImporter.builder(COLUMNS).build().forEach(file, MAPPER, p -> sum[0] += p.views().getAsLong());
        assertThat(report.imported()).isEqualTo(n);
        assertThat(sum[0]).isEqualTo((long) n * (n + 1) / 2);
    }

    @Test
    void a_mapper_that_returns_null_stops_the_import_with_a_clear_error() throws IOException {
        Path file = csv("n.csv", "标题,阅读\na,1\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> TableImporter.builder(COLUMNS).build().read(file, row -> null))
                .isInstanceOf(ImportException.class).hasMessageContaining("returned null for row 2");
    }

    @Test
    void streams_rows_to_a_sink_from_an_input_stream_without_closing_it() {
        byte[] bytes = "标题,阅读\na,1\nb,2\n".getBytes(StandardCharsets.UTF_8);
        List<Post> seen = new ArrayList<>();
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ImportReport report = TableImporter.builder(COLUMNS).build().forEach(in, TableFormat.CSV, MAPPER, seen::add);
        assertThat(seen).extracting(Post::title).containsExactly("a", "b");
        assertThat(report.imported()).isEqualTo(2);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void column_maps_take_extra_spellings_and_refuse_one_spelling_for_two_columns() {
        ColumnMap more = COLUMNS.toBuilder().alias("views", "浏览量").build();
        assertThat(more.headers("views")).containsExactly("阅读", "阅读数", "观看量", "浏览量");
        assertThat(COLUMNS.headers("views")).doesNotContain("浏览量");
        assertThat(more.keyFor(" 浏览量 ")).isEqualTo("views");
        assertThat(more.keyFor("ＴＩＴＬＥ")).isNull();
        assertThat(ColumnMap.builder().required("t", "Title").build().keyFor("ＴＩＴＬＥ")).isEqualTo("t");
        assertThatThrownBy(() -> COLUMNS.toBuilder().optional("reads", "阅读").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("阅读").hasMessageContaining("views");
        assertThatThrownBy(() -> COLUMNS.toBuilder().alias("nope", "x")).hasMessageContaining("undeclared");
    }

    record Titled(Optional<String> table, String title, OptionalLong views) {
    }

    private static final String TWO_TABLES = String.join("\n",
            "抖音销量榜",
            "标题,阅读数",
            "a,1.2w",
            "单元格",
            "b,很多",
            "",
            "直播销量榜",
            "互动率,观看量,标题",
            "3.2%,7,c",
            "",
            "尾注");

    @Test
    void reads_several_tables_in_one_sheet_each_under_its_own_title_and_header_when_asked() throws IOException {
        Path file = csv("tables.csv", TWO_TABLES, StandardCharsets.UTF_8, true);
        ImportResult<Titled> r = TableImporter.builder(COLUMNS).multipleTables(true).build().read(file,
                row -> new Titled(row.table(), row.text("title").orElseThrow(() -> row.missing("title")), row.count("views")));

        assertThat(r.rows()).containsExactly(
                new Titled(Optional.of("抖音销量榜"), "a", OptionalLong.of(12_000)),
                // a one-cell row not followed by a header is data (here: no views, so it is kept with none)
                new Titled(Optional.of("抖音销量榜"), "单元格", OptionalLong.empty()),
                // the second table's columns sit elsewhere
                new Titled(Optional.of("直播销量榜"), "c", OptionalLong.of(7)));
        // row 5: a bad count; row 11: a trailing one-cell note lands in the second table's first column (互动率)
        assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "views"), org.assertj.core.groups.Tuple.tuple(11, "title"));
        assertThat(r.report().headerRow()).isEqualTo(2);
    }

    @Test
    void without_the_multiple_tables_option_a_second_header_is_read_as_data() throws IOException {
        Path file = csv("tables.csv", TWO_TABLES, StandardCharsets.UTF_8, false);
        ImportResult<Titled> r = TableImporter.builder(COLUMNS).build().read(file,
                row -> new Titled(row.table(), row.text("title").orElseThrow(() -> row.missing("title")), row.count("views")));

        // the second title row is data; the second header row is refused (观看量 under 阅读数 is not a number);
        // the second table's rows are read in the first table's columns
        assertThat(r.rows()).extracting(Titled::title).containsExactly("a", "单元格", "直播销量榜", "3.2%", "尾注");
        assertThat(r.rows()).allSatisfy(t -> assertThat(t.table()).contains("抖音销量榜"));
        assertThat(r.problems()).extracting(RowProblem::row).containsExactly(5, 8);
    }
}
