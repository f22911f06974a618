package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The automaton finds exactly what a brute-force search over the normalised text finds. */
class TermMatcherPropertiesTest {
    private static final char[] ALPHABET = {'最', '佳', '第', '一', 'a', 'b', '1', ' ', '*', '國', '国', '.'};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.chars().with(ALPHABET).list().ofMaxSize(40).map(TermMatcherPropertiesTest::join);
    }

    @Provide
    Arbitrary<List<String>> dictionaries() {
        return Arbitraries.chars().with('最', '佳', '第', '一', 'a', 'b', '1', '国').list().ofMinSize(1).ofMaxSize(4)
                .map(TermMatcherPropertiesTest::join).list().ofMinSize(1).ofMaxSize(8);
    }

    private static String join(List<Character> cs) {
        StringBuilder b = new StringBuilder();
        cs.forEach(b::append);
        return b.toString();
    }

    @Property(tries = 300)
    void finds_the_same_matches_as_brute_force(@ForAll("dictionaries") List<String> terms, @ForAll("texts") String text) {
        List<int[]> slow = bruteForce(terms, text);
        Comparator<int[]> order = Comparator.<int[]>comparingInt(x -> x[2]).thenComparingInt(x -> x[0]).thenComparingInt(x -> x[1]);
        slow.sort(order);
        for (boolean dense : new boolean[] {true, false}) {
            TermMatcher m = TermMatcher.compile(terms, dense);
            assertThat(m.dense()).isEqualTo(dense);
            List<int[]> fast = m.findAll(text);
            fast.sort(order);
            assertThat(fast).as(dense ? "dense DFA" : "hash automaton").usingElementComparator(order).containsExactlyElementsOf(slow);
        }
    }

    @Provide
    Arbitrary<List<String>> cjkDictionaries() {
        return Arbitraries.chars().with('最', '佳', '第', '一', '国').list().ofMinSize(1).ofMaxSize(4)
                .map(TermMatcherPropertiesTest::join).list().ofMinSize(1).ofMaxSize(8);
    }

    /** Reading a range in place (the checker's context pass) finds what reading a copy of the range finds. */
    @Property(tries = 300)
    void a_range_is_read_as_its_copy(@ForAll("cjkDictionaries") List<String> terms, @ForAll("texts") String text,
                                     @ForAll @net.jqwik.api.constraints.IntRange(max = 40) int a,
                                     @ForAll @net.jqwik.api.constraints.IntRange(max = 40) int b) {
        int from = Math.min(Math.min(a, b), text.length());
        int to = Math.min(Math.max(a, b), text.length());
        for (boolean dense : new boolean[] {true, false}) {
            TermMatcher m = TermMatcher.compile(terms, dense);
            List<int[]> copy = new ArrayList<>();
            m.forEachMatch(text.substring(from, to), (t, s, e) -> copy.add(new int[] {t, from + s, from + e}));
            List<int[]> inPlace = new ArrayList<>();
            m.forEachMatch(text, from, to, (t, s, e) -> inPlace.add(new int[] {t, s, e}));
            assertThat(inPlace).as(dense ? "dense DFA" : "hash automaton").usingElementComparator(
                    Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]).thenComparingInt(x -> x[2]))
                    .containsExactlyElementsOf(copy);
        }
    }

    @Provide
    Arbitrary<String> punctuatedTexts() {
        return Arbitraries.chars().with('最', '佳', '第', '一', 'a', '1', ' ', '*', '，', ',', '。', '!', '\n').list().ofMaxSize(40)
                .map(TermMatcherPropertiesTest::join);
    }

    @Provide
    Arbitrary<List<String>> punctuatedDictionaries() {
        return Arbitraries.chars().with('最', '佳', '第', '一', 'a', ',').list().ofMinSize(1).ofMaxSize(4)
                .map(TermMatcherPropertiesTest::join).list().ofMinSize(1).ofMaxSize(8);
    }

    /**
     * A matcher compiled with boundary characters reports where each of them occurs, whether or not a term contains it
     * (here {@code ,} and so {@code ，}, which normalises to it, may be part of terms), and finds the same matches.
     */
    @Property(tries = 300)
    void marks_every_boundary_and_finds_the_same_matches(@ForAll("punctuatedDictionaries") List<String> terms,
                                                         @ForAll("punctuatedTexts") String text) {
        String boundaries = "。，,!\n";
        TermMatcher plain = TermMatcher.compile(terms, true, null);
        TermMatcher marking = TermMatcher.compile(terms, true, null, boundaries);
        assertThat(marking.marksBoundaries()).isTrue();
        TermMatcher.Marks found = new TermMatcher.Marks();
        List<int[]> withMarks = new ArrayList<>();
        marking.forEachMatch(text, (t, s, e) -> withMarks.add(new int[] {t, s, e}), found);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (boundaries.indexOf(text.charAt(i)) >= 0) {
                expected.add(i);
            }
        }
        List<Integer> actual = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (found.has(i)) {
                actual.add(i);
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(withMarks).usingElementComparator(
                Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]).thenComparingInt(x -> x[2]))
                .containsExactlyElementsOf(plain.findAll(text));
    }

    /**
     * With some terms presence-only, every other term's matches are reported exactly as before, and a presence-only term
     * is named in the present list or reported at a match (where it ends together with another term) exactly when it
     * occurs; without a present list every match is reported.
     */
    @Property(tries = 300)
    void presence_only_terms_are_noted_once_and_the_others_are_reported_as_before(
            @ForAll("dictionaries") List<String> terms, @ForAll("texts") String text, @ForAll long presenceBits) {
        boolean[] presenceOnly = new boolean[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            presenceOnly[t] = (presenceBits >>> t & 1) != 0;
        }
        TermMatcher plain = TermMatcher.compile(terms, true, null, "");
        TermMatcher m = TermMatcher.compile(terms, true, null, "", presenceOnly);
        Comparator<int[]> order = Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]).thenComparingInt(x -> x[2]);
        List<int[]> all = plain.findAll(text);
        assertThat(m.findAll(text)).as("without a present list").usingElementComparator(order).containsExactlyElementsOf(all);
        List<int[]> reported = new ArrayList<>();
        TermMatcher.TermIds present = new TermMatcher.TermIds();
        m.forEachMatch(text, (t, s, e) -> reported.add(new int[] {t, s, e}), null, present);
        List<Integer> presentTerms = new ArrayList<>();
        for (int k = 0; k < present.size; k++) {
            presentTerms.add(present.ids[k]);
        }
        assertThat(presentTerms).allMatch(t -> presenceOnly[t]);
        for (int t = 0; t < terms.size(); t++) {
            int term = t;
            List<int[]> expected = all.stream().filter(x -> x[0] == term).toList();
            List<int[]> got = reported.stream().filter(x -> x[0] == term).toList();
            if (presenceOnly[t]) {
                assertThat(expected).usingElementComparator(order).containsAll(got);
                assertThat(!got.isEmpty() || presentTerms.contains(t)).as("term %d found", t).isEqualTo(!expected.isEmpty());
            } else {
                assertThat(got).as("term %d", t).usingElementComparator(order).containsExactlyElementsOf(expected);
            }
        }
    }

    /** Normalise with an index map, then indexOf every term; apply the documented boundary rule. */
    private static List<int[]> bruteForce(List<String> terms, String text) {
        StringBuilder norm = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Normalizer.map(text.charAt(i));
            if (c == Normalizer.SKIP) {
                if (Normalizer.isDigit(prev) && i + 1 < text.length() && Normalizer.isDigit(Normalizer.map(text.charAt(i + 1)))) {
                    c = Normalizer.SEP;
                } else {
                    continue;
                }
            }
            norm.append(c);
            origin.add(i);
            prev = c;
        }
        List<int[]> out = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            String p = Normalizer.normalise(terms.get(t));
            for (int at = norm.indexOf(p); at >= 0; at = norm.indexOf(p, at + 1)) {
                int start = origin.get(at);
                int end = origin.get(at + p.length() - 1) + 1;
                boolean ok = true;
                if (Normalizer.isAsciiAlnum(p.charAt(0)) && start > 0 && Normalizer.isAsciiAlnum(Normalizer.map(text.charAt(start - 1)))) {
                    ok = false;
                }
                if (Normalizer.isAsciiAlnum(p.charAt(p.length() - 1)) && end < text.length()
                        && Normalizer.isAsciiAlnum(Normalizer.map(text.charAt(end)))) {
                    ok = false;
                }
                if (ok) {
                    out.add(new int[] {t, start, end});
                }
            }
        }
        return out;
    }
}
