package io.github.mediaops.core.compliance;

import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks titles, bodies, captions, replies and video-script lines against the PRC Advertising Law
 * (2021 revision) and platform rules: absolute terms (Art. 9(3)), medical and efficacy claims
 * (Art. 16–18), promised returns (Art. 25), fictitious effects such as before/after promises (Art. 28),
 * endorsement by state bodies (Art. 9(2)), superstition (Art. 9(8)), platform-specific banned words, a
 * brand's taboo list, and the required disclosures (a 广告 label on paid content, Art. 14 and
 * 互联网广告管理办法 (2023) Art. 9; a declaration on AI-generated content, 人工智能生成合成内容标识办法 (2025)).
 *
 * <p>Matching is normalised (full/half width, case, traditional → simplified, enclosed and Roman digits, emoji and
 * characters inserted between letters to evade filters such as {@code 最*佳}, {@code 最🔥佳}, {@code 第Ⅰ}, and the
 * pinyin and homophone spellings {@code zui好}, {@code 醉佳}, {@code 弟一}) and runs in one linear pass with
 * {@link TermMatcher}. Over the dictionary terms lies a rule layer ({@link Rule}, data in the dictionary files):
 * composite rules find claims no list holds (a disease with a treatment verb, 最 with any evaluative adjective, a
 * number of days with an effect, a special-use claim on an ordinary cosmetic, a doctor recommending a health product,
 * a comparison with a drug); context rules drop what the SAMR 《广告绝对化用语执法指南》 (2023) and the statute treat
 * as lawful (a business philosophy, self-comparison, usage instructions, specifications, official names, negations,
 * legally required statements) and turn facts limited in time and place into {@link Verdict#REVIEW}. A match inside
 * an allow phrase is not reported; overlapping matches of one category are one finding. Time is linear in the text
 * length plus (matches × log matches).
 *
 * <p>The dictionary can be replaced at run time with {@link #replaceDictionary}: the new one is compiled
 * first and then published through a volatile reference, so checks never block and each check sees one
 * whole dictionary. Thread-safe; no I/O.
 */
public final class ComplianceChecker {
    private static final Pattern AD_LABEL_EN = Pattern.compile("(?i)(#ad\\b|\\bsponsored\\b|paid partnership)");
    private static final List<String> AI_LABELS = List.of("ai生成", "ai合成", "ai创作", "人工智能生成", "人工智能合成",
            "aigenerated", "generatedbyai", "generatedwithai", "madewithai", "aigc");

    private volatile RuleEngine snapshot;

    private ComplianceChecker(Dictionary dictionary) {
        this.snapshot = new RuleEngine(dictionary);
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
        RuleEngine next = new RuleEngine(Checks.notNull(dictionary, "dictionary"));
        this.snapshot = next;
    }

    /** The compiled matcher currently in use, with allow phrases, variants and rule words (for measurements). */
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
        RuleEngine s = snapshot;
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
        if (disclosure.isPaid() && !norm.contains("广告") && !AD_LABEL_EN.matcher(text).find()) {
            out.add(new Finding("disclosure", 0, 0, "", "广告", Category.MISSING_AD_LABEL,
                    "广告法第十四条；互联网广告管理办法（2023）第九条", Severity.HIGH,
                    "在标题或正文开头显著标明「广告」"));
        }
        if (disclosure.isAiGenerated() && AI_LABELS.stream().noneMatch(norm::contains)) {
            out.add(new Finding("disclosure", 0, 0, "", "AI生成", Category.MISSING_AI_LABEL,
                    "人工智能生成合成内容标识办法（2025）第四条；互联网信息服务深度合成管理规定第十七条", Severity.HIGH,
                    "添加显式标识，如「本内容由AI生成」"));
        }
        return out;
    }
}
