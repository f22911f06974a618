package io.github.mediaops.connector.douyin;

import static io.github.mediaops.connector.douyin.DouyinTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DouyinTokenTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final DouyinSimulator sim = DouyinSimulator.builder().clock(clock).build();
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.DOUYIN, OPEN_ID);

    @AfterEach
    void stop() {
        sim.close();
    }

    private void read(DouyinConnector c) {
        LocalDate yesterday = LocalDate.now(clock.withZone(DouyinConnector.ZONE)).minusDays(1);
        c.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(yesterday));
    }

    @Test
    void the_code_exchange_gives_the_open_id_and_both_expiries() {
        try (DouyinConnector c = DouyinTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            UserGrant g = c.authorize(sim.authorizationCode(OPEN_ID));
            assertThat(g.account()).isEqualTo(OPEN_ID);
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(15)));
            assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
            assertThat(c.grant(OPEN_ID)).isPresent();
            assertThat(g.toString()).doesNotContain("act.").doesNotContain("rt-");
        }
    }

    @Test
    void the_token_chain_lasts_about_180_days_with_5_renewals_then_asks_the_host_to_reauthorise() {
        try (DouyinConnector c = DouyinTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            c.authorize(sim.authorizationCode(OPEN_ID));
            int days = 0;
            ReauthorizationRequiredException end = null;
            while (end == null && days < 400) {
                clock.advance(Duration.ofDays(7));
                days += 7;
                try {
                    read(c);
                } catch (ReauthorizationRequiredException e) {
                    end = e;
                }
            }
            assertThat(end).isNotNull();
            assertThat(end.account()).isEqualTo(OPEN_ID);
            assertThat(end.retryable()).isFalse();
            assertThat(end.tokenExpired()).isFalse();
            assertThat(sim.renewals()).isEqualTo(5);
            assertThat(days).isBetween(175, 190);
        }
    }

    @Test
    void a_refresh_token_the_platform_no_longer_knows_ends_in_reauthorisation_not_a_loop() {
        DouyinSimulator other = DouyinSimulator.builder().clock(clock).build();
        try (DouyinConnector c = DouyinTestSupport.connector(sim, clock, Duration.ofSeconds(5));
             other) {
            // tokens issued by another platform instance: the simulator answers 10010 to the refresh
            c.seed(new UserGrant(OPEN_ID, io.github.mediaops.core.connector.Secret.of("act.unknown"),
                    clock.instant().plusSeconds(3600), io.github.mediaops.core.connector.Secret.of("rt-unknown"),
                    clock.instant().plus(Duration.ofDays(20)), 0));
            int tokensBefore = sim.tokenRequests();
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class, () -> read(c));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("10010").doesNotContain("rt-unknown");
            assertThat(sim.tokenRequests() - tokensBefore).as("one refresh attempt").isEqualTo(1);
        }
    }

    @Test
    void a_wrong_client_secret_is_refused_typed_and_not_retried() {
        try (DouyinConnector c = DouyinConnector.builder(DouyinTestSupport.config(sim.baseUrl(), sim.clientKey(), "wrong",
                clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> c.authorize(sim.authorizationCode(OPEN_ID)));
            assertThat(e).isNotNull();
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.platformCode()).hasValue("10013");
            assertThat(sim.tokenRequests()).isEqualTo(1);
            assertThat(c.toString()).doesNotContain("wrong");
        }
    }
}
