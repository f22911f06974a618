package io.github.mediaops.abtest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class NumericsTest {

    @Test
    void integrates_and_finds_roots_over_a_named_range() {
        // ∫_0^1 x² dx = 1/3; ∫_0^π sin x dx = 2; the root of x² - 2 on [0, 2] is √2
        assertThat(Numerics.integrate(x -> x * x, Range.from(0).to(1), 1)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(Numerics.integrate(Math::sin, Range.from(0).to(Math.PI), 4)).isCloseTo(2.0, within(1e-14));
        assertThat(Numerics.root(x -> x * x - 2, Range.from(0).to(2))).isCloseTo(Math.sqrt(2), within(1e-14));
    }

    @Test
    void swapped_or_empty_limits_are_refused_instead_of_flipping_the_sign() {
        assertThatThrownBy(() -> Range.from(1).to(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("upper").hasMessageContaining("above lower 1.0");
        assertThatThrownBy(() -> Range.from(1).to(1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Range.from(Double.NaN).to(1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lower");
        assertThat(Range.from(-1).to(3).width()).isEqualTo(4.0);
    }

    @Test
    void a_confidence_sequence_boundary_is_the_papers_half_width() {
        // eq. 9 with ρ² from eq. 161, written out here: alpha 0.05, tuning 1000, n 400, V n = 2
        double alpha = 0.05;
        double la = Math.log(alpha);
        double rho2 = (-2 * la + Math.log(-2 * la + 1)) / 1000;
        double n = 400;
        double expected = Math.sqrt(2) * Math.sqrt(2 * (n * rho2 + 1) / (n * n * rho2)
                * Math.log(Math.sqrt(n * rho2 + 1) / alpha));
        ConfidenceSequences.Boundary b = ConfidenceSequences.twoSided(alpha).tunedFor(1000);
        assertThat(b.rho2()).isCloseTo(rho2, within(1e-18));
        assertThat(Math.sqrt(2) * b.radius(n)).isCloseTo(expected, within(1e-15));
        // one-sided (eq. 134) tuned at 2 alpha
        double la2 = Math.log(2 * alpha);
        double rho2One = (-2 * la2 + Math.log(-2 * la2 + 1)) / 1000;
        double one = Math.sqrt(2 * (n * rho2One + 1) / (n * n * rho2One) * Math.log1p(Math.sqrt(n * rho2One + 1) / (2 * alpha)));
        assertThat(ConfidenceSequences.oneSided(alpha).tunedFor(1000).radius(n)).isCloseTo(one, within(1e-15));
    }
}
