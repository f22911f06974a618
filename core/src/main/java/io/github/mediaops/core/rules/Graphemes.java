package io.github.mediaops.core.rules;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grapheme-safe text cutting. Cuts fall only on extended grapheme cluster boundaries (regex
 * {@code \X}, Unicode UAX #29), so an emoji ZWJ sequence, a flag, a skin-tone modifier or a surrogate
 * pair is never split, and never inside a URL.
 */
final class Graphemes {
    private static final Pattern CLUSTER = Pattern.compile("\\X");
    static final String ELLIPSIS = "…";

    private Graphemes() {
    }

    /** Offsets where a cut may fall: 0, each grapheme boundary, and text.length(); minus offsets inside URLs. */
    static int[] boundaries(String text) {
        // URL spans come in text order and do not overlap, as do the cluster ends: one merge pass, O(n)
        List<InlineText.Token> urls = InlineText.urls(text);
        int[] out = new int[text.length() + 1];
        int n = 0;
        out[n++] = 0;
        int u = 0;
        Matcher m = CLUSTER.matcher(text);
        while (m.find()) {
            int b = m.end();
            while (u < urls.size() && urls.get(u).end() <= b) {
                u++;
            }
            boolean inside = u < urls.size() && b > urls.get(u).start() && b < urls.get(u).end();
            if (!inside) {
                out[n++] = b;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The text itself when it fits, otherwise its longest grapheme-safe prefix that fits with
     * {@code suffix} appended (trailing spaces removed before the suffix), or {@code ""} when not even the
     * suffix fits.
     */
    static String fit(String text, Predicate<String> fits, String suffix) {
        if (fits.test(text)) {
            return text;
        }
        int[] b = boundaries(text);
        int lo = 0;
        int hi = b.length - 1;
        // invariant: prefix at b[lo] fits (or lo == 0 and we check it below); prefix at b[hi] does not fit
        if (!fits.test(suffix)) {
            return "";
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits.test(cut(text, b[mid], suffix))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return cut(text, b[lo], suffix);
    }

    private static String cut(String text, int at, String suffix) {
        return text.substring(0, at).stripTrailing() + suffix;
    }

    /**
     * The length of the longest grapheme-safe prefix of {@code text} that fits, preferring to end after
     * a sentence end or whitespace when such a point lies in the second half of that prefix. Returns
     * at least one grapheme when the text is not empty.
     */
    static int splitPoint(String text, Predicate<String> fits) {
        int[] b = boundaries(text);
        int lo = 0;
        int hi = b.length - 1;
        if (fits.test(text)) {
            return text.length();
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits.test(text.substring(0, b[mid]))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        int hard = Math.max(b[lo], b.length > 1 ? b[1] : text.length());
        for (int i = lo; i > 0 && b[i] > hard / 2; i--) {
            char before = text.charAt(b[i] - 1);
            if ("。！？!?；;\n ".indexOf(before) >= 0 || (before == '.' && b[i] < text.length()
                    && Character.isWhitespace(text.charAt(b[i])))) {
                return b[i];
            }
        }
        return hard;
    }
}
