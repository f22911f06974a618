package io.github.mediaops.analytics.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeywordCoverageTest {
    private static final KeywordCoverage CHECK = KeywordCoverage.builder()
            .keywords(List.of("防晒霜", "敏感肌", "SPF", "补水", "美白")).frontLoadChars(8).build();

    private static ContentItem item(String title, String body, List<String> hashtags) {
        return ContentItem.builder("note-1", ContentKind.IMAGE_TEXT_NOTE).title(title).body(body).hashtags(hashtags)
                .created("ops", Instant.parse("2026-12-01T00:00:00Z")).build();
    }

    @Test
    void hand_worked_note() {
        // title chars: 夏0 日1 防2 晒3 霜4 | 推5 荐6 ｜7 敏8 感9 肌10 | 也11 能12 用13 的14 Ｓ15 Ｐ16 Ｆ17
        // 防晒霜 ends at 5 <= 8: front-loaded; 敏感肌 ends at 11 and ＳＰＦ (full width) at 18: in the title, not front
        ContentItem note = item("夏日防晒霜推荐｜敏感肌也能用的ＳＰＦ", "今天聊聊防 晒 霜和补水。", List.of("Sunscreen", "敏感肌护肤"));
        CoverageReport r = CHECK.check(note);
        assertThat(r.hits()).containsExactly(
                new KeywordHit("防晒霜", true, true, true, false),
                new KeywordHit("敏感肌", true, false, false, true),
                new KeywordHit("SPF", true, false, false, false),
                new KeywordHit("补水", false, false, true, false),
                new KeywordHit("美白", false, false, false, false));
        // points 4 + 3 + 2 + 1 + 0 = 10 of 5 x 5 = 25
        assertThat(r.score()).isEqualTo(10.0 / 25);
        assertThat(r.missing()).containsExactly("美白");
        assertThat(r.reasons()).containsExactly(
                "防晒霜: not in the hashtags",
                "敏感肌: in the title but not within the first 8 characters",
                "敏感肌: not in the body",
                "SPF: in the title but not within the first 8 characters",
                "SPF: not in the body",
                "SPF: not in the hashtags",
                "补水: not in the title",
                "补水: not in the hashtags",
                "美白: missing from title, body and hashtags");
    }

    @Test
    void case_width_and_spaces_do_not_matter_but_latin_words_match_whole() {
        KeywordCoverage c = KeywordCoverage.builder().keywords(List.of("spf", "Skin Care")).frontLoadChars(30).build();
        assertThat(c.check(item("ＳＰＦ ５０ and skincare", "", List.of())).hits())
                .extracting(KeywordHit::inTitle).containsExactly(true, true);
        assertThat(c.check(item("SPF50 daily", "", List.of())).hits().get(0).inTitle()).isFalse();
    }

    @Test
    void a_perfect_post_scores_one_and_a_calendar_slot_is_checked_by_its_title() {
        KeywordCoverage c = KeywordCoverage.builder().keywords(List.of("防晒")).frontLoadChars(4).build();
        CoverageReport full = c.check(item("防晒指南", "防晒三步", List.of("防晒")));
        assertThat(full.score()).isEqualTo(1.0);
        assertThat(full.reasons()).isEmpty();
        PlanEntry slot = PlanEntry.planned("e1", ZonedDateTime.of(2026, 12, 8, 20, 0, 0, 0, ZoneId.of("Asia/Shanghai")),
                AccountRef.of(Platform.XIAOHONGSHU, "brand"), "冬天也要防晒", "ops", null);
        CoverageReport titleOnly = c.check(slot);
        // in the title (2), ends at 6 > 4: not front-loaded, no body, no hashtags -> 2 / 5
        assertThat(titleOnly.score()).isEqualTo(0.4);
        assertThat(titleOnly.reasons()).contains("防晒: not in the body", "防晒: not in the hashtags");
    }

    @Test
    void bad_settings_are_named() {
        assertThatThrownBy(() -> KeywordCoverage.builder().build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("keyword coverage is missing keywords, frontLoadChars");
        assertThatThrownBy(() -> KeywordCoverage.builder().keywords(List.of()).frontLoadChars(5).build())
                .hasMessage("keywords must not be empty");
        assertThatThrownBy(() -> KeywordCoverage.builder().keywords(List.of("a", "a")).frontLoadChars(5).build())
                .hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> KeywordCoverage.builder().frontLoadChars(0)).hasMessage("frontLoadChars must be > 0 (was 0)");
        assertThatThrownBy(() -> KeywordCoverage.builder().keywords(List.of("ok", " "))).hasMessageContaining("keywords[1]");
    }

    @Test
    void time_grows_linearly_with_body_and_keywords_together() {
        // Scaling body and keyword count together by 8: a linear check takes ~8x, checking each keyword
        // against the whole body would take ~64x. Memory effects put the measured ratio at 14-18x on the shared
        // 2-core build machine, so the bound is 32x: half of the quadratic growth, four times the linear. Both sizes stay
        // in TermMatcher's dense-table regime with a table that fits in cache (at most 800 keywords of 5
        // characters over a 30-character alphabet), so the ratio compares like with like; the small size runs
        // twice to warm the JIT up.
        bestOf(1);
        long small = bestOf(1);
        long large = bestOf(8);
        assertThat((double) large / small).as("small %d ns, large %d ns", small, large).isLessThan(32);
    }

    private static long bestOf(int scale) {
        SplittableRandom rnd = new SplittableRandom(42);
        Set<String> keywords = new LinkedHashSet<>();
        while (keywords.size() < 100 * scale) {
            keywords.add(cjk(rnd, 5));
        }
        KeywordCoverage c = KeywordCoverage.builder().keywords(new ArrayList<>(keywords)).frontLoadChars(20).build();
        ContentItem post = item(cjk(rnd, 30), cjk(rnd, 200_000 * scale), List.of(cjk(rnd, 6)));
        // this thread's CPU time, so other processes on a loaded machine do not count (as in FunnelGrowthTest)
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = cpuTime(threads);
            c.check(post);
            best = Math.min(best, cpuTime(threads) - t0);
        }
        return best;
    }

    private static long cpuTime(ThreadMXBean threads) {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String cjk(SplittableRandom rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) (0x4E00 + rnd.nextInt(30)));
        }
        return sb.toString();
    }
}
