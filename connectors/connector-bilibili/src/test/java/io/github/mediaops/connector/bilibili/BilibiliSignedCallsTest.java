package io.github.mediaops.connector.bilibili;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator checks every signature as Bilibili does; these show the connector's requests pass and bad ones do not. */
class BilibiliSignedCallsTest {
    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    private final ManualClock clock = new ManualClock(T0);
    private final DateRange today = DateRange.day(LocalDate.ofInstant(T0, BilibiliConnector.ZONE));
    private BilibiliSimulator sim;
    private BilibiliConnector good;

    @BeforeEach
    void start() {
        sim = BilibiliSimulator.builder().clock(clock).build();
        BilibiliTestSupport.seed(sim, clock);
        good = BilibiliTestSupport.authorized(sim, clock);
    }

    @AfterEach
    void stop() {
        good.close();
        sim.close();
    }

    @Test
    void signed_with_another_secret_is_refused_as_a_bad_signature() {
        try (BilibiliConnector wrong = BilibiliConnector.builder(BilibiliTestSupport.config(sim.baseUrl(), sim.clientId(),
                "not-the-secret", clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build()) {
            wrong.seed(good.grant(BilibiliTestSupport.OPEN_ID).orElseThrow());
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> wrong.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, today));
            assertThat(e.details().platformCode()).hasValue("4002");
            assertThat(e.getMessage()).doesNotContain("not-the-secret");
        }
    }

    @Test
    void every_request_carries_a_new_nonce_and_a_repeated_one_is_refused() {
        for (int i = 0; i < 3; i++) {
            assertThat(good.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, today)).isNotEmpty();
        }
        try (BilibiliConnector stuck = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5)).nonces(() -> "same")
                .build()) {
            stuck.seed(good.grant(BilibiliTestSupport.OPEN_ID).orElseThrow());
            assertThat(stuck.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, today)).isNotEmpty();
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> stuck.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, today));
            assertThat(e.details().platformCode()).hasValue("4004");
        }
    }

    @Test
    void a_clock_more_than_ten_minutes_off_is_refused_as_an_expired_request() {
        ManualClock fast = new ManualClock(T0.plus(Duration.ofMinutes(11)));
        try (BilibiliConnector skewed = BilibiliTestSupport.builder(sim, fast, Duration.ofSeconds(5)).build()) {
            skewed.seed(good.grant(BilibiliTestSupport.OPEN_ID).orElseThrow());
            DateRange skewedToday = DateRange.day(LocalDate.ofInstant(fast.instant(), BilibiliConnector.ZONE));
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> skewed.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, skewedToday));
            assertThat(e.details().platformCode()).hasValue("4003");
        }
    }
}
