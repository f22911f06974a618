package io.github.mediaops.core.compliance;

import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One compiled dictionary: terms, allow phrases, their pinyin and homophone variants and every rule word in one
 * automaton, and the rule layer over its matches. A check is one pass of the automaton, which also notes where the
 * clause boundaries are, then work per match: a hit inside an allow phrase is never made a candidate (a cursor over the
 * allow hits, which come in order of their end), pair rules look back from each right-hand word to the nearest
 * left-hand word, context rules look at a bounded window or clause around each finding (a clause is two cursor lookups
 * in the boundary list), overlaps are merged by sorting and one sweep. Time is linear in the text plus
 * (matches × log matches); nothing compares all matches with all others. Immutable.
 */
final class RuleEngine {
    private static final byte TERM = 0;
    private static final byte ALLOW = 1;
    private static final byte LEX = 2;
    /** A text-level condition word: only whether it occurs is recorded. */
    private static final byte FLAG = 3;
    /** Pair rules of adjacent words with at most this many combinations are compiled as the combinations. */
    private static final int JOIN_LIMIT = 2_000;
    /** Rule word slots. */
    private static final int FIRST = 0;
    private static final int SECOND = 1;
    private static final int BEFORE = 2;
    private static final int AFTER = 3;
    private static final int CLAUSE = 4;
    private static final int CLAUSE2 = 5;
    private static final int TEXT = 6;
    private static final int UNLESS = 7;
    private static final int UNLESS_CLAUSE = 8;
    private static final int SLOTS = 9;
    /**
     * How far a clause is looked at on each side of a finding. Less than 64: {@link Clauses} finds the boundaries within
     * a clause's reach in at most two words of its bitmap.
     */
    static final int CLAUSE_REACH = 48;
    /** Marks a context rule that applies only to pinyin and homophone variants. */
    static final String VARIANT_TERMS = "~variant";
    private static final Map<Category, String> ADVICE = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.ABSOLUTE_TERM, "删除绝对化用语，或改为可证明的具体事实并注明来源"),
            Map.entry(Category.MEDICAL_CLAIM, "非医疗、药品、医疗器械广告不得涉及疾病治疗功能：删除治疗或医疗用语"),
            Map.entry(Category.EFFICACY_GUARANTEE, "删除对功效、安全性的断言或保证"),
            Map.entry(Category.FINANCIAL_PROMISE, "删除保本、保收益、无风险等承诺，并提示“投资有风险”"),
            Map.entry(Category.PROPERTY_PROMISE, "删除升值、投资回报承诺和以时间表示的位置"),
            Map.entry(Category.EDUCATION_PROMISE, "删除对升学、考试通过和培训效果的保证"),
            Map.entry(Category.BEFORE_AFTER, "删除使用前后对比和效果承诺，或给出可验证的依据"),
            Map.entry(Category.SPECIAL_USE_COSMETIC, "普通化妆品不得宣称特殊用途功效：删除，或取得特殊化妆品注册证后注明"),
            Map.entry(Category.EXPERT_ENDORSEMENT, "删除医生、专家等的推荐和证明"),
            Map.entry(Category.DRUG_COMPARISON, "删除与药品、医疗器械、医疗美容的比较"),
            Map.entry(Category.STATE_ENDORSEMENT, "删除国家机关及其工作人员的名义或形象"),
            Map.entry(Category.SUPERSTITION, "删除迷信表述"),
            Map.entry(Category.PLATFORM_BANNED, "按平台规则删除或改写"),
            Map.entry(Category.BRAND_TABOO, "按品牌规范替换")));

    final Dictionary dictionary;
    final TermMatcher matcher;
    private final Term[] terms;
    private final Rule[] rules;
    private final byte[] kind;
    /**
     * The main automaton's words are the distinct pattern texts: word {@code w}'s patterns are
     * {@code wordPatterns[wordStart[w] .. wordStart[w + 1])}, in increasing order.
     */
    private final int[] wordStart;
    private final int[] wordPatterns;
    private final int[] ref;
    private final byte[] slot;
    private final boolean[] variant;
    private final String[] words;
    private final int[] producing;
    /** Same-sound stand-ins of 最 and 第 (醉 → 最), read as their anchor by the main automaton. */
    private final char[] aliases;
    /** One bit per character: written as itself, it reads as another (a same-sound stand-in); see {@link #aliased}. */
    private final long[] standIn;
    private final boolean[] joinedPairs;
    /**
     * The context words (before, after, clause, clause2, unlessClause) in a second, small automaton that runs only
     * when some finding needs them, so that frequent words such as 不 or 年 never slow the main pass.
     */
    private final TermMatcher cueMatcher;
    private final int[] cueRef;
    private final byte[] cueSlot;
    private final String[] cueWords;
    /**
     * Per pattern of a dictionary term, computed once: the term as reported, its reasons (plain and as a pinyin or
     * homophone variant).
     */
    private final String[] termOf;
    private final String[] reasonOf;
    private final String[] variantReasonOf;
    /**
     * The (rule, slot) pairs that have words get compact ids, so that a check allocates per-slot storage only for them:
     * {@code slotId[rule * SLOTS + slot]} (-1 for none), and per pattern of each automaton its slot's id.
     */
    private final int[] slotId;
    private final int slotCount;
    private final int[] patternSlot;
    private final int[] cuePatternSlot;
    /** Per pattern of a dictionary term: whether it applies on every platform. */
    private final boolean[] everyPlatform;
    /** Per rule: which conditions it has, as bits {@code 1 << slot} (TEXT, UNLESS, BEFORE, AFTER, CLAUSE …). */
    private final int[] conditions;
    /** Per pattern: the word without its {@code {d}} prefix. */
    private final String[] plainWord;
    /** Per pattern: whether it is written with the {@code {d}} prefix (its finding starts at the number before it). */
    private final boolean[] digitPrefixed;
    /** Per context rule: whether it reads context words (before, after, clause …) from the second automaton. */
    private final boolean[] readsCues;
    /** Per category: whether a context rule may move a finding to another category. */
    private final boolean[] recategorises;
    /**
     * Per pattern of a dictionary term: whether its finding (plain, variant) needs context words; per pattern of a claim
     * rule or joined pair: the context rules that can apply to its finding; per rule: whether its findings need context
     * words, and whether its id reads as a dictionary finding's in the overlap merge.
     */
    private final boolean[] termNeedsCues;
    private final boolean[] variantNeedsCues;
    private final boolean[] ruleNeedsCues;
    private final boolean[] dictionaryId;
    /**
     * Per pattern: whether its normalised text holds a character that a same-sound stand-in can read as, or a stand-in
     * itself (else a match of it cannot be {@link #aliased}).
     */
    private final boolean[] mayAlias;
    /** Per slot id: the producing rule whose first words it holds, or -1. */
    private final int[] firstSlotRule;
    /** Per pattern of a dictionary term: its category's ordinal; per rule: its (first) category's ordinal. */
    private final int[] termCategory;
    private final int[] ruleCategory;
    /** Per rule: whether it has {@code @unlessClause} words. */
    private final boolean[] unlessClause;
    /**
     * Every distinct context-rule list (each category's context rules, and the interned lists of {@link #applicable}),
     * so that a check filters each list once to the rules that can fire in its text ({@link LiveRules}). Per category
     * the id of its list; per pattern of a dictionary term the id of the list that can apply to it (plain, and as a
     * pinyin or homophone variant), per first word of a claim or joined pair that of its finding (plain, and written
     * with a same-sound stand-in; -1 for none).
     */
    private final int[][] ruleLists;
    private final int[] categoryList;
    private final int[] contextList;
    private final int[] variantContextList;
    private final int[] lexContextList;
    private final int[] lexVariantContextList;
    /**
     * Per first word of a claim or joined pair: the dictionary term spelled the same whose finding would always settle
     * this word's as its {@link #twin} and drop it (same category and context rules, every platform, no number prefix, a
     * VIOLATION rule without {@code @unlessClause} and without a dictionary id, a category no rule moves), or -1. Such a
     * word makes no candidate where the term's match is not a pinyin or homophone variant ({@link #produce}).
     */
    private final int[] twinTerm;

    RuleEngine(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.terms = dictionary.terms().toArray(new Term[0]);
        this.rules = dictionary.rules().toArray(new Rule[0]);
        this.joinedPairs = new boolean[rules.length];
        List<String> patterns = new ArrayList<>();
        List<Byte> kinds = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        List<Byte> slots = new ArrayList<>();
        List<Boolean> variants = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            add(patterns, kinds, refs, slots, variants, terms[i].text(), TERM, i, 0, false);
        }
        for (String a : dictionary.allowPhrases()) {
            add(patterns, kinds, refs, slots, variants, a, ALLOW, -1, 0, false);
        }
        for (int i = 0; i < terms.length; i++) {
            Term t = terms[i];
            if ((t.category() == Category.ABSOLUTE_TERM || t.category() == Category.MEDICAL_CLAIM)
                    && Homophones.allCjk(t.text()) && t.text().length() <= 4) {
                for (String v : Homophones.variants(t.text())) {
                    add(patterns, kinds, refs, slots, variants, v, TERM, i, 0, true);
                }
            }
        }
        List<Integer> producingRules = new ArrayList<>();
        List<String> cuePatterns = new ArrayList<>();
        List<Integer> cueRefs = new ArrayList<>();
        List<Byte> cueSlots = new ArrayList<>();
        for (int r = 0; r < rules.length; r++) {
            Rule rule = rules[r];
            boolean joined = rule.kind() == Rule.Kind.PAIR && rule.gap() == 0
                    && rule.first().size() * rule.second().size() <= JOIN_LIMIT
                    && rule.first().stream().noneMatch(w -> w.startsWith("{d}"));
            if (joined) {
                // adjacent words: one pattern per combination, so that neither part alone is a match to record
                for (String f : rule.first()) {
                    for (String w : rule.second()) {
                        add(patterns, kinds, refs, slots, variants, f + w, LEX, r, FIRST, false);
                    }
                }
            } else {
                List<List<String>> own = List.of(rule.first(), rule.second());
                for (int sl = FIRST; sl <= SECOND; sl++) {
                    for (String w : own.get(sl)) {
                        add(patterns, kinds, refs, slots, variants, w, LEX, r, sl, false);
                    }
                }
            }
            for (String w : rule.text()) {
                add(patterns, kinds, refs, slots, variants, w, FLAG, r, TEXT, false);
            }
            for (String w : rule.unless()) {
                add(patterns, kinds, refs, slots, variants, w, FLAG, r, UNLESS, false);
            }
            List<List<String>> cues = List.of(rule.before(), rule.after(), rule.clause(), rule.clause2(), rule.unlessClause());
            int[] cueSlot = {BEFORE, AFTER, CLAUSE, CLAUSE2, UNLESS_CLAUSE};
            for (int k = 0; k < cues.size(); k++) {
                for (String w : cues.get(k)) {
                    cuePatterns.add(w);
                    cueRefs.add(r);
                    cueSlots.add((byte) cueSlot[k]);
                }
            }
            if (rule.kind() != Rule.Kind.CONTEXT) {
                producingRules.add(r);
            }
            this.joinedPairs[r] = joined;
        }
        this.cueMatcher = cuePatterns.isEmpty() ? null : TermMatcher.compile(cuePatterns);
        this.cueRef = cueRefs.stream().mapToInt(Integer::intValue).toArray();
        this.cueSlot = new byte[cueSlots.size()];
        for (int i = 0; i < cueSlot.length; i++) {
            cueSlot[i] = cueSlots.get(i);
        }
        this.cueWords = cuePatterns.toArray(new String[0]);
        this.producing = producingRules.stream().mapToInt(Integer::intValue).toArray();
        this.aliases = Homophones.aliases();
        this.standIn = new long[65536 / 64];
        for (int ch = 0; ch < aliases.length; ch++) {
            if (aliases[ch] != 0 && Normalizer.map((char) ch) == ch) {
                standIn[ch >> 6] |= 1L << ch;
            }
        }
        int n = patterns.size();
        // one automaton word per distinct pattern text: a word that several rule slots (or a term and a rule) use is
        // reported once per position and fanned out to its patterns, in pattern order, by the collector
        Map<String, List<Integer>> byWord = new java.util.LinkedHashMap<>();
        for (int p = 0; p < n; p++) {
            byWord.computeIfAbsent(patterns.get(p), k -> new ArrayList<>()).add(p);
        }
        this.wordStart = new int[byWord.size() + 1];
        this.wordPatterns = new int[n];
        int w = 0;
        int at = 0;
        for (List<Integer> ps : byWord.values()) {
            wordStart[w++] = at;
            for (int p : ps) {
                wordPatterns[at++] = p;
            }
        }
        wordStart[w] = at;
        // a word that only text-level conditions use (@text, @unless) matters once per text: the automaton notes that it
        // occurs instead of reporting each occurrence
        boolean[] presenceOnly = new boolean[byWord.size()];
        int wordId = 0;
        for (List<Integer> ps : byWord.values()) {
            presenceOnly[wordId++] = ps.stream().allMatch(p -> kinds.get(p) == FLAG);
        }
        this.matcher = TermMatcher.compile(new ArrayList<>(byWord.keySet()), true, aliases, BOUNDARIES, presenceOnly);
        this.kind = new byte[n];
        this.ref = new int[n];
        this.slot = new byte[n];
        this.variant = new boolean[n];
        this.words = patterns.toArray(new String[0]);
        for (int i = 0; i < n; i++) {
            kind[i] = kinds.get(i);
            ref[i] = refs.get(i);
            slot[i] = slots.get(i);
            variant[i] = variants.get(i);
        }
        Category[] cats = Category.values();
        int[][] contextRuleIndex = new int[cats.length][];
        for (Category c : cats) {
            List<Integer> idx = new ArrayList<>();
            for (int r = 0; r < rules.length; r++) {
                if (rules[r].kind() == Rule.Kind.CONTEXT && rules[r].categories().contains(c)) {
                    idx.add(r);
                }
            }
            contextRuleIndex[c.ordinal()] = idx.stream().mapToInt(Integer::intValue).toArray();
        }
        this.readsCues = new boolean[rules.length];
        this.recategorises = new boolean[cats.length];
        for (int r = 0; r < rules.length; r++) {
            Rule rule = rules[r];
            readsCues[r] = !rule.before().isEmpty() || !rule.after().isEmpty() || !rule.clause().isEmpty()
                    || !rule.clause2().isEmpty() || !rule.unlessClause().isEmpty();
            if (rule.kind() == Rule.Kind.CONTEXT && rule.action() == Rule.Action.RECATEGORISE) {
                rule.categories().forEach(c -> recategorises[c.ordinal()] = true);
            }
        }
        this.conditions = new int[rules.length];
        for (int r = 0; r < rules.length; r++) {
            Rule rule = rules[r];
            conditions[r] = (rule.text().isEmpty() ? 0 : 1 << TEXT) | (rule.unless().isEmpty() ? 0 : 1 << UNLESS)
                    | (rule.before().isEmpty() ? 0 : 1 << BEFORE) | (rule.after().isEmpty() ? 0 : 1 << AFTER)
                    | (rule.clause().isEmpty() ? 0 : 1 << CLAUSE) | (rule.clause2().isEmpty() ? 0 : 1 << CLAUSE2)
                    | (rule.unlessClause().isEmpty() ? 0 : 1 << UNLESS_CLAUSE);
        }
        this.plainWord = new String[n];
        this.digitPrefixed = new boolean[n];
        for (int p = 0; p < n; p++) {
            plainWord[p] = strip(words[p]);
            digitPrefixed[p] = words[p].startsWith("{d}");
        }
        this.slotId = new int[rules.length * SLOTS];
        Arrays.fill(slotId, -1);
        int ids = 0;
        this.patternSlot = new int[n];
        this.everyPlatform = new boolean[n];
        for (int p = 0; p < n; p++) {
            if (kind[p] == LEX || kind[p] == FLAG) {
                int k = ref[p] * SLOTS + slot[p];
                if (slotId[k] < 0) {
                    slotId[k] = ids++;
                }
                patternSlot[p] = slotId[k];
            } else if (kind[p] == TERM) {
                everyPlatform[p] = terms[ref[p]].platforms().isEmpty();
            }
        }
        this.cuePatternSlot = new int[cueRef.length];
        for (int p = 0; p < cueRef.length; p++) {
            int k = cueRef[p] * SLOTS + cueSlot[p];
            if (slotId[k] < 0) {
                slotId[k] = ids++;
            }
            cuePatternSlot[p] = slotId[k];
        }
        this.slotCount = ids;
        Map<String, int[]> shared = new HashMap<>();
        this.termOf = new String[n];
        this.reasonOf = new String[n];
        this.variantReasonOf = new String[n];
        int[][] contextOf = new int[n][];
        int[][] variantContextOf = new int[n][];
        for (int p = 0; p < n; p++) {
            if (kind[p] != TERM) {
                continue;
            }
            Term t = terms[ref[p]];
            String term = strip(t.text());
            termOf[p] = term;
            reasonOf[p] = "「" + term + "」：" + t.basis();
            variantReasonOf[p] = "「" + words[p] + "」是「" + term + "」的拼音或谐音写法：" + t.basis();
            contextOf[p] = applicable(contextRuleIndex[t.category().ordinal()], term, false, shared);
            variantContextOf[p] = applicable(contextRuleIndex[t.category().ordinal()], term, true, shared);
        }
        this.termNeedsCues = new boolean[n];
        this.variantNeedsCues = new boolean[n];
        int[][] lexContextOf = new int[n][];
        int[][] lexVariantContextOf = new int[n][];
        this.mayAlias = new boolean[n];
        boolean[] aliasTarget = new boolean[65536];
        for (char a : aliases) {
            aliasTarget[a] = a != 0;
        }
        for (int p = 0; p < n; p++) {
            // a stand-in read as a character of the pattern, or a stand-in that is itself a character of the pattern
            for (char ch : Normalizer.normalise(plainWord[p]).toCharArray()) {
                mayAlias[p] |= aliasTarget[ch] || aliases[ch] != 0;
            }
            if (kind[p] == TERM) {
                int cat = terms[ref[p]].category().ordinal();
                termNeedsCues[p] = recategorises[cat] || anyReadsCues(contextOf[p]);
                variantNeedsCues[p] = recategorises[cat] || anyReadsCues(variantContextOf[p]);
            } else if (kind[p] == LEX && slot[p] == FIRST && (rules[ref[p]].kind() == Rule.Kind.CLAIM || joinedPairs[ref[p]])) {
                int[] categoryRules = contextRuleIndex[rules[ref[p]].categories().get(0).ordinal()];
                lexContextOf[p] = applicable(categoryRules, plainWord[p], false, shared);
                lexVariantContextOf[p] = applicable(categoryRules, plainWord[p], true, shared);
            }
        }
        this.ruleNeedsCues = new boolean[rules.length];
        this.dictionaryId = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            int cat = rules[r].categories().get(0).ordinal();
            ruleNeedsCues[r] = recategorises[cat] || !rules[r].unlessClause().isEmpty() || anyReadsCues(contextRuleIndex[cat]);
            dictionaryId[r] = rules[r].id().startsWith("dictionary");
        }
        this.termCategory = new int[n];
        for (int p = 0; p < n; p++) {
            termCategory[p] = kind[p] == TERM ? terms[ref[p]].category().ordinal() : -1;
        }
        this.ruleCategory = new int[rules.length];
        this.unlessClause = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            ruleCategory[r] = rules[r].categories().get(0).ordinal();
            unlessClause[r] = !rules[r].unlessClause().isEmpty();
        }
        this.firstSlotRule = new int[slotCount];
        Arrays.fill(firstSlotRule, -1);
        for (int r : producing) {
            int id = slotId[r * SLOTS + FIRST];
            if (id >= 0) {
                firstSlotRule[id] = r;
            }
        }
        Map<int[], Integer> listIds = new java.util.IdentityHashMap<>();
        List<int[]> lists = new ArrayList<>();
        this.categoryList = new int[cats.length];
        for (int cat = 0; cat < cats.length; cat++) {
            categoryList[cat] = listId(contextRuleIndex[cat], listIds, lists);
        }
        this.contextList = new int[n];
        this.variantContextList = new int[n];
        this.lexContextList = new int[n];
        this.lexVariantContextList = new int[n];
        for (int p = 0; p < n; p++) {
            contextList[p] = listId(contextOf[p], listIds, lists);
            variantContextList[p] = listId(variantContextOf[p], listIds, lists);
            lexContextList[p] = listId(lexContextOf[p], listIds, lists);
            lexVariantContextList[p] = listId(lexVariantContextOf[p], listIds, lists);
        }
        this.ruleLists = lists.toArray(new int[0][]);
        this.twinTerm = new int[n];
        Arrays.fill(twinTerm, -1);
        for (int p = 0; p < n; p++) {
            int r = ref[p];
            if (lexContextList[p] < 0 || digitPrefixed[p] || unlessClause[r] || dictionaryId[r]
                    || rules[r].verdict() == Verdict.REVIEW || recategorises[ruleCategory[r]]) {
                continue;
            }
            for (int t : byWord.get(words[p])) {
                if (kind[t] == TERM && !variant[t] && everyPlatform[t] && !digitPrefixed[t]
                        && termCategory[t] == ruleCategory[r] && contextList[t] == lexContextList[p]) {
                    twinTerm[p] = t;
                    break;
                }
            }
        }
    }

    private static int listId(int[] list, Map<int[], Integer> ids, List<int[]> lists) {
        if (list == null) {
            return -1;
        }
        return ids.computeIfAbsent(list, k -> {
            lists.add(k);
            return lists.size() - 1;
        });
    }

    /**
     * The context-rule lists of one check, each filtered (on first use) to its rules that can fire in this text: a
     * rule whose {@code @text} words are absent, whose {@code @unless} words are present, or one of whose before, after,
     * clause or clause2 slots holds no word anywhere in the text can fire for no finding, and on a 1 MiB text these are
     * four in five of the (finding, rule) pairs. Reused by its thread; {@link #clear} starts the next check.
     */
    private final class LiveRules {
        private final int[][] live = new int[ruleLists.length][];
        private final int[] count = new int[ruleLists.length];
        private final int[] listStamp = new int[ruleLists.length];
        private final int[] ruleStamp = new int[rules.length];
        private final boolean[] ruleLive = new boolean[rules.length];
        private int stamp = 1;
        private boolean[] flags;
        private Hits[] lex;

        void start(boolean[] flags, Hits[] lex) {
            this.flags = flags;
            this.lex = lex;
        }

        void clear() {
            flags = null;
            lex = null;
            if (++stamp == 0) {
                Arrays.fill(listStamp, 0);
                Arrays.fill(ruleStamp, 0);
                stamp = 1;
            }
        }

        /** List {@code id} filtered to its rules that can fire in this check; its length is {@link #count(int)}. */
        int[] of(int id) {
            if (listStamp[id] != stamp) {
                int[] all = ruleLists[id];
                int[] out = live[id];
                if (out == null) {
                    out = new int[all.length];
                    live[id] = out;
                }
                int k = 0;
                for (int r : all) {
                    if (canFire(r)) {
                        out[k++] = r;
                    }
                }
                count[id] = k;
                listStamp[id] = stamp;
            }
            return live[id];
        }

        int count(int id) {
            return count[id];
        }

        private boolean canFire(int r) {
            if (ruleStamp[r] != stamp) {
                int has = conditions[r];
                ruleLive[r] = ((has & (1 << TEXT)) == 0 || flag(flags, r, TEXT))
                        && ((has & (1 << UNLESS)) == 0 || !flag(flags, r, UNLESS))
                        && ((has & (1 << BEFORE)) == 0 || any(at(lex, r, BEFORE)))
                        && ((has & (1 << AFTER)) == 0 || any(at(lex, r, AFTER)))
                        && ((has & (1 << CLAUSE)) == 0 || any(at(lex, r, CLAUSE)))
                        && ((has & (1 << CLAUSE2)) == 0 || any(at(lex, r, CLAUSE2)));
                ruleStamp[r] = stamp;
            }
            return ruleLive[r];
        }
    }

    private boolean anyReadsCues(int[] idx) {
        for (int r : idx) {
            if (readsCues[r]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The context rules of {@code idx} whose term condition admits {@code term}; equal lists are one array (taken from
     * {@code shared}), so that two candidates judged by the same rules are recognised by reference (see {@link #twin}).
     */
    private int[] applicable(int[] idx, String term, boolean isVariant, Map<String, int[]> shared) {
        int[] list = Arrays.stream(idx).filter(r -> admits(rules[r], term, isVariant)).toArray();
        return shared.computeIfAbsent(Arrays.toString(list), k -> list);
    }

    private static boolean admits(Rule rule, String term, boolean isVariant) {
        return rule.terms().isEmpty() || rule.terms().contains(term) || (isVariant && rule.terms().contains(VARIANT_TERMS));
    }

    private static void add(List<String> patterns, List<Byte> kinds, List<Integer> refs, List<Byte> slots,
                            List<Boolean> variants, String text, byte kind, int ref, int slot, boolean variant) {
        patterns.add(text);
        kinds.add(kind);
        refs.add(ref);
        slots.add((byte) slot);
        variants.add(variant);
    }

    /** Growable (start, end, pattern) triples in the order of their end. */
    private static final class Hits {
        int[] a = new int[12];
        int size;

        void add(int pattern, int start, int end) {
            if (size * 3 == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size * 3] = start;
            a[size * 3 + 1] = end;
            a[size * 3 + 2] = pattern;
            size++;
        }

        int start(int i) {
            return a[i * 3];
        }

        int end(int i) {
            return a[i * 3 + 1];
        }

        int pattern(int i) {
            return a[i * 3 + 2];
        }

        void clear() {
            size = 0;
            cursor = -1;
            cursorPos = Integer.MIN_VALUE;
        }

        /**
         * As {@link #lastEndAtMost}, walking forward from the previous answer when {@code pos} is not smaller than the
         * previous query (the findings are visited in order of their start, so the walks add up to one pass).
         */
        int lastEndAtMostFromLast(int pos) {
            if (pos < cursorPos) {
                return lastEndAtMost(pos);
            }
            int i = cursor;
            while (i + 1 < size && end(i + 1) <= pos) {
                i++;
            }
            cursor = i;
            cursorPos = pos;
            return i;
        }

        private int cursor = -1;
        private int cursorPos = Integer.MIN_VALUE;

        /** The last index whose end is at most {@code pos}, or -1 (ends are non-decreasing). */
        int lastEndAtMost(int pos) {
            int lo = 0;
            int hi = size - 1;
            int ans = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (end(mid) <= pos) {
                    ans = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return ans;
        }
    }

    /**
     * The candidates of one check, packed: one row of {@value #WIDTH} ints per candidate in one growable {@code int[]}.
     * A candidate holds only numbers (span, category, the matched patterns, the rules that made and last qualified it,
     * bits, its clause); its strings (term, basis, reason, rule id …) are looked up from those numbers only for the
     * candidates that survive as findings. Primitive rows instead of one object per candidate: a 1 MiB check makes
     * about 27 k candidates, and rows cost no allocation, no reference stores (each paying G1's write barrier) and no
     * pointer chasing in the sort, the context rules and the merge. Reused by its thread (cleared per check).
     */
    static final class Cands {
        /** Columns of a row. */
        static final int START = 0;
        static final int END = 1;
        static final int CATEGORY = 2;
        /** The matched pattern (a term, a claim word, a joined pair, or a pair rule's first word). */
        static final int PATTERN = 3;
        /** A pair rule's second word, or -1. */
        static final int PATTERN2 = 4;
        /** The pair or claim rule that made it, or -1 for a dictionary term. */
        static final int PRODUCER = 5;
        /** The context rule that last reviewed or recategorised it, or -1. */
        static final int QUALIFIER = 6;
        /** The context rule that last recategorised it (its basis is reported), or -1. */
        static final int BASIS_RULE = 7;
        static final int BITS = 8;
        /** Its clause, once computed ({@code CLAUSE_END < 0} until then). */
        static final int CLAUSE_START = 9;
        static final int CLAUSE_END = 10;
        static final int WIDTH = 11;
        /** Bits: a pinyin or homophone variant; dropped; needs context words; verdict REVIEW; a pair with a gap. */
        static final int VARIANT = 1;
        static final int DROPPED = 2;
        static final int NEEDS_CUES = 4;
        static final int REVIEW = 8;
        static final int GAPPED = 16;

        int[] a = new int[16 * WIDTH];
        int size;
        /** Row indices in order of start (longer first on a tie, else as made), and the indices the merge keeps. */
        int[] order = new int[16];
        int[] kept = new int[16];
        int keptCount;
        int[] scratch = new int[16];

        /** A new row; returns its index. */
        int add(int start, int end, int category, int pattern, int pattern2, int producer, int bits) {
            if ((size + 1) * WIDTH > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            int o = size * WIDTH;
            a[o + START] = start;
            a[o + END] = end;
            a[o + CATEGORY] = category;
            a[o + PATTERN] = pattern;
            a[o + PATTERN2] = pattern2;
            a[o + PRODUCER] = producer;
            a[o + QUALIFIER] = -1;
            a[o + BASIS_RULE] = -1;
            a[o + BITS] = bits;
            a[o + CLAUSE_END] = -1;
            return size++;
        }

        int get(int i, int column) {
            return a[i * WIDTH + column];
        }

        void set(int i, int column, int value) {
            a[i * WIDTH + column] = value;
        }

        boolean has(int i, int bit) {
            return (a[i * WIDTH + BITS] & bit) != 0;
        }

        void mark(int i, int bit) {
            a[i * WIDTH + BITS] |= bit;
        }

        void unmark(int i, int bit) {
            a[i * WIDTH + BITS] &= ~bit;
        }

        int length(int i) {
            return a[i * WIDTH + END] - a[i * WIDTH + START];
        }

        void clear() {
            size = 0;
            keptCount = 0;
            groupCount = 0;
        }

        /**
         * Whether row {@code x} comes before row {@code y}: smaller start, then larger end (by the {@link #keys} last
         * written).
         */
        private boolean before(int x, int y) {
            return keys[x] < keys[y];
        }

        /** Per row, its sort key: start in the high half, and the end reversed in the low half (longer first). */
        long[] keys = new long[16];

        /** Writes the sort keys of rows {@code idx[0..n)} from their spans. */
        void writeKeys(int[] idx, int n) {
            if (keys.length < size) {
                keys = new long[a.length / WIDTH];
            }
            for (int k = 0; k < n; k++) {
                int i = idx[k];
                keys[i] = ((long) a[i * WIDTH + START] << 32) | (~a[i * WIDTH + END] & 0xFFFFFFFFL);
            }
        }

        /**
         * Marks where the next group of rows begins (the dictionary terms' rows, then each pair or claim rule's): each
         * group arrives in order of its matches' end, which is almost the order of their start.
         */
        void startGroup() {
            if (groupCount == 0 || groups[groupCount - 1] != size) {
                if (groupCount == groups.length) {
                    groups = Arrays.copyOf(groups, groupCount * 2);
                }
                groups[groupCount++] = size;
            }
        }

        /**
         * Fills {@link #order} with 0 … size-1 sorted by start (longer first), stable. Each group is almost in order, so
         * an insertion sort puts it in order in about one pass; the groups, now runs, are then merged ({@link #sort}).
         * Should a group be far from order (more than {@value #SHIFT_BUDGET} shifts per row in all), the merge sort
         * takes over from wherever the insertion sort stopped, so the time stays n log n. Comparisons read one packed
         * {@link #keys key} per row, eight bytes in one array, instead of two columns of its row.
         */
        void sortByStart() {
            if (order.length < size) {
                order = new int[a.length / WIDTH];
            }
            int[] idx = order;
            for (int i = 0; i < size; i++) {
                idx[i] = i;
            }
            writeKeys(idx, size);
            long budget = (long) SHIFT_BUDGET * size;
            for (int g = 0; g < groupCount && budget >= 0; g++) {
                int from = groups[g];
                int to = g + 1 < groupCount ? groups[g + 1] : size;
                for (int i = from + 1; i < to && budget >= 0; i++) {
                    int row = idx[i];
                    int j = i;
                    while (j > from && before(row, idx[j - 1])) {
                        idx[j] = idx[j - 1];
                        j--;
                    }
                    idx[j] = row;
                    budget -= i - j;
                }
            }
            fellBack = budget < 0;
            if (groupCount > 2 && budget >= 0) {
                // the rules' groups are small next to the terms': merge them first, then the two runs once
                sort(idx, groups[1], size);
            }
            sort(idx, 0, size);
        }

        /** Whether the last {@link #sortByStart} left the rest to the merge sort (read by tests). */
        boolean fellBack;

        /** Insertion-sort shifts per row allowed before {@link #sortByStart} leaves the rest to the merge sort. */
        private static final int SHIFT_BUDGET = 8;
        /** The first row of each group, in order. */
        private int[] groups = new int[16];
        private int groupCount;

        /**
         * Sorts {@code idx[0..n)} by {@link #before}, stable: a bottom-up merge sort over the ascending runs already
         * there.
         */
        void sort(int[] idx, int n) {
            sort(idx, 0, n);
        }

        /** Sorts {@code idx[from..to)} as {@link #sort(int[], int)}. */
        private void sort(int[] idx, int from, int to) {
            if (to - from < 2) {
                return;
            }
            if (scratch.length < to) {
                scratch = new int[Math.max(to, scratch.length * 2)];
            }
            int[] src = idx;
            int[] dst = scratch;
            while (true) {
                int out = from;
                int i = from;
                int runs = 0;
                while (i < to) {
                    int mid = run(src, i, to);
                    int end = mid == to ? to : run(src, mid, to);
                    runs += mid == to ? 1 : 2;
                    int l = i;
                    int r = mid;
                    while (l < mid && r < end) {
                        // from the right only when strictly before: equal rows keep their order
                        dst[out++] = before(src[r], src[l]) ? src[r++] : src[l++];
                    }
                    while (l < mid) {
                        dst[out++] = src[l++];
                    }
                    while (r < end) {
                        dst[out++] = src[r++];
                    }
                    i = end;
                }
                // at most two runs: dst is now one
                int[] t = src;
                src = dst;
                dst = t;
                if (runs <= 2) {
                    break;
                }
            }
            if (src != idx) {
                System.arraycopy(src, from, idx, from, to - from);
            }
        }

        /** The end of the non-descending run that starts at {@code from}. */
        private int run(int[] idx, int from, int n) {
            int i = from + 1;
            while (i < n && !before(idx[i], idx[i - 1])) {
                i++;
            }
            return i;
        }
    }

    /**
     * Receives the main automaton's matches by kind; the rarer collections are allocated on first use. One per thread
     * and engine, cleared at the start of each check, so that a short text does not pay for allocating them each time.
     */
    private final class Collector implements TermMatcher.MatchHandler {
        final Hits termHits = new Hits();
        Hits allowHits;
        Hits[] lex;
        boolean[] flags;
        /** The ids of {@link #lex} that hold hits in this check, and of {@link #flags} that are set. */
        int[] touched = new int[8];
        int touchedCount;
        boolean anyFlag;
        boolean busy;
        /** Whether a large text grew the arrays, and how many checks of texts that are not large followed it. */
        boolean grown;
        int quietChecks;

        /** The windows [from, to) of clauses the context-word automaton reads, as pairs. */
        int[] windows = new int[16];
        int windowCount;

        void addWindow(int from, int to) {
            if (2 * windowCount == windows.length) {
                windows = Arrays.copyOf(windows, windows.length * 2);
            }
            windows[2 * windowCount] = from;
            windows[2 * windowCount + 1] = to;
            windowCount++;
        }

        /** The clause boundaries of the text. */
        final Clauses clauses = new Clauses();
        /** The presence-only words the main automaton found (a word may be listed more than once). */
        final TermMatcher.TermIds present = new TermMatcher.TermIds();
        final Allowed allowed = new Allowed();

        /** The candidates of one check (emptied after each check). */
        final Cands cands = new Cands();
        /** The overlap merge's open group per category. */
        final int[] groupSlot = new int[CATEGORIES];
        final int[] groupStart = new int[CATEGORIES];
        final int[] groupEnd = new int[CATEGORIES];
        final boolean[] groupViolation = new boolean[CATEGORIES];
        /** Per category, the settled VIOLATION whose span reaches furthest in the judging loop. */
        final int[] coverStart = new int[CATEGORIES];
        final int[] coverEnd = new int[CATEGORIES];
        final CueCollector cues = new CueCollector();
        final LiveRules live = new LiveRules();

        void clear() {
            windowCount = 0;
            live.clear();
            cands.clear();
            present.size = 0;
            termHits.clear();
            if (allowHits != null) {
                allowHits.clear();
            }
            for (int i = 0; i < touchedCount; i++) {
                lex[touched[i]].clear();
            }
            touchedCount = 0;
            if (anyFlag) {
                Arrays.fill(flags, false);
                anyFlag = false;
            }
        }

        /** The producing rules of {@link #producers}. */
        int[] producerRules = new int[8];
        int producerCount;

        /** The rules (by {@code firstSlotRule}) whose first slot holds hits in this check, in increasing order. */
        int[] producers(int[] firstSlotRule) {
            producerCount = 0;
            for (int i = 0; i < touchedCount; i++) {
                int r = firstSlotRule[touched[i]];
                if (r >= 0) {
                    if (producerCount == producerRules.length) {
                        producerRules = Arrays.copyOf(producerRules, producerCount * 2);
                    }
                    producerRules[producerCount++] = r;
                }
            }
            Arrays.sort(producerRules, 0, producerCount);
            return producerRules;
        }

        /** Whether some rule word (pair or claim rule) was recorded. */
        boolean anyLex() {
            return touchedCount > 0;
        }

        void lexHit(int k, int p, int s, int e) {
            if (lex == null) {
                lex = new Hits[slotCount];
            }
            Hits h = lex[k];
            if (h == null) {
                h = new Hits();
                lex[k] = h;
            }
            if (h.size == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = k;
            }
            h.add(p, s, e);
        }

        @Override
        public void onMatch(int w, int s, int e) {
            for (int j = wordStart[w], to = wordStart[w + 1]; j < to; j++) {
                onPattern(wordPatterns[j], s, e);
            }
        }

        /** Presence-only word {@code w} occurs in the text: the text-level conditions its patterns hold are met. */
        void occurs(int w) {
            for (int j = wordStart[w], to = wordStart[w + 1]; j < to; j++) {
                setFlag(patternSlot[wordPatterns[j]]);
            }
        }

        private void setFlag(int slot) {
            if (flags == null) {
                flags = new boolean[slotCount];
            }
            flags[slot] = true;
            anyFlag = true;
        }

        private void onPattern(int p, int s, int e) {
            switch (kind[p]) {
                case TERM -> termHits.add(p, s, e);
                case ALLOW -> {
                    if (allowHits == null) {
                        allowHits = new Hits();
                    }
                    allowHits.add(p, s, e);
                }
                case FLAG -> setFlag(patternSlot[p]);
                default -> lexHit(patternSlot[p], p, s, e);
            }
        }
    }

    /** The context-word automaton's matches, into their rule slots. */
    private final class CueCollector implements TermMatcher.MatchHandler {
        Collector target;

        @Override
        public void onMatch(int p, int s, int e) {
            target.lexHit(cuePatternSlot[p], p, s, e);
        }
    }

    private final ThreadLocal<Collector> collectors = ThreadLocal.withInitial(Collector::new);

    /**
     * Texts longer than this many characters are large: the per-thread arrays they grow (candidate rows, hits, clause
     * boundaries; about 3 MB after a 1 MiB check) are dropped after {@value #QUIET_CHECKS} checks in a row of texts
     * that are not large, so that a pool of threads does not each keep megabytes after one long text, while a thread
     * that keeps checking long texts keeps its arrays.
     */
    static final int LARGE_TEXT = 16 * 1024;
    /** Checks of texts that are not large after which the arrays grown by a large one are dropped. */
    static final int QUIET_CHECKS = 8;

    List<Finding> check(String text, Platform platform, String field) {
        if (text.isEmpty()) {
            return List.of();
        }
        Collector m = collectors.get();
        boolean own = !m.busy;
        if (!own) {
            m = new Collector();
        }
        m.busy = true;
        try {
            return check(text, platform, field, m);
        } finally {
            m.clear();
            m.busy = false;
            if (own) {
                if (text.length() > LARGE_TEXT) {
                    m.quietChecks = 0;
                    m.grown = true;
                } else if (m.grown && ++m.quietChecks >= QUIET_CHECKS) {
                    collectors.remove();
                }
            }
        }
    }

    /**
     * The number of {@code int}s held by this thread's reusable candidate, hit, clause and window arrays (for tests
     * of {@link #LARGE_TEXT}); makes the thread's collector if it has none.
     */
    long retainedInts() {
        Collector m = collectors.get();
        long n = m.cands.a.length + m.cands.order.length + m.cands.kept.length + m.cands.scratch.length + 2L * m.cands.keys.length
                + m.termHits.a.length + 2L * m.clauses.words.length + m.windows.length;
        if (m.allowHits != null) {
            n += m.allowHits.a.length;
        }
        if (m.lex != null) {
            for (Hits h : m.lex) {
                n += h == null ? 0 : h.a.length;
            }
        }
        return n;
    }

    private List<Finding> check(String text, Platform platform, String field, Collector m) {
        matcher.forEachMatch(text, m, m.clauses, m.present);
        for (int k = 0; k < m.present.size; k++) {
            m.occurs(m.present.ids[k]);
        }
        if (!matcher.marksBoundaries()) {
            m.clauses.scan(text);
        }
        Hits termHits = m.termHits;
        boolean[] flags = m.anyFlag ? m.flags : null;
        // a candidate inside an allow phrase is never made: nothing else reads it
        Allowed allowed = m.allowHits != null && m.allowHits.size > 0 ? m.allowed.of(m.allowHits) : null;
        Cands cands = m.cands;
        cands.startGroup();
        for (int i = 0; i < termHits.size; i++) {
            int p = termHits.pattern(i);
            if (!everyPlatform[p] && !terms[ref[p]].appliesTo(platform)) {
                continue;
            }
            int start = digitPrefixed[p] ? numberStart(text, termHits.start(i)) : termHits.start(i);
            int end = termHits.end(i);
            if (allowed != null && allowed.covers(start, end)) {
                continue;
            }
            boolean isVariant = variant[p] || (mayAlias[p] && aliased(text, start, end));
            int bits = isVariant ? Cands.VARIANT | (variantNeedsCues[p] ? Cands.NEEDS_CUES : 0)
                    : (termNeedsCues[p] ? Cands.NEEDS_CUES : 0);
            cands.add(start, end, termCategory[p], p, -1, -1, bits);
        }
        if (m.anyLex()) {
            // only the rules whose first words occur, in rule order
            int[] todo = m.producers(firstSlotRule);
            for (int k = 0, count = m.producerCount; k < count; k++) {
                produce(todo[k], text, m, flags, allowed);
            }
        }
        int count = cands.size;
        if (count == 0) {
            return List.of();
        }
        cands.sortByStart();
        int[] order = cands.order;
        // context words are read only in the clauses of the findings whose rules need them (merged, left to right)
        int windowStart = -1;
        int windowEnd = -1;
        for (int k = 0; k < count; k++) {
            int c = order[k];
            if (!cands.has(c, Cands.NEEDS_CUES)) {
                continue;
            }
            clause(text, m.clauses, cands, c);
            int clauseStart = cands.get(c, Cands.CLAUSE_START);
            if (clauseStart > windowEnd) {
                if (windowEnd > windowStart) {
                    m.addWindow(windowStart, windowEnd);
                }
                windowStart = clauseStart;
            }
            windowEnd = Math.max(windowEnd, cands.get(c, Cands.CLAUSE_END));
        }
        if (windowEnd > windowStart) {
            m.addWindow(windowStart, windowEnd);
        }
        readCues(text, m);
        Hits[] lex = m.lex;
        m.live.start(flags, lex);
        // the last candidate judged, and its bits before, for twin()
        int judged = -1;
        int judgedBits = 0;
        // per category, the span of the settled VIOLATION that reaches furthest (candidates come in order of start)
        int[] coverStart = m.coverStart;
        int[] coverEnd = m.coverEnd;
        Arrays.fill(coverEnd, -1);
        for (int k = 0; k < count; k++) {
            int c = order[k];
            int category = cands.get(c, Cands.CATEGORY);
            int end = cands.get(c, Cands.END);
            if (coverEnd[category] >= end && !recategorises[category]
                    && (coverStart[category] < cands.get(c, Cands.START) || coverEnd[category] > end)) {
                // strictly inside a VIOLATION of its category, which it cannot leave: whatever its context rules made of
                // it, the overlap merge would fold it into that finding (the longer span is kept, the group is a VIOLATION)
                cands.mark(c, Cands.DROPPED);
                continue;
            }
            int producer = cands.get(c, Cands.PRODUCER);
            if (producer >= 0 && unlessClause[producer]) {
                if (inClause(at(lex, producer, UNLESS_CLAUSE), clause(text, m.clauses, cands, c), c)) {
                    cands.mark(c, Cands.DROPPED);
                    continue;
                }
            } else if (judged >= 0 && twin(cands, judged, judgedBits, c)) {
                cover(cands, c, coverStart, coverEnd);
                continue;
            }
            int bits = cands.get(c, Cands.BITS);
            qualify(cands, c, text, m.clauses, lex, m.live);
            judged = c;
            judgedBits = bits;
            cover(cands, c, coverStart, coverEnd);
        }
        mergeOverlaps(cands, m);
        int[] kept = cands.kept;
        List<Finding> out = new ArrayList<>(cands.keptCount);
        for (int k = 0; k < cands.keptCount; k++) {
            out.add(finding(text, field, cands, kept[k]));
        }
        return out;
    }

    /**
     * Settles candidate {@code c} from the candidate {@code judged} just before it when both have the same span, the same
     * category (one no context rule moves), the same context rules (one array, see {@link #applicable}), the same
     * variant and verdict bits before judging ({@code judgedBits}) and no {@code @unlessClause} of their own: the context
     * rules would judge {@code c} exactly as {@code judged}. {@code c} then takes the outcome and, unless it would
     * replace {@code judged} in the overlap merge (a dictionary rule id over another), is dropped: the merge would fold
     * it into the same finding. The commonest such pair, a dictionary superlative such as 最好 and the same word of the
     * rule 最 + adjective, is not made at all unless it is written with a same-sound stand-in ({@link #twinTerm}, whose
     * conditions are this method's, settled per word in advance: a change here must be made there too).
     *
     * @return whether {@code c} was settled
     */
    private boolean twin(Cands cands, int judged, int judgedBits, int c) {
        int category = cands.get(c, Cands.CATEGORY);
        if (cands.get(c, Cands.START) != cands.get(judged, Cands.START) || cands.get(c, Cands.END) != cands.get(judged, Cands.END)
                || category != cands.get(judged, Cands.CATEGORY) || recategorises[category]
                || ((cands.get(c, Cands.BITS) ^ judgedBits) & (Cands.VARIANT | Cands.REVIEW)) != 0) {
            return false;
        }
        int judgedProducer = cands.get(judged, Cands.PRODUCER);
        int own = ownContextList(cands, c);
        if (own < 0 || own != ownContextList(cands, judged) || (judgedProducer >= 0 && unlessClause[judgedProducer])) {
            return false;
        }
        cands.set(c, Cands.QUALIFIER, cands.get(judged, Cands.QUALIFIER));
        cands.set(c, Cands.BASIS_RULE, cands.get(judged, Cands.BASIS_RULE));
        if (cands.has(judged, Cands.REVIEW)) {
            cands.mark(c, Cands.REVIEW);
        } else {
            cands.unmark(c, Cands.REVIEW);
        }
        if (cands.has(judged, Cands.DROPPED) || !dictionaryRule(cands, c) || dictionaryRule(cands, judged)) {
            cands.mark(c, Cands.DROPPED);
        }
        return true;
    }

    /** Notes settled candidate {@code c} as its (final) category's covering span if it is a VIOLATION reaching further. */
    private static void cover(Cands cands, int c, int[] coverStart, int[] coverEnd) {
        if ((cands.get(c, Cands.BITS) & (Cands.DROPPED | Cands.REVIEW)) == 0) {
            int category = cands.get(c, Cands.CATEGORY);
            int end = cands.get(c, Cands.END);
            if (end > coverEnd[category]) {
                coverEnd[category] = end;
                coverStart[category] = cands.get(c, Cands.START);
            }
        }
    }

    /** The finding of candidate {@code c}: its strings looked up from its numbers. */
    private Finding finding(String text, String field, Cands cands, int c) {
        int p = cands.get(c, Cands.PATTERN);
        int producer = cands.get(c, Cands.PRODUCER);
        int qualifier = cands.get(c, Cands.QUALIFIER);
        int basisRule = cands.get(c, Cands.BASIS_RULE);
        boolean isVariant = cands.has(c, Cands.VARIANT);
        Category category = CATEGORY_VALUES[cands.get(c, Cands.CATEGORY)];
        String term = term(cands, c);
        String basis;
        Severity severity;
        String suggestion;
        String ruleId;
        String reason;
        if (producer < 0) {
            Term t = terms[ref[p]];
            basis = t.basis();
            severity = t.severity();
            suggestion = t.suggestion();
            ruleId = isVariant ? "dictionary.variant" : "dictionary";
            reason = isVariant ? variantReasonOf[p] : reasonOf[p];
        } else {
            Rule rule = rules[producer];
            basis = rule.basis();
            severity = rule.severity();
            suggestion = rule.suggestion();
            ruleId = rule.id();
            reason = rule.reason();
        }
        if (basisRule >= 0) {
            basis = rules[basisRule].basis();
        }
        if (qualifier >= 0) {
            ruleId = rules[qualifier].id();
            reason = rules[qualifier].reason();
        }
        if (suggestion.isEmpty()) {
            suggestion = ADVICE.getOrDefault(category, "");
        }
        int start = cands.get(c, Cands.START);
        int end = cands.get(c, Cands.END);
        Verdict verdict = cands.has(c, Cands.REVIEW) ? Verdict.REVIEW : Verdict.VIOLATION;
        return new Finding(field, start, end, matched(text, term, start, end), term, category, basis, severity, suggestion,
                verdict, ruleId, reason);
    }

    /** The term of candidate {@code c}: a dictionary term, a claim word or joined pair, or a pair's two words. */
    private String term(Cands cands, int c) {
        int p = cands.get(c, Cands.PATTERN);
        if (cands.get(c, Cands.PRODUCER) < 0) {
            return termOf[p];
        }
        int p2 = cands.get(c, Cands.PATTERN2);
        if (p2 < 0) {
            return plainWord[p];
        }
        return plainWord[p] + (cands.has(c, Cands.GAPPED) ? "…" : "") + plainWord[p2];
    }

    /** Whether candidate {@code c}'s rule id starts with {@code dictionary} (preferred in the overlap merge). */
    private boolean dictionaryRule(Cands cands, int c) {
        int qualifier = cands.get(c, Cands.QUALIFIER);
        if (qualifier >= 0) {
            return dictionaryId[qualifier];
        }
        int producer = cands.get(c, Cands.PRODUCER);
        return producer < 0 || dictionaryId[producer];
    }

    /**
     * The id in {@link #ruleLists} of the context rules that can apply to candidate {@code c} in the category it was
     * made in (a dictionary term, a claim or joined pair; each of the category's rules admitted by its term condition,
     * as a variant when the candidate is one), or -1 for a pair of two words, which takes its category's list.
     */
    private int ownContextList(Cands cands, int c) {
        int p = cands.get(c, Cands.PATTERN);
        if (cands.get(c, Cands.PRODUCER) < 0) {
            return cands.has(c, Cands.VARIANT) ? variantContextList[p] : contextList[p];
        }
        if (cands.get(c, Cands.PATTERN2) >= 0) {
            return -1;
        }
        return cands.has(c, Cands.VARIANT) ? lexVariantContextList[p] : lexContextList[p];
    }

    private static final int CATEGORIES = Category.values().length;
    private static final Category[] CATEGORY_VALUES = Category.values();

    /** The text of a finding's span: its term's string when written exactly as the term (no copy), else a substring. */
    private static String matched(String text, String term, int start, int end) {
        int length = end - start;
        return term.length() == length && text.regionMatches(start, term, 0, length) ? term : text.substring(start, end);
    }

    /** Whether [start, end) holds a same-sound stand-in written as itself (醉 for 最): the match is then a variant. */
    private boolean aliased(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if ((standIn[ch >> 6] & (1L << ch)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The second pass, over the windows of clauses collected in {@code m}: context words into their rule slots. */
    private void readCues(String text, Collector m) {
        if (cueMatcher == null || m.windowCount == 0) {
            return;
        }
        CueCollector cues = m.cues;
        cues.target = m;
        cueMatcher.forEachMatchInRanges(text, m.windows, m.windowCount, cues);
        cues.target = null;
    }

    /** A {@code {d}} word's finding starts at its number: "7天瘦", not "天瘦". */
    private static int numberStart(String text, int start) {
        int s = start;
        while (s > 0 && (Normalizer.isNumeral(Normalizer.map(text.charAt(s - 1)))
                || Normalizer.map(text.charAt(s - 1)) == Normalizer.SKIP)) {
            s--;
        }
        while (s < start && Normalizer.map(text.charAt(s)) == Normalizer.SKIP) {
            s++;
        }
        return s;
    }

    private Hits at(Hits[] lex, int rule, int slot) {
        int id = slotId[rule * SLOTS + slot];
        return lex == null || id < 0 ? null : lex[id];
    }

    private boolean flag(boolean[] flags, int rule, int slot) {
        int id = slotId[rule * SLOTS + slot];
        return flags != null && id >= 0 && flags[id];
    }

    private static boolean any(Hits h) {
        return h != null && h.size > 0;
    }

    /** Findings of a pair or claim rule. */
    private void produce(int r, String text, Collector m, boolean[] flags, Allowed allowed) {
        Hits[] lex = m.lex;
        Rule rule = rules[r];
        Hits first = at(lex, r, FIRST);
        if (!any(first)) {
            return;
        }
        if (!rule.text().isEmpty() && !flag(flags, r, TEXT)) {
            return;
        }
        if (flag(flags, r, UNLESS)) {
            return;
        }
        Cands cands = m.cands;
        cands.startGroup();
        int category = ruleCategory[r];
        int bits = (ruleNeedsCues[r] ? Cands.NEEDS_CUES : 0) | (rule.verdict() == Verdict.REVIEW ? Cands.REVIEW : 0);
        if (rule.kind() == Rule.Kind.CLAIM || joinedPairs[r]) {
            for (int i = 0; i < first.size; i++) {
                int p = first.pattern(i);
                int start = digitPrefixed[p] ? numberStart(text, first.start(i)) : first.start(i);
                // written with a same-sound stand-in (喝醉好 read as 最好): judged as a variant, like a dictionary term's
                boolean isVariant = mayAlias[p] && aliased(text, first.start(i), first.end(i));
                if (twinTerm[p] >= 0 && !isVariant) {
                    continue;
                }
                if (allowed == null || !allowed.covers(start, first.end(i))) {
                    cands.add(start, first.end(i), category, p, -1, r, isVariant ? bits | Cands.VARIANT : bits);
                }
            }
            return;
        }
        Hits second = at(lex, r, SECOND);
        if (!any(second)) {
            return;
        }
        for (int i = 0; i < second.size; i++) {
            int s = second.start(i);
            int f = first.lastEndAtMostFromLast(s);
            if (f < 0) {
                continue;
            }
            int fe = first.end(f);
            if (!within(text, m.clauses, fe, s, rule.gap())) {
                continue;
            }
            int fp = first.pattern(f);
            int start = digitPrefixed[fp] ? numberStart(text, first.start(f)) : first.start(f);
            if (allowed != null && allowed.covers(start, second.end(i))) {
                continue;
            }
            int p2 = second.pattern(i);
            boolean isVariant = (mayAlias[fp] && aliased(text, first.start(f), fe)) || (mayAlias[p2] && aliased(text, s, second.end(i)));
            cands.add(start, second.end(i), category, fp, p2, r,
                    bits | (within(text, m.clauses, fe, s, 0) ? 0 : Cands.GAPPED) | (isVariant ? Cands.VARIANT : 0));
        }
    }

    private static String strip(String w) {
        return w.startsWith("{d}") ? w.substring(3) : w;
    }

    /**
     * The first index below {@code size} whose value in the non-decreasing {@code a} is at least {@code key}, or
     * {@code size}: walking on from {@code from} when it is a valid starting point (no earlier index can qualify),
     * else (from &lt; 0) by binary search.
     */
    private static int firstAtLeast(int[] a, int size, int key, int from) {
        if (from >= 0) {
            int i = from;
            while (i < size && a[i] < key) {
                i++;
            }
            return i;
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The allow phrases of one text, which the automaton reports in order of their end, with the smallest start among
     * each suffix, so that whether a span lies inside one of them is one search by its end. Reused by its thread.
     */
    private static final class Allowed {
        private int[] end = new int[16];
        private int[] minStart = new int[16];
        private int size;
        /** The index found for the previous query's end, and that end. */
        private int cursor;
        private int cursorPos = Integer.MIN_VALUE;

        Allowed of(Hits allowHits) {
            size = allowHits.size;
            if (end.length < size) {
                end = new int[size];
                minStart = new int[size];
            }
            int min = Integer.MAX_VALUE;
            for (int i = size - 1; i >= 0; i--) {
                end[i] = allowHits.end(i);
                min = Math.min(min, allowHits.start(i));
                minStart[i] = min;
            }
            cursor = 0;
            cursorPos = Integer.MIN_VALUE;
            return this;
        }

        /**
         * Whether some allow phrase starts at or before {@code start} and ends at or after {@code spanEnd}. Queries
         * whose end does not decrease (term hits come in order of their end) walk on from the previous one.
         */
        boolean covers(int start, int spanEnd) {
            int i = firstAtLeast(end, size, spanEnd, spanEnd >= cursorPos ? cursor : -1);
            cursor = i;
            cursorPos = spanEnd;
            return i < size && minStart[i] <= start;
        }
    }

    /** Applies the context rules of the candidate's category, in order; an allowing rule ends it. */
    private void qualify(Cands cands, int c, String text, Clauses clauses, Hits[] lex, LiveRules live) {
        String term = null;
        int own = ownContextList(cands, c);
        for (int pass = 0; pass < 2; pass++) {
            int before = cands.get(c, Cands.CATEGORY);
            boolean isOwn = pass == 0 && own >= 0;
            // only the rules that can fire in this text (the text-level conditions are settled by the filter)
            int list = isOwn ? own : categoryList[before];
            int[] idx = live.of(list);
            for (int q = 0, n = live.count(list); q < n; q++) {
                int r = idx[q];
                Rule rule = rules[r];
                if (!isOwn && !rule.terms().isEmpty()) {
                    if (term == null) {
                        term = term(cands, c);
                    }
                    if (!admits(rule, term, cands.has(c, Cands.VARIANT))) {
                        continue;
                    }
                }
                int has = conditions[r];
                if ((has & (1 << BEFORE)) != 0 && !before(at(lex, r, BEFORE), text, clauses, clause(text, clauses, cands, c), c, rule.gap())) {
                    continue;
                }
                if ((has & (1 << AFTER)) != 0 && !after(at(lex, r, AFTER), text, clauses, clause(text, clauses, cands, c), c, rule.gap())) {
                    continue;
                }
                if ((has & (1 << CLAUSE | 1 << CLAUSE2 | 1 << UNLESS_CLAUSE)) != 0) {
                    clause(text, clauses, cands, c);
                    if ((has & (1 << CLAUSE)) != 0 && !inClause(at(lex, r, CLAUSE), cands, c)) {
                        continue;
                    }
                    if ((has & (1 << CLAUSE2)) != 0 && !inClause(at(lex, r, CLAUSE2), cands, c)) {
                        continue;
                    }
                    if ((has & (1 << UNLESS_CLAUSE)) != 0 && inClause(at(lex, r, UNLESS_CLAUSE), cands, c)) {
                        continue;
                    }
                }
                switch (rule.action()) {
                    case ALLOW -> {
                        cands.mark(c, Cands.DROPPED);
                        return;
                    }
                    case REVIEW -> {
                        cands.mark(c, Cands.REVIEW);
                        cands.set(c, Cands.QUALIFIER, r);
                    }
                    case RECATEGORISE -> {
                        cands.set(c, Cands.CATEGORY, rule.target().ordinal());
                        cands.set(c, Cands.BASIS_RULE, r);
                        cands.set(c, Cands.QUALIFIER, r);
                    }
                    default -> throw new IllegalStateException();
                }
                if (cands.get(c, Cands.CATEGORY) != before) {
                    break;
                }
            }
            if (cands.get(c, Cands.CATEGORY) == before) {
                return;
            }
        }
    }

    /**
     * Whether the last word of {@code h} that ends at or before candidate {@code c}'s start (its clause computed) ends
     * {@link #within} {@code gap} of it. A word that ends before a clause starting right after a boundary character is
     * answered without reading the text: that boundary lies between them.
     */
    private static boolean before(Hits h, String text, Clauses clauses, Cands cands, int c, int gap) {
        if (!any(h)) {
            return false;
        }
        int start = cands.get(c, Cands.START);
        int i = h.lastEndAtMostFromLast(start);
        if (i < 0) {
            return false;
        }
        int e = h.end(i);
        int clauseStart = cands.get(c, Cands.CLAUSE_START);
        if (e < clauseStart && clauses.has(clauseStart - 1)) {
            return false;
        }
        return within(text, clauses, e, start, gap);
    }

    /**
     * Whether a word of {@code h} starts {@link #within} {@code gap} after candidate {@code c}'s end (its clause
     * computed); a word that starts after a clause ending at a boundary character is skipped without reading the text.
     */
    private static boolean after(Hits h, String text, Clauses clauses, Cands cands, int c, int gap) {
        if (!any(h)) {
            return false;
        }
        int end = cands.get(c, Cands.END);
        int clauseEnd = cands.get(c, Cands.CLAUSE_END);
        boolean endsAtBoundary = clauseEnd < text.length() && clauses.has(clauseEnd);
        for (int i = h.lastEndAtMostFromLast(end) + 1; i < h.size && h.end(i) <= end + gap + 64; i++) {
            int s = h.start(i);
            if (s >= end && !(endsAtBoundary && s > clauseEnd) && within(text, clauses, end, s, gap)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code h} lies in the clause of candidate {@code c} (computed), outside its span. */
    private static boolean inClause(Hits h, Cands cands, int c) {
        if (!any(h)) {
            return false;
        }
        int clauseStart = cands.get(c, Cands.CLAUSE_START);
        int clauseEnd = cands.get(c, Cands.CLAUSE_END);
        int start = cands.get(c, Cands.START);
        int end = cands.get(c, Cands.END);
        for (int i = h.lastEndAtMostFromLast(clauseStart) + 1; i < h.size && h.end(i) <= clauseEnd; i++) {
            int s = h.start(i);
            int e = h.end(i);
            if (s >= clauseStart && (e <= start || s >= end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Computes (once) the clause around the span of candidate {@code c}: up to the nearest clause punctuation or
     * {@value #CLAUSE_REACH} chars each side. Returns {@code cands}.
     */
    private static Cands clause(String text, Clauses clauses, Cands cands, int c) {
        if (cands.get(c, Cands.CLAUSE_END) < 0) {
            int start = cands.get(c, Cands.START);
            int end = cands.get(c, Cands.END);
            int b = clauses.lastBefore(start);
            cands.set(c, Cands.CLAUSE_START, Math.max(Math.max(0, start - CLAUSE_REACH), b + 1));
            int e = clauses.firstAtOrAfter(end);
            int max = Math.min(text.length(), end + CLAUSE_REACH);
            cands.set(c, Cands.CLAUSE_END, e < 0 ? max : Math.min(e, max));
        }
        return cands;
    }

    /**
     * The clause boundaries of one text ({@link #isBoundary}) as a bitmap, found once per check (by the main automaton's
     * pass when it can mark them). A clause reaches at most {@value #CLAUSE_REACH} characters each side of its span, so
     * a query looks at most two words of the bitmap away: no search, whatever the order of the queries.
     */
    static final class Clauses extends TermMatcher.Marks {
        /** Fills from the text itself (when the automaton does not mark boundaries). */
        void scan(String text) {
            long[] w = cleared(text.length());
            for (int i = 0; i < text.length(); i++) {
                if (isBoundary(text.charAt(i))) {
                    w[i >> 6] |= 1L << i;
                }
            }
        }

        /**
         * The last boundary before {@code pos}, or -1: exact when it lies within the 64 characters before {@code pos}; a
         * farther one (beyond a clause's reach either way) is found or answered -1.
         */
        int lastBefore(int pos) {
            if (pos <= 0) {
                return -1;
            }
            int last = pos - 1;
            // the bits of last's word up to last, shifted so that last's bit is the highest
            long up = words[last >> 6] << (63 - (last & 63));
            if (up != 0) {
                return last - Long.numberOfLeadingZeros(up);
            }
            int before = (last >> 6) - 1;
            long w = before < 0 ? 0 : words[before];
            return w == 0 ? -1 : (before << 6) + 63 - Long.numberOfLeadingZeros(w);
        }

        /**
         * The first boundary at or after {@code pos}, or -1: exact when it lies within the 64 characters from {@code pos}
         * on; a farther one (beyond a clause's reach either way) is found or answered -1.
         */
        int firstAtOrAfter(int pos) {
            // the bits of pos's word from pos on, shifted so that pos's bit is the lowest
            long from = words[pos >> 6] >>> (pos & 63);
            if (from != 0) {
                return pos + Long.numberOfTrailingZeros(from);
            }
            long w = words[(pos >> 6) + 1];
            return w == 0 ? -1 : (((pos >> 6) + 1) << 6) + Long.numberOfTrailingZeros(w);
        }
    }

    /**
     * Whether [from, to) holds at most {@code gap} characters that the normalisation keeps (emoji and inserted
     * symbols do not count) and no clause boundary ({@code clauses}, this text's). A span of at most {@code gap}
     * characters is answered from the boundaries alone; a longer one is read, up to the first excess.
     */
    private static boolean within(String text, Clauses clauses, int from, int to, int gap) {
        if (to - from <= gap) {
            return to <= from || !clauses.any(from, to - 1);
        }
        int kept = 0;
        for (int i = from; i < to; i++) {
            if (clauses.has(i)) {
                return false;
            }
            if (Normalizer.map(text.charAt(i)) != Normalizer.SKIP && ++kept > gap) {
                return false;
            }
        }
        return true;
    }

    static boolean isBoundary(char c) {
        return switch (c) {
            case '。', '！', '？', '；', '，', ',', '!', '?', ';', '\n', '\r' -> true;
            default -> false;
        };
    }

    /** The characters {@link #isBoundary} accepts. */
    static final String BOUNDARIES = "。！？；，,!?;\n\r";

    /**
     * One finding per claim: candidates of one category that overlap are merged into the longest of them, over the
     * union of their spans (全网最低 + 最低价 → 全网最低价); the verdict is VIOLATION if any of them is. One sweep over
     * the candidates in order of start, one open group per category; the kept rows go to {@link Cands#kept}.
     */
    private void mergeOverlaps(Cands cands, Collector m) {
        int count = cands.size;
        int[] order = cands.order;
        if (cands.kept.length < count) {
            cands.kept = new int[Math.max(count, cands.kept.length * 2)];
        }
        int[] out = cands.kept;
        int kept = 0;
        if (count == 1) {
            if (!cands.has(order[0], Cands.DROPPED)) {
                out[kept++] = order[0];
            }
            cands.keptCount = kept;
            return;
        }
        // the candidates come sorted by start, so a group ends when a candidate of its category starts at or after its end
        int[] slotOf = m.groupSlot;
        int[] groupStart = m.groupStart;
        int[] groupEnd = m.groupEnd;
        boolean[] violation = m.groupViolation;
        Arrays.fill(slotOf, -1);
        for (int k = 0; k < count; k++) {
            int c = order[k];
            if (cands.has(c, Cands.DROPPED)) {
                continue;
            }
            int cat = cands.get(c, Cands.CATEGORY);
            int at = slotOf[cat];
            int start = cands.get(c, Cands.START);
            int end = cands.get(c, Cands.END);
            boolean isViolation = !cands.has(c, Cands.REVIEW);
            if (at >= 0 && start < groupEnd[cat]) {
                int group = out[at];
                groupEnd[cat] = Math.max(groupEnd[cat], end);
                violation[cat] |= isViolation;
                int length = end - start;
                int groupLength = cands.length(group);
                if (length > groupLength
                        || (length == groupLength && !dictionaryRule(cands, group) && dictionaryRule(cands, c))) {
                    out[at] = c;
                }
                continue;
            }
            if (at >= 0) {
                close(cands, out[at], groupStart[cat], groupEnd[cat], violation[cat]);
            }
            slotOf[cat] = kept;
            out[kept++] = c;
            groupStart[cat] = start;
            groupEnd[cat] = end;
            violation[cat] = isViolation;
        }
        for (int cat = 0; cat < CATEGORIES; cat++) {
            if (slotOf[cat] >= 0) {
                close(cands, out[slotOf[cat]], groupStart[cat], groupEnd[cat], violation[cat]);
            }
        }
        cands.keptCount = kept;
        // close() rewrote the kept rows' spans
        cands.writeKeys(out, kept);
        cands.sort(out, kept);
    }

    private static void close(Cands cands, int c, int start, int end, boolean violation) {
        cands.set(c, Cands.START, start);
        cands.set(c, Cands.END, end);
        if (violation) {
            cands.unmark(c, Cands.REVIEW);
        }
    }
}
