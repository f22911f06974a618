package io.github.mediaops.analytics.measure.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FunnelTest {
    static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    static List<FunnelEvent> goldenEvents() {
        List<FunnelEvent> out = new ArrayList<>();
        for (String[] r : Golden.rows("funnel_events.csv")) {
            out.add(FunnelEvent.user(r[0]).reached(r[1], Instant.ofEpochSecond(Long.parseLong(r[2]))));
        }
        return out;
    }

    static void assertOpt(OptionalDouble got, String expected) {
        if (expected.isEmpty()) {
            assertThat(got).isEmpty();
        } else {
            assertThat(got.getAsDouble()).isCloseTo(Double.parseDouble(expected), within(1e-9));
        }
    }

    @Test
    void private_traffic_funnel_matches_python_reference() {
        FunnelResult r = Funnel.privateTraffic(Duration.ofDays(3)).apply(goldenEvents());
        List<String[]> expected = Golden.rows("funnel.csv");
        for (int i = 0; i < 3; i++) {
            String[] e = expected.get(i + 1);
            StepResult s = r.steps().get(i);
            assertThat(s.step()).isEqualTo(e[0]);
            assertThat(s.users()).isEqualTo(Long.parseLong(e[1]));
            assertOpt(s.conversionFromPrevious(), e[2]);
            assertOpt(s.conversionFromStart(), e[3]);
            assertThat(s.dropOff()).isEqualTo(Long.parseLong(e[4]));
            assertOpt(s.medianSecondsFromStart(), e[5]);
            assertOpt(s.meanSecondsFromStart(), e[6]);
        }
        assertThat(r.entered()).isEqualTo(600);
    }

    @Test
    void event_order_does_not_matter() {
        List<FunnelEvent> events = goldenEvents();
        FunnelResult a = Funnel.privateTraffic(Duration.ofDays(3)).apply(events);
        List<FunnelEvent> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        assertThat(Funnel.privateTraffic(Duration.ofDays(3)).apply(reversed).steps()).extracting(StepResult::users)
                .containsExactlyElementsOf(a.steps().stream().map(StepResult::users).toList());
    }

    @Test
    void steps_out_of_order_or_outside_the_window_do_not_count() {
        Funnel f = Funnel.of(Duration.ofHours(24), "view", "add", "buy");
        List<FunnelEvent> es = List.of(
                FunnelEvent.user("a").reached("buy", T), FunnelEvent.user("a").reached("view", T.plusSeconds(10)), // buy before view
                FunnelEvent.user("b").reached("view", T), FunnelEvent.user("b").reached("add", T.plusSeconds(60)),
                FunnelEvent.user("b").reached("buy", T.plus(Duration.ofHours(25))), // too late
                FunnelEvent.user("c").reached("view", T), FunnelEvent.user("c").reached("view", T.plus(Duration.ofHours(30))),
                FunnelEvent.user("c").reached("add", T.plus(Duration.ofHours(31))), FunnelEvent.user("c").reached("buy", T.plus(Duration.ofHours(32))));
        FunnelResult r = f.apply(es);
        assertThat(r.steps()).extracting(StepResult::users).containsExactly(3L, 2L, 1L);
        assertThat(r.steps().get(2).medianSecondsFromStart()).hasValue(2 * 3600.0); // from c's second view
        assertThat(r.steps().get(1).dropOff()).isEqualTo(1);
        assertThat(r.overallConversion().getAsDouble()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void no_entries_give_empty_rates_not_zero() {
        FunnelResult r = Funnel.of(Duration.ofDays(1), "view", "buy").apply(List.of(FunnelEvent.user("a").reached("buy", T)));
        assertThat(r.entered()).isZero();
        assertThat(r.overallConversion()).isEmpty();
        assertThat(r.steps().get(1).conversionFromPrevious()).isEmpty();
    }

    @Test
    void rejects_bad_funnels() {
        assertThatThrownBy(() -> Funnel.of(Duration.ofDays(1), "view")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Funnel.of(Duration.ofDays(1), "view", "view")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> Funnel.of(Duration.ZERO, "a", "b")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("window");
    }
}
