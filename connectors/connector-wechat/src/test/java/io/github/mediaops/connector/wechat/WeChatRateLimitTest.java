package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The simulator enforces a quota of 50 calls per second (token bucket, burst 25, half a second) and answers 45011
 * beyond it. A connector whose client-side limiter is set to the same quota, driven by 16 threads as
 * fast as they can for 4 seconds, is never refused and still uses most of the quota (at least 80 %; on a
 * quiet machine it measures about 95-100 %, the margin is for a loaded CI host, and the measured share is
 * printed).
 */
class WeChatRateLimitTest {

    @Test
    void client_side_limiter_is_never_refused_and_uses_at_least_80_percent_of_the_quota() throws Exception {
        int perSecond = 50;
        try (WeChatSimulator sim = WeChatTestSupport.simulator().quota(perSecond, perSecond / 2).build()) {
            ResilienceSettings settings = KitResilience.fastRetries().toBuilder()
                    .rateLimit(perSecond / 10, Duration.ofMillis(100)).rateLimitTimeout(Duration.ofSeconds(5)).build();
            try (WeChatConnector c = WeChatConnector.builder(WeChatTestSupport.config(sim, Duration.ofSeconds(5)))
                    .tokenStore(new InMemoryTokenStore()).resilience(settings).lifetimeMetrics(false).build()) {
                for (int i = 0; i < 20; i++) {
                    c.contentMetrics().contentMetrics(c.account(), WeChatTestSupport.lastDays(1)); // token, warm-up
                }
                int before = sim.succeededApiRequests();
                long runNanos = Duration.ofSeconds(4).toNanos();
                ExecutorService pool = Executors.newFixedThreadPool(16);
                long start = System.nanoTime();
                List<Future<Integer>> workers = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    workers.add(pool.submit(() -> {
                        int n = 0;
                        while (System.nanoTime() - start < runNanos) {
                            c.contentMetrics().contentMetrics(c.account(), WeChatTestSupport.lastDays(1));
                            n++;
                        }
                        return n;
                    }));
                }
                int calls = 0;
                for (Future<Integer> w : workers) {
                    calls += w.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                int served = sim.succeededApiRequests() - before;
                double used = served / (perSecond * seconds);
                System.out.printf("rate-limit run: %d calls in %.2f s, %.1f%% of a %d/s quota, %d refusals%n", served, seconds,
                        100 * used, perSecond, sim.quotaRejections());
                assertThat(calls).isEqualTo(served);
                assertThat(sim.quotaRejections()).isZero();
                assertThat(used).as("share of the quota used (%.3f)", used).isGreaterThanOrEqualTo(0.80);
            }
        }
    }
}
