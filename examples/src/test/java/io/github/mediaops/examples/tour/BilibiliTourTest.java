package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BilibiliTourTest {

    @Test
    void tour_submits_with_progress_once_per_key_follows_the_review_and_reads_stats_and_increments() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BilibiliTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("upload  32% (part 1 of 4)").contains("upload 100% (part 4 of 4)")
                .containsPattern("submitted: PENDING (BV1\\w+); again with the same key: \\1")
                .contains("after review: PUBLISHED")
                .containsPattern("BV1\\w+ lifetime: views 0")
                .contains("followers 5230")
                .contains("last 30 days: views +981, comments +119 (icn_reply), coins +20")
                .doesNotContain("bili-sim-secret");
    }
}
