package io.github.mediaops.analytics.measure.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DailyDeltasTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static List<CounterReading> readings(String name) {
        List<CounterReading> out = new ArrayList<>();
        for (String[] r : Golden.rows("series_" + name + "_readings.csv")) {
            out.add(new CounterReading(Instant.parse(r[0]), Long.parseLong(r[1])));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"shanghai", "newyork_dst"})
    void matches_numpy_interpolation_with_resets_gaps_and_dst(String name) {
        ZoneId zone = ZoneId.of(Golden.header("series_" + name + "_readings.csv").substring("zone=".length()));
        List<DailyDelta> got = DailyDeltas.in(zone).apply(readings(name));
        List<String[]> expected = Golden.rows("series_" + name + "_deltas.csv");
        assertThat(got).hasSize(expected.size());
        for (int i = 0; i < got.size(); i++) {
            String[] e = expected.get(i);
            DailyDelta d = got.get(i);
            assertThat(d.day()).isEqualTo(LocalDate.parse(e[0]));
            assertThat(d.delta().getAsDouble()).isCloseTo(Double.parseDouble(e[1]), within(1e-6));
            assertThat(d.acrossGap()).as("gap on %s", e[0]).isEqualTo(Boolean.parseBoolean(e[2]));
            assertThat(d.afterReset()).as("reset on %s", e[0]).isEqualTo(Boolean.parseBoolean(e[3]));
        }
        assertThat(got).anyMatch(DailyDelta::acrossGap).anyMatch(DailyDelta::afterReset);
    }

    @Test
    void readings_at_midnight_give_exact_differences() {
        List<CounterReading> rs = List.of(
                new CounterReading(Instant.parse("2026-11-01T16:00:00Z"), 100), // 00:00 Shanghai on Nov 2
                new CounterReading(Instant.parse("2026-11-02T16:00:00Z"), 250),
                new CounterReading(Instant.parse("2026-11-03T16:00:00Z"), 260));
        List<DailyDelta> d = DailyDeltas.in(SHANGHAI).apply(rs);
        assertThat(d).extracting(x -> x.delta().getAsDouble()).containsExactly(150.0, 10.0);
        assertThat(d).extracting(DailyDelta::day).containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
    }

    @Test
    void a_reset_counts_the_new_value_as_the_increase() {
        List<CounterReading> rs = List.of(
                new CounterReading(Instant.parse("2026-11-01T16:00:00Z"), 500),
                new CounterReading(Instant.parse("2026-11-02T04:00:00Z"), 40), // re-uploaded: restarted from 0
                new CounterReading(Instant.parse("2026-11-02T16:00:00Z"), 100));
        DailyDelta d = DailyDeltas.in(SHANGHAI).apply(rs).get(0);
        assertThat(d.delta().getAsDouble()).isEqualTo(100.0);
        assertThat(d.afterReset()).isTrue();
    }

    @Test
    void gap_days_are_absent_under_the_absent_policy() {
        List<CounterReading> rs = List.of(
                new CounterReading(Instant.parse("2026-11-01T16:00:00Z"), 0),
                new CounterReading(Instant.parse("2026-11-04T16:00:00Z"), 300));
        List<DailyDelta> interp = DailyDeltas.in(SHANGHAI).apply(rs);
        assertThat(interp).hasSize(3).allMatch(DailyDelta::acrossGap);
        assertThat(interp.get(0).delta().getAsDouble()).isCloseTo(100.0, within(1e-9));
        List<DailyDelta> absent = DailyDeltas.in(SHANGHAI).withGapPolicy(DailyDeltas.GapPolicy.ABSENT).apply(rs);
        assertThat(absent).hasSize(3).allMatch(x -> x.delta().isEmpty());
        assertThat(DailyDeltas.in(SHANGHAI).withMaxGap(Duration.ofDays(4)).apply(rs)).noneMatch(DailyDelta::acrossGap);
    }

    @Test
    void rejects_unsorted_readings() {
        List<CounterReading> rs = List.of(new CounterReading(Instant.parse("2026-11-02T00:00:00Z"), 5),
                new CounterReading(Instant.parse("2026-11-01T00:00:00Z"), 3));
        assertThatThrownBy(() -> DailyDeltas.in(SHANGHAI).apply(rs)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("readings[1]");
    }

    @Test
    void fewer_than_two_readings_give_no_days() {
        assertThat(DailyDeltas.in(SHANGHAI).apply(List.of())).isEmpty();
        assertThat(DailyDeltas.in(SHANGHAI).apply(List.of(new CounterReading(Instant.EPOCH, 1)))).isEmpty();
    }

    @Test
    void rejects_negative_counter() {
        assertThatThrownBy(() -> new CounterReading(Instant.EPOCH, -1)).isInstanceOf(InvalidValueException.class);
    }
}
