package io.github.mediaops.connector.imports;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * One cell that cannot be read as asked: thrown by {@link ImportRow}'s accessors (and by a
 * {@link RowMapper} through {@link ImportRow#problem(String, String)}); the importer turns it into a
 * {@link RowProblem} and goes on with the next row.
 */
public class CellException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final int row;
    private final String header;
    private final String value;

    CellException(int row, String column, String header, String value, String reason) {
        super(column, "row " + row + ", column " + column + (header.isEmpty() ? "" : " (" + header + ")")
                + (value.isEmpty() ? "" : ", value " + Checks.show(value)) + ": " + reason);
        this.row = row;
        this.header = header;
        this.value = value;
    }

    /** The row number as a spreadsheet shows it (1 = the first row of the file). */
    public int row() {
        return row;
    }

    /** The column's key; {@link #field()} says the same. */
    public String column() {
        return field();
    }

    /** The header text in the file, or empty when the column is missing from it. */
    public String header() {
        return header;
    }

    /** The cell text as read, or empty. */
    public String value() {
        return value;
    }
}
