package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * The full check grows linearly with the text and its findings: the same copy, dense with findings, at two sizes eight
 * times apart. A generous bound (24×, three times linear) that a filter comparing every finding with every other (64×
 * here) cannot meet. Timed by the thread's CPU time, best of several runs, so that other processes matter less; speed
 * itself is measured with JMH in benchmarks/.
 */
class CheckGrowthTest {
    private static final String COPY = "全网最低价，顶级工艺！这款面霜7天淡斑祛痘，医生推荐，比玻尿酸更有效。当年镇上首家门店，"
            + "追求极致。保本保息，稳赚不赔。开光貔貅招财进宝。最大功率2000W，第一次下单送小样。最舒服的拖鞋，zui好用。";

    @Test
    void check_time_grows_linearly_with_text_and_findings() {
        ComplianceChecker checker = ComplianceChecker.withBundledDictionary();
        String small = COPY.repeat(64 * 1024 / COPY.length());
        String large = COPY.repeat(8 * (64 * 1024 / COPY.length()));
        int smallFindings = checker.check(small).size();
        int largeFindings = checker.check(large).size();
        assertThat(smallFindings).isGreaterThan(5_000);
        assertThat(largeFindings).isEqualTo(8 * smallFindings);
        for (int i = 0; i < 3; i++) {
            checker.check(small);
            checker.check(large);
        }
        long tSmall = bestCpuNanos(checker, small);
        long tLarge = bestCpuNanos(checker, large);
        assertThat((double) tLarge / tSmall).as("CPU time ratio for 8× the text (%d ns vs %d ns)", tLarge, tSmall)
                .isLessThan(24.0);
    }

    private static long bestCpuNanos(ComplianceChecker checker, String text) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            int n = checker.check(text).size();
            long t = mx.getCurrentThreadCpuTime() - t0;
            assertThat(n).isPositive();
            best = Math.min(best, t);
        }
        return best;
    }
}
