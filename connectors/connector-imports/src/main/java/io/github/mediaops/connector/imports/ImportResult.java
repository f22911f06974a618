package io.github.mediaops.connector.imports;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows an import produced, in file order, and its {@link ImportReport}.
 *
 * @param rows   the mapped rows
 * @param report what happened to every row
 * @param <T>    what a row became
 */
public record ImportResult<T>(List<T> rows, ImportReport report) {
    public ImportResult {
        rows = Checks.listOf(rows, "rows");
        Checks.notNull(report, "report");
    }

    /** The refused rows; shorthand for {@code report().problems()}. */
    public List<RowProblem> problems() {
        return report.problems();
    }

    /**
     * The rows when no row was refused.
     *
     * @throws ImportException listing the refused rows otherwise
     */
    public List<T> orThrow() {
        if (report.isClean()) {
            return rows;
        }
        throw new ImportException(report.problemCount() + " row(s) could not be imported:\n"
                + report.problems().stream().map(RowProblem::message).collect(Collectors.joining("\n"))
                + (report.problemsOmitted() > 0 ? "\n... and " + report.problemsOmitted() + " more" : ""));
    }
}
