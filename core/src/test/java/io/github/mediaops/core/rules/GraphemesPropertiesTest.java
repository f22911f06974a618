package io.github.mediaops.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GraphemesPropertiesTest {
    private static final List<String> PIECES = List.of("秋", "a", " ", "👍🏽", "👨‍👩‍👧", "🇨🇳", "é", "𠀀", "。", "#", "😀");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void truncation_fits_and_keeps_whole_graphemes(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 40) int max,
                                                   @ForAll LengthUnit unit) {
        String out = Graphemes.fit(text, s -> unit.measure(s) <= max, Graphemes.ELLIPSIS);
        assertThat(unit.measure(out)).isLessThanOrEqualTo(max);
        String kept = out.endsWith(Graphemes.ELLIPSIS) && !text.equals(out) ? out.substring(0, out.length() - 1) : out;
        List<String> all = clusters(text);
        List<String> prefix = clusters(kept);
        // the kept part is a whole number of the original's graphemes (trailing spaces may be trimmed)
        assertThat(all.subList(0, Math.min(prefix.size(), all.size()))).isEqualTo(prefix);
        assertThat(Character.isHighSurrogate(kept.isEmpty() ? 'x' : kept.charAt(kept.length() - 1))).isFalse();
    }

    @Property(tries = 200)
    void split_point_is_a_grapheme_boundary_that_fits(@ForAll("texts") String text, @ForAll @IntRange(min = 4, max = 40) int max) {
        if (text.isEmpty()) {
            return;
        }
        int at = Graphemes.splitPoint(text, s -> LengthUnit.WEIGHTED_CJK_DOUBLE.measure(s) <= max);
        assertThat(at).isPositive();
        List<String> head = clusters(text.substring(0, at));
        assertThat(clusters(text).subList(0, head.size())).isEqualTo(head);
    }

    private static List<String> clusters(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\X").matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
