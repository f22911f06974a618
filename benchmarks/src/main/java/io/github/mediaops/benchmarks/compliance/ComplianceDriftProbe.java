package io.github.mediaops.benchmarks.compliance;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.mediaops.core.compliance.ComplianceChecker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A diagnostic for {@link ComplianceMatchBenchmark}'s 1 MiB pair on Linux: alternating 500 ms slots of the
 * double-array trie's {@code parseText} and the full check in one JVM (their code compiled once for the whole run),
 * each printed with its wall-time and thread-CPU rate, the CPU it ended on, the steal jiffies and the busy jiffies of
 * CPUs 0 and 1 during the slot (from {@code /proc}). It shows whether a change of speed is the machine's (both sides
 * slow down together, adjacent slots keep their ratio) or the benchmark's. Not a JMH measurement. Run, optionally
 * pinned: {@code taskset -c 0 java -cp benchmarks/target/benchmarks.jar
 * io.github.mediaops.benchmarks.compliance.ComplianceDriftProbe 120} (the number of slots).
 */
public final class ComplianceDriftProbe {
    private static final long SLOT_NANOS = 500_000_000L;

    private ComplianceDriftProbe() {
    }

    public static void main(String[] args) throws IOException {
        int slots = Integer.parseInt(args[0]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String large = ComplianceTexts.text(1 << 20, 42);
        AhoCorasickDoubleArrayTrie<String> trie = ComplianceTexts.doubleArrayTrie(ComplianceTexts.terms());
        ComplianceChecker checker = ComplianceChecker.withBundledDictionary();
        long sink = 0;
        System.out.println("slot side   wall-ops/s cpu-ops/s cpu# steal busy0 busy1");
        for (int s = 0; s < slots; s++) {
            boolean trieSlot = (s & 1) == 0;
            long[] stat0 = stat();
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            int n = 0;
            while (System.nanoTime() - w0 < SLOT_NANOS) {
                if (trieSlot) {
                    int[] count = new int[1];
                    trie.parseText(large, (AhoCorasickDoubleArrayTrie.IHit<String>) (b, e, v) -> count[0]++);
                    sink += count[0];
                } else {
                    sink += checker.check(large).size();
                }
                n++;
            }
            long wall = System.nanoTime() - w0;
            long cpu = mx.getCurrentThreadCpuTime() - c0;
            long[] stat1 = stat();
            System.out.printf("%4d %-6s %10.1f %9.1f %4s %5d %5d %5d%n", s, trieSlot ? "trie" : "check", n / (wall / 1e9),
                    n / (cpu / 1e9), currentCpu(), stat1[0] - stat0[0], stat1[1] - stat0[1], stat1[2] - stat0[2]);
        }
        System.out.println("(sink " + sink + ")");
    }

    /** Steal jiffies of all CPUs, then busy jiffies (user, nice, system, irq, softirq) of CPUs 0 and 1. */
    private static long[] stat() throws IOException {
        long[] out = new long[3];
        List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "cpu" -> out[0] = Long.parseLong(f[8]);
                case "cpu0", "cpu1" -> out[f[0].charAt(3) - '0' + 1] = Long.parseLong(f[1]) + Long.parseLong(f[2])
                        + Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7]);
                default -> {
                }
            }
        }
        return out;
    }

    /** The CPU this thread last ran on (field 39 of {@code /proc/thread-self/stat}). */
    private static String currentCpu() throws IOException {
        String st = Files.readString(Path.of("/proc/thread-self/stat"));
        return st.substring(st.lastIndexOf(')') + 2).split(" ")[36];
    }
}
