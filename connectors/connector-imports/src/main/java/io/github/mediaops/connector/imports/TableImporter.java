package io.github.mediaops.connector.imports;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV or XLSX export row by row into values.
 *
 * <ol>
 *   <li>The header row is the first row, among the first {@link Builder#headerSearchRows(int)} rows, that
 *       holds a header for every required column of the {@link ColumnMap} (exports often put a title, a
 *       date range or notes above the table). In a workbook without a {@link Builder#sheet(String) named
 *       sheet}, the sheets are searched in order.</li>
 *   <li>Every later row goes to the {@link RowMapper}. A row it refuses becomes a {@link RowProblem} with
 *       the row number and column; the rows before and after it are imported as usual. Blank rows are
 *       counted, nothing more.</li>
 *   <li>With {@link Builder#multipleTables(boolean) multipleTables(true)}, a later header row starts the
 *       next table of the same sheet, with its own columns and title ({@link ImportRow#table()}).</li>
 * </ol>
 * Files are streamed: memory stays flat in the number of rows ({@link #forEach} keeps no rows at all;
 * {@link #read} keeps the mapped values). A missing header, an unreadable file or a legacy {@code .xls}
 * is an {@link ImportException}.
 *
 * <pre>{@code
 * TableImporter importer = TableImporter.builder(columns).zone(ZoneId.of("Asia/Shanghai")).build();
 * ImportResult<Note> result = importer.read(Path.of("笔记数据.xlsx"),
 *         row -> new Note(row.text("title").orElseThrow(() -> row.missing("title")), row.count("likes")));
 * result.problems().forEach(p -> log.warn("{}", p));
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call reads its own file.
 */
public final class TableImporter {
    private static final Logger LOG = LoggerFactory.getLogger(TableImporter.class);

    private final ColumnMap columns;
    private final ZoneId zone;
    private final Charset charset;
    private final int headerSearchRows;
    private final String sheet;
    private final int maxProblems;
    private final boolean multipleTables;

    private TableImporter(Builder b) {
        this.columns = b.columns;
        this.zone = b.zone;
        this.charset = b.charset;
        this.headerSearchRows = b.headerSearchRows;
        this.sheet = b.sheet;
        this.maxProblems = b.maxProblems;
        this.multipleTables = b.multipleTables;
    }

    /** An importer for these columns; dates default to Asia/Shanghai, where the Chinese tools report. */
    public static Builder builder(ColumnMap columns) {
        return new Builder(Checks.notNull(columns, "columns"));
    }

    public Builder toBuilder() {
        Builder b = new Builder(columns);
        b.zone = zone;
        b.charset = charset;
        b.headerSearchRows = headerSearchRows;
        b.sheet = sheet;
        b.maxProblems = maxProblems;
        b.multipleTables = multipleTables;
        return b;
    }

    public ColumnMap columns() {
        return columns;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Reads a file (format from its first bytes: a zip is XLSX, anything else CSV) and keeps the values. */
    public <T> ImportResult<T> read(Path file, RowMapper<? extends T> mapper) {
        List<T> rows = new ArrayList<>();
        ImportReport report = forEach(file, mapper, rows::add);
        return new ImportResult<>(rows, report);
    }

    /** Reads a stream of the given format and keeps the values; the stream is not closed. */
    public <T> ImportResult<T> read(InputStream in, TableFormat format, RowMapper<? extends T> mapper) {
        List<T> rows = new ArrayList<>();
        ImportReport report = forEach(in, format, mapper, rows::add);
        return new ImportResult<>(rows, report);
    }

    /** Streams a file's values to {@code sink} without keeping them. */
    public <T> ImportReport forEach(Path file, RowMapper<? extends T> mapper, Consumer<? super T> sink) {
        Checks.notNull(file, "file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(8);
            byte[] head = in.readNBytes(8);
            in.reset();
            TableFormat format;
            if (ReadableWorkbook.isOOXMLZipHeader(head)) {
                format = TableFormat.XLSX;
            } else if (ReadableWorkbook.isOLE2Header(head)) {
                throw new ImportException(file.getFileName() + " is a legacy .xls (or encrypted) workbook; save it as .xlsx or .csv");
            } else {
                format = TableFormat.CSV;
            }
            return forEach(in, format, mapper, sink, file.getFileName().toString());
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Streams the values of a stream of the given format to {@code sink}; the stream is not closed. */
    public <T> ImportReport forEach(InputStream in, TableFormat format, RowMapper<? extends T> mapper, Consumer<? super T> sink) {
        return forEach(in, format, mapper, sink, "stream");
    }

    private <T> ImportReport forEach(InputStream in, TableFormat format, RowMapper<? extends T> mapper,
                                     Consumer<? super T> sink, String name) {
        Checks.notNull(in, "in");
        Checks.notNull(format, "format");
        Checks.notNull(mapper, "mapper");
        Checks.notNull(sink, "sink");
        InputStream unclosed = new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
        try {
            if (format == TableFormat.CSV) {
                try (RowSource source = new CsvSource(unclosed, charset)) {
                    RawRow[] header = new RawRow[1];
                    String[] title = new String[1];
                    Map<String, Integer> positions = findHeader(source, header, title);
                    if (positions == null) {
                        throw noHeader(name, header[0]);
                    }
                    return run(source, header[0], title[0], positions, mapper, sink, name);
                }
            }
            return readWorkbook(unclosed, mapper, sink, name);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException("cannot read " + name + " as " + format + ": " + e.getMessage(), e);
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw new ImportException("cannot read " + name + " as XLSX: " + e.getMessage(), e);
        }
    }

    private <T> ImportReport readWorkbook(InputStream in, RowMapper<? extends T> mapper, Consumer<? super T> sink, String name)
            throws IOException {
        try (ReadableWorkbook wb = XlsxSource.workbook(in)) {
            List<Sheet> sheets;
            if (sheet != null) {
                Optional<Sheet> named = wb.findSheet(sheet);
                if (named.isEmpty()) {
                    throw new ImportException(name + " has no sheet named \"" + sheet + "\"; sheets: "
                            + wb.getSheets().map(Sheet::getName).toList());
                }
                sheets = List.of(named.get());
            } else {
                sheets = wb.getSheets().toList();
            }
            RawRow best = null;
            for (Sheet s : sheets) {
                try (RowSource source = XlsxSource.open(wb, s)) {
                    RawRow[] header = new RawRow[1];
                    String[] title = new String[1];
                    Map<String, Integer> positions = findHeader(source, header, title);
                    if (positions != null) {
                        LOG.debug("{}: header found on sheet {} at row {}", name, s.getName(), header[0].number());
                        return run(source, header[0], title[0], positions, mapper, sink, name);
                    }
                    if (best == null) {
                        best = header[0];
                    }
                }
            }
            throw noHeader(name, best);
        }
    }

    /** Finds the header row; null when none of the first rows holds every required column. */
    private Map<String, Integer> findHeader(RowSource source, RawRow[] firstNonBlank, String[] title) throws IOException {
        for (int i = 0; i < headerSearchRows; i++) {
            RawRow row = source.next();
            if (row == null) {
                return null;
            }
            if (row.isBlank()) {
                continue;
            }
            if (firstNonBlank[0] == null) {
                firstNonBlank[0] = row;
            }
            Map<String, Integer> positions = headerPositions(row);
            if (isHeader(positions)) {
                firstNonBlank[0] = row;
                return positions;
            }
            title[0] = titleOf(row); // a title counts only right above the header
        }
        return null;
    }

    /** The text of a row with exactly one non-blank cell, holding text: a table's title row; else null. */
    private static String titleOf(RawRow row) {
        String found = null;
        for (RawCell c : row.cells()) {
            if (c.number() != null) {
                return null;
            }
            if (!c.text().isBlank()) {
                if (found != null) {
                    return null;
                }
                found = c.text().strip();
            }
        }
        return found;
    }

    /** The header positions of a row (keys of the cells whose text is a declared spelling). */
    private Map<String, Integer> headerPositions(RawRow row) {
        {
            Map<String, Integer> positions = new LinkedHashMap<>();
            for (int c = 0; c < row.cells().size(); c++) {
                RawCell cell = row.cells().get(c);
                String key = cell.number() == null ? columns.keyFor(cell.text()) : null;
                if (key == null) {
                    continue;
                }
                Integer prev = positions.putIfAbsent(key, c);
                if (prev != null) {
                    throw new ImportException("row " + row.number() + ": column \"" + key + "\" appears twice, as \""
                            + row.cell(prev).text() + "\" and \"" + cell.text() + "\"");
                }
            }
            return positions;
        }
    }

    private boolean isHeader(Map<String, Integer> positions) {
        return !positions.isEmpty() && columns.keys().stream().filter(columns::isRequired).allMatch(positions::containsKey);
    }

    private ImportException noHeader(String name, RawRow first) {
        List<String> required = columns.keys().stream().filter(columns::isRequired)
                .map(k -> k + "=" + columns.headers(k)).toList();
        String seen = first == null ? "the file has no non-blank rows"
                : "first non-blank row " + first.number() + " reads " + first.cells().stream()
                .map(c -> c.number() != null ? c.number().toPlainString() : c.text()).toList();
        return new ImportException(name + ": no header row with every required column " + required + " in the first "
                + headerSearchRows + " rows; " + seen);
    }

    private <T> ImportReport run(RowSource source, RawRow header, String title, Map<String, Integer> positions,
                                 RowMapper<? extends T> mapper, Consumer<? super T> sink, String name) throws IOException {
        Run<T> r = new Run<>(mapper, sink, name);
        r.source1904 = source.date1904();
        r.table(header, title, positions);
        RawRow held = null; // multiple tables: a possible title row, kept until the next row says what it is
        for (RawRow raw = source.next(); raw != null; raw = source.next()) {
            if (raw.isBlank()) {
                r.blank++;
                continue;
            }
            if (multipleTables) {
                Map<String, Integer> next = headerPositions(raw);
                if (isHeader(next)) {
                    r.table(raw, held == null ? null : titleOf(held), next);
                    held = null;
                    continue;
                }
                if (held != null) {
                    r.row(held);
                    held = null;
                }
                if (titleOf(raw) != null) {
                    held = raw;
                    continue;
                }
            }
            r.row(raw);
        }
        if (held != null) {
            r.row(held);
        }
        ImportReport report = new ImportReport(header.number(), r.imported, r.problems, r.omitted, r.skipped, r.blank);
        LOG.debug("{}: {}", name, report.summary());
        return report;
    }

    /** The state of one import: the current table's header, and the counts so far. */
    private final class Run<T> {
        final RowMapper<? extends T> mapper;
        final Consumer<? super T> sink;
        final String name;
        final List<RowProblem> problems = new ArrayList<>();
        final List<SkippedRow> skipped = new ArrayList<>();
        long imported;
        long blank;
        long omitted;
        Map<String, Integer> positions;
        Map<String, String> headers;
        String title;
        boolean source1904;

        Run(RowMapper<? extends T> mapper, Consumer<? super T> sink, String name) {
            this.mapper = mapper;
            this.sink = sink;
            this.name = name;
        }

        void table(RawRow header, String tableTitle, Map<String, Integer> at) {
            Map<String, String> h = new LinkedHashMap<>();
            at.forEach((k, c) -> h.put(k, header.cell(c).text().strip()));
            this.positions = at;
            this.headers = h;
            this.title = tableTitle;
        }

        void row(RawRow raw) {
            ImportRow row = new ImportRow(raw, columns, positions, headers, zone, source1904, title);
            T value;
            try {
                value = mapper.map(row);
            } catch (ImportRow.Skip s) {
                skipped.add(new SkippedRow(raw.number(), s.getMessage()));
                return;
            } catch (CellException e) {
                problem(new RowProblem(e.row(), e.column(), e.header(), e.value(), e.getMessage()));
                return;
            } catch (InvalidValueException e) {
                // a value the mapper built from this row broke a rule of its type (a negative count ...)
                problem(new RowProblem(raw.number(), "*", "", "", "row " + raw.number() + ": " + e.getMessage()));
                return;
            }
            if (value == null) {
                throw new ImportException(name + ": the row mapper returned null for row " + raw.number()
                        + "; throw row.problem(...) or row.skip(...) instead");
            }
            sink.accept(value);
            imported++;
        }

        private void problem(RowProblem p) {
            if (problems.size() < maxProblems) {
                problems.add(p);
            } else {
                omitted++;
            }
        }
    }

    /** Options; only the column map is required. */
    public static final class Builder {
        private final ColumnMap columns;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private Charset charset;
        private int headerSearchRows = 30;
        private String sheet;
        private int maxProblems = 10_000;
        private boolean multipleTables;

        private Builder(ColumnMap columns) {
            this.columns = columns;
        }

        /** The zone of the tool's date-times (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
            return this;
        }

        /** The CSV charset; detected when not set (BOM, else UTF-8 when valid, else GB18030). */
        public Builder charset(Charset charset) {
            this.charset = Checks.notNull(charset, "charset");
            return this;
        }

        /** How many rows from the top may hold the header row (default 30). */
        public Builder headerSearchRows(int rows) {
            this.headerSearchRows = Checks.positive(rows, "headerSearchRows");
            return this;
        }

        /** The workbook sheet to read; by default the first sheet that holds the header row. */
        public Builder sheet(String name) {
            this.sheet = Checks.notBlank(name, "sheet");
            return this;
        }

        /** How many refused rows are listed (default 10,000); beyond that they are only counted. */
        public Builder maxProblems(int max) {
            this.maxProblems = Checks.nonNegative(max, "maxProblems");
            return this;
        }

        /**
         * Whether one sheet may hold several tables, one under the other (Chanmama puts 抖音销量榜,
         * 直播销量榜 and 商品卡销量榜 in one file). Off by default: every row below the header is a data
         * row. On: a later row that holds every required column is the header of the next table (its
         * columns may sit elsewhere, some optional ones may be missing) and is not imported; a row with one
         * text cell directly above such a header is that table's title, which {@link ImportRow#table()}
         * reports for its rows (a one-cell row followed by data is imported as data, as usual).
         */
        public Builder multipleTables(boolean on) {
            this.multipleTables = on;
            return this;
        }

        public TableImporter build() {
            return new TableImporter(this);
        }
    }

    @Override
    public String toString() {
        return "TableImporter[" + columns + ", zone=" + zone + (sheet == null ? "" : ", sheet=" + sheet) + "]";
    }

}
