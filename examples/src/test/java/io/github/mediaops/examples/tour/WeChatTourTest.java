package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WeChatTourTest {

    @Test
    void tour_publishes_reads_metrics_and_handles_the_push() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WeChatTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(out);
        assertThat(out).contains("is PENDING").contains("polled freepublish/get: PUBLISHED").contains("live at https://mp.weixin.qq.com/s?")
                .contains("likes absent").contains("readers (WeChat's all-sources row), by source {friends=")
                .contains("-> PUBLISHED").contains("0 new events (de-duplicated)")
                .doesNotContain("sim-secret").doesNotContain("SIMTOKEN");
    }
}
