package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One logical call, one attempt budget: a data call whose token fetch fails sends at most
 * {@code maxAttempts} (3) requests in all, and WeChat's "retry next minute" is handed back, not retried
 * through. 40001 means a wrong AppSecret on the token endpoints and a stale token elsewhere.
 */
class WeChatAttemptBudgetTest {
    private static final int MAX_ATTEMPTS = 3;

    private static WeChatConnector connector(WeChatSimulator sim, boolean stableToken) {
        return WeChatConnector.builder(WeChatTestSupport.config(sim, Duration.ofSeconds(5)))
                .tokenStore(new InMemoryTokenStore()).resilience(KitResilience.fastRetries())
                .stableToken(stableToken).build();
    }

    private static ConnectorException failingCall(WeChatConnector c, WeChatSimulator sim) {
        return catchThrowableOfType(ConnectorException.class,
                () -> c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1)));
    }

    @ParameterizedTest(name = "stable_token={0}")
    @ValueSource(booleans = {true, false})
    void token_endpoint_busy_costs_at_most_max_attempts_requests_in_all(boolean stable) {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build(); WeChatConnector c = connector(sim, stable)) {
            sim.failNextToken(Fault.PLATFORM_BUSY, 50);
            ConnectorException e = failingCall(c, sim);
            assertThat(e).isInstanceOf(TransientPlatformException.class);
            assertThat(e.platformCode()).hasValue("-1");
            assertThat(sim.tokenRequests() + sim.apiRequests()).isEqualTo(MAX_ATTEMPTS);
            assertThat(sim.apiRequests()).isZero();
        }
    }

    @ParameterizedTest(name = "stable_token={0}")
    @ValueSource(booleans = {true, false})
    void token_endpoint_server_errors_cost_at_most_max_attempts_requests_in_all(boolean stable) {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build(); WeChatConnector c = connector(sim, stable)) {
            sim.failNextToken(Fault.SERVER_ERROR, 50);
            ConnectorException e = failingCall(c, sim);
            assertThat(e).isInstanceOf(TransientPlatformException.class);
            assertThat(e.httpStatus()).hasValue(503);
            assertThat(sim.tokenRequests() + sim.apiRequests()).isEqualTo(MAX_ATTEMPTS);
        }
    }

    @ParameterizedTest(name = "stable_token={0}")
    @ValueSource(booleans = {true, false})
    void token_endpoint_retry_next_minute_is_handed_back_with_its_wait_after_one_request(boolean stable) {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build(); WeChatConnector c = connector(sim, stable)) {
            sim.failNextToken(Fault.RATE_LIMITED, 50);
            ConnectorException e = failingCall(c, sim);
            assertThat(e).isInstanceOf(RateLimitedException.class);
            assertThat(e.platformCode()).hasValue("45011");
            assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(1));
            assertThat(sim.tokenRequests()).isEqualTo(1);
            assertThat(sim.apiRequests()).isZero();
        }
    }

    @ParameterizedTest(name = "stable_token={0}")
    @ValueSource(booleans = {true, false})
    void token_endpoint_40001_is_a_wrong_app_secret_not_retried_and_not_refreshed(boolean stable) {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build(); WeChatConnector c = connector(sim, stable)) {
            sim.failNextToken(Fault.BAD_CREDENTIALS, 50);
            ConnectorException e = failingCall(c, sim);
            assertThat(e).isInstanceOf(AuthenticationException.class);
            assertThat(((AuthenticationException) e).tokenExpired()).isFalse();
            assertThat(e.retryable()).isFalse();
            assertThat(e.platformCode()).hasValue("40001");
            assertThat(e.details().operation()).hasValue(stable ? "cgi-bin/stable_token" : "cgi-bin/token");
            assertThat(sim.tokenRequests()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "stable_token={0}")
    @ValueSource(booleans = {true, false})
    void data_call_40001_is_a_stale_token_refreshed_once(boolean stable) {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build(); WeChatConnector c = connector(sim, stable)) {
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1));
            int cleanBefore = sim.apiRequests();
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1));
            int clean = sim.apiRequests() - cleanBefore;
            int tokensBefore = sim.tokenRequests();
            int apiBefore = sim.apiRequests();
            sim.failNext(Fault.BAD_CREDENTIALS, 1);
            assertThat(c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1))).isNotEmpty();
            assertThat(sim.tokenRequests() - tokensBefore).as("one refresh").isBetween(1, 2);
            assertThat(sim.apiRequests() - apiBefore).as("a clean call's %d requests plus the one repeat", clean)
                    .isEqualTo(clean + 1);
        }
    }
}
