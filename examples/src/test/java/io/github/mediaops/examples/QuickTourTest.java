package io.github.mediaops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickTourTest {

    @Test
    void the_main_example_runs_end_to_end() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        QuickTour.run(out);
        String text = buf.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Content plan plan-2026-12")
                .contains("remaining 38249.50 CNY")
                .contains("Mixed currencies are refused")
                .contains("console")
                .contains("Delivered once despite a retry")
                .contains("== Platform rules, adaptation and compliance ==")
                .contains("== Planning and engagement ==")
                .contains("== WeChat Official Account connector on its local simulator ==")
                .contains("== Douyin connector on its local simulator ==")
                .contains("== mediaops analytics ==")
                .contains("== A/B testing")
                .contains("== Growth: budget allocation")
                .endsWith("Done." + System.lineSeparator());
    }
}
