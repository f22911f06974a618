package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KuaishouTourTest {

    @Test
    void tour_publishes_with_progress_once_per_key_and_reads_lifetime_counts_and_followers() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KuaishouTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("upload  32% (fragment 1 of 4)").contains("upload 100% (fragment 4 of 4)")
                .containsPattern("published: PENDING (3x\\w+); again with the same key: \\1")
                .contains("after processing: PUBLISHED")
                .contains("3xtour1 lifetime: plays 8600, comments absent")
                .contains("followers 23100")
                .doesNotContain("ks-sim-secret").doesNotContain("at.");
    }
}
