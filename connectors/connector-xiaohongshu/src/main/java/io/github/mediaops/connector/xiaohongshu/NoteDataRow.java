package io.github.mediaops.connector.xiaohongshu;

import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * One note of a creator-center note-data export, as read.
 *
 * @param row            the row number in the file
 * @param title          the note title (笔记标题)
 * @param firstPublished when the note was first published (首次发布时间), when the file says
 * @param format         the note form as the export names it (体裁: 图文 or 视频), when the file says
 * @param noteId         the note id when the file has a note id or link column
 * @param values         the metrics core knows ({@link Metric}), lifetime totals up to the export's data day
 * @param extras         the numbers core has no metric for, by column key: {@code coverClickRate} (封面点击率),
 *                       {@code twoSecondExitRate} (2s跳出率), {@code fiveSecondCompletionRate} (5s完播率), as
 *                       fractions
 */
public record NoteDataRow(int row, String title, Optional<Instant> firstPublished, Optional<String> format,
                          Optional<String> noteId, Map<Metric, Double> values, Map<String, BigDecimal> extras) {
    public NoteDataRow {
        Checks.positive(row, "row");
        Checks.notBlank(title, "title");
        Checks.notNull(firstPublished, "firstPublished");
        Checks.notNull(format, "format");
        Checks.notNull(noteId, "noteId");
        values = Checks.mapOf(values, "values");
        extras = Checks.mapOf(extras, "extras");
    }

    /**
     * This row as a lifetime snapshot of a note (the export's numbers are totals since publication).
     *
     * @param noteId the note's id
     * @param day    the export's data day (the last day its numbers include)
     * @param asOf   when the export was read
     */
    public ContentMetrics toSnapshot(String noteId, LocalDate day, ZoneId zone, Instant asOf) {
        return new ContentMetrics(Platform.XIAOHONGSHU, noteId, Coverage.LIFETIME, day, zone, asOf, values);
    }
}
