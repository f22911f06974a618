package io.github.mediaops.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#notBlank} decides blankness by a first-character shortcut where it can; the JDK's
 * {@link String#isBlank()} is the reference it must agree with on every string.
 */
class ChecksNotBlankTest {
    /** Every character {@link Character#isWhitespace} accepts, and neighbours that it does not. */
    private static final String EDGES = " \t\n\u000B\f\r\u001C\u001F\u00A0\u1680\u2000\u2007\u200A\u2028\u2029\u202F"
            + "\u205F\u3000\u3001「a~\u007F\u0080最\uD83D\uDD25";

    @Test
    void refuses_unicode_whitespace_naming_the_field() {
        for (String blank : new String[] {"", " ", "\t\n", "\u3000", "\u2028\u3000", "\u1680 "}) {
            assertThatThrownBy(() -> Checks.notBlank(blank, "reason"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("reason must not be blank")
                    .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("reason");
        }
    }

    @Test
    void accepts_text_whatever_its_first_character() {
        for (String text : new String[] {"dictionary", "「最佳」：广告法第九条第三项", "\u3001", " x", "\u3000最", "\u00A0",
                "\uD83D\uDD25", "~"}) {
            assertThat(Checks.notBlank(text, "term")).isSameAs(text);
        }
    }

    @Property(tries = 2000)
    void agrees_with_string_is_blank(@ForAll("edgeStrings") String value) {
        boolean refused;
        try {
            Checks.notBlank(value, "value");
            refused = false;
        } catch (InvalidValueException e) {
            refused = true;
        }
        assertThat(refused).as("notBlank(%s)", value.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(value.isBlank());
    }

    @Provide
    Arbitrary<String> edgeStrings() {
        return Arbitraries.of(EDGES.chars().mapToObj(c -> (char) c).toArray(Character[]::new))
                .list().ofMaxSize(4).map(chars -> {
                    StringBuilder b = new StringBuilder();
                    chars.forEach(b::append);
                    return b.toString();
                });
    }
}
