package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UserTokensTest {
    private static final Duration DAY = Duration.ofDays(1);

    /** A clock the test moves forward. */
    static final class Moving extends Clock {
        volatile Instant now = Instant.parse("2026-11-20T00:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    /**
     * A platform as Douyin documents it (platform-apis-2.md §3.1): access 15 d, refresh 30 d; the refresh grant keeps
     * the refresh token and its expiry; a renewal kills the old refresh token and issues a new 30-day one, at most
     * {@code limit} times (then 10020).
     */
    static final class FakePlatform implements UserTokenGrants {
        final Moving clock;
        final boolean rotates;
        final int limit;
        final List<String> refreshedWith = new ArrayList<>();
        final List<String> renewedWith = new ArrayList<>();
        final AtomicInteger refreshCalls = new AtomicInteger();
        String validRefresh = "rt-0";
        Instant refreshExpires;
        int issued;

        FakePlatform(Moving clock, boolean rotates, int limit) {
            this.clock = clock;
            this.rotates = rotates;
            this.limit = limit;
        }

        private AuthenticationException refused(String what) {
            return new AuthenticationException(what, ErrorDetails.builder(Platform.DOUYIN).operation("oauth").build(), false);
        }

        @Override public synchronized UserGrant exchange(String code) {
            refreshExpires = clock.instant().plus(Duration.ofDays(30));
            return new UserGrant("open-1", Secret.of("at-" + issued++), clock.instant().plus(Duration.ofDays(15)),
                    Secret.of(validRefresh), refreshExpires, 0);
        }

        @Override public synchronized UserGrant refresh(UserGrant current) {
            refreshCalls.incrementAndGet();
            String rt = current.refreshToken().reveal();
            refreshedWith.add(rt);
            if (!rt.equals(validRefresh) || !clock.instant().isBefore(refreshExpires)) {
                throw refused("10010 refresh_token expired");
            }
            Instant at = clock.instant().plus(Duration.ofDays(15));
            if (rotates) {
                validRefresh = "rt-" + (refreshedWith.size());
                refreshExpires = clock.instant().plus(Duration.ofDays(30));
                return new UserGrant("open-1", Secret.of("at-" + issued++), at, Secret.of(validRefresh), refreshExpires, 0);
            }
            return new UserGrant("open-1", Secret.of("at-" + issued++), at, null, null, 0);
        }

        @Override public synchronized UserGrant renew(UserGrant current) {
            String rt = current.refreshToken().reveal();
            renewedWith.add(rt);
            if (renewedWith.size() > limit) {
                throw refused("10020 renewal limit");
            }
            validRefresh = "rt-renewed-" + renewedWith.size();
            refreshExpires = clock.instant().plus(Duration.ofDays(30));
            return new UserGrant("open-1", current.accessToken(), current.accessExpiresAt(), Secret.of(validRefresh),
                    refreshExpires, 0);
        }
    }

    private static UserTokens tokens(TokenStore store, Moving clock, RefreshRules rules, UserTokenGrants grants) {
        return new UserTokens("douyin:app1", Platform.DOUYIN, store, clock, Duration.ofMinutes(1), rules, grants);
    }

    @Test
    void an_authorised_account_uses_its_exchanged_token_until_it_expires_then_refreshes_keeping_the_refresh_token() {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, false, 5);
        UserTokens t = tokens(new InMemoryTokenStore(), clock, RefreshRules.renewable(5, Duration.ofDays(5)), p);
        UserGrant g = t.authorize("code-1");
        assertThat(g.account()).isEqualTo("open-1");
        assertThat(t.account("open-1").current().token().reveal()).isEqualTo("at-0");
        assertThat(p.refreshCalls).hasValue(0);

        clock.advance(Duration.ofDays(15));
        assertThat(t.account("open-1").current().token().reveal()).isEqualTo("at-1");
        assertThat(p.refreshedWith).containsExactly("rt-0");
        assertThat(p.renewedWith).as("the refresh token has 15 days left: no renewal yet").isEmpty();
        UserGrant stored = t.grant("open-1").orElseThrow();
        assertThat(stored.refreshToken().reveal()).isEqualTo("rt-0");
        assertThat(stored.refreshExpiresAt()).isEqualTo(Instant.parse("2026-12-20T00:00:00Z"));
    }

    @Test
    void a_renewable_refresh_token_is_renewed_near_its_expiry_at_most_the_allowed_times_then_the_host_must_reauthorise() {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, false, 5);
        UserTokens t = tokens(new InMemoryTokenStore(), clock, RefreshRules.renewable(5, Duration.ofDays(5)), p);
        t.authorize("code-1");
        // every 14 days the access token is refreshed; every ~28 days the refresh token is within 5 days of expiry
        int days = 0;
        while (days < 400) {
            clock.advance(Duration.ofDays(14));
            days += 14;
            try {
                t.account("open-1").current();
            } catch (ReauthorizationRequiredException e) {
                assertThat(e.account()).isEqualTo("open-1");
                assertThat(e.tokenExpired()).isFalse();
                assertThat(e.retryable()).isFalse();
                assertThat(e.getMessage()).contains("authorise the app again").doesNotContain("rt-");
                break;
            }
        }
        assertThat(p.renewedWith).as("5 renewals, no sixth attempt").hasSize(5);
        assertThat(t.grant("open-1").orElseThrow().renewals()).isEqualTo(5);
        // 30 days + 5 renewals × 30 days = 180 days of refresh tokens; the last refresh happens before day 180
        assertThat(days).isGreaterThanOrEqualTo(180).isLessThan(200);
        assertThat(allIssued()).as("every refresh used the refresh token valid at the time").containsAll(p.refreshedWith);
        assertThat(p.renewedWith).containsExactlyElementsOf(allIssued().subList(0, 5));
    }

    @Test
    void the_renewal_is_made_in_its_window_even_when_the_access_token_outlives_the_window() {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, false, 5);
        UserTokens t = tokens(new InMemoryTokenStore(), clock, RefreshRules.renewable(5, Duration.ofDays(5)), p);
        t.authorize("code-1");
        clock.advance(Duration.ofDays(21)); // access refreshed on day 21 lives to day 36; the refresh token dies on day 30
        t.account("open-1").current();
        assertThat(p.renewedWith).isEmpty();
        clock.advance(Duration.ofDays(5)); // day 26: inside the 5-day window although the access token is valid
        t.account("open-1").current();
        assertThat(p.renewedWith).containsExactly("rt-0");
        clock.advance(Duration.ofDays(7)); // day 33: the old refresh token would be dead; the renewed one works
        t.account("open-1").current();
        assertThat(t.grant("open-1").orElseThrow().refreshToken().reveal()).isEqualTo("rt-renewed-1");
    }

    private static List<String> allIssued() {
        List<String> all = new ArrayList<>(List.of("rt-0"));
        for (int i = 1; i <= 5; i++) {
            all.add("rt-renewed-" + i);
        }
        return all;
    }

    @Test
    void a_rotating_refresh_token_is_replaced_on_every_refresh_and_the_next_refresh_uses_the_new_one() {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, true, 0);
        UserTokens t = tokens(new InMemoryTokenStore(), clock, RefreshRules.rotating(), p);
        t.authorize("code-1");
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofDays(15));
            t.account("open-1").current();
        }
        assertThat(p.refreshedWith).containsExactly("rt-0", "rt-1", "rt-2");
        assertThat(t.grant("open-1").orElseThrow().refreshToken().reveal()).isEqualTo("rt-3");
    }

    @Test
    void a_refresh_token_the_platform_refuses_is_a_reauthorisation_error_not_a_retry() {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, false, 5);
        UserTokens t = tokens(new InMemoryTokenStore(), clock, RefreshRules.fixed(), p);
        t.authorize("code-1");
        p.validRefresh = "revoked-by-user";
        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> t.account("open-1").current()).isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining("open-1").hasMessageContaining("refused");
        assertThat(p.refreshCalls).hasValue(1);
    }

    @Test
    void an_account_that_never_authorised_gets_a_reauthorisation_error() {
        Moving clock = new Moving();
        UserTokens t = tokens(new InMemoryTokenStore(), clock, RefreshRules.fixed(), new FakePlatform(clock, false, 0));
        assertThatThrownBy(() -> t.account("open-x").current()).isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining("open-x").hasMessageContaining("has not authorised");
    }

    @Test
    void concurrent_callers_and_instances_sharing_a_store_refresh_an_account_once() throws Exception {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, false, 5);
        InMemoryTokenStore shared = new InMemoryTokenStore();
        UserTokens a = tokens(shared, clock, RefreshRules.renewable(5, Duration.ofDays(5)), p);
        UserTokens b = tokens(shared, clock, RefreshRules.renewable(5, Duration.ofDays(5)), p);
        a.authorize("code-1");
        clock.advance(Duration.ofDays(15));
        assertThat(concurrently(a, b, 16)).containsOnly("at-1");
        assertThat(p.refreshCalls).hasValue(1);
    }

    @Test
    void on_a_jdbc_store_the_chain_survives_a_restart_and_instances_refresh_an_account_once() throws Exception {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, false, 5);
        JdbcTokenStore store = new JdbcTokenStore(TestDatabases.h2("user-tokens")).createTableIfMissing();
        tokens(store, clock, RefreshRules.renewable(5, Duration.ofDays(5)), p).authorize("code-1");
        clock.advance(Duration.ofDays(26)); // inside the renewal window
        UserTokens a = tokens(store, clock, RefreshRules.renewable(5, Duration.ofDays(5)), p);
        UserTokens b = tokens(store, clock, RefreshRules.renewable(5, Duration.ofDays(5)), p);
        assertThat(concurrently(a, b, 8)).containsOnly("at-1");
        assertThat(p.refreshCalls).hasValue(1);
        assertThat(p.renewedWith).containsExactly("rt-0");
        UserGrant restarted = tokens(store, clock, RefreshRules.renewable(5, Duration.ofDays(5)), p).grant("open-1").orElseThrow();
        assertThat(restarted.refreshToken().reveal()).isEqualTo("rt-renewed-1");
        assertThat(restarted.renewals()).isEqualTo(1);
        assertThat(restarted.refreshExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    }

    @Test
    void the_renewal_count_is_stored_typed_and_a_count_stored_the_old_way_is_still_honoured() {
        Moving clock = new Moving();
        FakePlatform p = new FakePlatform(clock, false, 5);
        InMemoryTokenStore store = new InMemoryTokenStore();
        RefreshRules rules = RefreshRules.renewable(5, Duration.ofDays(5));
        tokens(store, clock, rules, p).authorize("code-1");
        // as an earlier snapshot left it: 4 renewals as text in the refresh-token slot of the chain entry
        String chainKey = "douyin:app1:user:open-1:refresh";
        AccessToken legacy = new AccessToken(Secret.of("rt-0"), clock.instant().plus(Duration.ofDays(30)), Secret.of("4"));
        store.refresh(chainKey, store.get(chainKey).orElseThrow(), clock.instant(), Duration.ZERO, x -> legacy);
        assertThat(tokens(store, clock, rules, p).grant("open-1").orElseThrow().renewals()).isEqualTo(4);

        clock.advance(Duration.ofDays(26)); // inside the renewal window: the fifth and last renewal
        UserTokens t = tokens(store, clock, rules, p);
        t.account("open-1").current();

        assertThat(p.renewedWith).containsExactly("rt-0");
        assertThat(store.get(chainKey)).hasValueSatisfying(c -> {
            assertThat(c.refreshRenewals()).isEqualTo(5);
            assertThat(c.refresh()).as("the slot holds no count any more").isEmpty();
            assertThat(c.toString()).doesNotContain("rt-renewed").contains("refreshRenewals=5");
        });
        clock.advance(Duration.ofDays(26));
        t.account("open-1").current();
        assertThat(p.renewedWith).as("no sixth renewal").hasSize(1);
    }

    /** {@code callers} threads, alternating between two instances, ask for account open-1's token at once. */
    private static List<String> concurrently(UserTokens a, UserTokens b, int callers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> got = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                UserTokens t = i % 2 == 0 ? a : b;
                got.add(pool.submit(() -> {
                    start.await();
                    return t.account("open-1").current().token().reveal();
                }));
            }
            start.countDown();
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : got) {
                tokens.add(f.get(20, TimeUnit.SECONDS));
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void grants_and_tokens_never_print_secrets() {
        UserGrant g = new UserGrant("open-1", Secret.of("at-secret"), Instant.EPOCH, Secret.of("rt-secret"), null, 0);
        assertThat(g.toString()).doesNotContain("secret").contains("open-1");
    }
}
