package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Issue 14: a sample size that does not fit in a long is refused, never returned negative. */
class PlanningOverflowTest {

    @Test
    void a_vanishing_effect_is_refused_instead_of_a_negative_total() {
        // n = (1.96 + 0.84)^2 * 2 * 1 / (1e-10)^2 ~ 1.6e21 units per arm: beyond Long.MAX_VALUE
        assertThatThrownBy(() -> Planning.meanSampleSize(1, 1e-10, 0.05, 0.8, Alternative.TWO_SIDED))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("mde");
        assertThatThrownBy(() -> Planning.proportionSampleSize(0.1, 1e-12, Planning.Scale.ABSOLUTE, 0.05, 0.8,
                Alternative.TWO_SIDED, ProportionFormula.R_POWER_PROP_TEST))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_large_but_countable_size_stays_positive() {
        Planning.SampleSize s = Planning.meanSampleSize(1, 1e-7, 0.05, 0.8, Alternative.TWO_SIDED);
        assertThat(s.perArm()).isPositive();
        assertThat(s.total()).isEqualTo(2 * s.perArm());
    }
}
