package io.github.mediaops.connector.imports;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * What an import did with every row after the header: each data row was imported, refused (a
 * {@link RowProblem}) or deliberately skipped (a {@link SkippedRow}); blank rows are only counted.
 *
 * @param headerRow        the row number of the header row
 * @param imported         rows mapped and handed on
 * @param problems         refused rows, in file order (at most the importer's problem limit)
 * @param problemsOmitted  refused rows beyond that limit, counted but not listed
 * @param skipped          rows the mapper skipped on purpose, with its reason
 * @param blankRows        rows with no value in any cell
 */
public record ImportReport(int headerRow, long imported, List<RowProblem> problems, long problemsOmitted,
                           List<SkippedRow> skipped, long blankRows) {
    public ImportReport {
        Checks.positive(headerRow, "headerRow");
        Checks.nonNegative(imported, "imported");
        problems = Checks.listOf(problems, "problems");
        Checks.nonNegative(problemsOmitted, "problemsOmitted");
        skipped = Checks.listOf(skipped, "skipped");
        Checks.nonNegative(blankRows, "blankRows");
    }

    /** Refused rows, listed and omitted. */
    public long problemCount() {
        return problems.size() + problemsOmitted;
    }

    /** Whether every non-blank row was imported or deliberately skipped. */
    public boolean isClean() {
        return problemCount() == 0;
    }

    /** A one-line summary: {@code 12 imported, 1 refused, 0 skipped, 2 blank (header at row 3)}. */
    public String summary() {
        return imported + " imported, " + problemCount() + " refused, " + skipped.size() + " skipped, " + blankRows
                + " blank (header at row " + headerRow + ")";
    }
}
