package io.github.mediaops.core.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Spelling variants of a term that evade word lists: a character of {@link #SPELLED} replaced by its toneless pinyin
 * ({@code zui好}, {@code 顶ji}) or, for the superlative and ordinal anchors 最 and 第, by a character of the same reading and tone
 * ({@code 醉佳}, {@code 罪佳}, {@code 弟一}). Readings come from pinyin4j (the kept library, BSD licence); only
 * characters with a single reading are used, so a polyphone never stands in for an anchor. Pure; the reading index
 * is built once, on first use.
 */
final class Homophones {
    /** The characters whose same-sound stand-ins are generated. */
    static final String ANCHORS = "最第";
    /**
     * The characters of absolute and medical terms that evaders spell in pinyin (zui好, di一, 顶ji, zhi疗); other
     * characters are left alone, which keeps the automaton small enough for its dense table.
     */
    static final String SPELLED = "最第级顶佳极首唯独绝冠治疗";

    private Homophones() {
    }

    private static final class Index {
        /** Reading with tone (e.g. {@code zui4}) → single-reading CJK characters of that reading. */
        static final Map<String, List<Character>> BY_READING = build();

        private static Map<String, List<Character>> build() {
            Map<String, List<Character>> m = new HashMap<>();
            for (char c = 0x4E00; c <= 0x9FA5; c++) {
                String r = single(c);
                if (r != null) {
                    m.computeIfAbsent(r, k -> new ArrayList<>()).add(c);
                }
            }
            return m;
        }
    }

    /** The one reading (with tone number) of {@code c}, or {@code null} when it has none or several. */
    static String single(char c) {
        String[] all = PinyinHelper.toHanyuPinyinStringArray(c);
        if (all == null || all.length == 0) {
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>(List.of(all));
        return distinct.size() == 1 ? distinct.iterator().next() : null;
    }

    /** The toneless pinyin of {@code c} when all its readings share it ({@code 好} → {@code hao}), else {@code null}. */
    static String toneless(char c) {
        String[] all = PinyinHelper.toHanyuPinyinStringArray(c);
        if (all == null || all.length == 0) {
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String r : all) {
            distinct.add(r.replaceAll("[0-9]", "").replace("u:", "v"));
        }
        String s = distinct.iterator().next();
        return distinct.size() == 1 && s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') ? s : null;
    }

    /**
     * The same-sound characters of the anchors, as an alias table for {@link TermMatcher} (醉 → 最, 弟 → 第): every
     * single-reading character whose reading and tone equal an anchor's.
     */
    static char[] aliases() {
        char[] a = new char[65536];
        for (int i = 0; i < ANCHORS.length(); i++) {
            char anchor = ANCHORS.charAt(i);
            for (char h : Index.BY_READING.getOrDefault(single(anchor), List.of())) {
                if (h != anchor) {
                    a[h] = anchor;
                }
            }
        }
        return a;
    }

    /**
     * The pinyin variants of {@code term} (all of whose characters are CJK): each character of {@link #SPELLED}
     * replaced by its toneless pinyin; never the term itself. Same-sound characters go through {@link #aliases()}.
     */
    static List<String> variants(String term) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            String py = SPELLED.indexOf(c) >= 0 ? toneless(c) : null;
            if (py != null) {
                out.add(term.substring(0, i) + py + term.substring(i + 1));
            }
        }
        out.remove(term);
        return List.copyOf(out);
    }

    static boolean allCjk(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FA5);
    }
}
