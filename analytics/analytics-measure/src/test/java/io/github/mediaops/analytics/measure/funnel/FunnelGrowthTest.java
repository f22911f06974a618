package io.github.mediaops.analytics.measure.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: one user's many entry events cost linear time. Not a speed test (that is JMH): two sizes ten
 * times apart against a generous bound (40x), best of several runs after warm-up; the quadratic entry
 * scan it guards against grew about 100x.
 */
class FunnelGrowthTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private final Funnel funnel = Funnel.privateTraffic(Duration.ofDays(365));

    @Test
    void many_entries_of_one_user_cost_linear_time() {
        List<FunnelEvent> small = events(4_000);
        List<FunnelEvent> large = events(40_000);
        best(small, 3);
        best(large, 1);
        long tSmall = best(small, 5);
        long tLarge = best(large, 3);
        assertThat((double) tLarge / tSmall).as("time(10x input) / time(input): %d ns vs %d ns", tLarge, tSmall)
                .isLessThanOrEqualTo(40.0);
    }

    /** n views by one user, one second apart, then a contact added and no purchase: every view is an entry. */
    private static List<FunnelEvent> events(int n) {
        List<FunnelEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(FunnelEvent.user("u1").reached(Funnel.CONTENT_VIEW, T0.plusSeconds(i)));
        }
        out.add(FunnelEvent.user("u1").reached(Funnel.WECOM_CONTACT_ADDED, T0.plusSeconds(n)));
        return out;
    }

    private long best(List<FunnelEvent> events, int runs) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long t0 = now();
            FunnelResult result = funnel.apply(events);
            best = Math.min(best, now() - t0);
            assertThat(result.steps().get(1).users()).isEqualTo(1);
        }
        return best;
    }

    /**
     * This thread's CPU time where the JVM measures it (Linux does), so that other processes on a loaded
     * build machine do not stretch one size's runs and not the other's; wall-clock time otherwise.
     */
    private static long now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
