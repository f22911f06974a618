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

    private TableImporter(Builder b) {
        this.columns = b.columns;
        this.zone = b.zone;
        this.charset = b.charset;
        this.headerSearchRows = b.headerSearchRows;
        this.sheet = b.sheet;
        this.maxProblems = b.maxProblems;
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
                    Map<String, Integer> positions = findHeader(source, header);
                    if (positions == null) {
                        throw noHeader(name, header[0]);
                    }
                    return run(source, header[0], positions, mapper, sink, name);
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
                    Map<String, Integer> positions = findHeader(source, header);
                    if (positions != null) {
                        LOG.debug("{}: header found on sheet {} at row {}", name, s.getName(), header[0].number());
                        return run(source, header[0], positions, mapper, sink, name);
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
    private Map<String, Integer> findHeader(RowSource source, RawRow[] firstNonBlank) throws IOException {
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
            boolean all = columns.keys().stream().filter(columns::isRequired).allMatch(positions::containsKey);
            if (all && !positions.isEmpty()) {
                firstNonBlank[0] = row;
                return positions;
            }
        }
        return null;
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

    private <T> ImportReport run(RowSource source, RawRow header, Map<String, Integer> positions,
                                 RowMapper<? extends T> mapper, Consumer<? super T> sink, String name) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        positions.forEach((k, c) -> headers.put(k, header.cell(c).text().strip()));
        long imported = 0;
        long blank = 0;
        long omitted = 0;
        List<RowProblem> problems = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        for (RawRow raw = source.next(); raw != null; raw = source.next()) {
            if (raw.isBlank()) {
                blank++;
                continue;
            }
            ImportRow row = new ImportRow(raw, columns, positions, headers, zone, source.date1904());
            T value;
            try {
                value = mapper.map(row);
            } catch (ImportRow.Skip s) {
                skipped.add(new SkippedRow(raw.number(), s.getMessage()));
                continue;
            } catch (CellException e) {
                if (problems.size() < maxProblems) {
                    problems.add(new RowProblem(e.row(), e.column(), e.header(), e.value(), e.getMessage()));
                } else {
                    omitted++;
                }
                continue;
            } catch (InvalidValueException e) {
                // a value the mapper built from this row broke a rule of its type (a negative count ...)
                if (problems.size() < maxProblems) {
                    problems.add(new RowProblem(raw.number(), "*", "", "", "row " + raw.number() + ": " + e.getMessage()));
                } else {
                    omitted++;
                }
                continue;
            }
            if (value == null) {
                throw new ImportException(name + ": the row mapper returned null for row " + raw.number()
                        + "; throw row.problem(...) or row.skip(...) instead");
            }
            sink.accept(value);
            imported++;
        }
        ImportReport report = new ImportReport(header.number(), imported, problems, omitted, skipped, blank);
        LOG.debug("{}: {}", name, report.summary());
        return report;
    }

    /** Options; only the column map is required. */
    public static final class Builder {
        private final ColumnMap columns;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private Charset charset;
        private int headerSearchRows = 30;
        private String sheet;
        private int maxProblems = 10_000;

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

        public TableImporter build() {
            return new TableImporter(this);
        }
    }

    @Override
    public String toString() {
        return "TableImporter[" + columns + ", zone=" + zone + (sheet == null ? "" : ", sheet=" + sheet) + "]";
    }

}
