package io.github.mediaops.benchmarks.compliance;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.Dictionary;
import io.github.mediaops.core.compliance.Finding;
import io.github.mediaops.core.compliance.TermMatcher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Multi-pattern matching throughput, single thread, on the same dictionary (the bundled compliance
 * terms) and the same text:
 * <ul>
 *   <li>120-char texts: mediaops (normalising matcher, and the full checker with allow phrases and
 *       findings) against houbb sensitive-word 0.25.0 with its equivalent normalisation switched on
 *       (case, width, number style, traditional/simplified, English style, special characters ignored), and
 *       next to hankcs' double-array trie's {@code parseText} on the same texts;</li>
 *   <li>a 1 MiB text: the mediaops matcher, which normalises, and the full mediaops check (rule layer, allow
 *       phrases, verdicts, findings) against hankcs' double-array-trie Aho–Corasick 1.2.3 {@code parseText}, which
 *       does not normalise.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ComplianceMatchBenchmark -f 2 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ComplianceMatchBenchmark {
    private static final int SHORT_TEXTS = 64;

    private String[] shortTexts;
    private String largeText;
    private int next;
    private ComplianceChecker checker;
    private TermMatcher matcher;
    private TermMatcher checkerAutomaton;
    private SensitiveWordBs sensitiveWord;
    private AhoCorasickDoubleArrayTrie<String> doubleArrayTrie;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> terms = ComplianceTexts.terms();
        checker = ComplianceChecker.withBundledDictionary();
        matcher = TermMatcher.compile(terms);
        checkerAutomaton = checker.matcher();
        sensitiveWord = ComplianceTexts.sensitiveWord(terms);
        doubleArrayTrie = ComplianceTexts.doubleArrayTrie(terms);
        shortTexts = new String[SHORT_TEXTS];
        for (int i = 0; i < SHORT_TEXTS; i++) {
            shortTexts[i] = ComplianceTexts.text(120, 1000 + i);
        }
        largeText = ComplianceTexts.text(1 << 20, 42);
        Dictionary d = checker.dictionary();
        System.out.printf("%n[setup] %d terms (%d with allow phrases, %d rules); term automaton %d states, ~%d KiB; checker "
                        + "automaton %d patterns, %d states, ~%d KiB; %d findings in the 1 MiB text%n",
                terms.size(), d.terms().size() + d.allowPhrases().size(), d.rules().size(), matcher.states(),
                matcher.approximateBytes() / 1024, checker.matcher().size(), checker.matcher().states(),
                checker.matcher().approximateBytes() / 1024, checker.check(largeText).size());
    }

    private String nextShort() {
        String s = shortTexts[next];
        next = (next + 1) & (SHORT_TEXTS - 1);
        return s;
    }

    @Benchmark
    public int short120_mediaopsMatcher() {
        return matcher.countMatches(nextShort());
    }

    /**
     * The check's own automaton (dictionary terms, rule words, allow phrases) counting its matches on the same texts: the
     * pass every check starts with, without the rule layer after it.
     */
    @Benchmark
    public int short120_checkerAutomaton() {
        return checkerAutomaton.countMatches(nextShort());
    }

    @Benchmark
    public List<Finding> short120_mediaopsChecker() {
        return checker.check(nextShort());
    }

    @Benchmark
    public List<String> short120_sensitiveWord() {
        return sensitiveWord.findAll(nextShort());
    }

    /**
     * The trie's {@code parseText} on the same 120-character texts (not normalising): the unit in which the 120-character
     * target reads as a multiple of the bare automaton pass, as the 1 MiB target does.
     */
    @Benchmark
    public int short120_doubleArrayTrie() {
        return trieHits(nextShort());
    }

    @Benchmark
    public int large1MiB_mediaopsMatcher() {
        return matcher.countMatches(largeText);
    }

    /** The full check (rules, allow phrases, verdicts, findings) on the same 1 MiB: issue 15 asks ≤ 2× the trie. */
    @Benchmark
    public int large1MiB_mediaopsChecker() {
        return checker.check(largeText).size();
    }

    @Benchmark
    public int large1MiB_doubleArrayTrie() {
        return trieHits(largeText);
    }

    /** The trie's {@code parseText} over {@code text}, counting its hits. */
    private int trieHits(String text) {
        int[] count = new int[1];
        doubleArrayTrie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) -> count[0]++);
        return count[0];
    }

    /**
     * The trie's pass with every hit's fields read (a diagnostic for {@link #large1MiB_doubleArrayTrie}, which only counts
     * hits: a JIT that inlines the counting callback may drop the unused begin, end and value).
     */
    @Benchmark
    public long large1MiB_doubleArrayTrieReadingHits() {
        long[] sum = new long[1];
        doubleArrayTrie.parseText(largeText, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) -> sum[0] += begin + 31L * end + value.length());
        return sum[0];
    }
}
