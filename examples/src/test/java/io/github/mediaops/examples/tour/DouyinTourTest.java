package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DouyinTourTest {

    @Test
    void tour_authorises_reads_yesterday_and_before_and_verifies_a_push() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DouyinTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("authorised UserGrant{account=tour-open-id")
                .contains("2026-11-27 @tour+video/1==: plays 12000, likes 900, shares absent")
                .contains("2026-11-25 @tour+video/1==: plays 4000, likes 300, shares 10")
                .doesNotContain("2026-11-28 @tour")
                .contains("2026-11-27 fans 47990 (+150)")
                .contains("signed push: 1 event")
                .doesNotContain("dy-sim-secret").doesNotContain("act.");
    }
}
