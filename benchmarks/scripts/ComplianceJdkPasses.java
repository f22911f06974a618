import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.TermMatcher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Which of three 1 MiB passes a JDK speeds up (fourteenth session of issue 15): hankcs' double-array trie's
 * {@code parseText}, the compliance check's own automaton counting its matches (its first pass), and the full check,
 * interleaved in 30 rounds of five passes each, timed by thread CPU time; prints the best and the median of the last 20
 * rounds. Run it once per JDK, each in a JVM of its own, from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar benchmarks/scripts/ComplianceJdkPasses.java} (a single-file program;
 * the texts and the trie are those of {@code ComplianceMatchBenchmark}, read through {@code ComplianceTexts}).
 */
public class ComplianceJdkPasses {
    private static final int ROUNDS = 30;
    private static final int WARM_UP = 10;
    private static final int PASSES = 5;

    public static void main(String[] args) throws Exception {
        Class<?> texts = Class.forName("io.github.mediaops.benchmarks.compliance.ComplianceTexts");
        @SuppressWarnings("unchecked")
        List<String> terms = (List<String>) call(texts, "terms", new Class<?>[0]);
        @SuppressWarnings("unchecked")
        AhoCorasickDoubleArrayTrie<String> trie = (AhoCorasickDoubleArrayTrie<String>) call(texts, "doubleArrayTrie",
                new Class<?>[] {List.class}, terms);
        String text = (String) call(texts, "text", new Class<?>[] {int.class, long.class}, 1 << 20, 42L);
        ComplianceChecker checker = ComplianceChecker.withBundledDictionary();
        TermMatcher automaton = checker.matcher();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] ms = new double[3][ROUNDS];
        long sink = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < PASSES; k++) {
                int[] hits = new int[1];
                trie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<String>) (b, e, v) -> hits[0]++);
                sink += hits[0];
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < PASSES; k++) {
                sink += automaton.countMatches(text);
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < PASSES; k++) {
                sink += checker.check(text).size();
            }
            long t3 = mx.getCurrentThreadCpuTime();
            ms[0][r] = (t1 - t0) / (PASSES * 1e6);
            ms[1][r] = (t2 - t1) / (PASSES * 1e6);
            ms[2][r] = (t3 - t2) / (PASSES * 1e6);
        }
        String[] names = {"trie parseText", "check's automaton pass", "full check"};
        StringBuilder line = new StringBuilder("JDK " + System.getProperty("java.version") + ", ms per 1 MiB pass, best / median of "
                + (ROUNDS - WARM_UP) + " rounds:");
        for (int i = 0; i < 3; i++) {
            double[] kept = Arrays.copyOfRange(ms[i], WARM_UP, ROUNDS);
            Arrays.sort(kept);
            line.append(String.format(" %s %.2f / %.2f;", names[i], kept[0], kept[kept.length / 2]));
        }
        System.out.println(line + " (sink " + sink + ")");
    }

    private static Object call(Class<?> owner, String name, Class<?>[] types, Object... values) throws Exception {
        Method m = owner.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m.invoke(null, values);
    }
}
