package io.github.mediaops.analytics.measure.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionTest {
    static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    static List<Journey> goldenJourneys() {
        List<Journey> out = new ArrayList<>();
        for (String[] r : Golden.rows("attribution_journeys.csv")) {
            List<ChannelTouch> tps = new ArrayList<>();
            for (String t : r[2].split("\\|")) {
                String[] ct = t.split("@");
                tps.add(new ChannelTouch(ct[0], Instant.ofEpochSecond(Long.parseLong(ct[1]))));
            }
            out.add(new Journey(tps, Boolean.parseBoolean(r[0]), Instant.ofEpochSecond(Long.parseLong(r[1]))));
        }
        return out;
    }

    @Test
    void every_model_matches_the_python_reference() {
        List<Journey> js = goldenJourneys();
        Map<String, AttributionModel> models = Map.of("first-touch", AttributionModel.firstTouch(),
                "last-touch", AttributionModel.lastTouch(), "linear", AttributionModel.linear(),
                "position-based", AttributionModel.positionBased(),
                "time-decay", AttributionModel.timeDecay(Duration.ofDays(7)),
                "markov", AttributionModel.markov(), "shapley", AttributionModel.shapley());
        Map<String, AttributionResult> results = new java.util.HashMap<>();
        models.forEach((k, m) -> results.put(k, Attribution.credit(js, m)));
        int checked = 0;
        for (String[] r : Golden.rows("attribution.csv")) {
            double expected = Double.parseDouble(r[2]);
            if (r[0].equals("markov-removal")) {
                assertThat(results.get("markov").removalEffects().get(r[1])).isCloseTo(expected, within(1e-9));
            } else {
                assertThat(results.get(r[0]).credit(r[1])).as("%s %s", r[0], r[1]).isCloseTo(expected, within(1e-9));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(8 * 5);
        assertThat(results.get("markov").conversions()).isEqualTo(140);
    }

    static Journey j(boolean converted, String... channels) {
        List<ChannelTouch> tps = new ArrayList<>();
        for (int i = 0; i < channels.length; i++) {
            tps.add(new ChannelTouch(channels[i], T.plusSeconds(3600L * i)));
        }
        return new Journey(tps, converted, T.plusSeconds(3600L * channels.length));
    }

    /**
     * The worked example of S. Puzyrov, "Markov Chain Attribution – Simple Explanation of Removal Effect"
     * (2019, serhiipuzyrov.com): paths google ads (2 conversions), mailing (1), google ads > mailing (1),
     * google ads (no conversion). Its transition table gives P(conv) = 0.8·(0.5 + 0.25·1) + 0.2·1 = 0.8;
     * removing google ads leaves 0.2 (removal effect 0.75), removing mailing leaves 0.4 (0.5), so the
     * 4 conversions split 0.75/1.25 and 0.5/1.25: 2.4 and 1.6.
     */
    @Test
    void markov_reproduces_the_published_removal_effect_example() {
        List<PathCount> paths = List.of(PathCount.path("google ads").converted(2).notConverted(0), PathCount.path("mailing").converted(1).notConverted(0),
                PathCount.path("google ads", "mailing").converted(1).notConverted(0), PathCount.path("google ads").converted(0).notConverted(1));
        AttributionResult r = Attribution.creditPaths(paths, AttributionModel.markov());
        assertThat(r.removalEffects().get("google ads")).isCloseTo(0.75, within(1e-12));
        assertThat(r.removalEffects().get("mailing")).isCloseTo(0.5, within(1e-12));
        assertThat(r.credit("google ads")).isCloseTo(2.4, within(1e-12));
        assertThat(r.credit("mailing")).isCloseTo(1.6, within(1e-12));
    }

    /**
     * The glove game, the textbook Shapley example (e.g. Wikipedia, "Shapley value"): players 1 and 2
     * hold left gloves, player 3 a right glove; a coalition is worth 1 if it can form a pair. Shapley
     * values: 1/6, 1/6, 2/3.
     */
    @Test
    void shapley_reproduces_the_glove_game() {
        Map<String, Double> phi = Attribution.shapley(List.of("L1", "L2", "R"),
                s -> s.contains("R") && (s.contains("L1") || s.contains("L2")) ? 1 : 0);
        assertThat(phi.get("L1")).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(phi.get("L2")).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(phi.get("R")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void shapley_attribution_equals_the_simplified_formula_of_zhao_et_al() {
        // φ_j = Σ over converting channel sets S containing j of conversions(S) / |S|
        List<Journey> js = goldenJourneys();
        AttributionResult r = Attribution.credit(js, AttributionModel.shapley());
        Map<String, Double> simplified = new java.util.HashMap<>();
        for (Journey j : js) {
            if (j.converted()) {
                Set<String> s = Set.copyOf(j.channels());
                s.forEach(c -> simplified.merge(c, 1.0 / s.size(), Double::sum));
            }
        }
        simplified.forEach((c, v) -> assertThat(r.credit(c)).isCloseTo(v, within(1e-9)));
    }

    @Test
    void position_based_splits_40_20_40() {
        AttributionResult r = Attribution.credit(List.of(j(true, "a", "b", "c", "d")), AttributionModel.positionBased());
        assertThat(r.credit("a")).isCloseTo(0.4, within(1e-12));
        assertThat(r.credit("b")).isCloseTo(0.1, within(1e-12));
        assertThat(r.credit("d")).isCloseTo(0.4, within(1e-12));
        AttributionResult two = Attribution.credit(List.of(j(true, "a", "b")), AttributionModel.positionBased());
        assertThat(two.credit("a")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void time_decay_halves_per_half_life() {
        Journey journey = new Journey(List.of(new ChannelTouch("old", T), new ChannelTouch("new", T.plus(Duration.ofDays(7)))),
                true, T.plus(Duration.ofDays(7)));
        AttributionResult r = Attribution.credit(List.of(journey), AttributionModel.timeDecay(Duration.ofDays(7)));
        assertThat(r.credit("new") / r.credit("old")).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void paths_without_conversion_get_no_credit() {
        for (AttributionModel m : List.of(AttributionModel.firstTouch(), AttributionModel.linear(),
                AttributionModel.markov(), AttributionModel.shapley(), AttributionModel.timeDecay(Duration.ofDays(1)))) {
            AttributionResult r = Attribution.credit(List.of(j(false, "a", "b"), j(false, "c")), m);
            assertThat(r.conversions()).isZero();
            assertThat(r.credits().values()).allMatch(v -> v == 0.0);
        }
    }

    @Test
    void rejects_unsorted_touchpoints_and_empty_paths() {
        assertThatThrownBy(() -> new Journey(List.of(new ChannelTouch("a", T.plusSeconds(60)), new ChannelTouch("b", T)), true,
                T.plusSeconds(120))).isInstanceOf(InvalidValueException.class).hasMessageContaining("touchpoints[1]");
        assertThatThrownBy(() -> new Journey(List.of(), true, T)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Journey(List.of(new ChannelTouch("a", T)), true, T.minusSeconds(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("endedAt");
    }

    @Test
    void time_decay_needs_times() {
        assertThatThrownBy(() -> Attribution.creditPaths(List.of(PathCount.path("a").converted(1).notConverted(0)),
                AttributionModel.timeDecay(Duration.ofDays(7)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("journeys");
    }
}
