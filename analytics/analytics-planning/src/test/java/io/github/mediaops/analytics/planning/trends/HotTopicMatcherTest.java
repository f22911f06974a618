package io.github.mediaops.analytics.planning.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.trend.TrendSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotTopicMatcherTest {
    private static final Instant NOW = Instant.parse("2026-12-20T04:00:00Z");
    private static final List<PlanTheme> THEMES = List.of(new PlanTheme("christmas", "", List.of("圣诞", "Xmas")),
            new PlanTheme("year-end", "", List.of("年终")));
    private final HotTopicMatcher matcher = HotTopicMatcher.builder().themes(THEMES).tabooWords(List.of("车祸", "去世")).window(Duration.ofHours(2)).minRankVelocity(3).minHeatGrowth(0.5).build();

    private static TrendSnapshot at(int minutesAgo, String topic, int rank, long heat) {
        return new TrendSnapshot("weibo-hot", topic, NOW.minus(Duration.ofMinutes(minutesAgo)), rank, heat);
    }

    static List<TrendSnapshot> board() {
        return List.of(
                at(120, "圣诞礼物清单", 30, 100_000), at(60, "圣诞礼物清单", 15, 200_000), at(0, "圣诞礼物清单", 6, 400_000),
                at(120, "年终奖排行", 5, 500_000), at(0, "年终奖排行", 4, 520_000),
                at(30, "圣诞 车祸", 12, 90_000), at(0, "圣诞 车祸", 10, 150_000),
                at(120, "明星八卦", 2, 1_000_000), at(0, "明星八卦", 1, 2_000_000),
                at(120, "旧闻", 8, 300_000));
    }

    @Test
    void finds_rising_topics_matching_themes_and_excludes_taboo() {
        List<TopicSignal> s = matcher.analyze(board(), NOW);
        assertThat(s).extracting(TopicSignal::topic).containsExactly("圣诞礼物清单", "明星八卦", "年终奖排行", "圣诞 车祸");
        TopicSignal gift = s.get(0);
        assertThat(gift.opportunity()).isTrue();
        assertThat(gift.rankVelocity()).isEqualTo(12.0);     // 30 -> 6 in 2 h
        assertThat(gift.heatGrowth()).isEqualTo(3.0);        // 100k -> 400k
        assertThat(gift.matchedThemes()).containsExactly("christmas");
        TopicSignal bonus = s.get(2);
        assertThat(bonus.rising()).isFalse();                // 0.5 ranks/h, +4 % heat
        assertThat(bonus.matchedThemes()).containsExactly("year-end");
        assertThat(bonus.opportunity()).isFalse();
        TopicSignal crash = s.get(3);
        assertThat(crash.newEntry()).isTrue();
        assertThat(crash.rising()).isTrue();
        assertThat(crash.taboo()).contains("车祸");
        assertThat(crash.opportunity()).isFalse();
        assertThat(s.get(1).rising()).isTrue();              // heat doubled
        assertThat(s.get(1).matchedThemes()).isEmpty();
    }

    @Test
    void matching_ignores_case_and_width() {
        List<TopicSignal> s = matcher.analyze(List.of(at(0, "ＸＭＡＳ sale", 3, 10)), NOW);
        assertThat(s.get(0).matchedKeywords()).containsExactly("Xmas");
        assertThat(s.get(0).newEntry()).isTrue();
        assertThat(s.get(0).heatGrowth()).isNaN();
    }

    @Test
    void empty_history_gives_no_signals_and_bad_input_is_rejected() {
        assertThat(matcher.analyze(List.of(), NOW)).isEmpty();
        assertThatThrownBy(() -> matcher.analyze(List.of(at(-5, "x", 1, 1)), NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("after now");
        assertThatThrownBy(() -> HotTopicMatcher.builder().themes(THEMES).tabooWords(List.of()).window(Duration.ZERO).minRankVelocity(1).minHeatGrowth(1).build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TrendSnapshot("b", "t", NOW, 0, 1)).isInstanceOf(InvalidValueException.class);
    }
}
