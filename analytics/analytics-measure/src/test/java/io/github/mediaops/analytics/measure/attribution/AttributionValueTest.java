package io.github.mediaops.analytics.measure.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Value-weighted credits, higher-order Markov chains and collapsed repeats against
 * {@code src/test/python/attribution_value_golden.py} (numpy, from the definitions; output in
 * {@code golden/attribution_value.csv}).
 */
class AttributionValueTest {

    /** The golden journeys, converted journey j worth 50 + 10·(j mod 7) as the script defines. */
    static List<Journey> valuedJourneys() {
        List<Journey> js = AttributionTest.goldenJourneys();
        List<Journey> out = new ArrayList<>();
        for (int j = 0; j < js.size(); j++) {
            Journey x = js.get(j);
            out.add(x.converted() ? x.withConversionValue(50 + 10 * (j % 7)) : x);
        }
        return out;
    }

    @Test
    void value_credits_markov_orders_and_collapsed_repeats_match_the_python_reference() {
        List<Journey> js = valuedJourneys();
        List<PathCount> paths = PathCount.of(js);
        AttributionResult linear = Attribution.credit(js, AttributionModel.linear());
        AttributionResult decay = Attribution.credit(js, AttributionModel.timeDecay(Duration.ofDays(7)));
        AttributionResult shapley = Attribution.creditPaths(paths, AttributionModel.shapley());
        AttributionResult markov = Attribution.creditPaths(paths, AttributionModel.markov());
        AttributionResult markov2 = Attribution.creditPaths(paths, AttributionModel.markov(2));
        AttributionResult markov3 = Attribution.creditPaths(paths, AttributionModel.markov(3));
        List<PathCount> once = PathCount.collapsingRepeats(paths);
        AttributionResult collapsed = Attribution.creditPaths(once, AttributionModel.markov(2));
        AttributionResult collapsedLinear = Attribution.creditPaths(once, AttributionModel.linear());
        int checked = 0;
        for (String[] r : Golden.rows("attribution_value.csv")) {
            double expected = Double.parseDouble(r[2]);
            double actual = switch (r[0]) {
                case "total-value" -> linear.conversionValue();
                case "linear-value" -> linear.valueCredit(r[1]);
                case "time-decay-value" -> decay.valueCredit(r[1]);
                case "shapley-value" -> shapley.valueCredit(r[1]);
                case "markov-value" -> markov.valueCredit(r[1]);
                case "markov2-removal" -> markov2.removalEffects().get(r[1]);
                case "markov2" -> markov2.credit(r[1]);
                case "markov3-removal" -> markov3.removalEffects().get(r[1]);
                case "markov3" -> markov3.credit(r[1]);
                case "collapsed-markov2-removal" -> collapsed.removalEffects().get(r[1]);
                case "collapsed-linear" -> collapsedLinear.credit(r[1]);
                default -> throw new AssertionError(r[0]);
            };
            assertThat(actual).as("%s %s", r[0], r[1]).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            checked++;
        }
        assertThat(checked).isEqualTo(1 + 5 * 10);
        // the orders and the collapse change the answer: each is a different model
        assertThat(markov2.removalEffects().get("search-ad")).isNotCloseTo(markov.removalEffects().get("search-ad"), within(1e-6));
        assertThat(collapsed.removalEffects().get("wechat-article"))
                .isNotCloseTo(markov2.removalEffects().get("wechat-article"), within(1e-6));
        assertThat(collapsedLinear.credit("wechat-article")).isNotCloseTo(linear.credit("wechat-article"), within(1e-6));
        // a first-order chain does not see repeats: self-loops only delay absorption
        assertThat(Attribution.creditPaths(once, AttributionModel.markov()).removalEffects().get("wechat-article"))
                .isCloseTo(markov.removalEffects().get("wechat-article"), within(1e-12));
        // value credits add up to the total value for every model
        for (AttributionResult r : List.of(linear, decay, shapley, markov)) {
            assertThat(r.valueCredits().values().stream().mapToDouble(Double::doubleValue).sum())
                    .as(r.model()).isCloseTo(11420, within(1e-6));
        }
    }

    @Test
    void collapsing_repeats_merges_paths_that_become_equal() {
        List<PathCount> ps = PathCount.collapsingRepeats(List.of(
                PathCount.path("a", "a", "b").converted(2).notConverted(3).worth(100),
                PathCount.path("a", "b", "b").converted(1).notConverted(1).worth(40),
                PathCount.path("b", "a", "a", "b").converted(1)));
        assertThat(ps).containsExactly(PathCount.path("a", "b").converted(3).notConverted(4).worth(140),
                PathCount.path("b", "a", "b").converted(1));
    }

    @Test
    void bad_values_and_orders_are_refused_with_the_field_named() {
        Journey notConverted = AttributionTest.j(false, "a");
        assertThatThrownBy(() -> notConverted.withConversionValue(10)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("conversionValue");
        assertThatThrownBy(() -> AttributionTest.j(true, "a").withConversionValue(-1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("conversionValue");
        assertThatThrownBy(() -> PathCount.path("a").worth(Double.NaN)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("conversionValue");
        assertThatThrownBy(() -> AttributionModel.markov(5)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("order");
        assertThat(AttributionModel.positionBased().withFirst(0.3).withLast(0.5).name()).isEqualTo("position-based(0.3/0.5)");
        assertThatThrownBy(() -> AttributionModel.positionBased().withFirst(0.7)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("first + last");
    }
}
