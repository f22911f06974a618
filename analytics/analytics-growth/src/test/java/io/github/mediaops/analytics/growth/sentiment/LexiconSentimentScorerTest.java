package io.github.mediaops.analytics.growth.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconSentimentScorerTest {
    private final LexiconSentimentScorer scorer = LexiconSentimentScorer.builtIn();

    @Test
    void matches_independent_python_implementation_of_the_rules() throws IOException {
        String fixture;
        try (InputStream in = getClass().getResourceAsStream("/golden/sentiment.tsv")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int n = 0;
        for (String line : fixture.split("\n")) {
            int tab = line.lastIndexOf('\t');
            String text = line.substring(0, tab);
            double ref = Double.parseDouble(line.substring(tab + 1));
            assertThat(scorer.score(text)).as(text).isCloseTo(ref, within(1e-12));
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(25);
    }

    @Test
    void longest_match_reads_buxi_as_positive_and_negation_flips_but_weakens() {
        assertThat(scorer.score("不错")).isPositive();
        assertThat(scorer.score("不好吃")).isNegative();
        assertThat(scorer.score("不好吃")).isGreaterThan(scorer.score("难吃"));
        assertThat(scorer.score("不是不好")).isPositive(); // double negation
    }

    @Test
    void intensifiers_scale_and_contrast_favours_the_second_clause() {
        assertThat(scorer.score("非常满意")).isGreaterThan(scorer.score("满意"));
        assertThat(scorer.score("有点失望")).isGreaterThan(scorer.score("失望"));
        assertThat(scorer.score("虽然便宜但是质量很差")).isNegative();
        assertThat(scorer.score("质量很差但是便宜")).isPositive();
    }

    @Test
    void emoji_and_platform_emoticons_count_and_are_not_negated() {
        assertThat(scorer.score("👍")).isPositive();
        assertThat(scorer.score("[怒]")).isNegative();
        assertThat(scorer.score("再也不买了😡")).isNegative();
    }

    @Test
    void empty_or_unknown_text_scores_zero_and_scores_stay_in_range() {
        assertThat(scorer.score("")).isZero();
        assertThat(scorer.score("东西收到了")).isZero();
        StringBuilder rant = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rant.append("垃圾骗子");
        }
        assertThat(scorer.score(rant)).isBetween(-1.0, -0.99);
        assertThat(scorer.classify("垃圾", 0.05)).isEqualTo(Polarity.NEGATIVE);
        assertThat(scorer.classify("东西收到了", 0.05)).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void custom_lexicon_is_pluggable_and_parsed_from_text() {
        Lexicon own = Lexicon.parse(new StringReader("# brand terms\n翻新机\tsentiment\t-2.5\n不\tnegator\n超\tintensifier\t2\n"));
        LexiconSentimentScorer s = new LexiconSentimentScorer(own, -0.5, 2);
        assertThat(s.score("翻新机")).isNegative();
        assertThat(s.score("超翻新机")).isLessThan(s.score("翻新机"));
        assertThat(s.score("不翻新机")).isCloseTo(1.25 / Math.sqrt(1.25 * 1.25 + 15), within(1e-12));
        Lexicon extended = Lexicon.builtIn().toBuilder().sentiment("翻新机", -2.5).build();
        assertThat(extended.size()).isEqualTo(Lexicon.builtIn().size() + 1);
        assertThat(new LexiconSentimentScorer(extended, -0.74, 4).score("是翻新机")).isNegative();
    }

    @Test
    void a_host_model_plugs_in_through_the_interface() {
        SentimentScorer model = text -> text.toString().contains("退") ? -0.9 : 0.1;
        assertThat(model.classify("我要退货", 0.05)).isEqualTo(Polarity.NEGATIVE);
        assertThat(model.classify("好", 0.05)).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void rejects_malformed_lexicon_lines_and_bad_options() {
        assertThatThrownBy(() -> Lexicon.parse(new StringReader("好\n"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> Lexicon.parse(new StringReader("好\tfeeling\t1\n"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> Lexicon.parse(new StringReader("好\tsentiment\tx\n"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> new LexiconSentimentScorer(Lexicon.builtIn(), 0.5, 4)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> scorer.classify("x", 0)).isInstanceOf(InvalidValueException.class);
    }
}
