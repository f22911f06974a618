package io.github.mediaops.analytics.measure.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DailyDeltasPropertiesTest {
    @Property(tries = 200)
    void deltas_of_a_growing_counter_are_non_negative_and_never_exceed_its_total_increase(
            @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 1, max = 50_000) Integer> gapsSeconds,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 1000) Integer> increments) {
        List<CounterReading> rs = new ArrayList<>();
        long t = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
        long v = 0;
        rs.add(new CounterReading(Instant.ofEpochSecond(t), v));
        for (int i = 0; i < gapsSeconds.size(); i++) {
            t += gapsSeconds.get(i) * 10L;
            v += increments.get(i);
            rs.add(new CounterReading(Instant.ofEpochSecond(t), v));
        }
        List<DailyDelta> ds = DailyDeltas.in(ZoneId.of("Asia/Shanghai")).apply(rs);
        double sum = 0;
        for (DailyDelta d : ds) {
            assertThat(d.delta().getAsDouble()).isGreaterThanOrEqualTo(-1e-9);
            sum += d.delta().getAsDouble();
        }
        assertThat(sum).isLessThanOrEqualTo(v + 1e-6);
    }
}
