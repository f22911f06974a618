package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnalyticsTourTest {
    @Test
    void tour_runs_every_engine_and_prints_known_results() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        AnalyticsTour.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("KPI  douyin", "SERIES 2026-11-02", "iROAS 1.425", "ATTR markov", "FUNNEL purchase",
                "COHORT pooled weekly retention", "SCORE November 45.0", "ACC  post 0", "REPORT html");
        assertThat(out).contains("with 3 inline SVG charts");
    }
}
