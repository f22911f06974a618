package io.github.mediaops.connector.datatools;

import static io.github.mediaops.connector.datatools.TestFiles.exact;
import static io.github.mediaops.connector.datatools.TestFiles.range;
import static io.github.mediaops.connector.datatools.TestFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mediaops.connector.imports.ImportResult;
import io.github.mediaops.connector.imports.Quantity;
import io.github.mediaops.connector.imports.RowProblem;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chanmama exports in the shapes parsers of them have met (platform-apis-2.md §6: several tables in one file
 * under title rows 抖音销量榜 / 直播销量榜 / 商品卡销量榜; GBK or UTF-8-SIG; values like 7.5w~10w, 1.2万,
 * 12.3%). Expected numbers are the units' definitions (w/万 = 10⁴, % = 1/100), worked by hand.
 */
class ChanmamaImporterTest {
    @TempDir
    Path dir;

    private final ChanmamaImporter importer = ChanmamaImporter.builder().build();

    @Test
    void utf8_sig_csv_with_three_tables_under_title_rows_ranges_percentages_blanks_and_a_bad_row() throws IOException {
        Path file = TestFiles.csv(dir.resolve("蝉妈妈销量榜.csv"), StandardCharsets.UTF_8, true,
                "抖音销量榜",
                "排名,商品,商品链接,商品分类,小店,品牌,佣金比例,转化率,昨日销量,周销量,近30天销量,销售额,关联达人,蝉妈妈链接",
                "1,保湿面霜 50g,https://haohuo.jinritemai.com/x?id=1,美妆护肤,某某旗舰店,某某,20%,12.3%,7.5w~10w,25w~50w,100w~250w,750w~1000w,1.2万,https://www.chanmama.com/promotionDetail/1",
                "2,纸巾 3层,https://haohuo.jinritemai.com/x?id=2,日用百货,-,,5.5%,--,1万~2.5万,10万+,\"12,345\",\"1,234,567.89\",88,",
                "3,坏佣金,https://haohuo.jinritemai.com/x?id=3,食品,店,牌,很高,1%,1,1,1,1,1,",
                "4,坏行之后,https://haohuo.jinritemai.com/x?id=4,食品,店,牌,1%,1%,1,1,1,1,1,",
                "",
                "直播销量榜",
                "排名,商品,小店,佣金比例,直播销售额,转化率,周销量",
                "1,直播爆款,直播店,30%,500w~750w,8%,5w~7.5w",
                "2,倒挂范围,直播店,30%,10w~5w,8%,1",
                "",
                "商品卡销量榜",
                "排名,商品,商品卡销售额,周销量",
                "1,商品卡好物,2.5w~5w,1000~2500",
                "合计,,,");

        ImportResult<ChanmamaProduct> r = importer.readProducts(file);

        assertThat(r.report().headerRow()).isEqualTo(2);
        assertThat(r.rows()).extracting(ChanmamaProduct::table, ChanmamaProduct::product).containsExactly(
                tuple(Optional.of("抖音销量榜"), "保湿面霜 50g"),
                tuple(Optional.of("抖音销量榜"), "纸巾 3层"),
                tuple(Optional.of("抖音销量榜"), "坏行之后"),
                tuple(Optional.of("直播销量榜"), "直播爆款"),
                tuple(Optional.of("商品卡销量榜"), "商品卡好物"));

        ChanmamaProduct cream = r.rows().get(0);
        assertThat(cream.row()).isEqualTo(3);
        assertThat(cream.rank()).hasValue(1);
        assertThat(cream.link()).contains("https://haohuo.jinritemai.com/x?id=1");
        assertThat(cream.category()).contains("美妆护肤");
        assertThat(cream.shop()).contains("某某旗舰店");
        assertThat(cream.brand()).contains("某某");
        assertThat(cream.commissionRate()).contains(new BigDecimal("0.2"));
        assertThat(cream.conversionRate()).contains(new BigDecimal("0.123"));
        assertThat(cream.salesYesterday()).contains(range("75000", "100000"));   // 7.5w~10w
        assertThat(cream.salesWeek()).contains(range("250000", "500000"));
        assertThat(cream.sales30Days()).contains(range("1000000", "2500000"));
        assertThat(cream.gmv()).contains(range("7500000", "10000000"));
        assertThat(cream.talents()).contains(exact("12000"));                    // 1.2万
        assertThat(cream.chanmamaLink()).contains("https://www.chanmama.com/promotionDetail/1");
        assertThat(cream.liveGmv()).isEmpty();                                   // not a column of this table

        ChanmamaProduct tissue = r.rows().get(1);
        assertThat(tissue.shop()).isEmpty();                                     // "-"
        assertThat(tissue.brand()).isEmpty();
        assertThat(tissue.conversionRate()).isEmpty();                           // "--" is no value, not 0
        assertThat(tissue.salesYesterday()).contains(range("10000", "25000"));   // 1万~2.5万
        assertThat(tissue.salesWeek()).contains(Quantity.atLeast(new BigDecimal("100000")));
        assertThat(tissue.sales30Days()).contains(exact("12345"));
        assertThat(tissue.gmv()).contains(exact("1234567.89"));
        assertThat(tissue.chanmamaLink()).isEmpty();

        ChanmamaProduct live = r.rows().get(3);                                  // the second table's own columns
        assertThat(live.row()).isEqualTo(10);
        assertThat(live.shop()).contains("直播店");
        assertThat(live.commissionRate()).contains(new BigDecimal("0.3"));
        assertThat(live.liveGmv()).contains(range("5000000", "7500000"));
        assertThat(live.conversionRate()).contains(new BigDecimal("0.08"));
        assertThat(live.salesWeek()).contains(range("50000", "75000"));
        assertThat(live.gmv()).isEmpty();

        ChanmamaProduct card = r.rows().get(4);
        assertThat(card.cardGmv()).contains(range("25000", "50000"));
        assertThat(card.salesWeek()).contains(range("1000", "2500"));

        assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value).containsExactly(
                tuple(5, "commissionRate", "很高"),
                tuple(11, "liveGmv", "10w~5w"));                                  // a range that ends below its start
        assertThat(r.report().skipped()).extracting(s -> s.row()).containsExactly(16);
        assertThat(r.report().blankRows()).isEqualTo(2);
    }

    @Test
    void gbk_talent_csv_with_header_variants_follower_units_and_a_bad_row() throws IOException {
        Path file = TestFiles.csv(dir.resolve("达人榜.csv"), Charset.forName("GBK"), false,
                "达人带货榜 2026-11-30",
                "序号,达人,抖音号,主营类目,粉丝总量,涨粉数,带货销量,带货销售额,客单价,直播场次,带货视频数,平均佣金比例,转化率,统计日期",
                "1,美妆小王,xiaowang01,美妆,1234.5w,3.2万,10w~25w,500w~750w,45.6,31,12,18.5%,3.2%,2026-11-30",
                "2,零食大李,dali_snacks,食品饮料,\"987,654\",-1000,1万~2.5万,100w~250w,,8,-,,,2026/11/30",
                "3,好物小张,zhang,家居,88.8万,5000,2500~5000,25w~50w,99,4,6,20%,1.5%,20261130",
                "4,,nobody,家居,1w,1,1,1,1,1,1,1%,1%,2026-11-30");

        ImportResult<ChanmamaTalent> r = importer.readTalents(file);

        assertThat(r.report().headerRow()).isEqualTo(2);
        assertThat(r.rows()).extracting(ChanmamaTalent::nickname).containsExactly("美妆小王", "好物小张");
        ChanmamaTalent wang = r.rows().get(0);
        assertThat(wang.table()).contains("达人带货榜 2026-11-30");
        assertThat(wang.douyinId()).contains("xiaowang01");
        assertThat(wang.account()).contains(AccountRef.of(Platform.DOUYIN, "xiaowang01"));
        assertThat(wang.category()).contains("美妆");
        assertThat(wang.followers()).contains(exact("12345000"));                 // 1234.5 × 10⁴
        assertThat(wang.followersGained()).contains(exact("32000"));
        assertThat(wang.sales()).contains(range("100000", "250000"));
        assertThat(wang.gmv()).contains(range("5000000", "7500000"));
        assertThat(wang.averagePrice()).contains(exact("45.6"));
        assertThat(wang.lives()).hasValue(31);
        assertThat(wang.videos()).hasValue(12);
        assertThat(wang.commissionRate()).contains(new BigDecimal("0.185"));
        assertThat(wang.conversionRate()).contains(new BigDecimal("0.032"));
        assertThat(wang.day()).contains(LocalDate.of(2026, 11, 30));
        ChanmamaTalent zhang = r.rows().get(1);
        assertThat(zhang.followers()).contains(exact("888000"));
        assertThat(zhang.sales()).contains(range("2500", "5000"));
        assertThat(zhang.day()).contains(LocalDate.of(2026, 11, 30));

        assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                tuple(4, "followersGained"),                                     // a negative gain is refused
                tuple(6, "nickname"));                                           // the required nickname is blank
        assertThat(r.problems().get(0).message()).contains("row 4", "涨粉数", "-1000", "negative");
    }

    @Test
    void xlsx_product_list_with_numeric_percent_cells_two_tables_and_a_bad_row() throws IOException {
        Path file = TestFiles.xlsx(dir.resolve("蝉妈妈.xlsx"), "商品榜",
                row("抖音销量榜"),
                row("排名", "商品", "佣金比例", "转化率", "昨日销量", "销售额", "日期"),
                row(1, "数值单元格", 0.2, 0.123, 75_000, 1_234_567.89, LocalDate.of(2026, 12, 1)),
                row(2, "文本单元格", "25%", "0.5%", "7.5w~10w", "1.1亿", "2026-12-01"),
                row(3, "空单元格", null, null, null, null, null),
                row(4, "坏日期", "1%", "1%", 1, 1, "2026-13-01"),
                row(5, "坏行之后", "1%", "1%", 1, 1, LocalDate.of(2026, 12, 1)),
                row(),
                row("直播销量榜"),
                row("商品", "直播销售额", "排名"),
                row("直播好物", "250w~500w", 1));

        ImportResult<ChanmamaProduct> r = importer.readProducts(file);

        assertThat(r.rows()).extracting(ChanmamaProduct::product)
                .containsExactly("数值单元格", "文本单元格", "空单元格", "坏行之后", "直播好物");
        ChanmamaProduct n = r.rows().get(0);
        assertThat(n.commissionRate()).contains(new BigDecimal("0.2"));           // a percent cell stores 0.2
        assertThat(n.conversionRate()).contains(new BigDecimal("0.123"));
        assertThat(n.salesYesterday()).contains(exact("75000"));
        assertThat(n.gmv()).contains(exact("1234567.89"));
        assertThat(n.day()).contains(LocalDate.of(2026, 12, 1));
        ChanmamaProduct t = r.rows().get(1);
        assertThat(t.commissionRate()).contains(new BigDecimal("0.25"));
        assertThat(t.conversionRate()).contains(new BigDecimal("0.005"));
        assertThat(t.salesYesterday()).contains(range("75000", "100000"));
        assertThat(t.gmv()).contains(exact("110000000"));                         // 1.1 × 10⁸
        ChanmamaProduct blank = r.rows().get(2);
        assertThat(blank.commissionRate()).isEmpty();
        assertThat(blank.gmv()).isEmpty();
        assertThat(blank.day()).isEmpty();
        ChanmamaProduct live = r.rows().get(4);
        assertThat(live.table()).contains("直播销量榜");
        assertThat(live.rank()).hasValue(1);
        assertThat(live.liveGmv()).contains(range("2500000", "5000000"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("day");
            assertThat(p.header()).isEqualTo("日期");
        });
    }

    /**
     * The SKU商品库 table and the link columns 抖音商品链接 / 蝉妈妈商品链接, named by a public parser of Chanmama
     * exports (see src/test/resources/SOURCES.md); the file is ours.
     */
    @Test
    void reads_the_sku_table_with_its_douyin_and_chanmama_product_link_columns() throws IOException {
        Path file = TestFiles.csv(dir.resolve("sku.csv"), StandardCharsets.UTF_8, true,
                "SKU商品库",
                "排名,商品,商品头图链接,抖音商品链接,蝉妈妈商品链接,小店,佣金比例,周销量",
                "1,保温杯,https://img.example/1.jpg,https://haohuo.jinritemai.com/views/product/detail?id=1,"
                        + "https://www.chanmama.com/promotionDetail/1,杯子小店,20.00%,2.5w~5w");

        ImportResult<ChanmamaProduct> r = importer.readProducts(file);

        assertThat(r.problems()).isEmpty();
        ChanmamaProduct cup = r.rows().get(0);
        assertThat(cup.table()).contains("SKU商品库");
        assertThat(cup.link()).contains("https://haohuo.jinritemai.com/views/product/detail?id=1");
        assertThat(cup.chanmamaLink()).contains("https://www.chanmama.com/promotionDetail/1");
        assertThat(cup.commissionRate()).contains(new BigDecimal("0.2"));
        assertThat(cup.salesWeek()).contains(range("25000", "50000"));
    }
}
