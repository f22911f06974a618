package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text, including unpaired surrogates and control characters, gives findings that point into it. */
class CheckerRobustnessPropertiesTest {
    private static final ComplianceChecker CHECKER = ComplianceChecker.withBundledDictionary();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(20);
        Arbitrary<String> words = Arbitraries.of("最佳", "最*佳", "第①", "國家級", "100%", "best", "第一次", "7天瘦", "１２", " ", "。",
                "\uD83D", "👨‍👩‍👧", "加微信", "保本");
        return Arbitraries.oneOf(noise, words).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void findings_are_spans_of_the_text(@ForAll("texts") String text) {
        List<Finding> findings = CHECKER.check(text);
        for (Finding f : findings) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start() + 1, text.length());
            assertThat(f.matched()).isEqualTo(text.substring(f.start(), f.end()));
        }
        assertThat(findings).isSortedAccordingTo(java.util.Comparator.comparingInt(Finding::start));
    }
}
