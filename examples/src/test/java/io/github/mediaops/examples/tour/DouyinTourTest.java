package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DouyinTourTest {

    @Test
    void tour_authorises_publishes_with_a_progress_bar_reads_yesterday_and_before_and_verifies_a_push() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DouyinTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("authorised UserGrant{account=tour-open-id")
                .contains("2026-11-27 @tour+video/1==: plays 12000, likes 900, shares absent")
                .contains("2026-11-25 @tour+video/1==: plays 4000, likes 300, shares 10")
                .doesNotContain("2026-11-28 @tour")
                .contains("2026-11-27 fans 47990 (+150)")
                .contains("upload [########------------]  42% 5.0/12.0 MiB (part 1/3)")
                .contains("upload [#################---]  83% 10.0/12.0 MiB (part 2/3)")
                .contains("upload [####################] 100% 12.0/12.0 MiB (part 3/3)")
                .contains("published https://www.iesdouyin.com/share/video/")
                .containsPattern("2026-11-27 @\\S+: plays 3000, likes 400, shares 10")
                .containsPattern("2026-11-26 @\\S+: plays 6000, likes 800, shares 20")
                .contains("signed push: 1 event")
                .doesNotContain("dy-sim-secret").doesNotContain("act.");
    }
}
