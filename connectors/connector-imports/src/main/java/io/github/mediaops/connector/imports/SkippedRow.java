package io.github.mediaops.connector.imports;

import io.github.mediaops.core.validate.Checks;

/**
 * A row the {@link RowMapper} deliberately passed over (a totals row, a sub-heading), with its reason.
 *
 * @param row    the row number as a spreadsheet shows it
 * @param reason why the mapper skipped it
 */
public record SkippedRow(int row, String reason) {
    public SkippedRow {
        Checks.positive(row, "row");
        Checks.notBlank(reason, "reason");
    }
}
