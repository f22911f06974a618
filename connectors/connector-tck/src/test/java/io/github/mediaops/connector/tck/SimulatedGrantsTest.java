package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulatedGrantsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final AtomicLong ids = new AtomicLong(10);

    /** A simulator whose {@code /oauth/} requests are token requests, kept in its grants. */
    final class Tokens extends LoopbackSimulator {
        final SimulatedGrants<String> grants = new SimulatedGrants<>(clock, ids::incrementAndGet, p -> p.startsWith("/oauth/"));

        Tokens() {
            keepTokensIn(grants);
            start();
        }

        @Override
        protected void handle(HttpExchange ex) throws IOException {
            reply(ex, 200, "text/plain", "ok");
        }
    }

    private static void get(URI uri) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void tokenEndpointRequestsCountAsTokenRequestsOnly() throws Exception {
        try (Tokens sim = new Tokens()) {
            get(sim.baseUrl().resolve("oauth/token"));
            get(sim.baseUrl().resolve("oauth/refresh"));
            get(sim.baseUrl().resolve("api/list"));

            assertThat(sim.tokenRequests()).isEqualTo(2);
            assertThat(sim.apiRequests()).isEqualTo(1);

            String token = sim.grants.issueAccess("at.", "open-1", clock.instant().plus(Duration.ofHours(2)));
            sim.expireTokens();
            assertThat(sim.grants.access(token).validAt(clock.instant())).isFalse();
        }
    }

    @Test
    void codesAreSingleUseAndNumberedFromTheSimulatorsSequence() {
        SimulatedGrants<String> grants = new SimulatedGrants<>(clock, ids::incrementAndGet, p -> false);

        String code = grants.issueCode("code-", "open-1");

        assertThat(code).isEqualTo("code-11");
        assertThat(grants.redeemCode(code)).isEqualTo("open-1");
        assertThat(grants.redeemCode(code)).isNull();
        assertThat(grants.redeemCode("code-99")).isNull();
        assertThat(ids.get()).isEqualTo(11);
    }

    @Test
    void expiringAccessTokensEndsEveryIssuedTokenAtTheClocksNow() {
        SimulatedGrants<String> grants = new SimulatedGrants<>(clock, ids::incrementAndGet, p -> false);
        String first = grants.issueAccess("at.", "open-1", clock.instant().plus(Duration.ofHours(2)));
        String second = grants.issueAccess("at.", "open-2", clock.instant().plus(Duration.ofDays(1)));

        assertThat(first).isEqualTo("at.11");
        assertThat(grants.access(first).validAt(clock.instant())).isTrue();
        assertThat(grants.access("at.99")).isNull();

        grants.expireAccessTokens();

        assertThat(grants.access(first).validAt(clock.instant())).isFalse();
        assertThat(grants.access(second).subject()).isEqualTo("open-2");
        assertThat(grants.access(second).expiresAt()).isEqualTo(clock.instant().minusSeconds(1));
    }

    @Test
    void refreshTokensKeepTheirHolderAndExpiryUntilRetiredAndAreNotExpiredWithAccessTokens() {
        SimulatedGrants<String> grants = new SimulatedGrants<>(clock, ids::incrementAndGet, p -> false);
        Instant expiry = clock.instant().plus(Duration.ofDays(30));

        String rt = grants.issueRefresh("rt-", "open-1", expiry);
        String at = grants.issueAccess("at.", "open-1", clock.instant().plus(Duration.ofHours(2)));
        assertThat(rt).isEqualTo("rt-11");   // numbered from the simulator's own sequence, like access tokens
        assertThat(at).isEqualTo("at.12");

        SimulatedGrants.Refresh<String> r = grants.refresh(rt);
        assertThat(r.subject()).isEqualTo("open-1");
        assertThat(r.expiresAt()).isEqualTo(expiry);
        assertThat(r.usableAt(clock.instant())).isTrue();

        grants.expireAccessTokens();
        assertThat(grants.refresh(rt).usableAt(clock.instant())).isTrue();

        clock.advance(Duration.ofDays(30));
        assertThat(r.live()).isTrue();
        assertThat(r.usableAt(clock.instant())).isFalse(); // expired, not retired

        String next = grants.issueRefresh("rt-", "open-1", clock.instant().plus(Duration.ofDays(1)));
        grants.refresh(next).retire();
        assertThat(grants.refresh(next).live()).isFalse();
        assertThat(grants.refresh(next).usableAt(clock.instant())).isFalse();
        assertThat(grants.refresh("rt-999")).isNull();
    }
}
