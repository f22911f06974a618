package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Issue 14: counts whose sum does not fit in a long still give the right chi-square, not a wrapped one. */
class SrmOverflowTest {

    @Test
    void huge_counts_whose_total_overflows_a_long_still_report_the_mismatch() {
        long[] observed = {6_000_000_000_000_000_000L, 4_000_000_000_000_000_000L};   // total 1e19 > Long.MAX_VALUE
        SampleRatioMismatch.Result r = SampleRatioMismatch.test(observed, new double[] {0.5, 0.5});
        // Pearson's statistic by hand: expected 5e18 each, deviations +-1e18: 2 * (1e18)^2 / 5e18 = 4e17
        assertThat(r.chiSquare()).isCloseTo(4e17, within(4e17 * 1e-12));
        assertThat(r.pValue()).isEqualTo(0.0);
        assertThat(r.mismatch()).isTrue();
    }
}
