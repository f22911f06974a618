package io.github.mediaops.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LengthUnitTest {
    @Test
    void counts_cjk_and_ascii_in_each_unit() {
        String s = "你好abc";
        assertThat(LengthUnit.CODE_POINTS.measure(s)).isEqualTo(5);
        assertThat(LengthUnit.UTF16_UNITS.measure(s)).isEqualTo(5);
        assertThat(LengthUnit.GRAPHEMES.measure(s)).isEqualTo(5);
        assertThat(LengthUnit.UTF8_BYTES.measure(s)).isEqualTo(9);
        assertThat(LengthUnit.WEIGHTED_CJK_DOUBLE.measure(s)).isEqualTo(7);
        // 2 + 2 + 1 + 1 + 1 = 7 halves -> 3.5 rounded up
        assertThat(LengthUnit.HALF_WIDTH_HALF.measure(s)).isEqualTo(4);
    }

    @Test
    void counts_emoji_sequences_per_unit() {
        String thumb = "👍🏽"; // U+1F44D U+1F3FD
        assertThat(LengthUnit.CODE_POINTS.measure(thumb)).isEqualTo(2);
        assertThat(LengthUnit.UTF16_UNITS.measure(thumb)).isEqualTo(4);
        assertThat(LengthUnit.GRAPHEMES.measure(thumb)).isEqualTo(1);
        assertThat(LengthUnit.UTF8_BYTES.measure(thumb)).isEqualTo(8);
        assertThat(LengthUnit.WEIGHTED_CJK_DOUBLE.measure(thumb)).isEqualTo(2);
        String family = "👨‍👩‍👧";
        assertThat(LengthUnit.CODE_POINTS.measure(family)).isEqualTo(5);
        assertThat(LengthUnit.GRAPHEMES.measure(family)).isEqualTo(1);
        assertThat(LengthUnit.WEIGHTED_CJK_DOUBLE.measure(family)).isEqualTo(2);
    }

    @Test
    void weighted_count_gives_every_url_23() {
        String shortUrl = "see https://a.cn ok";
        String longUrl = "see https://example.com/a/very/long/path/that/goes/on?and=on ok";
        assertThat(LengthUnit.WEIGHTED_CJK_DOUBLE.measure(shortUrl)).isEqualTo(4 + 23 + 3);
        assertThat(LengthUnit.WEIGHTED_CJK_DOUBLE.measure(longUrl)).isEqualTo(4 + 23 + 3);
    }
}
