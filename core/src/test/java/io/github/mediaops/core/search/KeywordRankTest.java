package io.github.mediaops.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KeywordRankTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void a_ranked_observation_carries_its_optional_figures() {
        KeywordRank r = KeywordRank.ranked(Platform.DOUYIN, "防晒霜", DAY, 3, RankSource.CRAWL)
                .withSearchVolume(12_000).withResultCount(500);
        assertThat(r.rank()).hasValue(3);
        assertThat(r.searchVolume()).hasValue(12_000);
        assertThat(r.resultCount()).hasValue(500);
        assertThat(r.inTop(3)).isTrue();
        assertThat(r.inTop(2)).isFalse();
        KeywordRank none = KeywordRank.notRanked(Platform.DOUYIN, "防晒霜", DAY, RankSource.IMPORT);
        assertThat(none.rank()).isEmpty();
        assertThat(none.inTop(100)).isFalse();
    }

    @Test
    void bad_values_name_the_field_and_value() {
        assertThatThrownBy(() -> KeywordRank.ranked(Platform.DOUYIN, "k", DAY, 0, RankSource.CRAWL))
                .isInstanceOf(InvalidValueException.class).hasMessage("rank must be > 0 (was 0)");
        assertThatThrownBy(() -> KeywordRank.ranked(Platform.DOUYIN, " ", DAY, 1, RankSource.CRAWL))
                .hasMessage("keyword must not be blank (was \" \")");
        assertThatThrownBy(() -> KeywordRank.notRanked(Platform.DOUYIN, "k", DAY, RankSource.CRAWL).withSearchVolume(-1))
                .hasMessage("searchVolume must be >= 0 (was -1)");
        assertThatThrownBy(() -> new KeywordRank(Platform.DOUYIN, "k", DAY, OptionalInt.of(11), OptionalLong.empty(),
                OptionalLong.of(10), RankSource.CRAWL))
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("rank"))
                .hasMessage("rank 11 is beyond resultCount 10 for keyword \"k\" on 2026-12-01");
        assertThatThrownBy(() -> KeywordRank.notRanked(Platform.DOUYIN, "k", DAY, null)).hasMessage("source must not be null");
    }

    @Test
    void a_series_sorts_by_day_and_refuses_mixed_or_duplicate_observations() {
        KeywordRank d2 = KeywordRank.ranked(Platform.WEIBO, "k", DAY.plusDays(1), 4, RankSource.CRAWL);
        KeywordRank d1 = KeywordRank.ranked(Platform.WEIBO, "k", DAY, 5, RankSource.CRAWL);
        KeywordRankSeries s = KeywordRankSeries.of(List.of(d2, d1));
        assertThat(s.observations()).containsExactly(d1, d2);
        assertThat(s.within(DateRange.day(DAY.plusDays(1)))).containsExactly(d2);
        assertThatThrownBy(() -> KeywordRankSeries.of(List.of(d1, d1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("observations[1] day 2026-12-01 is not after 2026-12-01");
        KeywordRank other = KeywordRank.ranked(Platform.WEIBO, "x", DAY.plusDays(2), 1, RankSource.CRAWL);
        assertThatThrownBy(() -> KeywordRankSeries.of(List.of(d1, other)))
                .hasMessage("observations[1] is for weibo/\"x\", not weibo/\"k\"");
        assertThatThrownBy(() -> KeywordRankSeries.of(List.of())).hasMessage("observations must not be empty");
    }

    @Test
    void by_keyword_groups_one_platform_in_first_seen_order() {
        KeywordRank a = KeywordRank.ranked(Platform.WEIBO, "b", DAY, 1, RankSource.CRAWL);
        KeywordRank b = KeywordRank.ranked(Platform.WEIBO, "a", DAY, 2, RankSource.CRAWL);
        KeywordRank c = KeywordRank.ranked(Platform.DOUYIN, "a", DAY, 3, RankSource.CRAWL);
        Map<String, KeywordRankSeries> m = KeywordRankSeries.byKeyword(List.of(a, b, c), Platform.WEIBO);
        assertThat(m.keySet()).containsExactly("b", "a");
        assertThat(m.get("a").observations()).containsExactly(b);
    }
}
