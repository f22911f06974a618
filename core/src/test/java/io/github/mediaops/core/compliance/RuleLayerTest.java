package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.mediaops.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule layer, the verdicts and the evasions of issue 15, on hand-picked texts (the corpus test counts). */
class RuleLayerTest {
    private final ComplianceChecker checker = ComplianceChecker.withBundledDictionary();

    @Test
    void the_cosmetics_line_of_the_issue_gets_each_claim_with_its_article() {
        List<Finding> f = checker.check("这款面霜7天淡斑祛痘，医生推荐，比玻尿酸更有效");
        assertThat(f).extracting(Finding::category, Finding::matched, Finding::verdict).contains(
                tuple(Category.SPECIAL_USE_COSMETIC, "淡斑", Verdict.VIOLATION),
                tuple(Category.SPECIAL_USE_COSMETIC, "祛痘", Verdict.VIOLATION),
                tuple(Category.EXPERT_ENDORSEMENT, "医生推荐", Verdict.VIOLATION),
                tuple(Category.DRUG_COMPARISON, "比玻尿酸", Verdict.VIOLATION));
        assertThat(f).filteredOn(x -> x.category() == Category.SPECIAL_USE_COSMETIC)
                .allSatisfy(x -> assertThat(x.basis()).contains("化妆品监督管理条例第十六条"));
        assertThat(f).filteredOn(x -> x.category() == Category.EXPERT_ENDORSEMENT).singleElement()
                .satisfies(x -> assertThat(x.basis()).contains("广告法第十六条第一款第四项"));
        assertThat(f).filteredOn(x -> x.category() == Category.DRUG_COMPARISON).singleElement()
                .satisfies(x -> assertThat(x.basis()).contains("广告法第十七条"));
        assertThat(f).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
    }

    @Test
    void composite_rules_find_claims_no_list_holds() {
        assertThat(categories("这款拖鞋是全世界最舒服的")).contains(Category.ABSOLUTE_TERM);
        assertThat(categories("长期饮用能治好糖尿病")).containsExactly(Category.MEDICAL_CLAIM);
        assertThat(categories("三天见效")).containsExactly(Category.BEFORE_AFTER);
        assertThat(categories("半个月瘦十斤")).containsExactly(Category.BEFORE_AFTER);
        assertThat(categories("考研保上岸，不过退费")).containsExactly(Category.EDUCATION_PROMISE);
        assertThat(categories("买商铺包租十年")).containsExactly(Category.PROPERTY_PROMISE);
        assertThat(categories("邮票升值潜力巨大")).containsExactly(Category.FINANCIAL_PROMISE);
        assertThat(categories("10分钟到达市中心的精装公寓")).containsExactly(Category.PROPERTY_PROMISE);
        assertThat(categories("营养师强烈推荐的蛋白粉")).containsExactly(Category.EXPERT_ENDORSEMENT);
        assertThat(categories("开光貔貅，招财进宝")).containsExactly(Category.SUPERSTITION);
    }

    @Test
    void the_guidelines_lawful_contexts_are_not_violations() {
        for (String ok : List.of("顾客第一，服务至上", "追求极致，是我们的态度", "比上一代产品续航提升30%，是我们品牌史上最轻的一款",
                "第一人民医院体检中心今日开放预约", "本产品入选国家级非物质文化遗产代表性项目名录", "我们是国家级高新技术企业",
                "敷15分钟效果最佳", "最大功率2000W，加热快", "第一视角带你逛展会", "这是我唯一一次去那家店",
                "保健食品不是药物，不能代替药物治疗疾病", "非保本浮动收益型理财产品，投资有风险", "本品不能代替药物",
                "高血压患者请遵医嘱按时服药", "客厅天花板吊顶安装")) {
            assertThat(checker.check(ok)).as(ok).isEmpty();
        }
    }

    @Test
    void a_ranking_limited_in_time_and_place_is_for_review_with_a_reason() {
        assertThat(checker.check("当年镇上首家门店，如今已经开了三十年")).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(f.rule()).isEqualTo("absolute.time-place-fact");
            assertThat(f.reason()).contains("人工核实");
        });
        assertThat(checker.check("全国销量第一的扫地机器人")).singleElement()
                .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.VIOLATION));
    }

    @Test
    void overlapping_hits_of_one_claim_are_one_finding() {
        assertThat(checker.check("全网最低价，错过再等一年")).singleElement().satisfies(f -> {
            assertThat(f.matched()).isEqualTo("全网最低价");
            assertThat(f.category()).isEqualTo(Category.ABSOLUTE_TERM);
        });
    }

    @Test
    void a_superlative_both_the_dictionary_and_the_rule_find_is_one_finding_from_the_dictionary() {
        // 最好 is a dictionary term and also 最 + 好 of absolute.superlative-adjective; 最甜 only the rule's
        assertThat(checker.check("这是最好的面霜")).singleElement().satisfies(f -> {
            assertThat(f.term()).isEqualTo("最好");
            assertThat(f.rule()).isEqualTo("dictionary");
        });
        assertThat(checker.check("醉好的面霜")).singleElement().satisfies(f -> {
            assertThat(f.matched()).isEqualTo("醉好");
            assertThat(f.rule()).isEqualTo("dictionary.variant");
        });
        assertThat(checker.check("最甜的西瓜")).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("absolute.superlative-adjective"));
        assertThat(checker.check("这款最好，那款最甜")).extracting(Finding::matched, Finding::rule)
                .containsExactly(tuple("最好", "dictionary"), tuple("最甜", "absolute.superlative-adjective"));
        assertThat(checker.check("追求最好的品质")).isEmpty();
        // the rule's words read through a same-sound stand-in are judged as a variant: 喝醉 is an ordinary word
        assertThat(checker.check("他喝醉好几回了")).isEmpty();
        assertThat(checker.check("醉甜的西瓜")).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("absolute.superlative-adjective"));
    }

    @Test
    void sees_through_emoji_numerals_pinyin_and_homophones() {
        for (String bad : List.of("全网最🔥佳的口感", "最\uFE0F佳选择", "第✨一品牌", "行业第Ⅰ", "排名第㈠", "全国第㊀", "销量第⑴名",
                "百分百好评", "zui好用的吹风机", "醉佳口感", "弟一品牌，值得信赖", "顶ji工艺")) {
            assertThat(categories(bad)).as(bad).contains(Category.ABSOLUTE_TERM);
        }
        assertThat(checker.check("醉佳口感")).singleElement().satisfies(f -> {
            assertThat(f.term()).isEqualTo("最佳");
            assertThat(f.rule()).isEqualTo("dictionary.variant");
        });
        for (String ok : List.of("兄弟一起来吃火锅", "喝醉了好难受", "今天天气真好😊", "第①步：清洁面部", "di一次来这家店")) {
            assertThat(checker.check(ok)).as(ok).isEmpty();
        }
    }

    @Test
    void a_host_adds_and_disables_rules_as_it_does_terms() {
        Dictionary own = Dictionary.parse("""
                @rule brand.no-cheap-talk
                @kind pair
                @category BRAND_TABOO
                @verdict REVIEW
                @basis Acme 品牌规范 3.2
                @reason 不谈价格战
                @first 价格
                @second 屠夫
                @gap 2
                @example 价格屠夫来了
                @end
                """, "acme.dict");
        ComplianceChecker acme = ComplianceChecker.create(Dictionary.bundled().merge(own)
                .withoutRules(List.of("absolute.superlative-adjective")));
        assertThat(acme.check("价格屠夫来了")).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.BRAND_TABOO);
            assertThat(f.verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(f.rule()).isEqualTo("brand.no-cheap-talk");
        });
        assertThat(checker.check("全世界最舒服的拖鞋")).isNotEmpty();
        assertThat(acme.check("全世界最舒服的拖鞋")).isEmpty();
        assertThat(Dictionary.bundled().rules()).allSatisfy(r -> {
            assertThat(r.examples()).as(r.id()).isNotEmpty();
            assertThat(r.basis()).as(r.id()).isNotBlank();
        });
    }

    @Test
    void every_bundled_rule_changes_the_findings_of_its_examples() {
        List<String> idle = new java.util.ArrayList<>();
        for (Rule r : Dictionary.bundled().rules()) {
            ComplianceChecker without = ComplianceChecker.create(Dictionary.bundled().withoutRules(List.of(r.id())));
            for (String example : r.examples()) {
                if (checker.check(example).equals(without.check(example))) {
                    idle.add(r.id() + ": " + example);
                }
            }
        }
        assertThat(idle).as("rules whose example is decided without them").isEmpty();
    }

    @Test
    void bad_rules_fail_naming_the_rule_and_the_line() {
        assertThatThrownBy(() -> Dictionary.parse("@rule x\n@kind pair\n@category ABSOLUTE_TERM\n@verdict VIOLATION\n"
                + "@basis b\n@reason r\n@first 最\n@end\n", "own.dict"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("own.dict:1").hasMessageContaining("rule x");
        assertThatThrownBy(() -> Dictionary.parse("@rule y\n@kind pair\n@bogus 1\n@end\n", "own.dict"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("own.dict:3").hasMessageContaining("@bogus");
        assertThatThrownBy(() -> Dictionary.parse("@rule z\n@kind claim\n", "own.dict"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no @end");
        assertThatThrownBy(() -> Dictionary.bundled().withoutRules(List.of("no.such-rule")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no.such-rule");
    }

    @Test
    void a_word_that_is_a_term_a_rule_word_and_a_condition_serves_each_of_them() {
        // the automaton reports 精华 once per position; the term, the claim rule's first word and its text condition
        // (and the second claim rule's first word) each get the hit
        Dictionary d = Dictionary.parse(String.join("\n",
                "@category ABSOLUTE_TERM", "@severity HIGH", "@basis 条款甲", "精华",
                "@rule t.claim", "@kind claim", "@category SPECIAL_USE_COSMETIC", "@verdict VIOLATION", "@basis 条款乙",
                "@reason 理由乙", "@first 精华, 美白", "@text 精华", "@example 美白精华", "@end",
                "@rule t.claim2", "@kind claim", "@category EFFICACY_GUARANTEE", "@verdict REVIEW", "@basis 条款丙",
                "@reason 理由丙", "@first 精华", "@example 精华", "@end", ""), "shared.dict");
        ComplianceChecker c = ComplianceChecker.create(d);
        assertThat(c.check("这瓶精华很好")).extracting(Finding::category, Finding::rule, Finding::start, Finding::verdict)
                .containsExactlyInAnyOrder(tuple(Category.ABSOLUTE_TERM, "dictionary", 2, Verdict.VIOLATION),
                        tuple(Category.SPECIAL_USE_COSMETIC, "t.claim", 2, Verdict.VIOLATION),
                        tuple(Category.EFFICACY_GUARANTEE, "t.claim2", 2, Verdict.REVIEW));
        // without the condition word the first claim rule is silent, while 美白 is still its word
        assertThat(c.check("美白面膜")).isEmpty();
        assertThat(c.check("美白精华")).extracting(Finding::rule, Finding::matched)
                .containsExactlyInAnyOrder(tuple("dictionary", "精华"), tuple("t.claim", "美白"), tuple("t.claim", "精华"),
                        tuple("t.claim2", "精华"));
    }

    @Test
    void a_term_inside_a_longer_one_of_its_category_folds_into_it_only_where_that_changes_nothing() {
        // 最佳 lies inside 最佳效果; the review rule reads only 最佳效果, the allow rule only when 仅供参考 follows it
        Dictionary d = Dictionary.parse(String.join("\n",
                "@category ABSOLUTE_TERM", "@severity HIGH", "@basis 条款甲", "最佳", "最佳效果",
                "@rule t.review-long", "@kind context", "@category ABSOLUTE_TERM", "@action review", "@basis 条款乙",
                "@reason 理由乙", "@terms 最佳效果", "@clause 据统计", "@example 据统计最佳效果", "@end",
                "@rule t.allow-long", "@kind context", "@category ABSOLUTE_TERM", "@action allow", "@basis 条款丙",
                "@reason 理由丙", "@terms 最佳效果", "@after 仅供参考", "@gap 1", "@example 最佳效果仅供参考", "@end", ""),
                "nested.dict");
        ComplianceChecker c = ComplianceChecker.create(d);
        // both VIOLATIONs: one finding over the longer span
        assertThat(c.check("最佳效果")).extracting(Finding::term, Finding::start, Finding::end, Finding::verdict)
                .containsExactly(tuple("最佳效果", 0, 4, Verdict.VIOLATION));
        // the longer one only for review: the inner VIOLATION still makes the merged finding a VIOLATION
        assertThat(c.check("据统计最佳效果")).extracting(Finding::term, Finding::start, Finding::end, Finding::verdict)
                .containsExactly(tuple("最佳效果", 3, 7, Verdict.VIOLATION));
        // the longer one allowed: the inner one is reported on its own span
        assertThat(c.check("最佳效果仅供参考")).extracting(Finding::term, Finding::start, Finding::end, Finding::verdict)
                .containsExactly(tuple("最佳", 0, 2, Verdict.VIOLATION));
    }

    @Test
    void a_gap_counts_the_characters_kept_and_no_boundary_may_lie_in_it() {
        // a pair with a gap of 2, and a term with an allowing rule whose word must come at most 1 character before it
        Dictionary d = Dictionary.parse(String.join("\n",
                "@category ABSOLUTE_TERM", "@severity HIGH", "@basis 条款甲", "顶配",
                "@rule t.pair", "@kind pair", "@category MEDICAL_CLAIM", "@verdict VIOLATION", "@basis 条款乙",
                "@reason 理由乙", "@first 治", "@second 失眠", "@gap 2", "@example 治好失眠", "@end",
                "@rule t.before", "@kind context", "@category ABSOLUTE_TERM", "@action allow", "@basis 条款丙",
                "@reason 理由丙", "@before 不是", "@gap 1", "@example 不是顶配", "@end",
                "@rule t.after", "@kind context", "@category ABSOLUTE_TERM", "@action allow", "@basis 条款丁",
                "@reason 理由丁", "@after 型号", "@gap 1", "@example 顶配型号", "@end", ""), "gaps.dict");
        ComplianceChecker c = ComplianceChecker.create(d);
        // the pair: 0, 1 and 2 characters between its words; 3 is too many; emoji and spaces do not count; a boundary ends it
        assertThat(c.check("治失眠")).extracting(Finding::rule).containsExactly("t.pair");
        assertThat(c.check("治好了失眠")).extracting(Finding::rule).containsExactly("t.pair");
        assertThat(c.check("治不好的失眠")).isEmpty();
        assertThat(c.check("治好 🙂 了 失眠")).extracting(Finding::rule).containsExactly("t.pair");
        assertThat(c.check("治，失眠")).isEmpty();
        assertThat(c.check("治好。失眠")).isEmpty();
        // the allowing word before the term: adjacent or 1 apart allows it; 2 apart or behind a boundary does not
        assertThat(c.check("不是顶配")).isEmpty();
        assertThat(c.check("不是说顶配")).isEmpty();
        assertThat(c.check("不是所说顶配")).extracting(Finding::term).containsExactly("顶配");
        assertThat(c.check("不是，顶配")).extracting(Finding::term).containsExactly("顶配");
        assertThat(c.check("不是 🙂 顶配")).isEmpty();
        // the same after it
        assertThat(c.check("顶配型号")).isEmpty();
        assertThat(c.check("顶配的型号")).isEmpty();
        assertThat(c.check("顶配的新型号")).extracting(Finding::term).containsExactly("顶配");
        assertThat(c.check("顶配！型号")).extracting(Finding::term).containsExactly("顶配");
    }

    private List<Category> categories(String text) {
        return checker.check(text).stream().map(Finding::category).distinct().toList();
    }
}
