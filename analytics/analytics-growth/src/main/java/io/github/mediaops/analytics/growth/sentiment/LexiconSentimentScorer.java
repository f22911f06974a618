package io.github.mediaops.analytics.growth.sentiment;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Map;

/**
 * A lexicon-based sentiment scorer for Chinese short texts (comments, danmaku, posts), in the
 * spirit of VADER (Hutto &amp; Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment
 * Analysis of Social Media Text", ICWSM 2014), adapted to Chinese, which has no spaces:
 *
 * <ul>
 *   <li><b>Segmentation</b>: forward maximum matching against the lexicon (the longest known term
 *       starting at each position wins, so "不错" is read as one positive word, not "不" + "错");
 *       unknown characters are skipped.</li>
 *   <li><b>Negation</b>: an odd number of negators within {@code negationWindow} unknown
 *       characters before a sentiment term multiplies it by {@code negationFactor} (VADER uses
 *       -0.74: "不好吃" is negative, but less than "难吃" is); an even number cancels.</li>
 *   <li><b>Intensifiers</b> multiply the next sentiment term ("非常", "有点").</li>
 *   <li><b>Contrast</b> ("但是", "不过"): what came before is halved and what follows is weighted
 *       1.5 (VADER's "but" rule).</li>
 *   <li><b>Clauses</b> end at punctuation, which also ends negation and intensifier scope;
 *       each "!"/"！" (up to 3) adds 0.3 in the direction of the sentiment.</li>
 *   <li><b>Emoji</b> and bracketed platform emoticons ("[怒]") are ordinary lexicon terms, except
 *       that they are never negated ("再也不买了😡" stays angry).</li>
 *   <li><b>Normalisation</b>: the sum s is mapped to {@code s / √(s² + 15)} in (-1, 1), as VADER.</li>
 * </ul>
 * Immutable and thread-safe; one pass over the text with no allocation.
 *
 * <pre>{@code
 * LexiconSentimentScorer scorer = LexiconSentimentScorer.builtIn();
 * double s = scorer.score("质量太差了，要求退款😡");   // in (-1, 1), negative here
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LexiconSentimentScorer implements SentimentScorer {
    private static final byte NONE = 0;
    private static final byte SENTIMENT = 1;
    private static final byte NEGATOR = 2;
    private static final byte INTENSIFIER = 3;
    private static final byte CONTRAST = 4;

    private final int[] root = new int[65536];
    private final long[] keys;
    private final int[] vals;
    private final int mask;
    private final byte[] kind;
    private final double[] value;
    private final boolean[] negatable;
    private final double negationFactor;
    private final int negationWindow;

    /** A scorer over the {@link Lexicon#builtIn() built-in lexicon} with default options. */
    public static LexiconSentimentScorer builtIn() {
        return new LexiconSentimentScorer(Lexicon.builtIn(), -0.74, 4);
    }

    /**
     * @param lexicon        the terms
     * @param negationFactor multiplier for a negated term, in [-1, 0]
     * @param negationWindow how many unknown characters a negation reaches across, &ge; 0
     */
    public LexiconSentimentScorer(Lexicon lexicon, double negationFactor, int negationWindow) {
        Checks.notNull(lexicon, "lexicon");
        if (!(negationFactor >= -1 && negationFactor <= 0)) {
            throw new InvalidValueException("negationFactor", "negationFactor must be in [-1, 0] (was " + negationFactor + ")");
        }
        this.negationFactor = negationFactor;
        this.negationWindow = Checks.nonNegative(negationWindow, "negationWindow");
        int totalChars = 0;
        for (String t : lexicon.entries().keySet()) {
            totalChars += t.length();
        }
        int cap = Integer.highestOneBit(Math.max(16, totalChars * 2)) * 2;
        keys = new long[cap];
        vals = new int[cap];
        mask = cap - 1;
        kind = new byte[totalChars + 2];
        value = new double[totalChars + 2];
        negatable = new boolean[totalChars + 2];
        int next = 1;
        for (Map.Entry<String, Lexicon.Entry> e : lexicon.entries().entrySet()) {
            String term = e.getKey();
            int node = root[term.charAt(0)];
            if (node == 0) {
                node = next++;
                root[term.charAt(0)] = node;
            }
            for (int i = 1; i < term.length(); i++) {
                int child = child(node, term.charAt(i));
                if (child == 0) {
                    child = next++;
                    put(node, term.charAt(i), child);
                }
                node = child;
            }
            kind[node] = switch (e.getValue().kind()) {
                case SENTIMENT -> SENTIMENT;
                case NEGATOR -> NEGATOR;
                case INTENSIFIER -> INTENSIFIER;
                case CONTRAST -> CONTRAST;
            };
            value[node] = e.getValue().value();
            negatable[node] = Character.isLetter(term.charAt(0));
        }
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private int child(int node, char c) {
        long k = key(node, c);
        int i = hash(k) & mask;
        while (true) {
            long kk = keys[i];
            if (kk == k) {
                return vals[i];
            }
            if (kk == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    private void put(int node, char c, int child) {
        long k = key(node, c);
        int i = hash(k) & mask;
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = k;
        vals[i] = child;
    }

    @Override
    public double score(CharSequence text) {
        Checks.notNull(text, "text");
        int n = text.length();
        double total = 0;
        double clause = 0;
        double intensity = 1;
        double contrastWeight = 1;
        int negations = 0;
        int negationAge = 0;
        int bangs = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int node = root[c];
            int end = -1;
            int match = 0;
            if (node != 0) {
                if (kind[node] != NONE) {
                    end = i + 1;
                    match = node;
                }
                for (int j = i + 1; j < n; j++) {
                    node = child(node, text.charAt(j));
                    if (node == 0) {
                        break;
                    }
                    if (kind[node] != NONE) {
                        end = j + 1;
                        match = node;
                    }
                }
            }
            if (end < 0) {
                if (isClauseEnd(c)) {
                    if (c == '!' || c == '！') {
                        bangs++;
                    }
                    total += clause;
                    clause = 0;
                    negations = 0;
                    intensity = 1;
                } else if (++negationAge > negationWindow) {
                    negations = 0;
                }
                i++;
                continue;
            }
            switch (kind[match]) {
                case SENTIMENT -> {
                    double v = value[match] * intensity * contrastWeight;
                    if ((negations & 1) == 1 && negatable[match]) {
                        v *= negationFactor;
                    }
                    clause += v;
                    negations = 0;
                    intensity = 1;
                }
                case NEGATOR -> {
                    negations++;
                    negationAge = 0;
                }
                case INTENSIFIER -> intensity *= value[match];
                default -> { // CONTRAST
                    total = (total + clause) * 0.5;
                    clause = 0;
                    contrastWeight = 1.5;
                    negations = 0;
                    intensity = 1;
                }
            }
            i = end;
        }
        double s = total + clause;
        if (s != 0 && bangs > 0) {
            s += Math.signum(s) * 0.3 * Math.min(bangs, 3);
        }
        return s / Math.sqrt(s * s + 15);
    }

    private static boolean isClauseEnd(char c) {
        return switch (c) {
            case '，', ',', '。', '.', '！', '!', '？', '?', '；', ';', '\n', '～', '~', '、' -> true;
            default -> false;
        };
    }
}
