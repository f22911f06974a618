package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Results other tools publish for their own examples, to the digits they print. R's
 * {@code power.prop.test} help page (package stats, {@code power.prop.test.Rd}, section Examples):
 * {@code power.prop.test(n = 50, p1 = .50, p2 = .75)  ## => power = 0.740} and
 * {@code power.prop.test(p1 = .50, p2 = .75, power = .90)  ## => n = 76.7}.
 */
class PublishedExamplesTest {

    @Test
    void r_power_prop_test_formula_reproduces_the_r_help_page_examples() {
        double power = Planning.proportion(0.50).mde(0.25, Planning.Scale.ABSOLUTE).perArm(50).alpha(0.05)
                .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.R_POWER_PROP_TEST).achievedPower();
        assertThat(power).isCloseTo(0.740, Offset.offset(0.0005));
        Planning.SampleSize n = Planning.proportion(0.50).mde(0.25, Planning.Scale.ABSOLUTE).alpha(0.05).power(0.90)
                .alternative(Alternative.TWO_SIDED).formula(ProportionFormula.R_POWER_PROP_TEST).sampleSize();
        assertThat(n.exact()).isCloseTo(76.7, Offset.offset(0.05));
        assertThat(n.perArm()).isEqualTo(77);
    }
}
