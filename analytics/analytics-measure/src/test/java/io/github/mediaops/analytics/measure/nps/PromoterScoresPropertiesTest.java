package io.github.mediaops.analytics.measure.nps;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PromoterScoresPropertiesTest {
    @Property(tries = 200)
    void score_and_intervals_stay_within_minus_100_and_100(@ForAll @IntRange(max = 5000) int d,
                                                           @ForAll @IntRange(max = 5000) int p,
                                                           @ForAll @IntRange(max = 5000) int pr) {
        Assume.that(d + p + pr > 0);
        PromoterScore s = PromoterScores.estimate(new PromoterCounts(d, p, pr), 0.95);
        assertThat(s.score()).isBetween(-100.0, 100.0);
        assertThat(s.wald().lower()).isGreaterThanOrEqualTo(-100.0);
        assertThat(s.wald().upper()).isLessThanOrEqualTo(100.0);
        assertThat(s.adjustedWald().lower()).isGreaterThanOrEqualTo(-100.0);
        assertThat(s.adjustedWald().upper()).isLessThanOrEqualTo(100.0);
        assertThat(s.wald().contains(s.score())).isTrue();
    }

    @Property(tries = 200)
    void merged_counts_score_like_the_pooled_sample(@ForAll @IntRange(max = 300) int d1, @ForAll @IntRange(max = 300) int p1,
                                                    @ForAll @IntRange(max = 300) int r1, @ForAll @IntRange(max = 300) int d2,
                                                    @ForAll @IntRange(max = 300) int p2, @ForAll @IntRange(max = 300) int r2) {
        Assume.that(d1 + p1 + r1 + d2 + p2 + r2 > 0);
        PromoterCounts merged = new PromoterCounts(d1, p1, r1).plus(new PromoterCounts(d2, p2, r2));
        double expected = 100.0 * ((r1 + r2) - (d1 + d2)) / (d1 + p1 + r1 + d2 + p2 + r2);
        assertThat(PromoterScores.score(merged)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }
}
