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
                "圣诞礼物清单 rank 6 velocity 12.0/h opportunity=true");
    }
}
