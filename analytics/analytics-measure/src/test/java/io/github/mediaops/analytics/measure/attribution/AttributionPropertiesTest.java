package io.github.mediaops.analytics.measure.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AttributionPropertiesTest {
    static final List<AttributionModel> MODELS = List.of(AttributionModel.firstTouch(), AttributionModel.lastTouch(),
            AttributionModel.linear(), AttributionModel.positionBased(), AttributionModel.timeDecay(Duration.ofDays(3)),
            AttributionModel.markov(), AttributionModel.shapley());

    @Provide
    Arbitrary<List<Journey>> journeys() {
        Arbitrary<Journey> journey = Combinators.combine(
                Arbitraries.of("a", "b", "c", "d", "e", "f").list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(0, 100_000).list().ofSize(6),
                Arbitraries.of(true, false)).as((chs, gaps, conv) -> {
                    List<ChannelTouch> tps = new ArrayList<>();
                    Instant t = Instant.parse("2026-11-01T00:00:00Z");
                    for (int i = 0; i < chs.size(); i++) {
                        t = t.plusSeconds(gaps.get(i));
                        tps.add(new ChannelTouch(chs.get(i), t));
                    }
                    return new Journey(tps, conv, t.plusSeconds(60));
                });
        return journey.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void credits_sum_to_conversions_and_are_non_negative(@ForAll("journeys") List<Journey> js) {
        long conversions = js.stream().filter(Journey::converted).count();
        for (AttributionModel m : MODELS) {
            AttributionResult r = Attribution.credit(js, m);
            assertThat(r.conversions()).isEqualTo(conversions);
            double sum = r.credits().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).as(m.name()).isCloseTo(conversions, within(1e-9 * Math.max(1, conversions)));
            assertThat(r.credits().values()).allMatch(v -> v >= -1e-12);
        }
    }
}
