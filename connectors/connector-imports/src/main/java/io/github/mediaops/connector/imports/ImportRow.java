package io.github.mediaops.connector.imports;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One data row, read by column key. Every accessor returns empty for a blank cell (see
 * {@link Units#isBlank(String)}) and for an optional column the file does not have, and throws a
 * {@link CellException} naming the row, the column, its header and the cell text when the cell holds
 * something it cannot read; the importer collects that as a {@link RowProblem}.
 *
 * <p>Numbers stored as numbers in a spreadsheet are rounded to the 15 significant digits spreadsheets
 * keep ({@code 0.032000000000000001} reads as {@code 0.032}); numbers stored as text are read exactly
 * with {@link Units}. Date-times without a zone are in the import's {@link #zone()}.
 */
public final class ImportRow {
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

    private final RawRow raw;
    private final ColumnMap columns;
    private final Map<String, Integer> positions;
    private final Map<String, String> headers;
    private final ZoneId zone;
    private final boolean date1904;
    private final String table;

    ImportRow(RawRow raw, ColumnMap columns, Map<String, Integer> positions, Map<String, String> headers, ZoneId zone,
              boolean date1904, String table) {
        this.raw = raw;
        this.columns = columns;
        this.positions = positions;
        this.headers = headers;
        this.zone = zone;
        this.date1904 = date1904;
        this.table = table;
    }

    /**
     * The title of the table this row belongs to: the one-cell row right above its header row (such as
     * {@code 直播销量榜}), when there is one. See {@link TableImporter.Builder#multipleTables(boolean)}.
     */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    /** The row number as a spreadsheet shows it (1 = the first row of the file). */
    public int rowNumber() {
        return raw.number();
    }

    /** The zone date-times without one are read in (the tool's reporting zone). */
    public ZoneId zone() {
        return zone;
    }

    /** Whether the file has this column. */
    public boolean has(String key) {
        columns.column(key);
        return positions.containsKey(key);
    }

    /** The trimmed cell text, empty when blank. */
    public Optional<String> text(String key) {
        String t = textOf(key);
        return Units.isBlank(t) ? Optional.empty() : Optional.of(t.strip());
    }

    /** A whole non-negative count ({@code 3.5万}, {@code 12,345}); empty when blank. */
    public OptionalLong count(String key) {
        Optional<Long> v = read(key, "count", c -> {
            if (c.number() != null) {
                return Units.count(spreadsheet(c.number()).toPlainString());
            }
            return Units.count(c.text());
        });
        return v.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** One exact number; empty when blank. */
    public Optional<BigDecimal> decimal(String key) {
        return read(key, "number", c -> c.number() != null ? spreadsheet(c.number()) : Units.decimal(c.text()));
    }

    /** An exact number, a lower bound ({@code 10万+}) or a range ({@code 7.5w~10w}); empty when blank. */
    public Optional<Quantity> quantity(String key) {
        return read(key, "number", c -> c.number() != null ? Quantity.exact(spreadsheet(c.number())) : Units.quantity(c.text()));
    }

    /**
     * A fraction: {@code 3.2%} is 0.032; a number without a sign (or a spreadsheet number formatted as a
     * percentage, which stores 0.032) is the fraction itself. Empty when blank.
     */
    public Optional<BigDecimal> fraction(String key) {
        return read(key, "percentage", c -> c.number() != null ? spreadsheet(c.number()) : Units.fraction(c.text()));
    }

    /**
     * A percentage as columns headed "(%)" print it, without the sign: {@code 6.19} is 0.0619 (YouTube Studio's
     * {@code Impressions click-through rate (%)}); {@code 6.19%} reads the same. A spreadsheet number in such a
     * column holds percentage points too. Use {@link #fraction(String)} for columns that print {@code 6.19%}
     * or the fraction {@code 0.0619}. Empty when blank.
     */
    public Optional<BigDecimal> percent(String key) {
        return read(key, "percentage", c -> {
            if (c.number() != null) {
                return Units.strip(spreadsheet(c.number()).movePointLeft(2));
            }
            return Units.compact(c.text()).endsWith("%") ? Units.fraction(c.text()) : Units.strip(Units.decimal(c.text()).movePointLeft(2));
        });
    }

    /** A duration in seconds ({@code 12.5}, {@code 1分23秒}, {@code 01:23}); empty when blank. */
    public Optional<BigDecimal> seconds(String key) {
        return read(key, "duration", c -> c.number() != null ? spreadsheet(c.number()) : Units.seconds(c.text()));
    }

    /**
     * A local date-time in {@link #zone()}: text such as {@code 2024-01-15 10:30:00}, {@code 2024/1/15 10:30},
     * {@code 2024年01月15日10时30分00秒}, {@code 20240115} (a date alone is midnight), English month names as
     * English-language exports print them ({@code Oct 2, 2025}, {@code 14-Mar-14}, {@code 2 October 2025 10:30 PM};
     * a two-digit year is 2000-2029 or 1930-1999, as spreadsheets read it), or a spreadsheet date. A time written
     * with its offset ({@code 2019-01-31 23:32 +0000}, {@code 2014-02-14T08:27:48Z}, {@code +08:00}, {@code UTC})
     * is converted to {@link #zone()}; one without is taken to be in it. Empty when blank.
     */
    public Optional<LocalDateTime> dateTime(String key) {
        return stamp(key).map(s -> s.offset() == null ? s.local()
                : s.local().atOffset(s.offset()).atZoneSameInstant(zone).toLocalDateTime());
    }

    /** The calendar date of {@link #dateTime(String)}. */
    public Optional<LocalDate> date(String key) {
        return dateTime(key).map(LocalDateTime::toLocalDate);
    }

    /**
     * The instant of a date-time cell: at the offset the text names ({@code 2019-01-31 23:32 +0000}), else
     * {@link #dateTime(String)} read in {@link #zone()}.
     */
    public Optional<Instant> instant(String key) {
        return stamp(key).map(s -> s.offset() != null ? s.local().toInstant(s.offset()) : s.local().atZone(zone).toInstant());
    }

    private Optional<DateTexts.Stamp> stamp(String key) {
        return read(key, "date", c -> {
            DateTexts.Stamp t = c.number() != null ? serial(c.number()) : DateTexts.parse(Units.compactKeepingSpaces(c.text()));
            if (t == null) {
                throw new InvalidValueException("value",
                        "not a date of a known form (2024-01-15, 2024/1/15 10:30, 2024年01月15日, Oct 2, 2025, 2019-01-31 23:32 +0000)");
            }
            return t;
        });
    }

    private DateTexts.Stamp serial(BigDecimal n) {
        LocalDateTime t = DateTexts.fromSerial(n, date1904);
        return t == null ? null : new DateTexts.Stamp(t, null);
    }

    /** A problem with one cell of this row, for the mapper to throw: {@code throw row.problem("title", "too long")}. */
    public CellException problem(String key, String reason) {
        columns.column(key);
        return new CellException(raw.number(), key, headers.getOrDefault(key, ""), textOf(key), reason);
    }

    /** The problem "this required value is blank", for the mapper to throw. */
    public CellException missing(String key) {
        return problem(key, has(key) ? "a value is required" : "the file has no such column (headers: " + columns.headers(key) + ")");
    }

    /**
     * A signal that the mapper passes over this row on purpose (a totals row, a sub-heading); the
     * importer records it as a {@link SkippedRow}: {@code throw row.skip("totals row")}.
     */
    public RuntimeException skip(String reason) {
        return new Skip(raw.number(), reason == null || reason.isBlank() ? "skipped by the mapper" : reason);
    }

    private String textOf(String key) {
        columns.column(key);
        Integer at = positions.get(key);
        if (at == null) {
            return "";
        }
        RawCell c = raw.cell(at);
        return c.number() != null && c.text().isEmpty() ? c.number().toPlainString() : c.text();
    }

    private <T> Optional<T> read(String key, String what, Function<RawCell, T> reader) {
        columns.column(key);
        Integer at = positions.get(key);
        if (at == null) {
            return Optional.empty();
        }
        RawCell c = raw.cell(at);
        if (c.number() == null && Units.isBlank(c.text())) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(c));
        } catch (InvalidValueException | ArithmeticException e) {
            String reason = e instanceof InvalidValueException ? e.getMessage() : "not a " + what;
            throw new CellException(raw.number(), key, headers.getOrDefault(key, ""), textOf(key), reason);
        }
    }

    private static BigDecimal spreadsheet(BigDecimal n) {
        return Units.strip(n.round(SPREADSHEET_DIGITS));
    }

    /** Thrown by {@link #skip(String)}; caught by the importer. */
    static final class Skip extends MediaOpsException {
        private static final long serialVersionUID = 1L;
        final int row;

        Skip(int row, String reason) {
            super(reason);
            this.row = row;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
