package io.github.mediaops.connector.kuaishou;

import static io.github.mediaops.connector.kuaishou.KuaishouTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
import io.github.mediaops.connector.support.JdbcTokenStore;
import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.Redactor;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KuaishouTokenTest {
    private final KuaishouTestSupport.MovingClock clock = new KuaishouTestSupport.MovingClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final KuaishouSimulator sim = KuaishouSimulator.builder().clock(clock).build();
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.KUAISHOU, OPEN_ID);

    @AfterEach
    void stop() {
        sim.close();
    }

    private void read(KuaishouConnector c) {
        c.audienceMetrics().audienceMetrics(ACCOUNT, DateRange.day(LocalDate.now(clock.withZone(KuaishouConnector.ZONE))));
    }

    @Test
    void the_code_exchange_gives_the_open_id_and_kuaishous_lifetimes_48_hours_and_180_days() {
        try (KuaishouConnector c = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            UserGrant g = c.authorize(sim.authorizationCode(OPEN_ID));
            assertThat(g.account()).isEqualTo(OPEN_ID);
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
            assertThat(g.refreshExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(180)));
            assertThat(g.toString()).doesNotContain("at.").doesNotContain("rt-");
            assertThat(c.toString()).doesNotContain(sim.appSecret());
        }
    }

    @Test
    void each_refresh_rotates_the_refresh_token_keeps_its_expiry_and_the_old_one_is_dead() {
        try (KuaishouConnector c = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            UserGrant first = c.authorize(sim.authorizationCode(OPEN_ID));
            sim.putFans(OPEN_ID, 5L);
            clock.advance(Duration.ofHours(49));
            read(c);
            UserGrant second = c.grant(OPEN_ID).orElseThrow();
            assertThat(sim.refreshes()).isEqualTo(1);
            assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
            assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
            assertThat(second.refreshExpiresAt()).as("the new refresh token inherits the old expiry")
                    .isEqualTo(first.refreshExpiresAt());
            clock.advance(Duration.ofHours(49));
            read(c);
            assertThat(sim.refreshes()).as("the rotated token was used for the next refresh").isEqualTo(2);

            // another system still holding the first refresh token: Kuaishou discarded it
            try (KuaishouConnector stale = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
                stale.seed(new UserGrant(OPEN_ID, first.accessToken(), clock.instant().minusSeconds(1), first.refreshToken(),
                        first.refreshExpiresAt(), 0));
                int before = sim.tokenRequests();
                ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                        () -> read(stale));
                assertThat(e).isNotNull();
                assertThat(e.account()).isEqualTo(OPEN_ID);
                assertThat(e.getMessage()).contains("100200100").doesNotContain(first.refreshToken().reveal());
                assertThat(sim.tokenRequests() - before).as("one refresh attempt, no loop").isEqualTo(1);
            }
        }
    }

    @Test
    void concurrent_calls_with_an_expired_token_refresh_once_so_no_call_meets_a_discarded_refresh_token() throws Exception {
        try (KuaishouConnector c = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            c.authorize(sim.authorizationCode(OPEN_ID));
            sim.putFans(OPEN_ID, 5L);
            clock.advance(Duration.ofHours(49));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    read(c);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : calls) {
                f.get(20, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(sim.refreshes()).isEqualTo(1);
        }
    }

    @Test
    void two_instances_sharing_a_jdbc_token_store_refresh_an_account_once() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:kuaishou-tokens;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        JdbcTokenStore store = new JdbcTokenStore(ds).createTableIfMissing();
        try (KuaishouConnector a = KuaishouTestSupport.builder(sim, clock, Duration.ofSeconds(5)).tokenStore(store).build();
             KuaishouConnector b = KuaishouTestSupport.builder(sim, clock, Duration.ofSeconds(5)).tokenStore(store).build()) {
            a.authorize(sim.authorizationCode(OPEN_ID));
            sim.putFans(OPEN_ID, 5L);
            clock.advance(Duration.ofHours(49));
            read(a);
            read(b);
            assertThat(sim.refreshes()).as("b used the token a stored, not the discarded refresh token").isEqualTo(1);
            assertThat(b.grant(OPEN_ID).orElseThrow().accessToken()).isEqualTo(a.grant(OPEN_ID).orElseThrow().accessToken());
        }
    }

    @Test
    void after_180_days_the_chain_has_run_out_and_the_host_is_told_to_reauthorise_without_a_call() {
        try (KuaishouConnector c = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            c.authorize(sim.authorizationCode(OPEN_ID));
            clock.advance(Duration.ofDays(181));
            int before = sim.tokenRequests();
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class, () -> read(c));
            assertThat(e).isNotNull();
            assertThat(e.retryable()).isFalse();
            assertThat(e.tokenExpired()).isFalse();
            assertThat(sim.tokenRequests()).isEqualTo(before);
            c.authorize(sim.authorizationCode(OPEN_ID));
            sim.putFans(OPEN_ID, 7L);
            read(c);
        }
    }

    @Test
    void an_expired_refresh_token_answered_100200113_asks_for_reauthorisation() {
        try (KuaishouConnector c = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            UserGrant g = c.authorize(sim.authorizationCode(OPEN_ID));
            // the connector believes the refresh token lives longer than Kuaishou does
            c.seed(new UserGrant(OPEN_ID, g.accessToken(), clock.instant().minusSeconds(1), g.refreshToken(),
                    clock.instant().plus(Duration.ofDays(400)), 0));
            clock.advance(Duration.ofDays(200));
            ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class, () -> read(c));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("100200113");
        }
    }

    @Test
    void a_wrong_app_secret_is_refused_typed_and_not_retried() {
        try (KuaishouConnector c = KuaishouConnector.builder(KuaishouTestSupport.config(sim.baseUrl(), sim.appId(), "wrong",
                clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> c.authorize(sim.authorizationCode(OPEN_ID)));
            assertThat(e).isNotNull();
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.platformCode()).hasValue("100200101");
            assertThat(sim.tokenRequests()).isEqualTo(1);
        }
    }

    @Test
    void a_code_is_single_use() {
        try (KuaishouConnector c = KuaishouTestSupport.connector(sim, clock, Duration.ofSeconds(5))) {
            String code = sim.authorizationCode(OPEN_ID);
            c.authorize(code);
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> c.authorize(code));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).hasValue("100200105");
        }
    }

    @Test
    void the_app_secret_and_upload_token_in_kuaishous_query_strings_are_masked_in_logs() {
        String url = "https://open.kuaishou.com/oauth2/refresh_token?app_id=ks1&app_secret=s3cr3t&refresh_token=rt-1"
                + "&grant_type=refresh_token";
        assertThat(Redactor.defaults().redact(url)).doesNotContain("s3cr3t").doesNotContain("rt-1").contains("app_id=ks1");
        assertThat(Redactor.defaults().redact("http://up.example/api/upload/fragment?upload_token=up-9&fragment_id=0"))
                .doesNotContain("up-9").contains("fragment_id=0");
        assertThat(Secret.of("s3cr3t").toString()).doesNotContain("s3cr3t");
    }
}
