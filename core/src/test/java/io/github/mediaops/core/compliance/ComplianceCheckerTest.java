package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.Scene;
import io.github.mediaops.core.content.VideoScript;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComplianceCheckerTest {
    private final ComplianceChecker checker = ComplianceChecker.withBundledDictionary();

    @Test
    void reports_span_term_category_article_severity_and_rewrite() {
        List<Finding> f = checker.check("秋季新品，全网最*佳口感");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("text");
            assertThat(x.start()).isEqualTo(7);
            assertThat(x.end()).isEqualTo(10);
            assertThat(x.matched()).isEqualTo("最*佳");
            assertThat(x.term()).isEqualTo("最佳");
            assertThat(x.category()).isEqualTo(Category.ABSOLUTE_TERM);
            assertThat(x.basis()).isEqualTo("广告法第九条第三项");
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.suggestion()).isNotBlank();
        });
    }

    @Test
    void sees_through_width_case_traditional_characters_and_inserted_characters() {
        assertThat(checker.check("最 佳")).extracting(Finding::term).containsExactly("最佳");
        assertThat(checker.check("销量第①")).extracting(Finding::term).containsExactly("第1");
        assertThat(checker.check("國家級工藝")).extracting(Finding::term).containsExactly("国家级");
        assertThat(checker.check("ＮＯ．１")).extracting(Finding::term).containsExactly("no.1");
        assertThat(checker.check("BEST choice")).extracting(Finding::term).containsExactly("best");
        assertThat(checker.check("顶\u200B级")).extracting(Finding::term).containsExactly("顶级");
        assertThat(checker.check("唯~一")).extracting(Finding::term).containsExactly("唯一");
    }

    @Test
    void does_not_flag_the_guidelines_legitimate_contexts() {
        for (String ok : List.of("最近上新", "最新款已上架", "第一次来", "开业第一天", "本店唯一的联系方式", "最佳赏味期30天",
                "最好提前预约", "国家级非物质文化遗产", "100%纯棉", "best before 2026", "提升10.0%", "1100%", "bestseller",
                "top10 榜单")) {
            assertThat(checker.check(ok)).as(ok).isEmpty();
        }
    }

    @Test
    void keeps_only_the_longer_of_two_nested_matches_of_one_category() {
        assertThat(checker.check("稳赚不赔")).extracting(Finding::term).containsExactly("稳赚不赔");
        // different categories are both reported
        assertThat(checker.check("100%有效")).extracting(Finding::category)
                .containsExactly(Category.EFFICACY_GUARANTEE, Category.ABSOLUTE_TERM);
    }

    @Test
    void applies_platform_words_only_on_their_platforms() {
        assertThat(checker.check("想要的加微信", Platform.DOUYIN, "reply")).extracting(Finding::category, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Category.PLATFORM_BANNED, "reply"));
        assertThat(checker.check("想要的加微信", Platform.YOUTUBE, "reply")).isEmpty();
        assertThat(checker.check("想要的加微信")).isEmpty();
    }

    @Test
    void a_digit_context_term_needs_the_digit() {
        assertThat(checker.check("一周 7天瘦10斤")).extracting(Finding::category, Finding::matched, Finding::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Category.BEFORE_AFTER, "7天瘦", 3));
        assertThat(checker.check("１２天瘦")).extracting(Finding::matched).containsExactly("１２天瘦");
        assertThat(checker.check("今天瘦了")).isEmpty();
    }

    @Test
    void checks_every_field_of_an_item_and_the_required_disclosures() {
        VideoScript script = new VideoScript("全网最低价", List.of(
                new Scene(1, "close-up", Duration.ofSeconds(5), "这款茶能降血压", "", List.of()),
                new Scene(2, "wide", Duration.ofSeconds(5), "", "开光手串", List.of())));
        ContentItem item = ContentItem.builder("c1", ContentKind.SHORT_VIDEO).created("ed", Instant.parse("2026-03-01T00:00:00Z"))
                .title("顶级好茶").body("限时优惠").script(script).build();
        ComplianceReport r = checker.check(item, Platform.DOUYIN, Disclosure.paid().andAiGenerated());
        assertThat(r.findings()).extracting(Finding::field, Finding::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", Category.ABSOLUTE_TERM),
                org.assertj.core.groups.Tuple.tuple("script.hook", Category.ABSOLUTE_TERM),
                org.assertj.core.groups.Tuple.tuple("script.lines[0]", Category.MEDICAL_CLAIM),
                org.assertj.core.groups.Tuple.tuple("script.lines[1]", Category.SUPERSTITION),
                org.assertj.core.groups.Tuple.tuple("disclosure", Category.MISSING_AD_LABEL),
                org.assertj.core.groups.Tuple.tuple("disclosure", Category.MISSING_AI_LABEL));
        assertThat(r.atLeast(Severity.HIGH)).hasSize(5);
        ContentItem labelled = item.toBuilder().title("【广告】好茶").body("限时优惠（本视频由AI生成）").script(null).build();
        assertThat(checker.check(labelled, Platform.DOUYIN, Disclosure.paid().andAiGenerated()).isClean()).isTrue();
        assertThat(checker.checkDisclosure("#ad new drop, AI-generated visuals", Disclosure.paid().andAiGenerated())).isEmpty();
        assertThat(checker.checkDisclosure("廣告：新品", Disclosure.paid())).isEmpty();
    }

    @Test
    void brand_taboo_lists_merge_with_the_bundled_dictionary() {
        ComplianceChecker brand = ComplianceChecker.create(Dictionary.bundled().merge(
                Dictionary.brandTaboo("Acme", List.of("平替", "山寨"))));
        assertThat(brand.check("大牌平替，顶级体验")).extracting(Finding::category)
                .containsExactly(Category.BRAND_TABOO, Category.ABSOLUTE_TERM);
    }

    @Test
    void a_later_dictionary_entry_overrides_an_earlier_one() {
        Dictionary base = Dictionary.parse("@category ABSOLUTE_TERM\n@severity HIGH\n@basis a\n最佳\n", "a");
        Dictionary relaxed = Dictionary.parse("@category ABSOLUTE_TERM\n@severity LOW\n@basis b\n最佳 => 更好\n", "b");
        List<Term> terms = base.merge(relaxed).terms();
        assertThat(terms).singleElement().satisfies(t -> {
            assertThat(t.severity()).isEqualTo(Severity.LOW);
            assertThat(t.suggestion()).isEqualTo("更好");
        });
    }

    @Test
    void rejects_malformed_dictionaries_naming_the_line() {
        assertThatThrownBy(() -> Dictionary.parse("最佳\n", "x.dict")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("x.dict:1");
        assertThatThrownBy(() -> Dictionary.parse("@category NOPE\n", "x.dict")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("NOPE");
        assertThatThrownBy(() -> Dictionary.parse("@category ABSOLUTE_TERM\n@severity SEVERE\n", "x.dict"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("x.dict:2");
        assertThatThrownBy(() -> Dictionary.parse("@frobnicate\n", "x.dict")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("@frobnicate");
        assertThatThrownBy(() -> TermMatcher.compile(List.of("* *"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void swaps_the_dictionary_at_run_time() {
        ComplianceChecker c = ComplianceChecker.create(Dictionary.parse("@category BRAND_TABOO\n@severity LOW\n@basis v1\n旧词\n", "v1"));
        assertThat(c.check("旧词 新词")).extracting(Finding::term).containsExactly("旧词");
        c.replaceDictionary(Dictionary.parse("@category BRAND_TABOO\n@severity LOW\n@basis v2\n新词\n", "v2"));
        assertThat(c.check("旧词 新词")).extracting(Finding::term).containsExactly("新词");
    }

    @Test
    void readers_see_one_whole_dictionary_while_it_is_swapped() throws Exception {
        Dictionary v1 = Dictionary.parse("@category BRAND_TABOO\n@severity LOW\n@basis v1\n甲\n乙\n", "v1");
        Dictionary v2 = Dictionary.parse("@category BRAND_TABOO\n@severity LOW\n@basis v2\n丙\n丁\n", "v2");
        ComplianceChecker c = ComplianceChecker.create(v1);
        String text = "甲乙丙丁";
        Set<List<String>> whole = Set.of(List.of("甲", "乙"), List.of("丙", "丁"));
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger totalReads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<int[]>> readers = List.of(pool.submit(() -> read(c, text, whole, start, done, totalReads)),
                    pool.submit(() -> read(c, text, whole, start, done, totalReads)));
            // Swap at least 200 times and until the readers together have read 20,000 times, so that reads
            // overlap swaps however the threads are scheduled.
            Future<?> writer = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200 || totalReads.get() < 20_000; i++) {
                    c.replaceDictionary(i % 2 == 0 ? v2 : v1);
                }
                done.set(true);
                return null;
            });
            start.countDown();
            writer.get(60, TimeUnit.SECONDS);
            for (Future<int[]> r : readers) {
                int[] readsAndTorn = r.get(60, TimeUnit.SECONDS);
                assertThat(readsAndTorn[0]).as("reads while swapping").isPositive();
                assertThat(readsAndTorn[1]).as("reads that saw a mix of two dictionaries").isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks until the writer is done; returns {reads, reads that saw neither whole dictionary}. */
    private static int[] read(ComplianceChecker c, String text, Set<List<String>> whole, CountDownLatch start,
                              AtomicBoolean done, AtomicInteger totalReads) throws InterruptedException {
        start.await();
        int reads = 0;
        int torn = 0;
        do {
            List<String> terms = c.check(text).stream().map(Finding::term).toList();
            reads++;
            totalReads.incrementAndGet();
            if (!whole.contains(terms)) {
                torn++;
            }
        } while (!done.get());
        return new int[] {reads, torn};
    }
}
