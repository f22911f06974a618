package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedSpendTest {
    @Test
    void the_curve_gives_half_of_beta_at_half_saturation_and_approaches_beta() {
        SimulatedSpend curve = new SimulatedSpend(300, 1.2, 900);
        assertThat(curve.conversions(900)).isEqualTo(150); // s = K: beta / 2 by definition
        assertThat(curve.conversions(0)).isZero();
        // alpha = 1 is Michaelis–Menten: beta·s/(s+K) = 300·2700/3600 = 225
        assertThat(new SimulatedSpend(300, 1, 900).conversions(2700)).isEqualTo(225);
        assertThat(curve.conversions(1e9)).isEqualTo(300);
    }

    @Test
    void spends_stay_in_range_and_a_seed_always_gives_the_same_days() {
        double[] a = SimulatedSpend.dailySpends(90, 200, 2000, 7);
        assertThat(a).hasSize(90);
        assertThat(java.util.Arrays.stream(a).min().orElseThrow()).isGreaterThanOrEqualTo(200.0);
        assertThat(java.util.Arrays.stream(a).max().orElseThrow()).isLessThanOrEqualTo(2000.0);
        assertThat(SimulatedSpend.dailySpends(90, 200, 2000, 7)).containsExactly(a);
        assertThat(SimulatedSpend.dailySpends(90, 200, 2000, 8)).isNotEqualTo(a);
    }

    @Test
    void a_curve_or_range_that_makes_no_sense_is_refused() {
        assertThatThrownBy(() -> new SimulatedSpend(300, 0, 900)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha=0");
        assertThatThrownBy(() -> SimulatedSpend.dailySpends(3, 10, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max >= min");
    }

    static final class DemoBuilder extends SimulatorBuilder<DemoBuilder> {
        DemoBuilder() {
            super("app-1", "secret-1", Duration.ofDays(1), null);
        }

        DemoBuilder app(String id, String secret) {
            return credentials(id, secret);
        }
    }

    @Test
    void a_simulator_builder_keeps_defaults_until_set() {
        DemoBuilder b = new DemoBuilder();
        assertThat(b.id()).isEqualTo("app-1");
        assertThat(b.secret()).isEqualTo("secret-1");
        assertThat(b.accessTtl()).isEqualTo(Duration.ofDays(1));
        assertThat(b.refreshTtl()).isNull();
        assertThat(b.clock()).isEqualTo(Clock.systemUTC());
        Clock fixed = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
        b.app("app-2", "secret-2").clock(fixed).accessTtl(Duration.ofHours(2)).refreshTtl(Duration.ofDays(30));
        assertThat(b.id()).isEqualTo("app-2");
        assertThat(b.secret()).isEqualTo("secret-2");
        assertThat(b.clock()).isSameAs(fixed);
        assertThat(b.accessTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(b.refreshTtl()).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> b.clock(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
    }
}
