package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_builder_hands_over_what_was_set_as_one_value() {
        SimulatedSpendTest.DemoBuilder b = new SimulatedSpendTest.DemoBuilder();
        SimulatedApp defaults = b.simulatedApp();
        assertThat(defaults.refreshLifetime()).isEmpty();
        b.app("app-2", "secret-2").clock(CLOCK).accessTtl(Duration.ofHours(2)).refreshTtl(Duration.ofDays(30));
        SimulatedApp app = b.simulatedApp();
        assertThat(app).isEqualTo(new SimulatedApp("app-2", "secret-2", CLOCK, Duration.ofHours(2), Duration.ofDays(30)));
        assertThat(app.refreshLifetime()).contains(Duration.ofDays(30));
        assertThat(defaults.id()).isEqualTo("app-1"); // a value: setting the builder later does not change it
    }

    @Test
    void only_the_right_id_and_secret_together_are_accepted() {
        SimulatedApp app = new SimulatedApp("app-1", "secret-1", CLOCK, Duration.ofDays(1), null);
        assertThat(app.accepts("app-1", "secret-1")).isTrue();
        assertThat(app.accepts("app-1", "secret-2")).isFalse();
        assertThat(app.accepts("app-2", "secret-1")).isFalse();
        assertThat(app.accepts(null, "secret-1")).isFalse();
        assertThat(app.accepts("app-1", null)).isFalse();
    }

    @Test
    void the_secret_never_prints_and_missing_parts_are_named() {
        SimulatedApp app = new SimulatedApp("app-1", "s3cr3t-value", CLOCK, Duration.ofDays(1), Duration.ofDays(30));
        assertThat(app.toString()).contains("app-1").contains("PT24H").doesNotContain("s3cr3t-value");
        assertThatThrownBy(() -> new SimulatedApp("app-1", null, CLOCK, Duration.ofDays(1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> new SimulatedApp("app-1", "s", CLOCK, null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("accessTtl");
    }
}
