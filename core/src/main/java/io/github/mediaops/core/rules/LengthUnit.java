package io.github.mediaops.core.rules;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit in which a platform counts the length of a text. Platforms disagree: WeChat and Weibo count
 * 字 (one per character, i.e. per Unicode code point), TikTok counts UTF-16 code units, YouTube limits
 * the description in bytes, and X weighs CJK characters and emoji as two and every URL as 23.
 *
 * <p>Every unit is a whole number so that limits and actual values compare exactly.
 */
public enum LengthUnit {
    /** One per Unicode code point: an emoji outside the BMP counts 1, a ZWJ family counts 5. */
    CODE_POINTS("codepoints"),
    /** One per UTF-16 code unit ({@link String#length()}): a surrogate pair counts 2 (TikTok, JavaScript). */
    UTF16_UNITS("utf16"),
    /** One per user-perceived character (extended grapheme cluster, regex {@code \X}). */
    GRAPHEMES("graphemes"),
    /** Bytes of the UTF-8 encoding: a CJK character counts 3. */
    UTF8_BYTES("bytes"),
    /**
     * X's weighted count (twitter-text configuration v3): characters in the Latin, general punctuation
     * and similar ranges count 1; everything else (CJK, emoji sequences) counts 2; each http(s) URL
     * counts 23 whatever its length. See https://docs.x.com/resources/fundamentals/counting-characters.
     */
    WEIGHTED_CJK_DOUBLE("weighted"),
    /**
     * Half-width characters (ASCII letters, digits, punctuation) count one half, everything else one;
     * the total is rounded up. Used by some Chinese platforms that count "two letters as one 字".
     */
    HALF_WIDTH_HALF("half-width-half");

    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\\u3000，。！？、；：“”‘’（）《》【】]+");
    /** The weight X gives every URL. */
    static final int X_URL_WEIGHT = 23;

    private final String configName;

    LengthUnit(String configName) {
        this.configName = configName;
    }

    /** The name used in rule files, e.g. {@code codepoints}. */
    public String configName() {
        return configName;
    }

    static LengthUnit fromConfig(String name, String key) {
        for (LengthUnit u : values()) {
            if (u.configName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        throw new io.github.mediaops.core.InvalidValueException(key, key + ": unknown length unit \"" + name
                + "\"; use codepoints, utf16, graphemes, bytes, weighted or half-width-half");
    }

    /** The length of {@code text} in this unit. */
    public long measure(CharSequence text) {
        String s = text.toString();
        return switch (this) {
            case CODE_POINTS -> s.codePointCount(0, s.length());
            case UTF16_UNITS -> s.length();
            case GRAPHEMES -> graphemeCount(s);
            case UTF8_BYTES -> s.getBytes(StandardCharsets.UTF_8).length;
            case WEIGHTED_CJK_DOUBLE -> weighted(s);
            case HALF_WIDTH_HALF -> halfWidthHalf(s);
        };
    }

    private static long graphemeCount(String s) {
        Matcher m = GRAPHEME.matcher(s);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long weighted(String s) {
        long total = 0;
        Matcher url = URL.matcher(s);
        int from = 0;
        while (url.find()) {
            total += weightedPlain(s.substring(from, url.start())) + X_URL_WEIGHT;
            from = url.end();
        }
        return total + weightedPlain(s.substring(from));
    }

    private static long weightedPlain(String s) {
        long total = 0;
        Matcher g = GRAPHEME.matcher(s);
        while (g.find()) {
            String cluster = g.group();
            int cp = cluster.codePointAt(0);
            boolean single = Character.charCount(cp) == cluster.length();
            total += single && isLight(cp) ? 1 : 2;
        }
        return total;
    }

    /** twitter-text v3 ranges of weight 100 (all others weigh 200). */
    private static boolean isLight(int cp) {
        return cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F)
                || (cp >= 0x2032 && cp <= 0x2037);
    }

    private static long halfWidthHalf(String s) {
        long halves = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            halves += cp < 0x80 ? 1 : 2;
            i += Character.charCount(cp);
        }
        return (halves + 1) / 2;
    }
}
