package io.github.mediaops.benchmarks.compliance;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.github.mediaops.core.compliance.Dictionary;
import io.github.mediaops.core.compliance.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Deterministic benchmark inputs: the bundled term list and ad-copy-like text built from a fixed seed. */
final class ComplianceTexts {
    /** Sentences of marketing copy: most clean, some with terms, some with evasions. */
    private static final String[] SENTENCES = {
        "秋季新品上市，面料柔软亲肤，适合通勤和周末出游。", "这款面霜是最好的保湿产品，干皮姐妹闭眼入！",
        "今天分享三套叠穿公式，简单好学。", "开业第一天，到店即送小礼品。", "全网最*佳口感，错过再等一年。",
        "我们的咖啡豆来自云南高海拔产区，风味干净。", "国 家 级大师手工打造，限量发售。", "冲泡的最佳时间是三分钟，水温九十度。",
        "直播间福利：前一百名下单送同款小样。", "The best choice for busy parents, shipped in 24 hours.",
        "點擊主頁了解更多，頂級工藝，匠心之作。", "最近天气转凉，记得添衣保暖。", "销量第①的电动牙刷，刷头可替换。",
        "使用前后对比，效果看得见。", "理财有风险，投资需谨慎。", "本店唯一的联系方式是官方客服电话。",
        "这款茶可以降血压？请以医生建议为准。", "续航提升30%，充电十分钟，通话两小时。", "新品首发，欢迎大家评论区留言交流。",
        "Our new blender crushes ice in seconds and is easy to clean.", "极简设计，适合小户型的收纳方案。",
        "100%纯棉面料，亲肤透气不起球。", "稳赚不赔的项目都是骗局，请大家提高警惕。", "第一次尝试露营的朋友可以参考这份清单。",
    };

    private ComplianceTexts() {
    }

    /** The bundled dictionary's terms as plain strings (the digit-context prefix removed), deduplicated. */
    static List<String> terms() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Term t : Dictionary.bundled().terms()) {
            out.add(t.text().startsWith("{d}") ? t.text().substring(3) : t.text());
        }
        return new ArrayList<>(out);
    }

    /** Text of exactly {@code length} chars built from random sentences. */
    static String text(int length, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(length + 64);
        while (b.length() < length) {
            b.append(SENTENCES[r.nextInt(SENTENCES.length)]);
        }
        b.setLength(length);
        return b.toString();
    }

    /**
     * houbb sensitive-word over {@code terms} with the normalisation equivalent to ours switched on (case, width, number
     * style, traditional/simplified, English style, special characters ignored) and its own detectors off.
     */
    static SensitiveWordBs sensitiveWord(List<String> terms) {
        return SensitiveWordBs.newInstance()
                .wordDeny(() -> terms)
                .wordAllow(WordAllows.empty())
                .ignoreCase(true).ignoreWidth(true).ignoreNumStyle(true).ignoreChineseStyle(true).ignoreEnglishStyle(true)
                .ignoreRepeat(false).charIgnore(SensitiveWordCharIgnores.specialChars())
                .enableNumCheck(false).enableEmailCheck(false).enableUrlCheck(false).enableIpv4Check(false)
                .init();
    }

    /** hankcs' double-array-trie Aho–Corasick over {@code terms} (each term its own value). */
    static AhoCorasickDoubleArrayTrie<String> doubleArrayTrie(List<String> terms) {
        TreeMap<String, String> map = new TreeMap<>();
        for (String t : terms) {
            map.put(t, t);
        }
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(map);
        return trie;
    }
}
