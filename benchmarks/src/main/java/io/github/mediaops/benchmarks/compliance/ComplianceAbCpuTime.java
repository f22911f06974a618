package io.github.mediaops.benchmarks.compliance;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An A/B of two builds of {@code core} for busy machines: each build's {@code ComplianceChecker} in its own class
 * loader in one JVM, measured in interleaved rounds (the order alternates) by thread CPU time, next to the
 * double-array trie's {@code parseText} on 1 MiB and sensitive-word on 120-character texts (the same inputs as
 * {@link ComplianceMatchBenchmark}). Reports the best and first-quartile round of the last three quarters of the rounds.
 * Ratios only; not a JMH measurement. Run, e.g. with the previous commit's jar as A and this one as B:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.compliance.ComplianceAbCpuTime 40 old.jar
 * benchmarks/target/benchmarks.jar} (each build a class path holding {@code core} and its dependencies).
 */
public final class ComplianceAbCpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private ComplianceAbCpuTime() {
    }

    public static void main(String[] args) throws Throwable {
        int rounds = Integer.parseInt(args[0]);
        int builds = args.length - 1;
        String large = ComplianceTexts.text(1 << 20, 42);
        String[] small = new String[64];
        for (int i = 0; i < small.length; i++) {
            small[i] = ComplianceTexts.text(120, 1000 + i);
        }
        MethodHandle[] check = new MethodHandle[builds];
        MethodHandle[] scan = new MethodHandle[builds];
        for (int v = 0; v < builds; v++) {
            List<URL> urls = new ArrayList<>();
            for (String p : args[v + 1].split(":")) {
                urls.add(Path.of(p).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> checkerClass = loader.loadClass("io.github.mediaops.core.compliance.ComplianceChecker");
            Class<?> matcherClass = loader.loadClass("io.github.mediaops.core.compliance.TermMatcher");
            Object checker = checkerClass.getMethod("withBundledDictionary").invoke(null);
            Object matcher = checkerClass.getMethod("matcher").invoke(checker);
            check[v] = MethodHandles.publicLookup().findVirtual(checkerClass, "check",
                    MethodType.methodType(List.class, String.class)).bindTo(checker);
            scan[v] = MethodHandles.publicLookup().findVirtual(matcherClass, "countMatches",
                    MethodType.methodType(int.class, CharSequence.class)).bindTo(matcher);
        }
        List<String> terms = ComplianceTexts.terms();
        AhoCorasickDoubleArrayTrie<String> trie = ComplianceTexts.doubleArrayTrie(terms);
        SensitiveWordBs sw = ComplianceTexts.sensitiveWord(terms);
        double[] trieMs = new double[rounds];
        double[] swUs = new double[rounds];
        double[][] scanMs = new double[builds][rounds];
        double[][] largeMs = new double[builds][rounds];
        double[][] smallUs = new double[builds][rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu();
            int[] hits = new int[1];
            for (int i = 0; i < 2; i++) {
                trie.parseText(large, (AhoCorasickDoubleArrayTrie.IHit<String>) (b, e, x) -> hits[0]++);
            }
            trieMs[r] = (cpu() - t0) / 2e6;
            t0 = cpu();
            for (int i = 0; i < 2_000; i++) {
                sink += sw.findAll(small[i & 63]).size();
            }
            swUs[r] = (cpu() - t0) / 2e6;
            sink += hits[0];
            for (int k = 0; k < builds; k++) {
                int v = (r + k) % builds;
                t0 = cpu();
                for (int i = 0; i < 2; i++) {
                    sink += (int) scan[v].invoke(large);
                }
                long t1 = cpu();
                for (int i = 0; i < 2; i++) {
                    sink += ((List<?>) check[v].invoke(large)).size();
                }
                long t2 = cpu();
                for (int i = 0; i < 20_000; i++) {
                    sink += ((List<?>) check[v].invoke(small[i & 63])).size();
                }
                long t3 = cpu();
                scanMs[v][r] = (t1 - t0) / 2e6;
                largeMs[v][r] = (t2 - t1) / 2e6;
                smallUs[v][r] = (t3 - t2) / 2e7;
            }
        }
        double[] trieBest = quantiles(trieMs);
        double[] swBest = quantiles(swUs);
        System.out.printf("double-array trie 1 MiB: best %.2f ms, q1 %.2f ms; sensitive-word 120 chars: best %.2f us, q1 %.2f us%n",
                trieBest[0], trieBest[1], swBest[0], swBest[1]);
        for (int v = 0; v < builds; v++) {
            double[] s = quantiles(scanMs[v]);
            double[] l = quantiles(largeMs[v]);
            double[] m = quantiles(smallUs[v]);
            System.out.printf("build %c: 1 MiB matcher pass best %.2f ms | 1 MiB check best %.2f ms, q1 %.2f ms (best %.2fx the trie's best)"
                            + " | 120-char check best %.3f us, q1 %.3f us (sensitive-word's best %.1fx it)%n",
                    (char) ('A' + v), s[0], l[0], l[1], l[0] / trieBest[0], m[0], m[1], swBest[0] / m[0]);
        }
        // the same round's measurements share the machine's state, which drifts between rounds: per-round ratios
        for (int v = 0; v < builds; v++) {
            System.out.printf("build %c, medians of per-round ratios: 1 MiB check / trie %.3f", (char) ('A' + v),
                    medianRatio(largeMs[v], trieMs));
            if (v > 0) {
                System.out.printf(" | against build A: 1 MiB check %.3f, matcher pass %.3f, 120-char check %.3f",
                        medianRatio(largeMs[v], largeMs[0]), medianRatio(scanMs[v], scanMs[0]), medianRatio(smallUs[v], smallUs[0]));
            }
            System.out.println();
        }
        System.out.println("(sink " + sink + ")");
    }

    /** Best and first quartile of the rounds after the first quarter (warm-up). */
    private static double[] quantiles(double[] rounds) {
        double[] kept = afterWarmUp(rounds);
        Arrays.sort(kept);
        return new double[] {kept[0], kept[kept.length / 4]};
    }

    /** A copy of the rounds after the first quarter, which are warm-up. */
    private static double[] afterWarmUp(double[] rounds) {
        return Arrays.copyOfRange(rounds, rounds.length / 4, rounds.length);
    }

    /** The median over the rounds after the first quarter (warm-up) of {@code a[r] / b[r]}. */
    private static double medianRatio(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] / b[i];
        }
        r = afterWarmUp(r);
        Arrays.sort(r);
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

    private static long cpu() {
        return MX.getCurrentThreadCpuTime();
    }
}
