package io.github.mediaops.connector.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One token per app secret through the shared store, refresh on 40014/42001, and the error table. */
class WeComTokensAndErrorsTest {

    @Test
    void connectors_of_one_app_share_a_token_and_another_secret_gets_its_own() {
        try (WeComSimulator sim = new WeComSimulator()) {
            InMemoryTokenStore shared = new InMemoryTokenStore();
            WeComConnector a = WeComTestSupport.connector(sim.baseUrl(), Clock.systemUTC(), Duration.ofSeconds(2), shared,
                    WeComSimulator.CORP_SECRET);
            WeComConnector b = WeComTestSupport.connector(sim.baseUrl(), Clock.systemUTC(), Duration.ofSeconds(2), shared,
                    WeComSimulator.CORP_SECRET);
            a.customers().contactIds("zhangsan");
            b.customers().contactIds("lisi");
            assertThat(sim.tokenRequests()).as("one app secret, one token in the shared store").isEqualTo(1);

            WeComConnector other = WeComTestSupport.connector(sim.baseUrl(), Clock.systemUTC(), Duration.ofSeconds(2), shared,
                    "another-apps-secret");
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> other.customers().contactIds("lisi"));
            assertThat(sim.tokenRequests()).as("another secret is another app: its own token key").isEqualTo(2);
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.retryable()).isFalse();
            assertThat(e.platformCode()).contains("40001");
            assertThat(e.getMessage()).doesNotContain("another-apps-secret");
        }
    }

    @Test
    void an_invalid_or_expired_token_is_fetched_again_once() {
        try (WeComSimulator sim = new WeComSimulator()) {
            WeComConnector c = WeComTestSupport.connector(sim.baseUrl(), Clock.systemUTC());
            c.customers().contactIds("zhangsan");
            sim.expireTokens();
            assertThat(c.customers().contactIds("zhangsan")).isNotEmpty();
            assertThat(sim.tokenRequests()).isEqualTo(2);
            sim.failNext(Fault.TOKEN_EXPIRED, 1);
            assertThat(c.customers().contactIds("zhangsan")).isNotEmpty();
            assertThat(sim.tokenRequests()).isEqualTo(3);
        }
    }

    /** Error bodies constructed in WeCom's documented shape, with the codes and messages of WxJava's WxCpErrorMsgEnum (no recorded error bodies of these codes were found), served over loopback. */
    @Test
    void error_codes_are_typed() {
        try (RecordedResponses replay = new RecordedResponses()) {
            WeComConnector c = WeComTestSupport.connector(replay.baseUrl(), Clock.systemUTC());
            replay.enqueue(200, "skit/CgibinGetTokenResponse.json").enqueue(200, "constructed/60020.json");
            assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> c.customers().contactIds("zhangsan"))
                    .platformCode()).contains("60020");
            replay.enqueue(200, "constructed/45009.json");
            RateLimitedException limited = catchThrowableOfType(RateLimitedException.class, () -> c.customers().contactIds("zhangsan"));
            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(60));
            assertThat(limited.platformCode()).contains("45009");
            replay.enqueue(200, "constructed/84061.json");
            assertThat(catchThrowableOfType(NotFoundException.class, () -> c.customers().contact("wmX")).platformCode())
                    .contains("84061");
            replay.enqueue(200, "constructed/48002.json");
            assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> c.customers().contactIds("zhangsan")))
                    .isInstanceOf(ConnectorException.class);
            replay.enqueue(200, "constructed/40014.json").enqueue(200, "skit/CgibinGetTokenResponse.json")
                    .enqueue(200, "skit/CgibinExternalContactListResponse.json");
            assertThat(c.customers().contactIds("zhangsan")).as("40014: token fetched again, call repeated").hasSize(2);
            assertThat(replay.received()).filteredOn(r -> r.uri().startsWith("/cgi-bin/gettoken")).hasSize(2);
        }
    }
}
