package io.github.mediaops.connector.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Replays table files written by other software (see {@code src/test/resources/recorded/SOURCES.md}) through the
 * public API and checks every row, field by field, against the reference reading that
 * {@code src/test/python/recorded_golden.py} computed from the raw bytes with Python's standard library
 * ({@code recorded/expected/*.json}).
 */
class RecordedFilesReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Price(int row, LocalDate date, BigDecimal open, BigDecimal high, Optional<BigDecimal> low, BigDecimal close,
                 long volume) {
    }

    /** The stock-price export Apache Commons CSV keeps for CSV-107 (a UTF-8 byte-order mark before the header). */
    static final ColumnMap PRICES = ColumnMap.builder()
            .required("date", "Date")
            .required("open", "Open")
            .optional("high", "High")
            .optional("low", "Low")
            .optional("close", "Close")
            .optional("volume", "Volume")
            .build();

    static final RowMapper<Price> PRICE = row -> new Price(row.rowNumber(),
            row.date("date").orElseThrow(() -> row.missing("date")),
            row.decimal("open").orElseThrow(() -> row.missing("open")),
            row.decimal("high").orElseThrow(() -> row.missing("high")),
            row.decimal("low"),
            row.decimal("close").orElseThrow(() -> row.missing("close")),
            row.count("volume").orElseThrow(() -> row.missing("volume")));

    @Test
    void commons_csv_bom_file_reads_field_by_field_as_the_reference_reading() throws IOException, URISyntaxException {
        Path file = resource("recorded/commons-csv/bom.csv");
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF); // the byte-order mark is really there

        ImportResult<Price> result = TableImporter.builder(PRICES).build().read(file, PRICE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.report().headerRow()).isEqualTo(1);
        assertMatchesReference(result.rows(), expected("commons-csv-bom.json"));
    }

    @Test
    void the_same_file_reads_the_same_from_a_stream() throws IOException, URISyntaxException {
        List<Price> fromPath = TableImporter.builder(PRICES).build().read(resource("recorded/commons-csv/bom.csv"), PRICE).rows();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("recorded/commons-csv/bom.csv")) {
            ImportResult<Price> fromStream = TableImporter.builder(PRICES).build().read(in, TableFormat.CSV, PRICE);
            assertThat(fromStream.problems()).isEmpty();
            assertThat(fromStream.rows()).isEqualTo(fromPath);
        }
    }

    private static void assertMatchesReference(List<Price> rows, JsonNode reference) {
        JsonNode expected = reference.get("rows");
        assertThat(rows).hasSize(expected.size());
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Price p = rows.get(i);
            JsonNode e = expected.get(i);
            String at = "row " + e.get("row").asInt();
            assertThat(p.row()).as(at).isEqualTo(e.get("row").asInt());
            assertThat(p.date()).as(at + " date").isEqualTo(LocalDate.parse(e.get("date").asText()));
            assertThat(p.open()).as(at + " open").isEqualByComparingTo(e.get("open").asText());
            assertThat(p.high()).as(at + " high").isEqualByComparingTo(e.get("high").asText());
            if (e.get("low").isNull()) {
                assertThat(p.low()).as(at + " low").isEmpty();
                checked.add(at);
            } else {
                assertThat(p.low()).as(at + " low").hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(e.get("low").asText()));
            }
            assertThat(p.close()).as(at + " close").isEqualByComparingTo(e.get("close").asText());
            assertThat(OptionalLong.of(p.volume())).as(at + " volume").hasValue(e.get("volume").asLong());
        }
        assertThat(checked).as("the rows whose Low is the placeholder \"-\"").containsExactly("row 101");
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(RecordedFilesReplayTest.class.getClassLoader().getResource(name).toURI());
    }

    static JsonNode expected(String name) throws IOException, URISyntaxException {
        return JSON.readTree(resource("recorded/expected/" + name).toFile());
    }
}
