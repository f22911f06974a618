package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanningTourTest {
    @Test
    void tour_runs_end_to_end_and_prints_every_section() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlanningTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("OVER_POSTING_DAY", "review wang 2026-10-10..2026-10-10", "BEGIN:VEVENT",
                "春节 2027 2027-02-06", "双11", "audit verifies: true", "cumulative [10, 30, 70, 150]", "4 leads, 1 unattributed",
                "EXPLOIT   FRI 20:00", "P1 CRISIS -> pr", "20 participants, 2 completed, 5 reward-eligible", "GPM 5984.00 CNY",
                "圣诞礼物清单 rank 6 velocity 12.0/h opportunity=true",
                // ranks 12, 7, 3 on days 0, 2, 4: slope (-18 / 8) = -2.25 a day; 冬0天1也2要3用4防5晒6霜7: 防晒霜 ends at 8 <= 8, title and front-loaded 3 of 5 points, 敏感肌 missing -> 3 / 10
                "防晒霜 on xiaohongshu 2026-12-01..2026-12-05: improving, 2.25 positions a day", "coverage 0.30 missing [敏感肌]");
    }
}
