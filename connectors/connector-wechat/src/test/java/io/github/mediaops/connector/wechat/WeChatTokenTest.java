package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.JdbcTokenStore;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.metrics.ContentMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class WeChatTokenTest {

    @Test
    void twenty_threads_sharing_one_connector_cause_exactly_one_token_request() throws Exception {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector connector = WeChatTestSupport.connector(sim)) {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ContentMetrics>>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return connector.contentMetrics().contentMetrics(WeChatTestSupport.account(sim), WeChatTestSupport.lastDays(1));
                }));
            }
            start.countDown();
            for (Future<List<ContentMetrics>> f : results) {
                assertThat(f.get()).isNotEmpty();
            }
            pool.shutdown();
            assertThat(sim.tokenRequests()).isEqualTo(1);
            assertThat(sim.apiRequests()).isEqualTo(40);
        }
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    /**
     * With cgi-bin/token every request for a token invalidates the previous one (here at once: grace 0).
     * Two instances with separate stores would knock each other's token out; with one JDBC store the
     * second instance takes the first one's token, and after an expiry only one of them refreshes.
     */
    @Test
    void two_instances_sharing_a_jdbc_token_store_do_not_invalidate_each_other() throws Exception {
        JdbcDataSource ds = h2("shared-tokens");
        try (WeChatSimulator sim = WeChatTestSupport.simulator().tokenGrace(Duration.ZERO).build()) {
            ConnectorConfig config = WeChatTestSupport.config(sim, Duration.ofSeconds(5));
            WeChatConnector a = WeChatConnector.builder(config).stableToken(false).resilience(KitResilience.fastRetries())
                    .tokenStore(new JdbcTokenStore(ds).createTableIfMissing()).build();
            WeChatConnector b = WeChatConnector.builder(config).stableToken(false).resilience(KitResilience.fastRetries())
                    .tokenStore(new JdbcTokenStore(ds).createTableIfMissing()).build();
            try (a; b) {
                for (int round = 0; round < 3; round++) {
                    assertThat(a.audienceMetrics().audienceMetrics(a.account(), WeChatTestSupport.lastDays(2))).isNotEmpty();
                    assertThat(b.audienceMetrics().audienceMetrics(b.account(), WeChatTestSupport.lastDays(2))).isNotEmpty();
                }
                assertThat(sim.tokenRequests()).isEqualTo(1);
                int apiBefore = sim.apiRequests();

                sim.expireTokens();
                ExecutorService pool = Executors.newFixedThreadPool(2);
                Future<?> fa = pool.submit(() -> a.audienceMetrics().audienceMetrics(a.account(), WeChatTestSupport.lastDays(2)));
                Future<?> fb = pool.submit(() -> b.audienceMetrics().audienceMetrics(b.account(), WeChatTestSupport.lastDays(2)));
                fa.get();
                fb.get();
                pool.shutdown();
                assertThat(sim.tokenRequests()).as("one refresh for the cluster").isEqualTo(2);
                for (int round = 0; round < 3; round++) {
                    a.audienceMetrics().audienceMetrics(a.account(), WeChatTestSupport.lastDays(2));
                    b.audienceMetrics().audienceMetrics(b.account(), WeChatTestSupport.lastDays(2));
                }
                assertThat(sim.tokenRequests()).isEqualTo(2);
                // 2 calls per read; after the expiry each instance needs at most one failed call.
                assertThat(sim.apiRequests() - apiBefore).isLessThanOrEqualTo(2 * 2 + 2 + 6 * 2);
            }
        }
    }

    @Test
    void separate_stores_do_invalidate_each_other_which_is_what_the_shared_store_prevents() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().tokenGrace(Duration.ZERO).build()) {
            ConnectorConfig config = WeChatTestSupport.config(sim, Duration.ofSeconds(5));
            WeChatConnector a = WeChatConnector.builder(config).stableToken(false).resilience(KitResilience.fastRetries())
                    .tokenStore(new InMemoryTokenStore()).build();
            WeChatConnector b = WeChatConnector.builder(config).stableToken(false).resilience(KitResilience.fastRetries())
                    .tokenStore(new InMemoryTokenStore()).build();
            try (a; b) {
                for (int round = 0; round < 3; round++) {
                    a.audienceMetrics().audienceMetrics(a.account(), WeChatTestSupport.lastDays(2));
                    b.audienceMetrics().audienceMetrics(b.account(), WeChatTestSupport.lastDays(2));
                }
                assertThat(sim.tokenRequests()).as("each instance keeps knocking out the other's token").isGreaterThanOrEqualTo(6);
            }
        }
    }

    @Test
    void a_token_refused_once_is_replaced_by_force_refresh_of_the_stable_token() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector connector = WeChatTestSupport.connector(sim)) {
            connector.audienceMetrics().audienceMetrics(connector.account(), WeChatTestSupport.lastDays(1));
            sim.failNext(Fault.TOKEN_EXPIRED, 1);
            assertThat(connector.audienceMetrics().audienceMetrics(connector.account(), WeChatTestSupport.lastDays(1))).isNotEmpty();
            // normal stable_token hands back the same (refused) token, so the connector forces a new one
            assertThat(sim.tokenRequests()).isEqualTo(3);
        }
    }
}
