package io.github.mediaops.core.compliance;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-pattern matcher that reads text through the {@link ComplianceChecker}'s normalisation
 * (full/half width, case, traditional → simplified, enclosed digits, characters inserted to break words)
 * and finds every occurrence of every term in one pass: an Aho–Corasick automaton (Aho &amp; Corasick,
 * "Efficient string matching", CACM 18(6), 1975). Dictionaries of normal size (a full DFA of at most
 * 8,388,608 cells) are compiled to a DFA with the normalisation folded into one character table, stored as the
 * root's row plus a double array of the few cells that differ from it (the compliance checker's automaton, character
 * table included, takes 230 KiB instead of 5.2 MiB as a full table); larger ones keep failure links over a dense root row and an open-addressing hash
 * table. Time is linear in the text length plus the number of matches; nothing is allocated per character.
 *
 * <p>Terms that start or end with an ASCII letter or digit match only at word boundaries in the original
 * text ({@code best} does not match {@code bestow}, {@code 100%} does not match {@code 1100%}). A term
 * written with the prefix {@code {d}} matches only right after a digit or a Chinese numeral ({@code {d}天瘦} matches
 * {@code 7天瘦} and {@code 三天瘦} but not {@code 今天瘦}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TermMatcher {
    /** Receives one match: the index of the term in the compiled list and its span in the original text. */
    @FunctionalInterface
    public interface MatchHandler {
        /**
         * @param term  index of the term in the list given to {@link #compile}
         * @param start first char of the match in the original text
         * @param end   one past the last char of the match in the original text
         */
        void onMatch(int term, int start, int end);
    }

    private static final int FLAG_START_BOUNDARY = 1;
    private static final int FLAG_END_BOUNDARY = 2;
    private static final int FLAG_DIGIT_BEFORE = 4;
    private static final String DIGIT_PREFIX = "{d}";
    private static final int CHUNK = 1024;
    static final int DENSE_LIMIT = 1 << 23;
    /** Dense mode: a character the normalisation skips (the only code at or above this value). */
    private static final char SKIP_CODE = 0x8000;
    /** Dense mode: this bit of a code marks a clause boundary (see {@link #compile(List, boolean, char[], String)}). */
    private static final int BOUNDARY_BIT = 0x4000;
    /** Dense mode: the column bits of a code. */
    private static final int COLUMN_MASK = BOUNDARY_BIT - 1;
    /** The dense character table before any term: skipped characters marked, everything else 0. */
    private static final char[] BASE_CODE = baseCode();

    private final int termCount;
    private final int[] termLength;
    private final byte[] termFlags;
    private final int[] rootNext;
    private final long[] alphabet;
    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int[] fail;
    private final int[] outStart;
    private final int[] outs;
    private final int ringMask;
    private final int stateCount;
    /**
     * Dense mode: raw character → column of the DFA with the normalisation folded in ({@link #SKIP_CODE}; column 0 =
     * not in any term, whose transitions all lead to the root; {@link #BOUNDARY_BIT} on a clause boundary), the DFA's
     * cells that differ from the root's (a double array indexed by id / 2 + column, each cell {@code next << 32 | owner}
     * in one {@code long}, so that a transition is one load; the root's row is {@link #rootNext}), and the first state
     * id with outputs to report (states are numbered so that exactly those from it on have such outputs, and those
     * from {@link #firstPresence} up to it only presence-only terms; ids are even). Outputs are indexed by id / 2.
     */
    private final char[] code;
    private final long[] cells;
    private final int width;
    private final int firstOutput;
    /**
     * Dense mode: the first id of the states whose outputs are all presence-only terms (see
     * {@link #compile(List, boolean, char[], String, boolean[])}); these states come just below {@link #firstOutput}, so
     * a scan that reaches one notes a bit instead of reporting a match. {@code firstOutput} when there are none.
     */
    private final int firstPresence;
    private final char sepCode;
    /** Sparse mode: extra character aliases applied after normalisation (0 = none), or {@code null}. */
    private final char[] alias;
    /** Whether a scan marks the positions of the boundary characters given at compile time ({@link Marks}). */
    private final boolean marksBoundaries;

    /**
     * Positions of one text as a bitmap (bit {@code i % 64} of word {@code i / 64}): the clause boundaries a scan found.
     * Reused: {@link #cleared} makes it ready for a text of a given length.
     */
    static class Marks {
        long[] words = new long[4];

        /** The words, zeroed and at least enough for positions 0 … {@code length} plus one spare word. */
        long[] cleared(int length) {
            int need = (length >> 6) + 2;
            if (words.length < need) {
                words = new long[Math.max(need, words.length * 2)];
            } else {
                Arrays.fill(words, 0, need, 0L);
            }
            return words;
        }

        /** Whether position {@code i} is marked. */
        boolean has(int i) {
            return (words[i >> 6] & (1L << i)) != 0;
        }

        /** Whether a position in [{@code from}, {@code to}] is marked. */
        boolean any(int from, int to) {
            long[] w = words;
            if (from > to) {
                return false;
            }
            int first = from >> 6;
            int last = to >> 6;
            long lastMask = -1L >>> (63 - (to & 63));
            long head = w[first] & (-1L << from);
            if (first == last) {
                return (head & lastMask) != 0;
            }
            if (head != 0) {
                return true;
            }
            for (int k = first + 1; k < last; k++) {
                if (w[k] != 0) {
                    return true;
                }
            }
            return (w[last] & lastMask) != 0;
        }
    }

    /** A growable list of term ids: the presence-only terms a scan found (a term may be listed more than once). */
    static class TermIds {
        int[] ids = new int[64];
        int size;

        void add(int term) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = term;
        }
    }

    private TermMatcher(int termCount, int[] termLength, byte[] termFlags, int[] rootNext, long[] alphabet, long[] keys,
                        int[] values, int[] fail, int[] outStart, int[] outs, int ringSize, int stateCount, char[] code,
                        long[] cells, int width, int firstPresence, int firstOutput, char sepCode, char[] alias,
                        boolean marksBoundaries) {
        this.termCount = termCount;
        this.termLength = termLength;
        this.termFlags = termFlags;
        this.rootNext = rootNext;
        this.alphabet = alphabet;
        this.keys = keys;
        this.values = values;
        this.mask = keys == null ? 0 : keys.length - 1;
        this.fail = fail;
        this.outStart = outStart;
        this.outs = outs;
        this.ringMask = ringSize - 1;
        this.stateCount = stateCount;
        this.code = code;
        this.cells = cells;
        this.width = width;
        this.firstOutput = firstOutput;
        this.firstPresence = firstPresence;
        this.sepCode = sepCode;
        this.alias = alias;
        this.marksBoundaries = marksBoundaries;
    }

    /**
     * Compiles terms (duplicates allowed; each keeps its own index).
     *
     * @throws InvalidValueException when a term is blank or normalises to nothing
     */
    public static TermMatcher compile(List<String> terms) {
        return compile(terms, true);
    }

    /**
     * Compiles; with {@code allowDense} and a small enough automaton (fewer than 65,536 states, fewer than 16,384
     * distinct characters and at most {@value #DENSE_LIMIT} cells in the full DFA) the transitions become a DFA (three
     * array reads per character, no failure loop), otherwise they stay a failure-link automaton over a hash table.
     */
    static TermMatcher compile(List<String> terms, boolean allowDense) {
        return compile(terms, allowDense, null);
    }

    /**
     * Compiles with character aliases: after normalisation, a character {@code c} with {@code alias[c] != 0} that
     * occurs in no term reads as {@code alias[c]} (the checker's homophones: 醉 reads as 最).
     */
    static TermMatcher compile(List<String> terms, boolean allowDense, char[] alias) {
        return compile(terms, allowDense, alias, "");
    }

    /**
     * Compiles as {@link #compile(List, boolean, char[])}; a dense matcher also marks where the characters of
     * {@code boundaries} occur ({@link #marksBoundaries()}), unless the normalisation skips one of them.
     */
    static TermMatcher compile(List<String> terms, boolean allowDense, char[] alias, String boundaries) {
        return compile(terms, allowDense, alias, boundaries, null);
    }

    /**
     * Compiles as {@link #compile(List, boolean, char[], String)}, with terms marked in {@code presenceOnly} (nullable)
     * whose occurrences a caller does not need one by one, only whether they occur (a rule's text-level condition): a
     * dense matcher gives the DFA states where only such terms end ids of their own, and a scan that reaches one notes a
     * bit instead of reporting a match; {@link #forEachMatch(CharSequence, MatchHandler, Marks, TermIds)} then lists
     * their terms once per such state reached. Where such a term ends together with another term it is reported as
     * usual. A term matched only at word boundaries or after a number is always reported.
     */
    static TermMatcher compile(List<String> terms, boolean allowDense, char[] alias, String boundaries, boolean[] presenceOnly) {
        Checks.listOf(terms, "terms");
        int n = terms.size();
        int[] len = new int[n];
        byte[] flags = new byte[n];
        List<String> normalised = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String t = terms.get(i);
            byte f = 0;
            if (t.startsWith(DIGIT_PREFIX)) {
                f |= FLAG_DIGIT_BEFORE;
                t = t.substring(DIGIT_PREFIX.length());
            }
            String norm = Normalizer.normalise(t);
            if (norm.isEmpty()) {
                throw new InvalidValueException("terms[" + i + "]", "term " + Checks.show(terms.get(i)) + " is empty after normalisation");
            }
            if (Normalizer.isAsciiAlnum(norm.charAt(0))) {
                f |= FLAG_START_BOUNDARY;
            }
            if (Normalizer.isAsciiAlnum(norm.charAt(norm.length() - 1))) {
                f |= FLAG_END_BOUNDARY;
            }
            flags[i] = f;
            len[i] = norm.length();
            normalised.add(norm);
        }
        // 1. trie
        List<int[]> edges = new ArrayList<>(); // {from, char, to}
        Trie trie = new Trie();
        List<List<Integer>> own = new ArrayList<>();
        own.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            String s = normalised.get(i);
            int state = 0;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                int next = trie.get(state, c);
                if (next < 0) {
                    next = own.size();
                    own.add(new ArrayList<>());
                    trie.put(state, c, next);
                    edges.add(new int[] {state, c, next});
                }
                state = next;
            }
            own.get(state).add(i);
        }
        int states = own.size();
        int[] rootNext = new int[65536];
        long[] alphabet = new long[1024];
        for (int[] e : edges) {
            alphabet[e[1] >>> 6] |= 1L << (e[1] & 63);
            if (e[0] == 0) {
                rootNext[e[1]] = e[2];
            }
        }
        // 2. failure links, breadth first; output lists merged along the failure chain
        int[] fail = new int[states];
        List<List<int[]>> children = new ArrayList<>(states);
        for (int s = 0; s < states; s++) {
            children.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            children.get(e[0]).add(e);
        }
        List<List<Integer>> out = new ArrayList<>(states);
        for (int s = 0; s < states; s++) {
            out.add(null);
        }
        out.set(0, List.of());
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int[] e : children.get(0)) {
            fail[e[2]] = 0;
            out.set(e[2], own.get(e[2]));
            queue.add(e[2]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int[] e : children.get(s)) {
                int child = e[2];
                char c = (char) e[1];
                int f = fail[s];
                int target;
                while (true) {
                    int t = f == 0 ? (rootNext[c] == 0 ? -1 : rootNext[c]) : trie.get(f, c);
                    if (t >= 0) {
                        target = t;
                        break;
                    }
                    if (f == 0) {
                        target = 0;
                        break;
                    }
                    f = fail[f];
                }
                fail[child] = target;
                List<Integer> merged = new ArrayList<>(own.get(child));
                merged.addAll(out.get(target));
                out.set(child, merged);
                queue.add(child);
            }
        }
        int[] outStart = new int[states + 1];
        int total = 0;
        for (int s = 0; s < states; s++) {
            outStart[s] = total;
            total += out.get(s).size();
        }
        outStart[states] = total;
        int[] outs = new int[total];
        for (int s = 0; s < states; s++) {
            List<Integer> l = out.get(s);
            for (int k = 0; k < l.size(); k++) {
                outs[outStart[s] + k] = l.get(k);
            }
        }
        // 3. non-root transitions in an open-addressing table
        int nonRoot = (int) edges.stream().filter(e -> e[0] != 0).count();
        int cap = Integer.highestOneBit(Math.max(4, nonRoot * 2 - 1)) << 1;
        long[] keys = new long[cap];
        int[] values = new int[cap];
        Arrays.fill(keys, -1L);
        for (int[] e : edges) {
            if (e[0] != 0) {
                long key = key(e[0], (char) e[1]);
                int slot = slot(key, cap - 1);
                while (keys[slot] != -1L) {
                    slot = (slot + 1) & (cap - 1);
                }
                keys[slot] = key;
                values[slot] = e[2];
            }
        }
        int maxLen = Arrays.stream(len).max().orElse(1);
        int ring = Integer.highestOneBit(Math.max(2, maxLen) - 1) << 1;
        // 4. dense mode: resolve every failure transition in advance (a DFA), breadth first so that the
        //    row of fail[s] is complete before the row of s is derived from it
        // columns in order of how many trie edges use the character: the characters most terms share (最, 第, 不 …)
        // get neighbouring columns, so the rows of busy states are read from fewer cache lines
        int[] uses = new int[65536];
        for (int[] e : edges) {
            uses[e[1]]++;
        }
        List<Integer> byUse = new ArrayList<>();
        for (int word = 0; word < alphabet.length; word++) {
            for (long bits = alphabet[word]; bits != 0; bits &= bits - 1) {
                byUse.add((word << 6) + Long.numberOfTrailingZeros(bits));
            }
        }
        byUse.sort((x, y) -> uses[x] != uses[y] ? Integer.compare(uses[y], uses[x]) : Integer.compare(x, y));
        char[] classOf = new char[65536];
        int columns = 1;
        for (int ch : byUse) {
            classOf[ch] = (char) columns++;
        }
        if (allowDense && states < 65536 && columns < BOUNDARY_BIT && (long) states * columns <= DENSE_LIMIT) {
            char[] dfa = new char[states * columns];
            for (int[] e : children.get(0)) {
                dfa[classOf[e[1]]] = (char) e[2];
            }
            ArrayDeque<Integer> order = new ArrayDeque<>();
            children.get(0).forEach(e -> order.add(e[2]));
            while (!order.isEmpty()) {
                int st = order.poll();
                System.arraycopy(dfa, fail[st] * columns, dfa, st * columns, columns);
                for (int[] e : children.get(st)) {
                    dfa[st * columns + classOf[e[1]]] = (char) e[2];
                    order.add(e[2]);
                }
            }
            // almost every cell of the full DFA equals the root's cell of its column (2.9 k states × 900 columns differ in
            // 6.6 k cells for the bundled dictionary): keep only those exceptions in a double array (Aoe, "An efficient
            // digital search algorithm by using a double-array structure", IEEE TSE 15(9), 1989). A state's id is its
            // base: the cell of column x is at id + 2x, holding (owner id, next id) — packed into one long per cell at the
            // end; a cell owned by another state means the root's transition. States without outputs get the smallest
            // ids, then those where only presence-only terms end, then the others with outputs, so that "has outputs"
            // and "is a presence state" are each one comparison.
            int[] id = new int[states];
            int[] cells = new int[Math.max(64, 4 * columns)];
            Arrays.fill(cells, -1);
            boolean[] taken = new boolean[cells.length / 2];
            int[] exceptions = new int[columns];
            int firstOutput = 0;
            int maxId = 0;
            int searchFrom = 2;
            int[] jump = new int[cells.length / 2 + 1];
            for (int k = 0; k < jump.length; k++) {
                jump[k] = k;
            }
            // states without outputs, then those whose outputs are all presence-only terms, then the others with outputs
            int[] group = new int[states];
            for (int st = 1; st < states; st++) {
                boolean presence = outStart[st + 1] > outStart[st];
                for (int o = outStart[st]; o < outStart[st + 1]; o++) {
                    presence &= presenceOnly != null && presenceOnly[outs[o]] && flags[outs[o]] == 0;
                }
                group[st] = outStart[st + 1] == outStart[st] ? 0 : presence ? 1 : 2;
            }
            int firstPresence = 0;
            for (int pass = 0; pass < 3; pass++) {
                if (pass == 1) {
                    firstPresence = maxId + 2;
                    searchFrom = firstPresence;
                } else if (pass == 2) {
                    firstOutput = maxId + 2;
                    searchFrom = firstOutput;
                }
                for (int st = 1; st < states; st++) {
                    if (group[st] != pass) {
                        continue;
                    }
                    int count = 0;
                    for (int col = 0; col < columns; col++) {
                        if (dfa[st * columns + col] != dfa[col]) {
                            exceptions[count++] = col;
                        }
                    }
                    // first fit, tried only where the first exception's cell is free: free cells are found through
                    // a union-find "next free cell" chain, so the occupied ones are jumped over
                    int first = count == 0 ? 0 : 2 * exceptions[0];
                    int base = count == 0 ? searchFrom : Math.max(searchFrom, 2 * nextFree(jump, 0) - first);
                    while (true) {
                        int need = base + 2 * columns + 2;
                        if (need > cells.length) {
                            int old = cells.length;
                            cells = Arrays.copyOf(cells, Math.max(need, old * 2));
                            Arrays.fill(cells, old, cells.length, -1);
                            taken = Arrays.copyOf(taken, cells.length / 2);
                            int oldJump = jump.length;
                            jump = Arrays.copyOf(jump, cells.length / 2 + 1);
                            for (int k = oldJump; k < jump.length; k++) {
                                jump[k] = k;
                            }
                            continue;
                        }
                        if (count > 0) {
                            int freeBase = 2 * nextFree(jump, (base + first) / 2) - first;
                            if (freeBase != base) {
                                base = freeBase;
                                continue;
                            }
                        }
                        boolean free = !taken[base / 2];
                        for (int k = 1; k < count && free; k++) {
                            free = cells[base + 2 * exceptions[k]] == -1;
                        }
                        if (free) {
                            break;
                        }
                        base += 2;
                    }
                    taken[base / 2] = true;
                    id[st] = base;
                    maxId = Math.max(maxId, base);
                    for (int k = 0; k < count; k++) {
                        cells[base + 2 * exceptions[k]] = -2; // reserved until the targets' ids are known
                        jump[base / 2 + exceptions[k]] = base / 2 + exceptions[k] + 1;
                    }
                    while (searchFrom / 2 < taken.length && taken[searchFrom / 2]) {
                        searchFrom += 2;
                    }
                }
            }
            for (int st = 1; st < states; st++) {
                for (int col = 0; col < columns; col++) {
                    int target = dfa[st * columns + col];
                    if (target != dfa[col]) {
                        cells[id[st] + 2 * col] = id[st];
                        cells[id[st] + 2 * col + 1] = id[target];
                    }
                }
            }
            cells = Arrays.copyOf(cells, maxId + 2 * columns + 2);
            long[] packed = new long[cells.length / 2];
            for (int k = 0; k < packed.length; k++) {
                packed[k] = ((long) cells[2 * k + 1] << 32) | (cells[2 * k] & 0xFFFFFFFFL);
            }
            int[] rootNext2 = new int[columns];
            for (int col = 0; col < columns; col++) {
                rootNext2[col] = id[dfa[col]];
            }
            // outputs by id / 2
            int slots = maxId / 2 + 2;
            int[] byHalfId = new int[slots];
            Arrays.fill(byHalfId, -1);
            for (int st = 0; st < states; st++) {
                byHalfId[id[st] / 2] = st;
            }
            int[] outStart2 = new int[slots + 1];
            int[] outs2 = new int[total];
            int written = 0;
            for (int k = 0; k < slots; k++) {
                outStart2[k] = written;
                int st = byHalfId[k];
                if (st >= 0) {
                    for (int o = outStart[st]; o < outStart[st + 1]; o++) {
                        outs2[written++] = outs[o];
                    }
                }
            }
            outStart2[slots] = written;
            // terms are normalised, so each alphabet character is its own normal form; then every character
            // that normalises to one of them gets the same column
            char[] code = BASE_CODE.clone();
            for (int word = 0; word < alphabet.length; word++) {
                for (long bits = alphabet[word]; bits != 0; bits &= bits - 1) {
                    char m = (char) ((word << 6) + Long.numberOfTrailingZeros(bits));
                    code[m] = classOf[m];
                }
            }
            for (char raw : Normalizer.CHANGED) {
                char m = Normalizer.map(raw);
                if (classOf[m] != 0) {
                    code[raw] = classOf[m];
                }
            }
            if (alias != null) {
                for (int c = 0; c < alias.length; c++) {
                    if (alias[c] != 0 && classOf[alias[c]] != 0 && classOf[c] == 0 && Normalizer.map((char) c) == c) {
                        code[c] = classOf[alias[c]];
                    }
                }
            }
            boolean marks = !boundaries.isEmpty();
            for (int k = 0; k < boundaries.length(); k++) {
                marks &= code[boundaries.charAt(k)] != SKIP_CODE;
            }
            if (marks) {
                for (int k = 0; k < boundaries.length(); k++) {
                    char b = boundaries.charAt(k);
                    code[b] = (char) (code[b] | BOUNDARY_BIT);
                }
            }
            return new TermMatcher(n, len, flags, rootNext2, null, null, null, null, outStart2, outs2, ring, states, code, packed,
                    columns, firstPresence, firstOutput, classOf[Normalizer.SEP], null, marks);
        }
        char[] sparseAlias = null;
        if (alias != null) {
            sparseAlias = new char[65536];
            for (int c = 0; c < alias.length; c++) {
                boolean inAlphabet = (alphabet[c >>> 6] & (1L << c)) != 0;
                if (alias[c] != 0 && !inAlphabet && Normalizer.map((char) c) == c) {
                    sparseAlias[c] = alias[c];
                }
            }
        }
        return new TermMatcher(n, len, flags, rootNext, alphabet, keys, values, fail, outStart, outs, ring, states, null, null,
                0, 0, 0, (char) 0, sparseAlias, false);
    }

    /**
     * The smallest index at or above {@code i} whose cell pair is free: {@code jump[k] == k} marks a free pair, anything
     * else points further up (union-find with path halving, so a run of taken pairs is crossed in near-constant time).
     */
    private static int nextFree(int[] jump, int i) {
        while (jump[i] != i) {
            jump[i] = jump[jump[i]];
            i = jump[i];
        }
        return i;
    }

    private static char[] baseCode() {
        char[] code = new char[65536];
        for (int c = 0; c < 65536; c++) {
            char m = Normalizer.map((char) c);
            if (m == Normalizer.SKIP) {
                code[c] = SKIP_CODE;
            }
        }
        return code;
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int next(int state, char c) {
        while (state != 0) {
            long key = key(state, c);
            int slot = slot(key, mask);
            long k;
            while ((k = keys[slot]) != -1L) {
                if (k == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            state = fail[state];
        }
        return rootNext[c];
    }

    /** The number of terms compiled. */
    public int size() {
        return termCount;
    }

    /**
     * As {@link #forEachMatch(CharSequence, MatchHandler)}, and marks in {@code boundaries} (cleared first) the position of
     * every boundary character (see {@link #compile(List, boolean, char[], String)}) when {@link #marksBoundaries()}.
     */
    void forEachMatch(CharSequence text, MatchHandler handler, Marks boundaries) {
        forEachMatch(text, handler, boundaries, null);
    }

    /**
     * As {@link #forEachMatch(CharSequence, MatchHandler, Marks)}, except that a presence-only term (see
     * {@link #compile(List, boolean, char[], String, boolean[])}) that occurs is added to {@code present} (once per state
     * of its own reached, so possibly more than once) instead of being reported at each match; where it ends together
     * with another term it is reported as usual ({@code present} {@code null}: reported like the others). A sparse
     * matcher reports them all.
     */
    void forEachMatch(CharSequence text, MatchHandler handler, Marks boundaries, TermIds present) {
        if (cells != null) {
            scanDense(text, 0, text.length(), handler, marksBoundaries ? boundaries : null, present);
        } else {
            scanSparse(text, handler);
        }
    }

    /** Whether {@link #forEachMatch(CharSequence, MatchHandler, Marks)} marks the boundary characters. */
    boolean marksBoundaries() {
        return marksBoundaries;
    }

    /** Calls {@code handler} for every match, in order of the match's end. */
    public void forEachMatch(CharSequence text, MatchHandler handler) {
        Checks.notNull(text, "text");
        Checks.notNull(handler, "handler");
        if (cells != null) {
            scanDense(text, 0, text.length(), handler, null, null);
        } else {
            scanSparse(text, handler);
        }
    }

    /**
     * Calls {@code handler} for every match inside [{@code from}, {@code to}) of {@code text}, with positions in
     * {@code text}; as {@link #forEachMatch(CharSequence, MatchHandler)} on the sub-sequence, without copying it.
     */
    void forEachMatch(CharSequence text, int from, int to, MatchHandler handler) {
        if (cells != null) {
            scanDense(text, from, to, handler, null, null);
        } else {
            scanSparse(text.subSequence(from, to), (t, s, e) -> handler.onMatch(t, from + s, from + e));
        }
    }

    /**
     * As {@link #forEachMatch(CharSequence, int, int, MatchHandler)} for each range [{@code ranges[2k]},
     * {@code ranges[2k + 1]}), {@code k < count}, in that order: the per-call set-up is paid once for all of them.
     */
    void forEachMatchInRanges(CharSequence text, int[] ranges, int count, MatchHandler handler) {
        if (cells == null) {
            for (int k = 0; k < count; k++) {
                forEachMatch(text, ranges[2 * k], ranges[2 * k + 1], handler);
            }
            return;
        }
        Scratch scratch = acquire();
        try {
            for (int k = 0; k < count; k++) {
                scanDense(text, ranges[2 * k], ranges[2 * k + 1], handler, scratch, null, null);
            }
        } finally {
            scratch.busy = false;
        }
    }

    /** Reads the text in chunks into a local array: cheaper than charAt per character. */
    private static void fill(CharSequence text, int base, int len, char[] buf) {
        if (text instanceof String str) {
            str.getChars(base, base + len, buf, 0);
        } else {
            for (int k = 0; k < len; k++) {
                buf[k] = text.charAt(base + k);
            }
        }
    }

    /**
     * One table read folds normalisation, the column and whether the character ends a clause; one DFA read per
     * character (characters outside every term read column 0, which leads every state to the root).
     */
    private void scanDense(CharSequence text, int begin0, int n, MatchHandler handler, Marks boundaries, TermIds present) {
        // the ring and the chunk buffer are reused by the calling thread (a short text would otherwise pay for their
        // allocation on every call); a nested scan from a handler gets its own
        Scratch scratch = acquire();
        try {
            scanDense(text, begin0, n, handler, scratch, boundaries, present);
        } finally {
            scratch.busy = false;
        }
    }

    /** This thread's scratch buffers, marked busy, with a ring large enough for this automaton. */
    private Scratch acquire() {
        Scratch scratch = SCRATCH.get();
        if (scratch.busy) {
            scratch = new Scratch();
        }
        scratch.busy = true;
        return scratch;
    }

    /** Per-thread buffers of {@link #scanDense}. */
    private static final class Scratch {
        final char[] buf = new char[CHUNK + 1];
        /** One bit per presence state reached in this scan, by (id - firstPresence) / 2. */
        private long[] reached = new long[1];
        boolean busy;

        /** {@link #reached}, with at least {@code words} words, cleared (a scan a handler ended early leaves bits set). */
        long[] reached(int words) {
            if (reached.length < words) {
                reached = new long[words];
            } else {
                Arrays.fill(reached, 0, words, 0L);
            }
            return reached;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private void scanDense(CharSequence text, int begin0, int n, MatchHandler handler, Scratch scratch, Marks boundaries,
                           TermIds present) {
        final char[] codes = code;
        final long[] cell = cells;
        final int[] root = rootNext;
        final int presence = firstPresence;
        // without a list for them, presence-only terms are reported like the others
        final int out = present == null ? presence : firstOutput;
        final char[] buf = scratch.buf;
        // one bit per presence state, by (id - firstPresence) / 2
        final int presenceWords = ((firstOutput - presence) >> 7) + 1;
        final long[] reached = present == null ? null : scratch.reached(presenceWords);
        final long[] marks = boundaries == null ? null : boundaries.cleared(n);
        int state = 0;
        // the last position the normalisation skipped: a match that ends at i and starts after it covers exactly
        // its own number of characters, so its start needs no walk back (matchStart)
        int lastSkipped = begin0 - 1;
        for (int base = begin0; base < n; base += CHUNK) {
            int len = Math.min(CHUNK, n - base);
            fill(text, base, len, buf);
            for (int k = 0; k < len; k++) {
                int c = codes[buf[k]];
                int i = base + k;
                if (c >= BOUNDARY_BIT) {
                    if (c == SKIP_CODE) {
                        if (i + 1 >= n || !Normalizer.isDigit(Normalizer.map(text.charAt(i + 1))) || !digitBefore(text, i, begin0)) {
                            lastSkipped = i;
                            continue;
                        }
                        // a separator between two digits: read as SEP, which ends any match
                        c = sepCode;
                    } else if (marks != null) {
                        marks[i >> 6] |= 1L << i;
                    }
                }
                int x = c & COLUMN_MASK;
                if (state == 0) {
                    // the root owns no cell (every id but the root's is at least 2): its row is rootNext
                    state = root[x];
                } else {
                    long next = cell[(state >> 1) + x];
                    state = (int) next == state ? (int) (next >>> 32) : root[x];
                }
                if (state >= presence) {
                    if (state < out) {
                        int b = (state - presence) >> 1;
                        reached[b >> 6] |= 1L << b;
                        continue;
                    }
                    int lastLength = -1;
                    int begin = i;
                    for (int o = outStart[state >> 1], to = outStart[(state >> 1) + 1]; o < to; o++) {
                        int term = outs[o];
                        if (termLength[term] != lastLength) {
                            lastLength = termLength[term];
                            begin = i - lastLength + 1 > lastSkipped ? i - lastLength + 1 : matchStart(text, i, lastLength, begin0, n);
                        }
                        if (termFlags[term] == 0 || accept(text, term, begin, i + 1)) {
                            handler.onMatch(term, begin, i + 1);
                        }
                    }
                }
            }
        }
        if (reached != null) {
            for (int w = 0; w < presenceWords; w++) {
                for (long bits = reached[w]; bits != 0; bits &= bits - 1) {
                    int half = (presence >> 1) + (w << 6) + Long.numberOfTrailingZeros(bits);
                    for (int o = outStart[half], to = outStart[half + 1]; o < to; o++) {
                        present.add(outs[o]);
                    }
                }
            }
        }
    }

    /**
     * Where a match of {@code length} normalised characters that ends with the character at {@code last} starts: walks
     * back over the characters the normalisation skips (those read as {@link Normalizer#SEP} count).
     */
    private int matchStart(CharSequence text, int last, int length, int from, int n) {
        int p = last;
        for (int read = 1; read < length; ) {
            p--;
            if (code[text.charAt(p)] != SKIP_CODE
                    || (Normalizer.isDigit(Normalizer.map(text.charAt(p + 1))) && p + 1 < n && digitBefore(text, p, from))) {
                read++;
            }
        }
        return p;
    }

    /**
     * Whether the last character before {@code i} (from {@code from} on) that the normalisation keeps is a digit: a
     * skipped character there is a separator between two digits.
     */
    private static boolean digitBefore(CharSequence text, int i, int from) {
        int p = i - 1;
        while (p >= from && Normalizer.map(text.charAt(p)) == Normalizer.SKIP) {
            p--;
        }
        return p >= from && Normalizer.isDigit(Normalizer.map(text.charAt(p)));
    }

    private void scanSparse(CharSequence text, MatchHandler handler) {
        int n = text.length();
        int[] ring = new int[ringMask + 1];
        char[] buf = new char[Math.min(n, CHUNK) + 1];
        int emitted = 0;
        int state = 0;
        char prev = 0;
        for (int base = 0; base < n; base += CHUNK) {
            int len = Math.min(CHUNK, n - base);
            fill(text, base, len, buf);
            for (int k = 0; k < len; k++) {
                char m = Normalizer.map(buf[k]);
                if (alias != null && alias[m] != 0) {
                    m = alias[m];
                }
                int i = base + k;
                if (m == Normalizer.SKIP) {
                    if (Normalizer.isDigit(prev) && i + 1 < n && Normalizer.isDigit(Normalizer.map(text.charAt(i + 1)))) {
                        m = Normalizer.SEP;
                    } else {
                        continue;
                    }
                }
                prev = m;
                if ((alphabet[m >>> 6] & (1L << m)) == 0) {
                    state = 0;
                    continue;
                }
                ring[emitted & ringMask] = i;
                emitted++;
                state = state == 0 ? rootNext[m] : next(state, m);
                int from = outStart[state];
                int to = outStart[state + 1];
                for (int o = from; o < to; o++) {
                    int term = outs[o];
                    int begin = ring[(emitted - termLength[term]) & ringMask];
                    if (termFlags[term] == 0 || accept(text, term, begin, i + 1)) {
                        handler.onMatch(term, begin, i + 1);
                    }
                }
            }
        }
    }

    private boolean accept(CharSequence text, int term, int start, int end) {
        int f = termFlags[term];
        if (f == 0) {
            return true;
        }
        if ((f & FLAG_START_BOUNDARY) != 0 && Normalizer.isAsciiAlnum(neighbour(text, start - 1, -1))) {
            return false;
        }
        if ((f & FLAG_END_BOUNDARY) != 0 && Normalizer.isAsciiAlnum(neighbour(text, end, 1))) {
            return false;
        }
        if ((f & FLAG_DIGIT_BEFORE) != 0) {
            int p = start - 1;
            while (p >= 0 && Normalizer.map(text.charAt(p)) == Normalizer.SKIP) {
                p--;
            }
            return p >= 0 && Normalizer.isNumeral(Normalizer.map(text.charAt(p)));
        }
        return true;
    }

    /**
     * The normalised character next to a match, skipping one inserted character ({@code best-effort} is one word,
     * {@code #1} stands alone), or 0 at the text's edge.
     */
    private static char neighbour(CharSequence text, int i, int step) {
        if (i < 0 || i >= text.length()) {
            return 0;
        }
        char m = Normalizer.map(text.charAt(i));
        if (m == Normalizer.SKIP && i + step >= 0 && i + step < text.length()) {
            char c = text.charAt(i);
            if (c == '-' || c == '_' || c == '\'') {
                return Normalizer.map(text.charAt(i + step));
            }
        }
        return m;
    }

    /** The number of matches in {@code text}; allocates only a small ring buffer. */
    public int countMatches(CharSequence text) {
        int[] count = new int[1];
        forEachMatch(text, (t, s, e) -> count[0]++);
        return count[0];
    }

    /** Every match as {@code {term, start, end}}, in order of the match's end. */
    public List<int[]> findAll(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        forEachMatch(text, (t, s, e) -> out.add(new int[] {t, s, e}));
        return out;
    }

    /** Whether the transitions are a full DFA table (see {@link #compile(List, boolean)}). */
    boolean dense() {
        return cells != null;
    }

    /** The number of automaton states (trie nodes). */
    public int states() {
        return stateCount;
    }

    /**
     * The approximate heap size of the compiled automaton in bytes (arrays only; 16-byte array headers),
     * excluding the term strings the caller holds.
     */
    public long approximateBytes() {
        long common = arr(termLength.length * 4L) + arr(termFlags.length) + arr(outStart.length * 4L)
                + arr(outs.length * 4L);
        if (cells != null) {
            return common + arr(code.length * 2L) + arr(cells.length * 8L) + arr(rootNext.length * 4L);
        }
        return common + arr(fail.length * 4L) + arr(rootNext.length * 4L) + arr(alphabet.length * 8L) + arr(keys.length * 8L) + arr(values.length * 4L);
    }

    private static long arr(long bytes) {
        return 16 + ((bytes + 7) / 8) * 8;
    }

    /** A hash-map trie used only while compiling. */
    private static final class Trie {
        private final java.util.HashMap<Long, Integer> map = new java.util.HashMap<>();

        int get(int state, char c) {
            Integer v = map.get(key(state, c));
            return v == null ? -1 : v;
        }

        void put(int state, char c, int next) {
            map.put(key(state, c), next);
        }
    }
}
