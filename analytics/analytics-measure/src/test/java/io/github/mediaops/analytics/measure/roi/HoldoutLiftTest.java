package io.github.mediaops.analytics.measure.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import org.junit.jupiter.api.Test;

/** {@link Holdout#liftTest} against scipy ({@code src/test/python/holdout_lift_golden.py}). */
class HoldoutLiftTest {

    @Test
    void interval_and_p_value_match_scipy() {
        int checked = 0;
        for (String[] r : Golden.rows("holdout_lift.csv")) {
            if (r[0].equals("ne")) {
                continue;
            }
            Holdout h = Holdout.exposed(Long.parseLong(r[0]), Long.parseLong(r[1]), Money.cny("0"))
                    .heldOut(Long.parseLong(r[2]), Long.parseLong(r[3]), Money.cny("0")).spend(Money.cny("100"));
            Holdout.LiftTest t = h.liftTest(Double.parseDouble(r[4])).orElseThrow();
            assertThat(t.lift()).as("lift %s", String.join(",", r)).isCloseTo(Double.parseDouble(r[5]), within(1e-12));
            assertThat(t.lower()).as("lower").isCloseTo(Double.parseDouble(r[6]), within(1e-9));
            assertThat(t.upper()).as("upper").isCloseTo(Double.parseDouble(r[7]), within(1e-9));
            assertThat(t.pValue()).as("p").isCloseTo(Double.parseDouble(r[8]), within(1e-9 * Math.max(1e-3, Double.parseDouble(r[8]))));
            assertThat(t.lower()).isLessThan(t.lift()).as("the interval holds the lift");
            assertThat(t.upper()).isGreaterThan(t.lift());
            assertThat(t.lift()).isCloseTo(h.lift().orElseThrow(), within(1e-15));
            checked++;
        }
        assertThat(checked).isEqualTo(5);
    }

    @Test
    void no_interval_without_conversions_and_bad_confidence_refused() {
        Holdout none = Holdout.exposed(100, 0, Money.cny("0")).heldOut(100, 3, Money.cny("0")).spend(Money.cny("1"));
        assertThat(none.liftTest(0.95)).isEmpty();
        Holdout h = Holdout.exposed(100, 5, Money.cny("0")).heldOut(100, 3, Money.cny("0")).spend(Money.cny("1"));
        assertThatThrownBy(() -> h.liftTest(95)).isInstanceOf(InvalidValueException.class).hasMessageContaining("confidence");
    }
}
