package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The clause boundaries as a bitmap: what the main pass marks is what {@link RuleEngine#isBoundary} accepts, and the two
 * queries a clause is made of agree with a search of the text wherever the clause's reach can see (a boundary less than
 * 64 characters away; a clause reaches {@value RuleEngine#CLAUSE_REACH}).
 */
class ClauseBoundariesPropertiesTest {
    /** Mostly text, with boundaries now and then, so that gaps both shorter and longer than 64 characters occur. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> text = Arbitraries.chars().with('最', '佳', 'a', ' ', '*', '国');
        Arbitrary<Character> boundary = Arbitraries.chars().with('，', '。', ',', '!', '\n');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, text), net.jqwik.api.Tuple.of(1, boundary))
                .list().ofMaxSize(400).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    @Property(tries = 300)
    void the_main_pass_marks_exactly_the_boundaries_and_a_clause_reads_them_as_a_search_does(@ForAll("texts") String text) {
        RuleEngine.Clauses scanned = new RuleEngine.Clauses();
        scanned.scan(text);
        RuleEngine.Clauses marked = new RuleEngine.Clauses();
        TermMatcher matcher = TermMatcher.compile(List.of("最佳", "a"), true, null, RuleEngine.BOUNDARIES);
        assertThat(matcher.marksBoundaries()).isTrue();
        matcher.forEachMatch(text, (t, s, e) -> { }, marked);
        for (int i = 0; i < text.length(); i++) {
            boolean boundary = RuleEngine.isBoundary(text.charAt(i));
            assertThat(scanned.has(i)).as("scanned at %d", i).isEqualTo(boundary);
            assertThat(marked.has(i)).as("marked at %d", i).isEqualTo(boundary);
        }
        for (int pos = 0; pos <= text.length(); pos++) {
            int last = -1;
            for (int i = pos - 1; i >= 0; i--) {
                if (RuleEngine.isBoundary(text.charAt(i))) {
                    last = i;
                    break;
                }
            }
            int next = -1;
            for (int i = pos; i < text.length(); i++) {
                if (RuleEngine.isBoundary(text.charAt(i))) {
                    next = i;
                    break;
                }
            }
            int lastBefore = marked.lastBefore(pos);
            int firstAtOrAfter = marked.firstAtOrAfter(pos);
            if (last >= pos - 64) {
                assertThat(lastBefore).as("last boundary before %d", pos).isEqualTo(last);
            } else {
                assertThat(lastBefore).as("far last boundary before %d", pos).isIn(-1, last);
            }
            if (next >= 0 && next < pos + 64) {
                assertThat(firstAtOrAfter).as("first boundary at or after %d", pos).isEqualTo(next);
            } else {
                assertThat(firstAtOrAfter).as("far first boundary at or after %d", pos).isIn(-1, next);
            }
            // what the clause is made of: the start and end it reaches are the same as with the searched boundaries
            int reach = RuleEngine.CLAUSE_REACH;
            assertThat(Math.max(Math.max(0, pos - reach), lastBefore + 1)).isEqualTo(Math.max(Math.max(0, pos - reach), last + 1));
            int max = Math.min(text.length(), pos + reach);
            assertThat(firstAtOrAfter < 0 ? max : Math.min(firstAtOrAfter, max)).isEqualTo(next < 0 ? max : Math.min(next, max));
        }
    }

    @Property(tries = 300)
    void any_marked_agrees_with_a_search(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int a,
                                         @ForAll @IntRange(max = 400) int b) {
        RuleEngine.Clauses clauses = new RuleEngine.Clauses();
        clauses.scan(text);
        int from = Math.min(a, text.length());
        int to = Math.min(b, text.length());
        boolean expected = false;
        for (int i = from; i <= to && i < text.length(); i++) {
            expected |= RuleEngine.isBoundary(text.charAt(i));
        }
        assertThat(clauses.any(from, to)).as("[%d, %d]", from, to).isEqualTo(expected);
    }
}
