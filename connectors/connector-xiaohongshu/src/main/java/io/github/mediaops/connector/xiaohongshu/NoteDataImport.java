package io.github.mediaops.connector.xiaohongshu;

import io.github.mediaops.connector.imports.ImportReport;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * What an import of a note-data export produced.
 *
 * @param snapshots one lifetime snapshot per note whose id is known (from the file or the hand-off registry)
 * @param unmatched rows read correctly whose note is not known, each with the reason; attach them yourself
 *                  with {@link NoteDataRow#toSnapshot}
 * @param report    rows refused (bad cells, by row and column), skipped and blank
 */
public record NoteDataImport(List<ContentMetrics> snapshots, List<Unmatched> unmatched, ImportReport report) {
    public NoteDataImport {
        snapshots = Checks.listOf(snapshots, "snapshots");
        unmatched = Checks.listOf(unmatched, "unmatched");
        Checks.notNull(report, "report");
    }

    /**
     * A row with no known note.
     *
     * @param row    the row as read
     * @param reason why no note could be chosen
     */
    public record Unmatched(NoteDataRow row, String reason) {
        public Unmatched {
            Checks.notNull(row, "row");
            Checks.notBlank(reason, "reason");
        }
    }
}
