package io.github.mediaops.connector.datatools;

import io.github.mediaops.connector.imports.ColumnMap;
import io.github.mediaops.connector.imports.ImportResult;
import io.github.mediaops.connector.imports.ImportRow;
import io.github.mediaops.connector.imports.TableFormat;
import io.github.mediaops.connector.imports.TableImporter;
import io.github.mediaops.core.validate.Checks;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Reads Chanmama (蝉妈妈) exports (xlsx or csv; UTF-8, UTF-8 with BOM or GBK): product sales lists into
 * {@link ChanmamaProduct} rows and talent (达人) lists into {@link ChanmamaTalent} rows.
 *
 * <p>One Chanmama file may hold several tables, one under the other, each under a title row
 * ({@code 抖音销量榜}, {@code 直播销量榜}, {@code 商品卡销量榜}) and its own header row; each is read with its own
 * columns and its rows carry the table's title. Ranges ({@code 7.5w~10w}) keep both bounds exactly,
 * {@code 万}/{@code w} is ×10,000, {@code 12.3%} is 0.123. The headers in {@link #PRODUCT_COLUMNS} and
 * {@link #TALENT_COLUMNS} are those parsers of Chanmama exports have seen; the exact column sets are not
 * published, so a host adds spellings with {@code toBuilder()} and the builder.
 *
 * <pre>{@code
 * ChanmamaImporter chanmama = ChanmamaImporter.builder().build();
 * ImportResult<ChanmamaProduct> products = chanmama.readProducts(Path.of("蝉妈妈商品榜.csv"));
 * ImportResult<ChanmamaTalent> talents = chanmama.readTalents(Path.of("达人榜.xlsx"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ChanmamaImporter {
    /** Product-list columns; {@code product} (商品) is required. */
    public static final ColumnMap PRODUCT_COLUMNS = ColumnMap.builder()
            .required("product", "商品", "商品名称", "商品标题")
            .optional("rank", "排名", "序号")
            .optional("link", "商品链接", "抖音商品链接")
            .optional("category", "商品分类", "分类", "类目")
            .optional("shop", "小店", "店铺", "店铺名称")
            .optional("brand", "品牌")
            .optional("commissionRate", "佣金比例", "佣金率")
            .optional("conversionRate", "转化率")
            .optional("salesYesterday", "昨日销量")
            .optional("salesWeek", "周销量", "近7天销量", "7天销量")
            .optional("sales30Days", "近30天销量", "30天销量", "月销量")
            .optional("gmv", "销售额", "总销售额")
            .optional("liveGmv", "直播销售额")
            .optional("cardGmv", "商品卡销售额")
            .optional("talents", "关联达人", "关联达人数", "带货达人数")
            .optional("chanmamaLink", "蝉妈妈链接", "蝉妈妈商品链接", "蝉妈妈详情")
            .optional("day", "日期", "统计日期", "榜单日期")
            .build();

    /** Talent-list columns; {@code nickname} (达人昵称) is required. */
    public static final ColumnMap TALENT_COLUMNS = ColumnMap.builder()
            .required("nickname", "达人昵称", "达人", "达人名称", "昵称")
            .optional("rank", "排名", "序号")
            .optional("douyinId", "抖音号", "达人ID", "抖音ID")
            .optional("category", "带货分类", "主营类目", "达人分类", "分类")
            .optional("followers", "粉丝数", "粉丝总量", "粉丝量", "总粉丝数")
            .optional("followersGained", "粉丝增量", "新增粉丝", "涨粉数")
            .optional("sales", "销量", "带货销量", "总销量")
            .optional("gmv", "销售额", "带货销售额", "总销售额")
            .optional("averagePrice", "客单价")
            .optional("lives", "直播场次", "直播数")
            .optional("videos", "视频数", "带货视频数")
            .optional("commissionRate", "佣金比例", "平均佣金比例")
            .optional("conversionRate", "转化率")
            .optional("day", "日期", "统计日期", "榜单日期")
            .build();

    private final TableImporter products;
    private final TableImporter talents;

    private ChanmamaImporter(Builder b) {
        this.products = TableImporter.builder(b.productColumns).zone(b.zone).multipleTables(true).build();
        this.talents = TableImporter.builder(b.talentColumns).zone(b.zone).multipleTables(true).build();
    }

    /** Defaults: {@link #PRODUCT_COLUMNS}, {@link #TALENT_COLUMNS}, dates in Asia/Shanghai (Chanmama's zone). */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads a product list; bad rows are in {@link ImportResult#problems()}, the others in its rows. */
    public ImportResult<ChanmamaProduct> readProducts(Path file) {
        return products.read(file, ChanmamaImporter::product);
    }

    /** Reads a product list from a stream of the given format; the stream is not closed. */
    public ImportResult<ChanmamaProduct> readProducts(InputStream in, TableFormat format) {
        return products.read(in, format, ChanmamaImporter::product);
    }

    /** Reads a talent (达人) list; bad rows are in {@link ImportResult#problems()}, the others in its rows. */
    public ImportResult<ChanmamaTalent> readTalents(Path file) {
        return talents.read(file, ChanmamaImporter::talent);
    }

    /** Reads a talent list from a stream of the given format; the stream is not closed. */
    public ImportResult<ChanmamaTalent> readTalents(InputStream in, TableFormat format) {
        return talents.read(in, format, ChanmamaImporter::talent);
    }

    private static ChanmamaProduct product(ImportRow row) {
        return new ChanmamaProduct(row.rowNumber(), row.table(), Cells.rank(row, "rank"), Cells.required(row, "product"),
                row.text("link"), row.text("category"), row.text("shop"), row.text("brand"),
                Cells.rate(row, "commissionRate"), Cells.rate(row, "conversionRate"),
                Cells.amount(row, "salesYesterday"), Cells.amount(row, "salesWeek"), Cells.amount(row, "sales30Days"),
                Cells.amount(row, "gmv"), Cells.amount(row, "liveGmv"), Cells.amount(row, "cardGmv"),
                Cells.amount(row, "talents"), row.text("chanmamaLink"), row.date("day"));
    }

    private static ChanmamaTalent talent(ImportRow row) {
        return new ChanmamaTalent(row.rowNumber(), row.table(), Cells.rank(row, "rank"), Cells.required(row, "nickname"),
                row.text("douyinId"), row.text("category"), Cells.amount(row, "followers"),
                Cells.amount(row, "followersGained"), Cells.amount(row, "sales"), Cells.amount(row, "gmv"),
                Cells.amount(row, "averagePrice"), row.count("lives"), row.count("videos"),
                Cells.rate(row, "commissionRate"), Cells.rate(row, "conversionRate"), row.date("day"));
    }

    @Override
    public String toString() {
        return "ChanmamaImporter[products=" + products + ", talents=" + talents + "]";
    }

    /** Options: the column maps and the zone. */
    public static final class Builder {
        private ColumnMap productColumns = PRODUCT_COLUMNS;
        private ColumnMap talentColumns = TALENT_COLUMNS;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");

        private Builder() {
        }

        /** The product-list column map; keep the keys of {@link #PRODUCT_COLUMNS} (start from its {@code toBuilder()}). */
        public Builder productColumns(ColumnMap columns) {
            this.productColumns = Checks.notNull(columns, "productColumns");
            return this;
        }

        /** The talent-list column map; keep the keys of {@link #TALENT_COLUMNS} (start from its {@code toBuilder()}). */
        public Builder talentColumns(ColumnMap columns) {
            this.talentColumns = Checks.notNull(columns, "talentColumns");
            return this;
        }

        /** The zone of the file's dates (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
            return this;
        }

        public ChanmamaImporter build() {
            return new ChanmamaImporter(this);
        }
    }
}
