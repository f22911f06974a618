package io.github.mediaops.connector.tiktok;

import static io.github.mediaops.connector.tiktok.TikTokTestSupport.ACCOUNT;
import static io.github.mediaops.connector.tiktok.TikTokTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.metrics.AudienceMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TikTokTokenTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final TikTokSimulator sim = TikTokSimulator.builder().clock(clock).build();

    @AfterEach
    void stop() {
        sim.close();
    }

    private TikTokConnector connector() {
        return TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build();
    }

    private List<AudienceMetrics> read(TikTokConnector c) {
        return c.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(LocalDate.now(clock.withZone(TikTokConnector.ZONE))));
    }

    @Test
    void the_code_exchange_gives_the_open_id_and_tiktoks_lifetimes_24_hours_and_365_days() {
        try (TikTokConnector c = connector()) {
            UserGrant g = c.authorize(sim.authorizationCode(OPEN_ID));
            assertThat(g.account()).isEqualTo(OPEN_ID);
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
            assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(365)));
            assertThat(g.toString()).doesNotContain("act.").doesNotContain("rft.");
            assertThat(c.toString()).doesNotContain(sim.clientSecret());
        }
    }

    @Test
    void an_expired_access_token_is_refreshed_and_the_rotated_refresh_token_replaces_the_old_one() {
        sim.putCreator(OPEN_ID, "brand", "Brand", List.of("SELF_ONLY"), 60, 7L, 1L, 2L);
        try (TikTokConnector c = connector()) {
            UserGrant first = c.authorize(sim.authorizationCode(OPEN_ID));
            clock.advance(Duration.ofHours(25));
            assertThat(read(c)).singleElement().satisfies(m -> assertThat(m.values()).isNotEmpty());
            UserGrant second = c.grant(OPEN_ID).orElseThrow();
            assertThat(sim.refreshes()).isEqualTo(1);
            assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
            assertThat(second.accessExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
            clock.advance(Duration.ofHours(25));
            read(c);
            assertThat(sim.refreshes()).as("the next refresh used the rotated token").isEqualTo(2);

            // another instance still holding the first refresh token: TikTok refuses it (invalid_grant)
            try (TikTokConnector stale = connector()) {
                stale.seed(new UserGrant(OPEN_ID, first.accessToken(), clock.instant().minusSeconds(1), first.refreshToken(),
                        first.refreshExpiresAt(), 0));
                ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                        () -> read(stale));
                assertThat(e).hasMessageContaining(OPEN_ID);
            }
        }
    }

    @Test
    void access_token_invalid_refreshes_once_and_repeats_the_call_once() {
        sim.putCreator(OPEN_ID, "brand", "Brand", List.of("SELF_ONLY"), 60, 7L, 1L, 2L);
        try (TikTokConnector c = connector()) {
            c.authorize(sim.authorizationCode(OPEN_ID));
            int api = sim.apiRequests();
            int tokens = sim.tokenRequests();
            sim.failNext(Fault.TOKEN_EXPIRED, 1);
            assertThat(read(c)).hasSize(1);
            assertThat(sim.tokenRequests() - tokens).as("one refresh").isEqualTo(1);
            assertThat(sim.apiRequests() - api).as("the refused call and its one repeat").isEqualTo(2);

            sim.failNext(Fault.TOKEN_EXPIRED, 5);
            tokens = sim.tokenRequests();
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> read(c));
            assertThat(e.details().platformCode()).contains("access_token_invalid");
            assertThat(e.details().httpStatus()).hasValue(401);
            assertThat(sim.tokenRequests() - tokens).as("no refresh loop").isEqualTo(1);
        }
    }

    @Test
    void a_scope_the_user_did_not_grant_is_a_permission_error_that_is_not_retried() {
        try (TikTokConnector c = connector()) {
            c.authorize(sim.authorizationCode(OPEN_ID));
            int api = sim.apiRequests();
            sim.failNext(Fault.BAD_CREDENTIALS, 3);
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class, () -> read(c));
            assertThat(e.retryable()).isFalse();
            assertThat(e.details().platformCode()).contains("scope_not_authorized");
            assertThat(sim.apiRequests() - api).isEqualTo(1);
        }
    }

    @Test
    void a_spent_code_and_a_wrong_redirect_uri_are_typed_oauth_errors() {
        try (TikTokConnector c = connector()) {
            String code = sim.authorizationCode(OPEN_ID);
            c.authorize(code);
            AuthenticationException spent = catchThrowableOfType(AuthenticationException.class, () -> c.authorize(code));
            assertThat(spent.tokenExpired()).isFalse();
            assertThat(spent.details().platformCode()).contains("invalid_grant");
        }
        try (TikTokConnector wrong = TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5))
                .redirectUri("https://elsewhere.example.com/cb").build()) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> wrong.authorize(sim.authorizationCode(OPEN_ID)));
            assertThat(e.details().platformCode()).contains("invalid_request");
            assertThat(e.details().platformMessage().orElse("")).contains("Redirect_uri");
        }
        try (TikTokConnector none = TikTokConnector.builder(TikTokTestSupport.config(sim.baseUrl(), sim.clientKey(),
                sim.clientSecret(), clock, Duration.ofSeconds(5))).build()) {
            InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> none.authorize("code.1"));
            assertThat(e.field()).isEqualTo("redirectUri");
        }
    }

    @Test
    void an_expired_refresh_token_asks_for_authorisation_again_without_a_loop() {
        try (TikTokConnector c = connector()) {
            c.authorize(sim.authorizationCode(OPEN_ID));
            clock.advance(Duration.ofDays(366));
            int tokens = sim.tokenRequests();
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                    () -> read(c));
            assertThat(e).hasMessageContaining(OPEN_ID);
            assertThat(sim.tokenRequests() - tokens).as("an expired refresh token is not even sent").isZero();
        }
    }
}
