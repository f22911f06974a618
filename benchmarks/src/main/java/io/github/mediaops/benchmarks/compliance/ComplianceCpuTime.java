package io.github.mediaops.benchmarks.compliance;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.TermMatcher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A supplement to {@link ComplianceMatchBenchmark} for busy machines: the same inputs, timed with the
 * thread's CPU time instead of wall time, in six rounds (the first is warm-up). Ratios only; not a JMH
 * measurement. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.compliance.ComplianceCpuTime}.
 */
public final class ComplianceCpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private ComplianceCpuTime() {
    }

    public static void main(String[] args) {
        List<String> terms = ComplianceTexts.terms();
        TermMatcher matcher = TermMatcher.compile(terms);
        ComplianceChecker checker = ComplianceChecker.withBundledDictionary();
        AhoCorasickDoubleArrayTrie<String> dat = ComplianceTexts.doubleArrayTrie(terms);
        SensitiveWordBs sw = ComplianceTexts.sensitiveWord(terms);
        String large = ComplianceTexts.text(1 << 20, 42);
        String[] small = new String[64];
        for (int i = 0; i < small.length; i++) {
            small[i] = ComplianceTexts.text(120, 1000 + i);
        }
        long sink = 0;
        for (int round = 0; round < 6; round++) {
            long t0 = cpu();
            for (int i = 0; i < 10; i++) {
                sink += matcher.countMatches(large);
            }
            long t1 = cpu();
            int[] hits = new int[1];
            for (int i = 0; i < 10; i++) {
                dat.parseText(large, (AhoCorasickDoubleArrayTrie.IHit<String>) (b, e, v) -> hits[0]++);
            }
            long t2 = cpu();
            for (int i = 0; i < 10; i++) {
                sink += checker.check(large).size();
            }
            long t2c = cpu();
            for (int i = 0; i < 200_000; i++) {
                sink += matcher.countMatches(small[i & 63]);
            }
            long t3 = cpu();
            double checkerLarge = (t2c - t2) / 1e7;
            for (int i = 0; i < 200_000; i++) {
                sink += checker.check(small[i & 63]).size();
            }
            long t4 = cpu();
            for (int i = 0; i < 20_000; i++) {
                sink += sw.findAll(small[i & 63]).size();
            }
            long t5 = cpu();
            double oursLarge = (t1 - t0) / 1e7;
            double datLarge = (t2 - t1) / 1e7;
            double m = (t3 - t2c) / 2e8;
            double c = (t4 - t3) / 2e8;
            double s = (t5 - t4) / 2e7;
            System.out.printf("round %d: 1 MiB matcher %.1f ms, full check %.1f ms, double-array trie %.1f ms (check %.2fx the trie)"
                            + " | 120 chars: matcher %.2f us, checker %.2f us, sensitive-word %.2f us (matcher %.0fx, checker %.0fx)%n",
                    round, oursLarge, checkerLarge, datLarge, checkerLarge / datLarge, m, c, s, s / m, s / c);
            sink += hits[0];
        }
        System.out.println("(sink " + sink + ")");
    }

    private static long cpu() {
        return MX.getCurrentThreadCpuTime();
    }
}
