package io.github.mediaops.connector.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A YouTube Analytics {@code youtubeAnalytics#resultTable} read by column name, never by position: YouTube orders
 * the columns as the request listed them ("dimensions, then metrics"), but a report whose columns come back in
 * another order, with extra columns or without a metric, is still read right (a missing metric is absent, never 0).
 * A row shorter than the headers, a non-numeric metric cell or an unreadable day refuses the whole table.
 */
final class ReportTable {
    private final String operation;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<List<JsonNode>> rows;

    ReportTable(String operation, YouTubeApi.ResultTable table) {
        this.operation = operation;
        if (table == null || table.columnHeaders() == null) {
            throw YouTubeConnector.WIRE.unexpected(operation, "a report without columnHeaders");
        }
        List<YouTubeApi.ColumnHeader> headers = table.columnHeaders();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i) == null ? null : headers.get(i).name();
            if (name == null || name.isBlank() || columns.putIfAbsent(name, i) != null) {
                throw YouTubeConnector.WIRE.unexpected(operation,
                        "columnHeaders[" + i + "] is blank or repeats a name (was " + name + ")");
            }
        }
        this.rows = table.rows() == null ? List.of() : table.rows(); // no data: YouTube leaves rows out
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r) == null || rows.get(r).size() != headers.size()) {
                throw YouTubeConnector.WIRE.unexpected(operation, "rows[" + r + "] has "
                        + (rows.get(r) == null ? 0 : rows.get(r).size()) + " cells for " + headers.size() + " columns");
            }
        }
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    int size() {
        return rows.size();
    }

    /** A dimension cell as text. */
    String text(int row, String column) {
        Integer c = columns.get(column);
        if (c == null) {
            throw YouTubeConnector.WIRE.unexpected(operation, "a report without the " + column + " column");
        }
        JsonNode n = rows.get(row).get(c);
        if (n == null || n.isNull() || !n.isValueNode()) {
            throw YouTubeConnector.WIRE.unexpected(operation, "rows[" + row + "]." + column + " is empty");
        }
        return n.asText();
    }

    /** The {@code day} dimension of a row. */
    LocalDate day(int row) {
        String v = text(row, "day");
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw YouTubeConnector.WIRE.unexpected(operation, "rows[" + row + "].day is not a date (was "
                    + v + ")");
        }
    }

    /** A metric cell; empty when the column is missing or the cell is null. */
    OptionalDouble metric(int row, String column) {
        Integer c = columns.get(column);
        if (c == null) {
            return OptionalDouble.empty();
        }
        JsonNode n = rows.get(row).get(c);
        if (n == null || n.isNull()) {
            return OptionalDouble.empty();
        }
        if (n.isNumber()) {
            return OptionalDouble.of(n.doubleValue());
        }
        if (n.isTextual()) {
            try {
                return OptionalDouble.of(Double.parseDouble(n.asText().trim()));
            } catch (NumberFormatException e) {
                // falls through to the refusal
            }
        }
        throw YouTubeConnector.WIRE.unexpected(operation, "rows[" + row + "]." + column
                + " is not a number (was " + n + ")");
    }

    List<Integer> rowIndexes() {
        List<Integer> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(i);
        }
        return out;
    }
}
