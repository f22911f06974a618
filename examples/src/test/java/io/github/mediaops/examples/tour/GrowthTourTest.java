package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GrowthTourTest {

    @Test
    void tour_runs_end_to_end_and_shows_every_engine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GrowthTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        assertThat(out).contains("[100.0, 150.0, 175.0, 187.5, 193.75]")
                .contains("LOCKED")
                .contains("feasible=false")
                .contains("ALERT brand-x")
                .contains("sent to Feishu as 1 card: \"[")
                .contains("WCI V2.0 on the published example: 411.4875")
                .contains("health ")
                .contains("share of voice on 防晒");
    }
}
