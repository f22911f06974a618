package io.github.mediaops.connector.xiaohongshu;

import static io.github.mediaops.connector.xiaohongshu.ExportFiles.num;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.handoff.HandoffRecord;
import io.github.mediaops.connector.support.handoff.HandoffRegistry;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real export values, recorded by another project ({@link RecordedNoteData}: every row of eleven real
 * 笔记列表明细表 exports, 115 rows, as {@code qinglan900/WQF} read them), written back into .xlsx files in the structure each
 * real file has: the platform's own (inline strings, numbers typed {@code t="n"} and written {@code 1266.0}) and a
 * copy re-saved by a spreadsheet program (shared strings, untyped numbers written {@code 327}), both with the merged
 * notice row. The container is ours — the real .xlsx files cannot be committed here, and
 * {@link NoteDataRealExportsIT} reads them — but every cell value is the real one.
 */
class RecordedExportValuesTest {
    static final AccountRef ACCOUNT = AccountRef.of(Platform.XIAOHONGSHU, "wqf-red");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"20260808, platform", "20260811, platform", "20260812, platform", "20260813, re-saved", "20260814, re-saved",
            "20260815, re-saved", "20260817, re-saved", "20260818, platform", "20260819, platform", "20260820, platform",
            "20260821, platform"})
    void every_row_of_a_real_export_reads_as_recorded(String day, String style) throws IOException {
        RecordedNoteData recorded = RecordedNoteData.load(day);
        Path file = write(recorded, style.equals("platform"));

        NoteDataImport result = NoteDataImporter.builder(XiaohongshuHandoff.inMemoryRegistry()).build().read(file, LocalDate.of(2026, 8, 1));

        assertThat(result.report().headerRow()).isEqualTo(2);
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().imported()).isEqualTo(recorded.rows().size());
        recorded.assertReadAs(result.unmatched().stream().map(NoteDataImport.Unmatched::row).toList());
    }

    @Test
    void posted_hand_offs_with_real_titles_get_the_real_lifetime_numbers() throws IOException {
        RecordedNoteData recorded = RecordedNoteData.load("20260821");
        HandoffRegistry registry = XiaohongshuHandoff.inMemoryRegistry();
        List<RecordedNoteData.Row> posted = List.of(recorded.rows().get(0), recorded.rows().get(3), recorded.rows().get(6));
        String[] noteIds = {"66c2f1a0000000001d03a001", "66bae9b0000000001d03a002", "66b45c70000000001d03a003"};
        for (int i = 0; i < posted.size(); i++) {
            String id = "wqf-" + i;
            Instant at = posted.get(i).publishedAt().plusSeconds(90);   // recorded by hand a little after the post
            registry.register(new HandoffRecord(id, "key-" + id, ACCOUNT, "c-" + id, posted.get(i).title(), at.minusSeconds(7200),
                    Optional.empty(), Optional.empty()));
            registry.recordPost(id, noteIds[i], at);
        }
        Instant read = Instant.parse("2026-08-21T02:00:00Z");
        NoteDataImport result = NoteDataImporter.builder(registry).clock(Clock.fixed(read, ZoneOffset.UTC)).build()
                .read(write(recorded, true), LocalDate.of(2026, 8, 20));

        assertThat(result.unmatched()).hasSize(recorded.rows().size() - 3)
                .allSatisfy(u -> assertThat(u.reason()).startsWith("no posted hand-off has the title"));
        assertThat(result.snapshots()).extracting(ContentMetrics::postId).containsExactlyInAnyOrder(noteIds);
        for (int i = 0; i < posted.size(); i++) {
            Map<String, BigDecimal> cells = posted.get(i).cells();
            String noteId = noteIds[i];
            ContentMetrics m = result.snapshots().stream().filter(s -> s.postId().equals(noteId)).findFirst().orElseThrow();
            assertThat(m.platform()).isEqualTo(Platform.XIAOHONGSHU);
            assertThat(m.coverage()).isEqualTo(Coverage.LIFETIME);
            assertThat(m.day()).isEqualTo(LocalDate.of(2026, 8, 20));
            assertThat(m.asOf()).isEqualTo(read);
            assertThat(m.values()).containsEntry(Metric.VIEWS, cells.get("观看量").doubleValue())
                    .containsEntry(Metric.IMPRESSIONS, cells.get("曝光").doubleValue())
                    .containsEntry(Metric.SAVES, cells.get("收藏").doubleValue())
                    .containsEntry(Metric.AVERAGE_WATCH_SECONDS, cells.get("人均观看时长").doubleValue());
        }
    }

    /** Writes the recorded rows as a real export file of the given structure. */
    private Path write(RecordedNoteData recorded, boolean platformStyle) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Collections.nCopies(RecordedNoteData.HEADER.size(), "最多导出排序后前1000条笔记")));
        rows.add(new ArrayList<>(RecordedNoteData.HEADER));
        for (RecordedNoteData.Row r : recorded.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.title(), r.published(), r.genre()));
            for (String header : RecordedNoteData.HEADER.subList(3, RecordedNoteData.HEADER.size())) {
                row.add(num(numberText(r.cells().get(header), platformStyle)));
            }
            rows.add(row);
        }
        Path file = dir.resolve("笔记列表明细表-" + recorded.day() + (platformStyle ? "" : "-resaved") + ".xlsx");
        return ExportFiles.xlsx(file, rows, !platformStyle, true, platformStyle);
    }

    /** A number as the real files write it: {@code 1266.0} / {@code 0.095} in the platform's, {@code 1266} in re-saved. */
    private static String numberText(BigDecimal value, boolean platformStyle) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return v.toBigInteger() + (platformStyle ? ".0" : "");
        }
        return v.toPlainString();
    }
}
