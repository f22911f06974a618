package io.github.mediaops.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.measure.nps.PromoterCounts;
import io.github.mediaops.analytics.measure.nps.PromoterScores;
import io.github.mediaops.analytics.measure.roi.Roi;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 14: counts and amounts at the edge of their types give an error or a correct answer, never a wrong one. */
class OverflowTest {

    @Test
    void nps_counts_whose_total_overflows_are_refused() {
        assertThatThrownBy(() -> PromoterCounts.promoters(1).passives(0).detractors(Long.MAX_VALUE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("overflows");
        PromoterCounts half = PromoterCounts.promoters(0).passives(0).detractors(Long.MAX_VALUE / 2 + 1);
        assertThatThrownBy(() -> half.plus(half)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void nps_near_the_largest_total_is_correct() {
        // 1 promoter, Long.MAX_VALUE - 1 detractors: the score is -100 (to double precision), not +100
        PromoterCounts c = PromoterCounts.promoters(1).passives(0).detractors(Long.MAX_VALUE - 1);
        assertThat(PromoterScores.score(c)).isCloseTo(-100.0, within(1e-9));
    }

    @Test
    void roi_and_roas_are_finite_and_right_at_the_edges_of_money() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e400"), "CNY")).isInstanceOf(InvalidValueException.class);
        Money most = Money.of(new BigDecimal("999999999999999999.99"), "CNY");
        Money leastNegative = most.negate();
        Money cent = Money.cny("0.01");
        assertThat(Roi.spend(cent).roas(most).getAsDouble()).isCloseTo(1e20, within(1e6));
        // revenue - cost lies outside Money's range; the ratio must still be exact to double precision
        assertThat(Roi.cost(most).roi(leastNegative).getAsDouble()).isCloseTo(-2.0, within(1e-12));
    }
}
