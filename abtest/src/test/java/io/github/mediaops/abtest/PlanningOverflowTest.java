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
        assertThatThrownBy(() -> Planning.meanWithStandardDeviation(1).mde(1e-10, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).sampleSize())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("mde");
        assertThatThrownBy(() -> Planning.proportion(0.1).mde(1e-12, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.R_POWER_PROP_TEST).sampleSize())
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_large_but_countable_size_stays_positive() {
        Planning.SampleSize s = Planning.meanWithStandardDeviation(1).mde(1e-7, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.8)
                .alternative(Alternative.TWO_SIDED).sampleSize();
        assertThat(s.perArm()).isPositive();
        assertThat(s.total()).isEqualTo(2 * s.perArm());
    }
}
