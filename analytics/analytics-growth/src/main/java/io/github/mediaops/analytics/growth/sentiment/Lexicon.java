package io.github.mediaops.analytics.growth.sentiment;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The terms a {@link LexiconSentimentScorer} knows: sentiment words and emoji with a weight
 * (typically -3..3), negators ("不", "没有"), intensifiers with a multiplier ("非常" 1.8, "有点" 0.6)
 * and contrast words ("但是": what follows counts more). Immutable.
 *
 * <p><b>Text format</b> ({@link #parse}): one term per line, {@code term<TAB>kind[<TAB>value]}, kind
 * one of {@code sentiment}, {@code negator}, {@code intensifier}, {@code contrast}; blank lines
 * and lines starting with {@code #} are ignored. Later lines override earlier ones.
 *
 * <p>{@link #builtIn()} is a small general-purpose lexicon (about 290 terms) written for this
 * project from common usage on Chinese social platforms; it is released with the SDK under its
 * licence. It is deliberately small: for production, extend it with domain terms
 * ({@link #toBuilder()}) or bring a lexicon whose licence you have checked. No third-party lexicon
 * (HowNet, NTUSD, DUTIR, ...) is bundled.
 *
 * @since 0.1.0
 */
public final class Lexicon {

    /** What a term does. */
    public enum Kind {
        SENTIMENT, NEGATOR, INTENSIFIER, CONTRAST
    }

    /** A term's kind and value (weight for sentiment, multiplier for intensifiers, unused otherwise). */
    public record Entry(Kind kind, double value) {
        /** Validates the components; bad values fail with the field named. */
        public Entry {
            Checks.notNull(kind, "kind");
            Checks.finite(value, "value");
        }
    }

    /** Lazy, thread-safe holder of the built-in lexicon (an immutable constant once loaded). */
    private static final class BuiltIn {
        static final Lexicon INSTANCE = load();

        private static Lexicon load() {
            try (InputStream in = Lexicon.class.getResourceAsStream("lexicon-zh.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("built-in lexicon resource lexicon-zh.tsv is missing");
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, Entry> entries;

    private Lexicon(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The built-in lexicon (loaded once from {@code lexicon-zh.tsv} on the class path). */
    public static Lexicon builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Parses the text format described in the class comment. */
    public static Lexicon parse(Reader reader) {
        Checks.notNull(reader, "reader");
        Builder b = builder();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 2) {
                    throw new InvalidValueException("lexicon", "line " + no + " needs term<TAB>kind[<TAB>value] (was " + Checks.show(line) + ")");
                }
                Kind kind;
                try {
                    kind = Kind.valueOf(f[1].trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("lexicon", "line " + no + ": unknown kind " + Checks.show(f[1]));
                }
                double v = 0;
                if (kind == Kind.SENTIMENT || kind == Kind.INTENSIFIER) {
                    if (f.length < 3) {
                        throw new InvalidValueException("lexicon", "line " + no + ": " + kind + " needs a value");
                    }
                    try {
                        v = Double.parseDouble(f[2].trim());
                    } catch (NumberFormatException e) {
                        throw new InvalidValueException("lexicon", "line " + no + ": value is not a number " + Checks.show(f[2]));
                    }
                }
                b.put(f[0], new Entry(kind, v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    /** @return a builder with no terms */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** A builder starting from this lexicon's terms. */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(entries));
    }

    /** All terms, in insertion order. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** @return the number of terms */
    public int size() {
        return entries.size();
    }

    /** Builder; terms are trimmed and must not be blank. */
    public static final class Builder {
        private final Map<String, Entry> map;

        private Builder(Map<String, Entry> map) {
            this.map = map;
        }

        /**
         * Adds a sentiment word.
         *
         * @param term   the term; not blank
         * @param weight its polarity, negative for negative words
         * @return this builder
         */
        public Builder sentiment(String term, double weight) {
            return put(term, new Entry(Kind.SENTIMENT, weight));
        }

        /**
         * Adds a negator (不, not): within the scorer's negation window it reverses (and damps) the next sentiment word.
         *
         * @param term the term; not blank
         * @return this builder
         */
        public Builder negator(String term) {
            return put(term, new Entry(Kind.NEGATOR, 0));
        }

        /**
         * Adds an intensifier (非常, very) that multiplies the next sentiment word.
         *
         * @param term       the term; not blank
         * @param multiplier &ge; 0
         * @return this builder
         */
        public Builder intensifier(String term, double multiplier) {
            if (!(multiplier >= 0) || !Double.isFinite(multiplier)) {
                throw new InvalidValueException("multiplier", "multiplier must be a finite number >= 0 (was " + multiplier + ")");
            }
            return put(term, new Entry(Kind.INTENSIFIER, multiplier));
        }

        /**
         * Adds a contrast word (但是, but): the scorer down-weights what came before it and up-weights what follows.
         *
         * @param term the term; not blank
         * @return this builder
         */
        public Builder contrast(String term) {
            return put(term, new Entry(Kind.CONTRAST, 0));
        }

        /**
         * Removes a term of any kind.
         *
         * @param term the term; not blank
         * @return this builder
         */
        public Builder remove(String term) {
            map.remove(Checks.notBlank(term, "term").trim());
            return this;
        }

        Builder put(String term, Entry e) {
            Checks.notBlank(term, "term");
            map.put(term.trim(), e);
            return this;
        }

        /**
         * The lexicon.
         *
         * @return the lexicon
         */
        public Lexicon build() {
            return new Lexicon(map);
        }
    }
}
