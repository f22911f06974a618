package io.github.mediaops.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs, topics and mentions written inline in a text. Topics are recognised in both syntaxes:
 * paired {@code #话题#} and leading {@code #话题} (letters, digits and underscores). A paired topic may
 * contain inner spaces ({@code #Apple Event#}) only when the text is read for a platform whose syntax is
 * paired; elsewhere {@code #秋季 通勤#} would be ambiguous with two leading topics. Nothing inside a URL
 * counts as a topic or mention.
 */
final class InlineText {
    static final Pattern URL = Pattern.compile("https?://[^\\s\\u3000，。！？、；：“”‘’（）《》【】<>\"]+");
    private static final Pattern PAIRED_WITH_SPACES = Pattern.compile(
            "#([\\p{L}\\p{N}_·&\\-]|[\\p{L}\\p{N}_·&\\-][\\p{L}\\p{N}_·&\\- ]{0,62}[\\p{L}\\p{N}_·&\\-])#");
    private static final Pattern PAIRED = Pattern.compile("#([\\p{L}\\p{N}_·&\\-]{1,64})#");
    private static final Pattern LEADING = Pattern.compile("#([\\p{L}\\p{N}_]{1,64})");
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._%+\\-])@([\\p{L}\\p{N}_\\-·]{1,30})");

    /** A piece of inline syntax: its span in the text and its bare value (topic name, handle or URL). */
    record Token(int start, int end, String value, boolean paired) {
    }

    private InlineText() {
    }

    static List<Token> urls(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String u = m.group();
            // trailing ASCII punctuation ends a sentence, not the URL
            int end = m.end();
            while (end > m.start() && ".,!?;:)".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            out.add(new Token(m.start(), end, text.substring(m.start(), end), false));
        }
        return out;
    }

    /** Topics in either syntax, outside URLs, in order; paired topics without inner spaces. */
    static List<Token> hashtags(String text) {
        return hashtags(text, false);
    }

    /** Topics in either syntax, outside URLs, in order. */
    static List<Token> hashtags(String text, boolean pairedMayContainSpaces) {
        List<Token> urls = urls(text);
        List<Token> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Token u : urls) {
            mark(taken, u.start(), u.end());
        }
        Matcher p = (pairedMayContainSpaces ? PAIRED_WITH_SPACES : PAIRED).matcher(text);
        int from = 0;
        while (from < text.length() && p.find(from)) {
            if (!free(taken, p.start(), p.end())) {
                from = p.start() + 1;
                continue;
            }
            out.add(new Token(p.start(), p.end(), p.group(1), true));
            mark(taken, p.start(), p.end());
            from = p.end();
        }
        Matcher l = LEADING.matcher(text);
        while (l.find()) {
            if (free(taken, l.start(), l.end())) {
                out.add(new Token(l.start(), l.end(), l.group(1), false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Token::start));
        return out;
    }

    static List<Token> mentions(String text) {
        List<Token> urls = urls(text);
        boolean[] taken = new boolean[text.length() + 1];
        for (Token u : urls) {
            mark(taken, u.start(), u.end());
        }
        List<Token> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                out.add(new Token(m.start(), m.end(), m.group(1), false));
            }
        }
        return out;
    }

    private static void mark(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            taken[i] = true;
        }
    }

    private static boolean free(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
