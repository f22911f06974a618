package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WeiboTourTest {

    @Test
    void tour_shares_with_a_reported_adaptation_refuses_without_a_link_replies_and_reads_counts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WeiboTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).containsPattern("shared PUBLISHED https://m.weibo.cn/status/\\d+: 冬季新品 今天开售，小周也在用 已经下单 "
                        + "https://brand.example.cn/winter \\(35 字\\)")
                .contains("adapted: topic \"#冬季新品#\" written as \"冬季新品\"")
                .contains("adapted: form allows no mentions; @ removed from 小周也在用")
                .contains("refused before sending: LINK_REQUIRED")
                .contains("comment \"什么时候到货？\" REPLIED: 下周一到货")
                .containsPattern("\\d+ lifetime: comments 2, reposts 0, likes 0")
                .contains("followers 48600")
                .doesNotContain("sim-app-secret");
    }
}
