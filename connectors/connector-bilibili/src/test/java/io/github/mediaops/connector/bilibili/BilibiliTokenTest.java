package io.github.mediaops.connector.bilibili;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.github.mediaops.connector.tck.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BilibiliTokenTest {
    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    private final ManualClock clock = new ManualClock(T0);
    private BilibiliSimulator sim;
    private DateRange today;

    @BeforeEach
    void start() {
        sim = BilibiliSimulator.builder().clock(clock).accessTtl(Duration.ofDays(30)).build();
        BilibiliTestSupport.seed(sim, clock);
        LocalDate day = LocalDate.ofInstant(T0, BilibiliConnector.ZONE);
        today = DateRange.of(day, day);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void authorize_reads_the_openid_and_takes_expires_in_as_an_absolute_unix_time() {
        try (BilibiliConnector c = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            UserGrant g = c.authorize(sim.authorizationCode(BilibiliTestSupport.OPEN_ID));
            assertThat(g.account()).isEqualTo(BilibiliTestSupport.OPEN_ID);
            assertThat(g.accessExpiresAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
            assertThat(g.refreshExpiresAt()).as("Bilibili reports no refresh-token lifetime").isNull();
            assertThat(g.toString()).doesNotContain(g.accessToken().reveal()).doesNotContain(g.refreshToken().reveal());
            assertThat(c.grant(BilibiliTestSupport.OPEN_ID)).isPresent();
        }
    }

    @Test
    void expires_in_below_the_epoch_threshold_is_a_lifetime() {
        Instant now = Instant.parse("2026-07-01T00:00:00Z");
        assertThat(BilibiliConnector.expiry("t", 7200L, now)).isEqualTo(now.plusSeconds(7200));
        assertThat(BilibiliConnector.expiry("t", 1785340800L, now)).isEqualTo(Instant.ofEpochSecond(1785340800L));
    }

    @Test
    void a_used_code_is_refused_with_a_typed_credentials_error() {
        try (BilibiliConnector c = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            String code = sim.authorizationCode(BilibiliTestSupport.OPEN_ID);
            c.authorize(code);
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> c.authorize(code));
            assertThat(e).isNotNull();
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.details().platformCode()).contains("122002");
        }
    }

    @Test
    void each_refresh_stores_the_new_pair_and_a_reused_refresh_token_is_a_typed_reauthorization_error() {
        try (BilibiliConnector c = BilibiliTestSupport.authorized(sim, clock)) {
            UserGrant first = c.grant(BilibiliTestSupport.OPEN_ID).orElseThrow();
            sim.expireTokens();
            assertThat(c.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, today)).isNotEmpty();
            UserGrant second = c.grant(BilibiliTestSupport.OPEN_ID).orElseThrow();
            assertThat(sim.refreshes()).isEqualTo(1);
            assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
            assertThat(second.refreshToken()).as("the new refresh token is stored").isNotEqualTo(first.refreshToken());

            // another system still holding the first pair tries the used refresh token
            try (BilibiliConnector stale = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(5))
                    .tokenStore(new InMemoryTokenStore()).build()) {
                stale.seed(first);
                sim.expireTokens();
                ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                        () -> stale.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, today));
                assertThat(e).isNotNull();
                assertThat(e.getMessage()).contains(BilibiliTestSupport.OPEN_ID).contains("122007")
                        .doesNotContain(first.refreshToken().reveal());
            }
            assertThat(sim.refreshes()).as("the used refresh token produced nothing").isEqualTo(1);

            // the connector holding the second pair keeps working
            assertThat(c.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, today)).isNotEmpty();
            assertThat(sim.refreshes()).isEqualTo(2);
        }
    }

    @Test
    void two_instances_sharing_a_token_store_refresh_once_and_never_reuse_the_refresh_token() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        try (BilibiliConnector a = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(10)).tokenStore(store).build();
             BilibiliConnector b = BilibiliTestSupport.builder(sim, clock, Duration.ofSeconds(10)).tokenStore(store).build()) {
            a.authorize(sim.authorizationCode(BilibiliTestSupport.OPEN_ID));
            clock.advance(Duration.ofDays(31)); // the stored access token has expired
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<AudienceMetrics>>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    BilibiliConnector c = i % 2 == 0 ? a : b;
                    Callable<List<AudienceMetrics>> call = () -> {
                        go.await();
                        LocalDate day = LocalDate.ofInstant(clock.instant(), BilibiliConnector.ZONE);
                        return c.audienceMetrics().audienceMetrics(BilibiliTestSupport.ACCOUNT, DateRange.of(day, day));
                    };
                    results.add(pool.submit(call));
                }
                go.countDown();
                for (Future<List<AudienceMetrics>> f : results) {
                    assertThat(f.get().get(0).count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(166L);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(sim.refreshes()).isEqualTo(1);
        }
    }
}
