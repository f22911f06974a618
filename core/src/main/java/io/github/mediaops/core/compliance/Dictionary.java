package io.github.mediaops.core.compliance;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of compliance {@link Term}s plus allow phrases (contexts in which a term is not a
 * violation, e.g. {@code 第一次}, {@code 最好提前}, {@code 唯一的联系方式}).
 *
 * <p>Dictionaries are read from UTF-8 text files, one term per line, with directives that apply to the
 * lines that follow:
 * <pre>
 * # comment
 * &#64;category ABSOLUTE_TERM        (resets platforms and suggestion; ends an &#64;allow block)
 * &#64;severity HIGH
 * &#64;basis 广告法第九条第三项
 * &#64;platforms douyin, kuaishou     (empty = every platform)
 * &#64;suggest 删除或改为可证明的描述   (default suggestion)
 * 最佳 =&gt; 很好的                    (term, optional own suggestion)
 * {d}天瘦                           (only right after a digit)
 * &#64;allow                           (following lines are allow phrases)
 * 第一次
 * </pre>
 * Merging keeps every term; a term with the same normalised text and category as an earlier one
 * replaces it. The bundled word lists are our own, curated from the PRC Advertising Law (2021) and the
 * SAMR 《广告绝对化用语执法指南》 (2023 No. 6); see {@code core/RULES.md}.
 */
public final class Dictionary {
    private static final String DIR = "/io/github/mediaops/core/compliance/";
    static final List<String> BUNDLED = List.of("absolute.dict", "claims.dict", "superstition.dict", "platforms.dict");

    private final List<Term> terms;
    private final List<String> allowPhrases;

    private Dictionary(List<Term> terms, List<String> allowPhrases) {
        this.terms = List.copyOf(terms);
        this.allowPhrases = List.copyOf(allowPhrases);
    }

    /** An empty dictionary. */
    public static Dictionary empty() {
        return new Dictionary(List.of(), List.of());
    }

    /** A dictionary of the given terms and allow phrases. */
    public static Dictionary of(Collection<Term> terms, Collection<String> allowPhrases) {
        Checks.listOf(terms, "terms");
        Checks.notBlankEach(allowPhrases, "allowPhrases");
        return empty().merge(new Dictionary(List.copyOf(terms), List.copyOf(allowPhrases)));
    }

    /** The bundled word lists: absolute terms, restricted claims, superstition, platform rules, allow phrases. */
    public static Dictionary bundled() {
        Dictionary d = empty();
        for (String name : BUNDLED) {
            try (InputStream in = Dictionary.class.getResourceAsStream(DIR + name)) {
                if (in == null) {
                    throw new MediaOpsException("bundled dictionary missing from the jar: " + DIR + name);
                }
                d = d.merge(parse(new InputStreamReader(in, StandardCharsets.UTF_8), name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled dictionary " + name, e);
            }
        }
        return d;
    }

    /** A brand's taboo list: each word a {@link Category#BRAND_TABOO} term of {@link Severity#MEDIUM}. */
    public static Dictionary brandTaboo(String brand, Collection<String> words) {
        Checks.notBlank(brand, "brand");
        List<Term> t = new ArrayList<>();
        for (String w : Checks.notBlankEach(words, "words")) {
            t.add(new Term(w, Category.BRAND_TABOO, Severity.MEDIUM, brand + " brand taboo list", "", Set.of()));
        }
        return of(t, List.of());
    }

    /** Parses a dictionary file (format above). */
    public static Dictionary parse(String text, String sourceName) {
        return parse(new StringReader(Checks.notNull(text, "text")), sourceName);
    }

    /** Parses a dictionary file (format above); {@code sourceName} appears in error messages. */
    public static Dictionary parse(Reader reader, String sourceName) {
        Checks.notNull(reader, "reader");
        Checks.notBlank(sourceName, "sourceName");
        List<Term> terms = new ArrayList<>();
        List<String> allow = new ArrayList<>();
        Category category = null;
        Severity severity = null;
        String basis = null;
        String suggest = "";
        Set<Platform> platforms = Set.of();
        boolean allowMode = false;
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String where = sourceName + ":" + no;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("@")) {
                    int sp = s.indexOf(' ');
                    String dir = sp < 0 ? s : s.substring(0, sp);
                    String arg = sp < 0 ? "" : s.substring(sp + 1).strip();
                    switch (dir) {
                        case "@category" -> {
                            try {
                                category = Category.valueOf(arg);
                            } catch (IllegalArgumentException e) {
                                throw new InvalidValueException(where, where + ": unknown category \"" + arg + "\"");
                            }
                            platforms = Set.of();
                            suggest = "";
                            allowMode = false;
                        }
                        case "@severity" -> severity = Severity.parse(arg, where);
                        case "@basis" -> basis = arg;
                        case "@suggest" -> suggest = arg;
                        case "@platforms" -> {
                            Set<Platform> p = new LinkedHashSet<>();
                            for (String id : arg.split(",")) {
                                if (!id.isBlank()) {
                                    p.add(Platform.of(id.strip()));
                                }
                            }
                            platforms = Set.copyOf(p);
                        }
                        case "@allow" -> allowMode = true;
                        default -> throw new InvalidValueException(where, where + ": unknown directive " + dir);
                    }
                    continue;
                }
                if (allowMode) {
                    allow.add(s);
                    continue;
                }
                if (category == null || severity == null || basis == null || basis.isBlank()) {
                    throw new InvalidValueException(where, where + ": term \"" + s + "\" before @category, @severity and @basis");
                }
                String term = s;
                String own = suggest;
                int arrow = s.indexOf("=>");
                if (arrow >= 0) {
                    term = s.substring(0, arrow).strip();
                    own = s.substring(arrow + 2).strip();
                }
                if (term.isEmpty()) {
                    throw new InvalidValueException(where, where + ": empty term");
                }
                terms.add(new Term(term, category, severity, basis, own, platforms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + sourceName, e);
        }
        return new Dictionary(terms, allow);
    }

    /** This dictionary with {@code other}'s terms and allow phrases added; {@code other} wins on duplicates. */
    public Dictionary merge(Dictionary other) {
        Checks.notNull(other, "other");
        Map<String, Term> byKey = new LinkedHashMap<>();
        for (Term t : terms) {
            byKey.put(key(t), t);
        }
        for (Term t : other.terms) {
            byKey.remove(key(t));
            byKey.put(key(t), t);
        }
        Set<String> allow = new LinkedHashSet<>(allowPhrases);
        allow.addAll(other.allowPhrases);
        return new Dictionary(new ArrayList<>(byKey.values()), new ArrayList<>(allow));
    }

    private static String key(Term t) {
        return Normalizer.normalise(t.text()) + "\u0000" + t.category();
    }

    public List<Term> terms() {
        return terms;
    }

    public List<String> allowPhrases() {
        return allowPhrases;
    }

    @Override
    public String toString() {
        return "Dictionary[" + terms.size() + " terms, " + allowPhrases.size() + " allow phrases]";
    }
}
