package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyticsTourTest {
    @Test
    void tour_runs_every_engine_and_prints_known_results(@TempDir Path reports) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        AnalyticsTour.run(new PrintStream(buf, true, StandardCharsets.UTF_8), reports);
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("KPI  douyin", "SERIES 2026-11-02", "iROAS 1.425", "ATTR markov", "FUNNEL purchase",
                "COHORT pooled weekly retention", "SCORE November 45.0", "ACC  post 0", "REPORT html");
        assertThat(out).contains("with 4 inline SVG charts");
        assertThat(reports.resolve("double11-review.html")).isRegularFile();
        assertThat(reports.resolve("double11-review.md")).isRegularFile();
    }
}
