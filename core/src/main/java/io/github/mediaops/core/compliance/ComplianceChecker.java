package io.github.mediaops.core.compliance;

import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks titles, bodies, captions, replies and video-script lines against the PRC Advertising Law
 * (2021 revision) and platform rules: absolute terms (Art. 9(3)), medical and efficacy claims
 * (Art. 16–18), promised returns (Art. 25), fictitious effects such as before/after promises (Art. 28),
 * endorsement by state bodies (Art. 9(2)), superstition (Art. 9(8)), platform-specific banned words, a
 * brand's taboo list, and the required disclosures (a 广告 label on paid content, Art. 14 and
 * 互联网广告管理办法 (2023) Art. 9; a declaration on AI-generated content, 人工智能生成合成内容标识办法 (2025)).
 *
 * <p>Matching is normalised (full/half width, case, traditional → simplified, enclosed digits, characters
 * inserted between letters to evade filters such as {@code 最*佳}, {@code 最 佳}, {@code 第①}) and runs in
 * one linear pass with {@link TermMatcher}. A match inside an allow phrase of the dictionary (the
 * contexts the SAMR 《广告绝对化用语执法指南》 (2023) treats as not violating, e.g. {@code 第一次},
 * {@code 最佳赏味期}, {@code 唯一的联系方式}) is not reported; of two matches of the same category, one
 * inside the other, only the longer is.
 *
 * <p>The dictionary can be replaced at run time with {@link #replaceDictionary}: the new one is compiled
 * first and then published through a volatile reference, so checks never block and each check sees one
 * whole dictionary. Thread-safe; no I/O.
 */
public final class ComplianceChecker {
    private static final Map<Category, String> ADVICE = new EnumMap<>(Map.of(
            Category.ABSOLUTE_TERM, "删除绝对化用语，或改为可证明的具体事实并注明来源",
            Category.MEDICAL_CLAIM, "非医疗、药品、医疗器械广告不得涉及疾病治疗功能：删除治疗或医疗用语",
            Category.EFFICACY_GUARANTEE, "删除对功效、安全性的断言或保证",
            Category.FINANCIAL_PROMISE, "删除保本、保收益、无风险等承诺，并提示“投资有风险”",
            Category.BEFORE_AFTER, "删除使用前后对比和效果承诺，或给出可验证的依据",
            Category.STATE_ENDORSEMENT, "删除国家机关及其工作人员的名义或形象",
            Category.SUPERSTITION, "删除迷信表述",
            Category.PLATFORM_BANNED, "按平台规则删除或改写",
            Category.BRAND_TABOO, "按品牌规范替换"));
    private static final Pattern AD_LABEL_EN = Pattern.compile("(?i)(#ad\\b|\\bsponsored\\b|paid partnership)");
    private static final List<String> AI_LABELS = List.of("ai生成", "ai合成", "ai创作", "人工智能生成", "人工智能合成",
            "aigenerated", "generatedbyai", "generatedwithai", "madewithai", "aigc");

    private volatile Snapshot snapshot;

    private ComplianceChecker(Dictionary dictionary) {
        this.snapshot = new Snapshot(dictionary);
    }

    /** A checker over {@code dictionary}. */
    public static ComplianceChecker create(Dictionary dictionary) {
        return new ComplianceChecker(Checks.notNull(dictionary, "dictionary"));
    }

    /** A checker over the bundled dictionary. */
    public static ComplianceChecker withBundledDictionary() {
        return create(Dictionary.bundled());
    }

    /** The dictionary currently in use. */
    public Dictionary dictionary() {
        return snapshot.dictionary;
    }

    /**
     * Compiles {@code dictionary} and then switches to it atomically; checks running meanwhile finish on
     * the old one.
     */
    public void replaceDictionary(Dictionary dictionary) {
        Snapshot next = new Snapshot(Checks.notNull(dictionary, "dictionary"));
        this.snapshot = next;
    }

    /** The compiled matcher currently in use (for measurements). */
    public TermMatcher matcher() {
        return snapshot.matcher;
    }

    /** Checks a bare text for no particular platform; findings are reported on field {@code text}. */
    public List<Finding> check(String text) {
        return check(text, null, "text");
    }

    /**
     * Checks one text: a title, body, caption, reply or script line.
     *
     * @param platform the platform it is for, or {@code null}; platform-specific terms apply only to theirs
     * @param field    the name reported in each finding, e.g. {@code reply}
     */
    public List<Finding> check(String text, Platform platform, String field) {
        Checks.notNull(text, "text");
        Checks.notBlank(field, "field");
        return snapshot.check(text, platform, field);
    }

    /**
     * Checks every text of a content item (title, summary, body, script hook and lines) and the required
     * disclosures, which may appear in any of them.
     */
    public ComplianceReport check(ContentItem item, Platform platform, Disclosure disclosure) {
        Checks.notNull(item, "item");
        Checks.notNull(disclosure, "disclosure");
        Snapshot s = snapshot;
        List<Finding> out = new ArrayList<>();
        out.addAll(s.check(item.title(), platform, "title"));
        out.addAll(s.check(item.summary(), platform, "summary"));
        out.addAll(s.check(item.body(), platform, "body"));
        StringBuilder all = new StringBuilder(item.title()).append('\n').append(item.summary()).append('\n').append(item.body());
        item.videoScript().ifPresent(script -> {
            out.addAll(s.check(script.hook(), platform, "script.hook"));
            all.append('\n').append(script.hook());
            List<String> lines = script.lines();
            for (int i = 0; i < lines.size(); i++) {
                out.addAll(s.check(lines.get(i), platform, "script.lines[" + i + "]"));
                all.append('\n').append(lines.get(i));
            }
        });
        out.addAll(checkDisclosure(all.toString(), disclosure));
        return new ComplianceReport(out);
    }

    /**
     * The missing-label findings for a text that should carry the labels {@code disclosure} asks for.
     * A 广告 label is recognised as the word 广告 (or 廣告; {@code #ad}, {@code sponsored} or
     * {@code paid partnership} in English); an AI declaration as AI生成, AI合成, 人工智能生成, AIGC,
     * "AI-generated", "made with AI" and similar.
     */
    public List<Finding> checkDisclosure(String text, Disclosure disclosure) {
        Checks.notNull(text, "text");
        Checks.notNull(disclosure, "disclosure");
        String norm = Normalizer.normalise(text).toLowerCase(Locale.ROOT);
        List<Finding> out = new ArrayList<>();
        if (disclosure.paid() && !norm.contains("广告") && !AD_LABEL_EN.matcher(text).find()) {
            out.add(new Finding("disclosure", 0, 0, "", "广告", Category.MISSING_AD_LABEL,
                    "广告法第十四条；互联网广告管理办法（2023）第九条", Severity.HIGH,
                    "在标题或正文开头显著标明「广告」"));
        }
        if (disclosure.aiGenerated() && AI_LABELS.stream().noneMatch(norm::contains)) {
            out.add(new Finding("disclosure", 0, 0, "", "AI生成", Category.MISSING_AI_LABEL,
                    "人工智能生成合成内容标识办法（2025）第四条；互联网信息服务深度合成管理规定第十七条", Severity.HIGH,
                    "添加显式标识，如「本内容由AI生成」"));
        }
        return out;
    }

    /** One compiled dictionary; immutable. */
    private static final class Snapshot {
        final Dictionary dictionary;
        final Term[] terms;
        final TermMatcher matcher;

        Snapshot(Dictionary dictionary) {
            this.dictionary = dictionary;
            this.terms = dictionary.terms().toArray(new Term[0]);
            List<String> patterns = new ArrayList<>(terms.length + dictionary.allowPhrases().size());
            for (Term t : terms) {
                patterns.add(t.text());
            }
            patterns.addAll(dictionary.allowPhrases());
            this.matcher = TermMatcher.compile(patterns);
        }

        List<Finding> check(String text, Platform platform, String field) {
            if (text.isEmpty()) {
                return List.of();
            }
            List<int[]> hits = matcher.findAll(text);
            List<int[]> allow = new ArrayList<>();
            List<int[]> cand = new ArrayList<>();
            for (int[] h : hits) {
                if (h[0] >= terms.length) {
                    allow.add(h);
                } else if (terms[h[0]].appliesTo(platform)) {
                    cand.add(h);
                }
            }
            List<int[]> kept = new ArrayList<>();
            for (int[] h : cand) {
                boolean allowed = false;
                for (int[] a : allow) {
                    if (a[1] <= h[1] && h[2] <= a[2]) {
                        allowed = true;
                        break;
                    }
                }
                if (allowed) {
                    continue;
                }
                boolean shadowed = false;
                for (int[] o : cand) {
                    if (o == h || terms[o[0]].category() != terms[h[0]].category()) {
                        continue;
                    }
                    boolean contains = o[1] <= h[1] && h[2] <= o[2];
                    boolean same = o[1] == h[1] && o[2] == h[2];
                    if (contains && (!same || o[0] < h[0])) {
                        shadowed = true;
                        break;
                    }
                }
                if (!shadowed) {
                    kept.add(h);
                }
            }
            kept.sort(Comparator.<int[]>comparingInt(h -> h[1]).thenComparingInt(h -> -h[2]));
            List<Finding> out = new ArrayList<>(kept.size());
            for (int[] h : kept) {
                Term t = terms[h[0]];
                String suggestion = t.suggestion().isEmpty() ? ADVICE.getOrDefault(t.category(), "") : t.suggestion();
                String termText = t.text();
                int start = h[1];
                if (termText.startsWith("{d}")) {
                    // report the number too: "7天瘦", not "天瘦"
                    termText = termText.substring(3);
                    while (start > 0 && (Normalizer.isDigit(Normalizer.map(text.charAt(start - 1)))
                            || Normalizer.map(text.charAt(start - 1)) == Normalizer.SKIP)) {
                        start--;
                    }
                    while (Normalizer.map(text.charAt(start)) == Normalizer.SKIP) {
                        start++;
                    }
                }
                out.add(new Finding(field, start, h[2], text.substring(start, h[2]), termText, t.category(), t.basis(),
                        t.severity(), suggestion));
            }
            return out;
        }
    }
}
