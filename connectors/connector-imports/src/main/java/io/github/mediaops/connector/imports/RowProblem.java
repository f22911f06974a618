package io.github.mediaops.connector.imports;

import io.github.mediaops.core.validate.Checks;

/**
 * A row that was not imported, and why.
 *
 * @param row     the row number as a spreadsheet shows it (1 = the first row of the file; for CSV the
 *                record number, which is the line number unless a quoted field spans lines)
 * @param column  the key of the column at fault, or {@code *} when the row as a whole was refused
 * @param header  the column's header text in the file, or empty
 * @param value   the offending cell text, or empty
 * @param message the whole explanation, naming row, column and value
 */
public record RowProblem(int row, String column, String header, String value, String message) {
    public RowProblem {
        Checks.positive(row, "row");
        Checks.notBlank(column, "column");
        Checks.notNull(header, "header");
        Checks.notNull(value, "value");
        Checks.notBlank(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
