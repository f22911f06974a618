package io.github.mediaops.connector.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads real exports that other people published without a licence (YouTube Studio "Table data.csv", X analytics
 * {@code tweet_activity_metrics_*.csv}) and spreadsheets written by Excel, LibreOffice and node-xlsx-stream (FastExcel's
 * own test files), so they are not in this repository: {@code src/test/python/recorded_golden.py --mirror} takes them
 * from local snapshots of their repositories and writes each one with its reference reading (Python standard library,
 * from the raw bytes) into a folder. Like the live {@code *IT} tests this runs only when asked:
 *
 * <pre>
 * python3 connectors/connector-imports/src/test/python/recorded_golden.py --mirror /work/.mirror --out /tmp/recorded-real
 * ./mvnw -B -ntp -o -pl connectors/connector-imports -am verify -Dtest=RecordedRealExportsIT \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dmediaops.imports.recorded=/tmp/recorded-real
 * </pre>
 */
class RecordedRealExportsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

    @TestFactory
    Stream<DynamicTest> every_real_export_reads_field_by_field_as_its_reference_reading() throws IOException {
        String dir = System.getProperty("mediaops.imports.recorded");
        assertThat(dir).as("system property mediaops.imports.recorded (the folder recorded_golden.py --mirror wrote)").isNotBlank();
        JsonNode manifest = JSON.readTree(Path.of(dir, "manifest.json").toFile());
        assertThat(manifest.size()).isPositive();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode name : manifest) {
            tests.add(DynamicTest.dynamicTest(name.asText(), () -> {
                JsonNode reference = JSON.readTree(Path.of(dir, name.asText() + ".json").toFile());
                Path file = Path.of(dir, name.asText());
                switch (reference.get("kind").asText()) {
                    case "youtube" -> youtube(file, reference);
                    case "twitter" -> twitter(file, reference);
                    case "xlsx" -> xlsx(file, reference);
                    default -> throw new AssertionError("unknown kind in " + name);
                }
            }));
        }
        return tests.stream();
    }

    record Video(int row, String content, Optional<String> title, Optional<LocalDate> published, Optional<BigDecimal> duration,
                 OptionalLong views, Optional<BigDecimal> watchHours, Optional<BigDecimal> subscribers, OptionalLong impressions,
                 Optional<BigDecimal> ctr) {
    }

    static final ColumnMap YOUTUBE = ColumnMap.builder()
            .required("content", "Content")
            .required("views", "Views")
            .optional("title", "Video title")
            .optional("published", "Video publish time")
            .optional("duration", "Duration")
            .optional("watchHours", "Watch time (hours)")
            .optional("subscribers", "Subscribers")
            .optional("impressions", "Impressions")
            .optional("ctr", "Impressions click-through rate (%)")
            .build();

    private static void youtube(Path file, JsonNode reference) {
        ImportResult<Video> result = TableImporter.builder(YOUTUBE).zone(ZoneId.of("America/Los_Angeles")).build().read(file,
                row -> new Video(row.rowNumber(), row.text("content").orElseThrow(() -> row.missing("content")), row.text("title"),
                        row.date("published"), row.seconds("duration"), row.count("views"), row.decimal("watchHours"),
                        row.decimal("subscribers"), row.count("impressions"), row.percent("ctr")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.report().headerRow()).isEqualTo(reference.get("headerRow").asInt());
        JsonNode rows = reference.get("rows");
        assertThat(result.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Video v = result.rows().get(i);
            JsonNode e = rows.get(i);
            String at = "row " + e.get("row").asInt();
            assertThat(v.row()).as(at).isEqualTo(e.get("row").asInt());
            assertThat(v.content()).as(at).isEqualTo(e.get("content").asText());
            assertText(v.title(), e.get("title"), at + " title");
            assertThat(v.published()).as(at + " published")
                    .isEqualTo(e.get("published").isNull() ? Optional.empty() : Optional.of(LocalDate.parse(e.get("published").asText())));
            assertNumber(v.duration(), e.get("duration"), at + " duration");
            assertCount(v.views(), e.get("views"), at + " views");
            assertNumber(v.watchHours(), e.get("watchHours"), at + " watch hours");
            assertNumber(v.subscribers(), e.get("subscribers"), at + " subscribers");
            assertCount(v.impressions(), e.get("impressions"), at + " impressions");
            assertNumber(v.ctr(), e.get("ctr"), at + " ctr");
        }
    }

    record Tweet(String id, Optional<String> text, Instant time, OptionalLong impressions, OptionalLong engagements,
                 Optional<BigDecimal> engagementRate, OptionalLong likes, OptionalLong mediaViews, OptionalLong promotedImpressions) {
    }

    static final ColumnMap X = ColumnMap.builder()
            .required("id", "Tweet id")
            .required("impressions", "impressions")
            .optional("text", "Tweet text")
            .optional("time", "time")
            .optional("engagements", "engagements")
            .optional("engagementRate", "engagement rate")
            .optional("likes", "likes")
            .optional("mediaViews", "media views")
            .optional("promotedImpressions", "promoted impressions")
            .build();

    private static void twitter(Path file, JsonNode reference) {
        // the importer's zone must not matter: every time in the file carries its offset
        ImportResult<Tweet> result = TableImporter.builder(X).zone(ZoneId.of("Asia/Shanghai")).build().read(file,
                row -> new Tweet(row.text("id").orElseThrow(() -> row.missing("id")), row.text("text"),
                        row.instant("time").orElseThrow(() -> row.missing("time")), row.count("impressions"), row.count("engagements"),
                        row.decimal("engagementRate"), row.count("likes"), row.count("mediaViews"), row.count("promotedImpressions")));
        assertThat(result.problems()).isEmpty();
        JsonNode rows = reference.get("rows");
        assertThat(result.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Tweet t = result.rows().get(i);
            JsonNode e = rows.get(i);
            String at = "tweet " + e.get("id").asText();
            assertThat(t.id()).as(at).isEqualTo(e.get("id").asText());
            assertText(t.text(), e.get("text"), at + " text");
            assertThat(t.time()).as(at + " time").isEqualTo(Instant.parse(e.get("time").asText()));
            assertCount(t.impressions(), e.get("impressions"), at + " impressions");
            assertCount(t.engagements(), e.get("engagements"), at + " engagements");
            assertNumber(t.engagementRate(), e.get("engagementRate"), at + " engagement rate");
            assertCount(t.likes(), e.get("likes"), at + " likes");
            assertCount(t.mediaViews(), e.get("mediaViews"), at + " media views");
            assertCount(t.promotedImpressions(), e.get("promotedImpressions"), at + " promoted impressions");
        }
    }

    /** A workbook read generically: row 1 is the header (each column keyed by its letter), every later cell checked. */
    private static void xlsx(Path file, JsonNode reference) {
        ColumnMap.Builder columns = ColumnMap.builder();
        boolean first = true;
        for (JsonNode c : reference.get("cells")) {
            if (c.get("row").asInt() != 1) {
                continue;
            }
            assertThat(c.get("kind").asText()).as("header cell " + c.get("column").asText()).isEqualTo("text");
            if (first) {
                columns.required(c.get("column").asText(), c.get("value").asText());
                first = false;
            } else {
                columns.optional(c.get("column").asText(), c.get("value").asText());
            }
        }
        ColumnMap map = columns.build();
        ImportResult<ImportRow> result = TableImporter.builder(map).zone(ZoneId.of("UTC")).build().read(file, row -> row);
        assertThat(result.problems()).isEmpty();
        assertThat(result.report().headerRow()).isEqualTo(1);
        Map<Integer, ImportRow> rows = new LinkedHashMap<>();
        result.rows().forEach(r -> rows.put(r.rowNumber(), r));
        int checked = 0;
        for (JsonNode c : reference.get("cells")) {
            int number = c.get("row").asInt();
            String key = c.get("column").asText();
            if (number == 1 || !map.keys().contains(key)) {
                continue; // a cell outside the header's columns is not imported
            }
            ImportRow row = rows.get(number);
            String at = key + number;
            assertThat(row).as(at).isNotNull();
            String value = c.get("value").asText();
            switch (c.get("kind").asText()) {
                case "text" -> assertText(row.text(key), c.get("text"), at);
                case "date" -> assertThat(row.instant(key)).as(at)
                        .contains(OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.SECONDS));
                case "boolean" -> assertThat(row.text(key)).as(at).contains("1".equals(value) ? "TRUE" : "FALSE");
                case "number" -> {
                    if (c.has("date")) {
                        assertThat(row.dateTime(key)).as(at).contains(LocalDateTime.parse(c.get("date").asText()));
                    } else {
                        BigDecimal expected = new BigDecimal(value).round(SPREADSHEET_DIGITS);
                        assertThat(row.decimal(key)).as(at).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(expected));
                    }
                }
                default -> throw new AssertionError("unknown cell kind at " + at);
            }
            checked++;
        }
        assertThat(checked).as("cells checked in " + file.getFileName()).isPositive();
    }

    private static void assertText(Optional<String> actual, JsonNode expected, String at) {
        assertThat(actual).as(at).isEqualTo(expected == null || expected.isNull() ? Optional.empty() : Optional.of(expected.asText()));
    }

    private static void assertNumber(Optional<BigDecimal> actual, JsonNode expected, String at) {
        if (expected.isNull()) {
            assertThat(actual).as(at).isEmpty();
        } else {
            assertThat(actual).as(at).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected.asText()));
        }
    }

    private static void assertCount(OptionalLong actual, JsonNode expected, String at) {
        if (expected.isNull()) {
            assertThat(actual).as(at).isEmpty();
        } else {
            assertThat(actual).as(at).isPresent();
            assertThat(BigDecimal.valueOf(actual.getAsLong())).as(at).isEqualByComparingTo(expected.asText());
        }
    }
}
