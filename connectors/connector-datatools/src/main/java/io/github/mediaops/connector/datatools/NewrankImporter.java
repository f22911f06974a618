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
 * Reads Newrank (新榜) account rank lists (xlsx or csv; UTF-8, UTF-8 with BOM or GBK) into
 * {@link NewrankAccount} rows.
 *
 * <p>Newrank publishes no official export format; the headers in {@link #COLUMNS} are those its rank pages
 * show and scrapers write ({@code 账号名称, 账号ID, 发布次数, 阅读数, 头条阅读数, 平均阅读数, 在看数, 点赞数, 新榜指数}),
 * with the variants seen ({@code 公众号}, {@code 总阅读数}, {@code WCI} ...). A host adds its own spellings with
 * {@code COLUMNS.toBuilder()} and {@link Builder#columns(ColumnMap)}. The header row is the first with
 * {@code 账号名称} and {@code 阅读数} (any spelling); title and date rows above it are ignored.
 *
 * <pre>{@code
 * ImportResult<NewrankAccount> result = NewrankImporter.builder().build().read(Path.of("新榜周榜.xlsx"));
 * result.rows().forEach(a -> log.info("{} reads {}", a.name(), a.reads()));
 * result.problems().forEach(p -> log.warn("{}", p));   // "row 9, column reads (阅读数), value "很多": ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NewrankImporter {
    /** The columns and the header spellings known; {@code name} and {@code reads} are required. */
    public static final ColumnMap COLUMNS = ColumnMap.builder()
            .required("name", "账号名称", "账号", "公众号", "公众号名称", "名称", "账号昵称")
            .required("reads", "阅读数", "总阅读数", "阅读总数", "总阅读", "阅读量")
            .optional("rank", "排名", "名次", "序号")
            .optional("accountId", "账号ID", "微信号", "ID", "公众号ID")
            .optional("posts", "发布次数", "发文次数", "推送次数")
            .optional("articles", "发布篇数", "发文篇数", "文章数", "篇数")
            .optional("headlineReads", "头条阅读数", "头条阅读", "头条总阅读数")
            .optional("averageReads", "平均阅读数", "平均阅读", "篇均阅读数")
            .optional("maxReads", "最高阅读数", "最高阅读")
            .optional("likes", "点赞数", "总点赞数", "点赞")
            .optional("looks", "在看数", "总在看数", "在看")
            .optional("index", "新榜指数", "NRI", "WCI", "指数")
            .optional("day", "日期", "榜单日期", "统计日期")
            .optional("updatedAt", "更新时间", "数据更新时间")
            .build();

    private final TableImporter importer;

    private NewrankImporter(Builder b) {
        this.importer = TableImporter.builder(b.columns).zone(b.zone).build();
    }

    /** Defaults: {@link #COLUMNS}, dates in Asia/Shanghai (Newrank's zone). */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads a file; bad rows are in {@link ImportResult#problems()}, the others in {@link ImportResult#rows()}. */
    public ImportResult<NewrankAccount> read(Path file) {
        return importer.read(file, NewrankImporter::map);
    }

    /** Reads a stream of the given format; the stream is not closed. */
    public ImportResult<NewrankAccount> read(InputStream in, TableFormat format) {
        return importer.read(in, format, NewrankImporter::map);
    }

    private static NewrankAccount map(ImportRow row) {
        return new NewrankAccount(row.rowNumber(), Cells.rank(row, "rank"), Cells.required(row, "name"),
                row.text("accountId"), row.count("posts"), row.count("articles"),
                Cells.amount(row, "reads"), Cells.amount(row, "headlineReads"), Cells.amount(row, "averageReads"),
                Cells.amount(row, "maxReads"), Cells.amount(row, "likes"), Cells.amount(row, "looks"),
                Cells.score(row, "index"), row.date("day"), row.instant("updatedAt"));
    }

    @Override
    public String toString() {
        return "NewrankImporter[" + importer + "]";
    }

    /** Options: the column map and the zone. */
    public static final class Builder {
        private ColumnMap columns = COLUMNS;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");

        private Builder() {
        }

        /**
         * The column map; keep the keys of {@link #COLUMNS} (start from {@code COLUMNS.toBuilder()} and add
         * spellings).
         */
        public Builder columns(ColumnMap columns) {
            this.columns = Checks.notNull(columns, "columns");
            return this;
        }

        /** The zone of the file's date-times (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
            return this;
        }

        public NewrankImporter build() {
            return new NewrankImporter(this);
        }
    }
}
