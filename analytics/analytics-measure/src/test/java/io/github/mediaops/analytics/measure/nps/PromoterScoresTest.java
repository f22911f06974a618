package io.github.mediaops.analytics.measure.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromoterScoresTest {
    static final double TOL = 1e-9;

    @Test
    void matches_scipy_reference_for_score_errors_intervals_tests_and_sample_sizes() {
        int scores = 0;
        int diffs = 0;
        int sizes = 0;
        for (String[] r : Golden.rows("nps.csv")) {
            switch (r[0]) {
                case "score" -> {
                    PromoterCounts c = new PromoterCounts(Long.parseLong(r[1]), Long.parseLong(r[2]), Long.parseLong(r[3]));
                    PromoterScore s = PromoterScores.estimate(c, Double.parseDouble(r[4]));
                    assertThat(s.score()).isCloseTo(Double.parseDouble(r[5]), within(TOL));
                    assertThat(s.standardError()).isCloseTo(Double.parseDouble(r[6]), within(TOL));
                    assertThat(s.wald().lower()).isCloseTo(Double.parseDouble(r[7]), within(TOL));
                    assertThat(s.wald().upper()).isCloseTo(Double.parseDouble(r[8]), within(TOL));
                    assertThat(s.adjustedWald().lower()).isCloseTo(Double.parseDouble(r[9]), within(TOL));
                    assertThat(s.adjustedWald().upper()).isCloseTo(Double.parseDouble(r[10]), within(TOL));
                    assertThat(s.marginOfError()).isCloseTo(Double.parseDouble(r[11]), within(TOL));
                    scores++;
                }
                case "diff" -> {
                    PromoterCounts a = new PromoterCounts(Long.parseLong(r[1]), Long.parseLong(r[2]), Long.parseLong(r[3]));
                    PromoterCounts b = new PromoterCounts(Long.parseLong(r[4]), Long.parseLong(r[5]), Long.parseLong(r[6]));
                    ScoreDifference d = PromoterScores.compare(a, b, Double.parseDouble(r[7]));
                    assertThat(d.difference()).isCloseTo(Double.parseDouble(r[8]), within(TOL));
                    assertThat(d.standardError()).isCloseTo(Double.parseDouble(r[9]), within(TOL));
                    assertThat(d.z()).isCloseTo(Double.parseDouble(r[10]), within(TOL));
                    double p = Double.parseDouble(r[11]);
                    assertThat(d.pValue()).isCloseTo(p, within(Math.max(1e-12, p * 1e-7)));
                    assertThat(d.interval().lower()).isCloseTo(Double.parseDouble(r[12]), within(TOL));
                    assertThat(d.interval().upper()).isCloseTo(Double.parseDouble(r[13]), within(TOL));
                    diffs++;
                }
                case "size" -> {
                    long n = PromoterScores.sampleSize(Double.parseDouble(r[1]), Double.parseDouble(r[2]),
                            Double.parseDouble(r[3]), Double.parseDouble(r[4]));
                    assertThat(n).isEqualTo(Long.parseLong(r[5]));
                    sizes++;
                }
                default -> { }
            }
        }
        assertThat(scores).isEqualTo(8);
        assertThat(diffs).isEqualTo(4);
        assertThat(sizes).isEqualTo(4);
    }

    @Test
    void zero_variance_samples_have_a_defined_test_result() {
        ScoreDifference differ = PromoterScores.compare(new PromoterCounts(0, 0, 5), new PromoterCounts(4, 0, 0), 0.95);
        assertThat(differ.difference()).isEqualTo(200.0);
        assertThat(differ.standardError()).isZero();
        assertThat(differ.pValue()).isZero();
        ScoreDifference same = PromoterScores.compare(new PromoterCounts(0, 3, 0), new PromoterCounts(0, 7, 0), 0.95);
        assertThat(same.pValue()).isEqualTo(1.0);
        assertThat(same.significantAt(0.05)).isFalse();
    }

    @Test
    void counts_answers_into_the_three_groups() {
        PromoterCounts c = PromoterCounts.ofAnswers(0, 6, 7, 8, 9, 10, 10);
        assertThat(c).isEqualTo(new PromoterCounts(2, 2, 3));
        assertThat(PromoterScores.score(c)).isCloseTo(100.0 / 7, within(1e-12));
    }

    @Test
    void rejects_an_answer_of_eleven() {
        assertThatThrownBy(() -> PromoterCounts.ofAnswers(9, 11)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("answers[1]").hasMessageContaining("was 11");
        assertThatThrownBy(() -> PromoterCounts.empty().add(-1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejects_an_empty_sample() {
        assertThatThrownBy(() -> PromoterScores.estimate(PromoterCounts.empty(), 0.95))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no answers");
    }

    @Test
    void rejects_a_confidence_outside_zero_one() {
        assertThatThrownBy(() -> PromoterScores.estimate(new PromoterCounts(1, 1, 1), 1.0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("confidence");
    }

    @Test
    void segments_keep_their_order_and_reject_empty_ones() {
        Map<String, PromoterCounts> seg = new LinkedHashMap<>();
        seg.put("douyin", new PromoterCounts(10, 10, 30));
        seg.put("wechat", new PromoterCounts(20, 10, 10));
        Map<String, PromoterScore> out = PromoterScores.bySegment(seg, 0.95);
        assertThat(out.keySet()).containsExactly("douyin", "wechat");
        assertThat(out.get("wechat").score()).isCloseTo(-25.0, within(1e-12));
        seg.put("weibo", PromoterCounts.empty());
        assertThatThrownBy(() -> PromoterScores.bySegment(seg, 0.95)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("weibo");
    }
}
