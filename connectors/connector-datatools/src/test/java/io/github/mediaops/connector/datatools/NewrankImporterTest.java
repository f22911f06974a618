package io.github.mediaops.connector.datatools;

import static io.github.mediaops.connector.datatools.TestFiles.exact;
import static io.github.mediaops.connector.datatools.TestFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.imports.ColumnMap;
import io.github.mediaops.connector.imports.ImportException;
import io.github.mediaops.connector.imports.ImportResult;
import io.github.mediaops.connector.imports.Quantity;
import io.github.mediaops.connector.imports.RowProblem;
import io.github.mediaops.connector.imports.SkippedRow;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Newrank rank lists in the shapes seen (platform-apis-2.md §6: the rank page's columns 账号名称, 账号ID,
 * 发布次数, 阅读数, 头条阅读数, 平均阅读数, 在看数/点赞数, 新榜指数; no official export sample exists). Expected
 * numbers are the units' definitions (万/w = 10⁴, 亿 = 10⁸), worked by hand in the comments.
 */
class NewrankImporterTest {
    @TempDir
    Path dir;

    private final NewrankImporter importer = NewrankImporter.builder().build();

    @Test
    void utf8_bom_csv_with_title_rows_units_blanks_a_bad_row_and_a_totals_row() throws IOException {
        Path file = TestFiles.csv(dir.resolve("新榜日榜.csv"), StandardCharsets.UTF_8, true,
                "新榜 · 微信公众号日榜",
                "榜单日期：2026-12-01",
                "排名,账号名称,账号ID,发布次数,发布篇数,阅读数,头条阅读数,平均阅读数,最高阅读数,在看数,点赞数,新榜指数",
                "1,人民日报,rmrbwx,1,8,523.1万,100万+,65.4w,10万+,\"12,345\",3.5万,\"1,019.5\"",
                "2,央视新闻,cctvnewscenter,2,10,1.1亿,-,1100万,--,,1.2W,998.2",
                "3,某个号,somebody,1,3,很多,1.2w,4000,8000,10,20,700.1",
                "4,后来的号,later,1,4,\"12,000\",6000,3000,6000,5,7,650",
                "合计,,,,,,,,,,,",
                "",
                "5,无ID号,,1,1,999,999,999,999,0,0,500");

        ImportResult<NewrankAccount> r = importer.read(file);

        assertThat(r.report().headerRow()).isEqualTo(3);
        assertThat(r.rows()).extracting(NewrankAccount::name).containsExactly("人民日报", "央视新闻", "后来的号", "无ID号");
        NewrankAccount first = r.rows().get(0);
        assertThat(first.row()).isEqualTo(4);
        assertThat(first.rank()).hasValue(1);
        assertThat(first.accountId()).contains("rmrbwx");
        assertThat(first.posts()).hasValue(1);
        assertThat(first.articles()).hasValue(8);
        assertThat(first.reads()).contains(exact("5231000"));                  // 523.1 × 10⁴
        assertThat(first.headlineReads()).contains(Quantity.atLeast(new BigDecimal("1000000"))); // 100万+
        assertThat(first.averageReads()).contains(exact("654000"));            // 65.4 × 10⁴
        assertThat(first.maxReads()).contains(Quantity.atLeast(new BigDecimal("100000")));
        assertThat(first.looks()).contains(exact("12345"));
        assertThat(first.likes()).contains(exact("35000"));
        assertThat(first.index()).contains(new BigDecimal("1019.5"));
        assertThat(first.account(Platform.WECHAT_OFFICIAL_ACCOUNT))
                .contains(AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "rmrbwx"));

        NewrankAccount second = r.rows().get(1);
        assertThat(second.reads()).contains(exact("110000000"));              // 1.1 × 10⁸
        assertThat(second.headlineReads()).isEmpty();                          // "-" is no value, not 0
        assertThat(second.maxReads()).isEmpty();                               // "--"
        assertThat(second.looks()).isEmpty();                                  // empty cell
        assertThat(second.likes()).contains(exact("12000"));                   // 1.2W
        assertThat(second.averageReads()).contains(exact("11000000"));

        assertThat(r.rows().get(3).accountId()).isEmpty();
        assertThat(r.rows().get(3).account(Platform.WECHAT_OFFICIAL_ACCOUNT)).isEmpty();
        assertThat(r.rows().get(3).looks()).contains(exact("0"));              // a real zero stays zero

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("reads");
            assertThat(p.header()).isEqualTo("阅读数");
            assertThat(p.value()).isEqualTo("很多");
        });
        assertThat(r.report().skipped()).containsExactly(new SkippedRow(8, "totals row (合计)"));
        assertThat(r.report().blankRows()).isEqualTo(1);
    }

    @Test
    void gbk_csv_with_header_variants_and_update_times_in_the_tools_zone() throws IOException {
        Path file = TestFiles.csv(dir.resolve("newrank-week.csv"), Charset.forName("GBK"), false,
                "名次,公众号,微信号,发文次数,总阅读数,头条阅读,平均阅读,总点赞数,总在看数,WCI,更新时间",
                "1,深夜食堂,shenye,7,31.6万,20.1万,4.5w,1.2k,800,812.36,2026-12-01 09:30:00",
                "2,早安咖啡,zaoan,6,\"98,765\",\"50,000\",\"16,460.8\",300,200,700,2026/12/1 23:05",
                "3,负数号,fushu,6,1000,500,-5,1,1,600,2026-12-01 08:00:00",
                "4,坏日期,huai,6,1000,500,100,1,1,600,2026-02-30 08:00:00",
                "5,尾部号,weibu,1,1000,1000,1000,1,1,500,20261201");

        ImportResult<NewrankAccount> r = importer.read(file);

        assertThat(r.rows()).extracting(NewrankAccount::accountId)
                .containsExactly(java.util.Optional.of("shenye"), java.util.Optional.of("zaoan"), java.util.Optional.of("weibu"));
        NewrankAccount a = r.rows().get(0);
        assertThat(a.posts()).hasValue(7);
        assertThat(a.reads()).contains(exact("316000"));
        assertThat(a.headlineReads()).contains(exact("201000"));
        assertThat(a.averageReads()).contains(exact("45000"));
        assertThat(a.likes()).contains(exact("1200"));                         // 1.2k
        assertThat(a.looks()).contains(exact("800"));
        assertThat(a.index()).contains(new BigDecimal("812.36"));
        // 09:30 in Beijing (UTC+8) is 01:30 UTC
        assertThat(a.updatedAt()).contains(Instant.parse("2026-12-01T01:30:00Z"));
        assertThat(r.rows().get(1).updatedAt()).contains(Instant.parse("2026-12-01T15:05:00Z"));
        assertThat(r.rows().get(1).averageReads()).contains(exact("16460.8"));  // an average need not be whole
        assertThat(r.rows().get(2).updatedAt()).contains(Instant.parse("2026-11-30T16:00:00Z"));

        assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "averageReads"),
                org.assertj.core.groups.Tuple.tuple(5, "updatedAt"));
        assertThat(r.problems().get(0).message()).contains("negative");
    }

    @Test
    void the_zone_is_configurable_for_a_host_that_exports_in_another_zone() throws IOException {
        Path file = TestFiles.csv(dir.resolve("tz.csv"), StandardCharsets.UTF_8, false,
                "账号名称,阅读数,更新时间", "号,1,2026-12-01 09:30:00");

        ImportResult<NewrankAccount> r = NewrankImporter.builder().zone(ZoneId.of("UTC")).build().read(file);

        assertThat(r.orThrow()).singleElement().satisfies(a ->
                assertThat(a.updatedAt()).contains(Instant.parse("2026-12-01T09:30:00Z")));
    }

    @Test
    void xlsx_with_numeric_and_text_cells_a_date_column_blanks_and_a_bad_row() throws IOException {
        Path file = TestFiles.xlsx(dir.resolve("新榜月榜.xlsx"), "月榜",
                row("新榜 · 2026年11月 月榜"),
                row(),
                row("排名", "账号名称", "账号ID", "发布次数", "阅读数", "头条阅读数", "平均阅读数", "点赞数", "在看数", "新榜指数", "日期"),
                row(1, "数值号", "shuzhi", 30, 2_500_000, 1_200_000, 83_333.3, 12_000, 9_000, 905.2, LocalDate.of(2026, 11, 1)),
                row(2, "文本号", "wenben", "28", "250.5万", "1.2亿", "3.5万", "1.5w", null, "880", "2026-11-01"),
                row(3, "坏行", "bad", 2.5, 1000, 1000, 500, 1, 1, 700, LocalDate.of(2026, 11, 1)),
                row(4, "坏行之后", "after", 1, 1000, 1000, 1000, 1, 1, 600, LocalDate.of(2026, 11, 1)),
                row(5, null, "noname", 1, 1000, 1000, 1000, 1, 1, 600, LocalDate.of(2026, 11, 1)));

        ImportResult<NewrankAccount> r = importer.read(file);

        assertThat(r.report().headerRow()).isEqualTo(3);
        assertThat(r.rows()).extracting(NewrankAccount::name).containsExactly("数值号", "文本号", "坏行之后");
        NewrankAccount n = r.rows().get(0);
        assertThat(n.reads()).contains(exact("2500000"));
        assertThat(n.averageReads()).contains(exact("83333.3"));
        assertThat(n.index()).contains(new BigDecimal("905.2"));
        assertThat(n.day()).contains(LocalDate.of(2026, 11, 1));
        NewrankAccount t = r.rows().get(1);
        assertThat(t.posts()).hasValue(28);
        assertThat(t.reads()).contains(exact("2505000"));                      // 250.5 × 10⁴
        assertThat(t.headlineReads()).contains(exact("120000000"));            // 1.2 × 10⁸
        assertThat(t.likes()).contains(exact("15000"));
        assertThat(t.looks()).isEmpty();
        assertThat(t.day()).contains(LocalDate.of(2026, 11, 1));
        assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "posts"),                // 2.5 publications is not a count
                org.assertj.core.groups.Tuple.tuple(8, "name"));                // the required name is blank
    }

    @Test
    void a_host_adds_its_own_header_spelling_without_a_release() throws IOException {
        Path file = TestFiles.csv(dir.resolve("own.csv"), StandardCharsets.UTF_8, false,
                "号名,阅读数", "自定义,2w");
        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(ImportException.class).hasMessageContaining("账号名称");

        ColumnMap own = NewrankImporter.COLUMNS.toBuilder().alias("name", "号名").build();
        ImportResult<NewrankAccount> r = NewrankImporter.builder().columns(own).build().read(file);

        assertThat(r.orThrow()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("自定义");
            assertThat(a.reads()).contains(exact("20000"));
        });
    }
}
