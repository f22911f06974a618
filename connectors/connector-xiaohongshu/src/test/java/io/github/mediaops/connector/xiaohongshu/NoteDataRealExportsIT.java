package io.github.mediaops.connector.xiaohongshu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the real creator-center exports themselves ({@code 笔记列表明细表-DAY.xlsx}, as published in
 * {@code qinglan900/WQF} under {@code red_book/excel/}) and checks every row against that project's own reading of
 * the same file ({@link RecordedNoteData}). The .xlsx files are not in this repository (see
 * {@code src/test/resources/recorded/SOURCES.md}); like the live {@code *IT} tests this runs only when asked:
 *
 * <pre>
 * ./mvnw -B -ntp -pl connectors/connector-xiaohongshu -am verify -Dtest=NoteDataRealExportsIT \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dmediaops.xhs.exports=/path/to/red_book/excel
 * </pre>
 */
class NoteDataRealExportsIT {
    @ParameterizedTest
    @ValueSource(strings = {"20260808", "20260811", "20260812", "20260813", "20260814", "20260815", "20260817", "20260818",
            "20260819", "20260820", "20260821"})
    void the_real_export_reads_exactly_as_recorded(String day) {
        String dir = System.getProperty("mediaops.xhs.exports");
        assertThat(dir).as("system property mediaops.xhs.exports (the folder holding 笔记列表明细表-DAY.xlsx)").isNotBlank();
        Path file = Path.of(dir, "笔记列表明细表-" + day + ".xlsx");
        assertThat(file).exists();
        assertThat(Files.isRegularFile(file)).isTrue();

        NoteDataImport result = NoteDataImporter.builder(XiaohongshuHandoff.inMemoryRegistry()).build()
                .read(file, LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE).minusDays(1));

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().headerRow()).isEqualTo(2);
        assertThat(result.snapshots()).isEmpty();
        List<NoteDataRow> rows = result.unmatched().stream().map(NoteDataImport.Unmatched::row).toList();
        RecordedNoteData.load(day).assertReadAs(rows);
    }
}
