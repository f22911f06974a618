package io.github.mediaops.benchmarks.compliance;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.mediaops.core.compliance.TermMatcher;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Rough retained heap of each loaded dictionary, measured as the used-heap difference around building
 * 20 copies (after repeated GCs). Approximate; run with {@code -Xmx512m} and nothing else on the JVM:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.compliance.DictionaryMemory}.
 */
public final class DictionaryMemory {
    private DictionaryMemory() {
    }

    public static void main(String[] args) {
        List<String> terms = ComplianceTexts.terms();
        TermMatcher ours = TermMatcher.compile(terms);
        System.out.printf("terms: %d; mediaops TermMatcher.approximateBytes() = %d KiB%n", terms.size(), ours.approximateBytes() / 1024);
        measure("mediaops TermMatcher", () -> TermMatcher.compile(terms));
        measure("hankcs double-array trie", () -> {
            TreeMap<String, String> map = new TreeMap<>();
            terms.forEach(t -> map.put(t, t));
            AhoCorasickDoubleArrayTrie<String> t = new AhoCorasickDoubleArrayTrie<>();
            t.build(map);
            return t;
        });
        measure("houbb sensitive-word", () -> SensitiveWordBs.newInstance().wordDeny(() -> terms).wordAllow(WordAllows.empty())
                .ignoreCase(true).ignoreWidth(true).ignoreNumStyle(true).ignoreChineseStyle(true).ignoreEnglishStyle(true)
                .charIgnore(SensitiveWordCharIgnores.specialChars()).init());
    }

    private static void measure(String name, Supplier<Object> build) {
        build.get(); // load classes and static tables first
        Object[] keep = new Object[20];
        long before = used();
        for (int i = 0; i < keep.length; i++) {
            keep[i] = build.get();
        }
        long after = used();
        System.out.printf("%-28s ~%d KiB per loaded dictionary%n", name, (after - before) / keep.length / 1024);
        if (keep[0] == null) {
            throw new IllegalStateException();
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
