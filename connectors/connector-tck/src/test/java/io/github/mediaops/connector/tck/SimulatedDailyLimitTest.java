package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SimulatedDailyLimitTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void each_account_gets_its_allowance_per_day_of_the_platforms_zone() {
        // 15:30 UTC is 23:30 in Shanghai: the Shanghai day ends half an hour later
        ManualClock clock = new ManualClock(Instant.parse("2026-11-20T15:30:00Z"));
        SimulatedDailyLimit limit = new SimulatedDailyLimit(clock, SHANGHAI, 2);

        assertThat(limit.take("alice")).isTrue();
        assertThat(limit.take("alice")).isTrue();
        assertThat(limit.take("alice")).isFalse();
        assertThat(limit.take("alice")).isFalse(); // a refused use is not counted, and does not help either
        assertThat(limit.take("bob")).isTrue();

        clock.advance(Duration.ofMinutes(29)); // 23:59 in Shanghai, still the same day
        assertThat(limit.take("alice")).isFalse();
        clock.advance(Duration.ofMinutes(1)); // 00:00 the next Shanghai day, though still 20 November in UTC
        assertThat(limit.take("alice")).isTrue();
        assertThat(limit.take("alice")).isTrue();
        assertThat(limit.take("alice")).isFalse();
    }
}
